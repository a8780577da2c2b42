"""Curtailment: plans (figures, state, report), per-miner items (the executor's command log), power prices,
and the power feed of each miner (per-feed shed limits).

Revision ID: 0004_curtailment
Revises: 0003_fleet_telemetry
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = "0004_curtailment"
down_revision: str | None = "0003_fleet_telemetry"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("power_feed", sa.String(length=64), nullable=True))

    op.create_table(
        "curtailment_plans",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("strategy", sa.String(length=16), nullable=False),
        sa.Column("target_kw", sa.Float(), nullable=False),
        sa.Column("tolerance_kw", sa.Float(), nullable=True),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recover_after_h", sa.Float(), nullable=True),
        sa.Column("recover_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ramp_kw_per_min", sa.Float(), nullable=True),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("shed_kw", sa.Float(), nullable=False),
        sa.Column("lost_ths", sa.Float(), nullable=False),
        sa.Column("lower_bound", sa.Float(), nullable=False),
        sa.Column("gap_pct", sa.Float(), nullable=False),
        sa.Column("objective_unit", sa.String(length=24), nullable=False),
        sa.Column("proven", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("solver", sa.String(length=16), nullable=False),
        sa.Column("solve_message", sa.Text(), server_default="", nullable=False),
        sa.Column("site_power_kw", sa.Float(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("approved_by", sa.String(length=64), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("executed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_curtailment_plans_site_id_sites"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curtailment_plans")),
    )
    with op.batch_alter_table("curtailment_plans", schema=None) as batch_op:
        batch_op.create_index("ix_curtailment_plans_site_id_state", ["site_id", "state"], unique=False)

    op.create_table(
        "curtailment_items",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=True),
        sa.Column("miner_name", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=45), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("dialect", sa.String(length=16), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("power_pct", sa.Integer(), nullable=True),
        sa.Column("full_power_w", sa.Float(), nullable=False),
        sa.Column("full_hashrate_ths", sa.Float(), nullable=False),
        sa.Column("level_power_w", sa.Float(), nullable=False),
        sa.Column("level_hashrate_ths", sa.Float(), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("recovery_state", sa.String(length=16), nullable=True),
        sa.Column("recovery_attempts", sa.Integer(), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_curtailment_items_miner_id_miners"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["curtailment_plans.id"],
            name=op.f("fk_curtailment_items_plan_id_curtailment_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curtailment_items")),
    )
    with op.batch_alter_table("curtailment_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_curtailment_items_miner_id"), ["miner_id"], unique=False)
        batch_op.create_index("ix_curtailment_items_plan_id_batch", ["plan_id", "batch"], unique=False)

    op.create_table(
        "power_prices",
        sa.Column("id", BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("usd_per_mwh", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_power_prices_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_power_prices")),
    )
    with op.batch_alter_table("power_prices", schema=None) as batch_op:
        batch_op.create_index("ix_power_prices_site_id_recorded_at", ["site_id", "recorded_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("power_prices", schema=None) as batch_op:
        batch_op.drop_index("ix_power_prices_site_id_recorded_at")

    op.drop_table("power_prices")
    with op.batch_alter_table("curtailment_items", schema=None) as batch_op:
        batch_op.drop_index("ix_curtailment_items_plan_id_batch")
        batch_op.drop_index(batch_op.f("ix_curtailment_items_miner_id"))

    op.drop_table("curtailment_items")
    with op.batch_alter_table("curtailment_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_curtailment_plans_site_id_state")

    op.drop_table("curtailment_plans")
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.drop_column("power_feed")
