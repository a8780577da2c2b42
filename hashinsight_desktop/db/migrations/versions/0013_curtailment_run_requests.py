"""Curtailment run requests: a user's "execute now" / "recover now" asked of the agent that runs
curtailment (the console's roles run in a child agent process), and how the run ended.

Revision ID: 0013_curtailment_run_requests
Revises: 0012_control_room
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_curtailment_run_requests"
down_revision: str | None = "0012_control_room"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "curtailment_run_requests",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(length=255), nullable=False),
        sa.Column("requested_by_node", sa.Uuid(), nullable=True),
        sa.Column("requested_at", WHEN, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("taken_by_node", sa.Uuid(), nullable=True),
        sa.Column("taken_at", WHEN, nullable=True),
        sa.Column("finished_at", WHEN, nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("error_kind", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["curtailment_plans.id"],
            name=op.f("fk_curtailment_run_requests_plan_id_curtailment_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_curtailment_run_requests_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curtailment_run_requests")),
    )
    with op.batch_alter_table("curtailment_run_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_curtailment_run_requests_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_curtailment_run_requests_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("curtailment_run_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_curtailment_run_requests_state"))
        batch_op.drop_index(batch_op.f("ix_curtailment_run_requests_plan_id"))
    op.drop_table("curtailment_run_requests")
