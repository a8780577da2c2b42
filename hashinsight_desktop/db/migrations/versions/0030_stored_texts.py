"""Stored texts in the reader's language (issue 17): beside each English sentence a service writes for users to read
later (an alert's message, an audit summary, a job run's or a curtailment run's detail, a source quote's detail, a
command's outcome, an anomaly's reason), a nullable JSON column keeps the sentence's template and parameters
(services/stored_text.py), so a Chinese console renders it in Chinese. NULL: an older row, shown in English as
it was stored.

Revision ID: 0030_stored_texts
Revises: 0029_telemetry_daily_rollups
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030_stored_texts"
down_revision: str | None = "0029_telemetry_daily_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> its new columns, each the structured form of the English column named without "_text"
COLUMNS: dict[str, tuple[str, ...]] = {
    "alerts": ("message_text", "current_message_text"),
    "audit_log": ("summary_text",),
    "job_ticks": ("detail_text",),
    "curtailment_plans": ("solve_message_text",),
    "curtailment_items": ("detail_text",),
    "curtailment_run_requests": ("message_text",),
    "market_source_quotes": ("detail_text",),
    "operation_log": ("detail_text",),
    "miner_anomalies": ("reason_text",),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(column, sa.JSON(), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place: a rebuilt table would lose audit_log's triggers.
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, recreate="never") as batch:
            for column in columns:
                batch.drop_column(column)
