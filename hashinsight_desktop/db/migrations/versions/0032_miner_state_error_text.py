"""A miner's last poll error ("connection refused", "no reply within 2 s") kept with its template and figures too
(services/stored_text.py), for the Fleet tab, miner detail and discovery in the reader's language; NULL: an older
row or an error the console did not phrase (a firmware's own message), shown in English as stored.

Revision ID: 0032_miner_state_error_text
Revises: 0031_proposal_reason_text
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032_miner_state_error_text"
down_revision: str | None = "0031_proposal_reason_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("miner_states") as batch:
        batch.add_column(sa.Column("error_text", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("miner_states", recreate="never") as batch:
        batch.drop_column("error_text")
