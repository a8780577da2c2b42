"""Who each miner is, as identified at discovery: make, model name, firmware family and what its firmware
can do (capabilities, JSON). ``firmware`` exists already. A miner nobody identified has no family: the
device layer treats it as "generic" (the historical CGMiner commands), as before.

Revision ID: 0006_miner_identity
Revises: 0005_curtailment_leases
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_miner_identity"
down_revision: str | None = "0005_curtailment_leases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("make", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("model_name", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("family", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("capabilities", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("identified_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("identify_note", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.drop_column("identify_note")
        batch_op.drop_column("identified_at")
        batch_op.drop_column("capabilities")
        batch_op.drop_column("family")
        batch_op.drop_column("model_name")
        batch_op.drop_column("make")
