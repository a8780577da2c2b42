"""Missed starts reported once: a scheduled plan whose start was missed (no console or agent ran at the time)
records the start it was reported for, so the report comes once across the control room, not once from
each process that claims the look for due plans (a new start time can be reported again).

Revision ID: 0016_missed_start_reported
Revises: 0015_command_epochs
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_missed_start_reported"
down_revision: str | None = "0015_command_epochs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("curtailment_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("missed_start_reported_for", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("curtailment_plans", schema=None) as batch_op:
        batch_op.drop_column("missed_start_reported_for")
