"""Hardware prices per catalogue model: ``reference_price_usd`` (which existed, unused by the app) gains
``reference_price_date``, the day the price was quoted, so the calculator's ranking can show payback
and $/TH with the price's age.

Revision ID: 0011_hardware_prices
Revises: 0010_notifications
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_hardware_prices"
down_revision: str | None = "0010_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("miner_models", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference_price_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("miner_models", schema=None) as batch_op:
        batch_op.drop_column("reference_price_date")
