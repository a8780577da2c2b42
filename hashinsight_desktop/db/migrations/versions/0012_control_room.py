"""The control room: cluster nodes with heartbeats, fenced role leases, claimed job ticks, the consumers'
inbox and failures (retries and dead letters), and the outbox's writing transaction id (PostgreSQL fills
it by a server default, so every writer of the outbox gets it without code).

Revision ID: 0012_control_room
Revises: 0011_hardware_prices
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_control_room"
down_revision: str | None = "0011_hardware_prices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cluster_nodes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=255), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("started_at", WHEN, nullable=False),
        sa.Column("heartbeat_at", WHEN, nullable=False),
        sa.Column("stopped_at", WHEN, nullable=True),
        sa.Column("listener_lag_ms", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_nodes")),
    )
    op.create_table(
        "role_leases",
        sa.Column("role", sa.String(length=128), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("holder_node_id", sa.Uuid(), nullable=True),
        sa.Column("holder_host", sa.String(length=255), nullable=True),
        sa.Column("holder_pid", sa.Integer(), nullable=True),
        sa.Column("lease_s", sa.Float(), nullable=False),
        sa.Column("acquired_at", WHEN, nullable=False),
        sa.Column("renewed_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_role_leases")),
    )
    op.create_table(
        "job_ticks",
        sa.Column("job", sa.String(length=128), nullable=False),
        sa.Column("tick_start", WHEN, nullable=False),
        sa.Column("interval_s", sa.Float(), nullable=False),
        sa.Column("node_id", sa.Uuid(), nullable=True),
        sa.Column("epoch", sa.BigInteger(), nullable=True),
        sa.Column("claimed_at", WHEN, nullable=False),
        sa.Column("finished_at", WHEN, nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("duration_ms", sa.Float(), nullable=True),
        sa.Column("items", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("job", "tick_start", name=op.f("pk_job_ticks")),
    )
    op.create_table(
        "inbox",
        sa.Column("consumer", sa.String(length=64), nullable=False),
        sa.Column("event_id", BIGINT_PK, autoincrement=False, nullable=False),
        sa.Column("processed_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("consumer", "event_id", name=op.f("pk_inbox")),
    )
    op.create_table(
        "consumer_failures",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("consumer", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("first_failed_at", WHEN, nullable=False),
        sa.Column("next_attempt_at", WHEN, nullable=True),
        sa.Column("dead_at", WHEN, nullable=True),
        sa.Column("resolved_at", WHEN, nullable=True),
        sa.Column("resolved_by", sa.String(length=255), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consumer_failures")),
        sa.UniqueConstraint("consumer", "event_id", name=op.f("uq_consumer_failures_consumer_event_id")),
    )
    with op.batch_alter_table("consumer_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consumer_failures_dead_at"), ["dead_at"], unique=False)

    postgres = op.get_bind().dialect.name == "postgresql"
    default = sa.text("(pg_current_xact_id()::text::bigint)") if postgres else None
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("txid", sa.BigInteger(), server_default=default, nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_txid"), ["txid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_txid"))
        batch_op.drop_column("txid")
    with op.batch_alter_table("consumer_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consumer_failures_dead_at"))
    op.drop_table("consumer_failures")
    op.drop_table("inbox")
    op.drop_table("job_ticks")
    op.drop_table("role_leases")
    op.drop_table("cluster_nodes")
