"""A curtailment proposal's reason ("invoice INV-7 (1,200 USD) unpaid since …") kept with its template and figures
too (services/stored_text.py), for the billing page in the reader's language; NULL: an older proposal, in English.

Revision ID: 0031_proposal_reason_text
Revises: 0030_stored_texts
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031_proposal_reason_text"
down_revision: str | None = "0030_stored_texts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("billing_curtail_proposals") as batch:
        batch.add_column(sa.Column("reason_text", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("billing_curtail_proposals", recreate="never") as batch:
        batch.drop_column("reason_text")
