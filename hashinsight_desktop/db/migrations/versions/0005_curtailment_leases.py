"""Curtailment runs an operator can trust: a plan's executor lease (owner, expiry, fencing epoch), a stop
request any console can make, the per-site four-eyes rule (approver ≠ creator), and the plan each
operation-log row was sent for.

Revision ID: 0005_curtailment_leases
Revises: 0004_curtailment
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_curtailment_leases"
down_revision: str | None = "0004_curtailment"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("curtailment_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("executor_owner", sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("fencing_epoch", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("stop_requested_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("stop_requested_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.add_column(sa.Column("curtail_four_eyes", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("operation_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_operation_log_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("operation_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_operation_log_plan_id"))
        batch_op.drop_column("plan_id")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_column("curtail_four_eyes")
    with op.batch_alter_table("curtailment_plans", schema=None) as batch_op:
        batch_op.drop_column("stopped_at")
        batch_op.drop_column("stop_requested_by")
        batch_op.drop_column("stop_requested_at")
        batch_op.drop_column("fencing_epoch")
        batch_op.drop_column("lease_expires_at")
        batch_op.drop_column("executor_owner")
