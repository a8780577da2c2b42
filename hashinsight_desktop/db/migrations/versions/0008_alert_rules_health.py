"""Alerts that behave and health that is shown: alert thresholds per site and model
(``alert_thresholds``), miners silenced for maintenance (``miner_maintenance``), an alert's latest
reading and hold time (``held_at``, ``current_message``) and acknowledgement note, and what the poll
reads of each miner's health (hash boards, hardware errors, rejected shares, power target).

Revision ID: 0008_alert_rules_health
Revises: 0007_miner_management
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_alert_rules_health"
down_revision: str | None = "0007_miner_management"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alert_thresholds",
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("model_id", sa.Uuid(), nullable=True),
        sa.Column("temp_warning_c", sa.Float(), nullable=True),
        sa.Column("temp_critical_c", sa.Float(), nullable=True),
        sa.Column("temp_hysteresis_c", sa.Float(), nullable=True),
        sa.Column("hashrate_min_pct", sa.Float(), nullable=True),
        sa.Column("hashrate_hysteresis_pct", sa.Float(), nullable=True),
        sa.Column("offline_after_failures", sa.Integer(), nullable=True),
        sa.Column("hold_s", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_alert_thresholds_site_id_sites"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["miner_models.id"],
            name=op.f("fk_alert_thresholds_model_id_miner_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_thresholds")),
    )
    with op.batch_alter_table("alert_thresholds", schema=None) as batch_op:
        batch_op.create_index("ix_alert_thresholds_site_id_model_id", ["site_id", "model_id"], unique=False)
    op.create_table(
        "miner_maintenance",
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=300), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_miner_maintenance_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("miner_id", name=op.f("pk_miner_maintenance")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acknowledged_note", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("held_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("current_message", sa.String(length=300), nullable=True))
    with op.batch_alter_table("miner_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("boards", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("hw_errors", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("rejected_pct", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("power_limit_w", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("miner_states", schema=None) as batch_op:
        batch_op.drop_column("power_limit_w")
        batch_op.drop_column("rejected_pct")
        batch_op.drop_column("hw_errors")
        batch_op.drop_column("boards")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_column("current_message")
        batch_op.drop_column("held_at")
        batch_op.drop_column("acknowledged_note")
    op.drop_table("miner_maintenance")
    with op.batch_alter_table("alert_thresholds", schema=None) as batch_op:
        batch_op.drop_index("ix_alert_thresholds_site_id_model_id")
    op.drop_table("alert_thresholds")
