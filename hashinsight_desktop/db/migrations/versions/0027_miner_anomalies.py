"""Each miner's latest telemetry-anomaly score (issue 16), written by the anomaly job, read by the Fleet tab.

Revision ID: 0027_miner_anomalies
Revises: 0026_customer_asset_sorts
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027_miner_anomalies"
down_revision: str | None = "0026_customer_asset_sorts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "miner_anomalies",
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.Column("scored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("suppressed", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_miner_anomalies_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("miner_id", name=op.f("pk_miner_anomalies")),
    )


def downgrade() -> None:
    op.drop_table("miner_anomalies")
