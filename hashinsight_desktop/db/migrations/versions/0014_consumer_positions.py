"""Consumer positions: where each outbox consumer's search for unapplied events starts (its first event,
and on PostgreSQL the transaction-id horizon below which everything is applied). The notifier became the
``notifications`` consumer: its cursor row moves here and ``notification_cursor`` goes.

Revision ID: 0014_consumer_positions
Revises: 0013_curtailment_run_requests
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_consumer_positions"
down_revision: str | None = "0013_curtailment_run_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consumer_positions",
        sa.Column("consumer", sa.String(length=64), nullable=False),
        sa.Column("after_id", sa.BigInteger(), nullable=False),
        sa.Column("horizon_txid", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("consumer", name=op.f("pk_consumer_positions")),
    )
    # The notifier read the outbox after this id; as the notifications consumer it goes on from there.
    op.execute(
        "INSERT INTO consumer_positions (consumer, after_id) "
        "SELECT 'notifications', last_outbox_id FROM notification_cursor WHERE name = 'alerts'"
    )
    op.drop_table("notification_cursor")


def downgrade() -> None:
    op.create_table(
        "notification_cursor",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("last_outbox_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_notification_cursor")),
    )
    # Back to a plain cursor after the newest event applied (the cursor cannot say which are missing).
    op.execute(
        "INSERT INTO notification_cursor (name, last_outbox_id) "
        "SELECT 'alerts', COALESCE((SELECT MAX(event_id) FROM inbox WHERE consumer = 'notifications'), after_id) "
        "FROM consumer_positions WHERE consumer = 'notifications'"
    )
    op.drop_table("consumer_positions")
