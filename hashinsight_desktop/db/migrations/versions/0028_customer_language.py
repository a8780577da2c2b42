"""A customer's language: the language their invoices, statements and SLA reports are written in (en or zh_CN),
whatever the console shows.

Revision ID: 0028_customer_language
Revises: 0027_miner_anomalies
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028_customer_language"
down_revision: str | None = "0027_miner_anomalies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=False, server_default="en"))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("language")
