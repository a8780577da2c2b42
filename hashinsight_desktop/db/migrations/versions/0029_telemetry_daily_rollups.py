"""Daily telemetry roll-ups (issue 16): each miner's UTC day summed from its hourly roll-ups, so the fleet replay
reads a row per miner-day instead of 24; filled from the hourly rows already stored.

Revision ID: 0029_telemetry_daily_rollups
Revises: 0028_customer_language
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0029_telemetry_daily_rollups"
down_revision: str | None = "0028_customer_language"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "telemetry_daily_rollups",
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("hash_time_ths_s", sa.Float(), nullable=False),
        sa.Column("energy_kwh", sa.Float(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_telemetry_daily_rollups_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("miner_id", "day", name=op.f("pk_telemetry_daily_rollups")),
    )
    from hashinsight_desktop.services.telemetry.daily_rollups import back_fill

    back_fill(op.get_bind(), datetime.now(UTC))


def downgrade() -> None:
    op.drop_table("telemetry_daily_rollups")
