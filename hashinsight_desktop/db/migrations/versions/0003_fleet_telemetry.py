"""Fleet telemetry: latest state per miner, 5-minute and hourly roll-ups, alerts, operation log.

Revision ID: 0003_fleet_telemetry
Revises: 0002_calculator
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_fleet_telemetry"
down_revision: str | None = "0002_calculator"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("message", sa.String(length=300), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=64), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_alerts_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_alerts_site_id_sites"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index("ix_alerts_miner_id_kind_cleared_at", ["miner_id", "kind", "cleared_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_alerts_site_id"), ["site_id"], unique=False)

    op.create_table(
        "miner_states",
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("hashrate_ths", sa.Float(), nullable=True),
        sa.Column("power_w", sa.Float(), nullable=True),
        sa.Column("max_chip_temp_c", sa.Float(), nullable=True),
        sa.Column("fan_rpm_max", sa.Integer(), nullable=True),
        sa.Column("boards_total", sa.Integer(), nullable=True),
        sa.Column("boards_dead", sa.Integer(), nullable=True),
        sa.Column("pool_url", sa.String(length=255), nullable=True),
        sa.Column("model_reported", sa.String(length=120), nullable=True),
        sa.Column("firmware_reported", sa.String(length=120), nullable=True),
        sa.Column("dialect", sa.String(length=16), nullable=True),
        sa.Column("uptime_s", sa.Integer(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_miner_states_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("miner_id", name=op.f("pk_miner_states")),
    )
    op.create_table(
        "operation_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=True),
        sa.Column("host", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("command", sa.String(length=64), nullable=False),
        sa.Column("parameter", sa.String(length=255), nullable=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_operation_log_miner_id_miners"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operation_log")),
    )
    with op.batch_alter_table("operation_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_operation_log_miner_id"), ["miner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_operation_log_requested_at"), ["requested_at"], unique=False)

    op.create_table(
        "telemetry_rollups",
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.Column("resolution_s", sa.Integer(), nullable=False),
        sa.Column("bucket_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column("online_samples", sa.Integer(), nullable=False),
        sa.Column("hashrate_ths_avg", sa.Float(), nullable=True),
        sa.Column("hashrate_ths_min", sa.Float(), nullable=True),
        sa.Column("power_w_avg", sa.Float(), nullable=True),
        sa.Column("max_chip_temp_c", sa.Float(), nullable=True),
        sa.Column("fan_rpm_max", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_telemetry_rollups_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("miner_id", "resolution_s", "bucket_start", name=op.f("pk_telemetry_rollups")),
    )
    with op.batch_alter_table("telemetry_samples", schema=None) as batch_op:
        batch_op.drop_constraint("fk_telemetry_samples_miner_id_miners", type_="foreignkey")
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("telemetry_samples", schema=None) as batch_op:
        batch_op.create_foreign_key(
            "fk_telemetry_samples_miner_id_miners", "miners", ["miner_id"], ["id"], ondelete="CASCADE"
        )
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.drop_column("is_active")

    op.drop_table("telemetry_rollups")
    with op.batch_alter_table("operation_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_operation_log_requested_at"))
        batch_op.drop_index(batch_op.f("ix_operation_log_miner_id"))

    op.drop_table("operation_log")
    op.drop_table("miner_states")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alerts_site_id"))
        batch_op.drop_index("ix_alerts_miner_id_kind_cleared_at")

    op.drop_table("alerts")
