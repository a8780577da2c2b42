"""Managing miners: rack and position, removal that keeps history (``removed_at``), and the history of
which hosting customer had each miner (``miner_customer_assignments``; billing bills by it). Miners that
already have a customer get an open assignment from when they were last changed.

Revision ID: 0007_miner_management
Revises: 0006_miner_identity
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_miner_management"
down_revision: str | None = "0006_miner_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rack", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("position", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))
    assignments = op.create_table(
        "miner_customer_assignments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=True),
        sa.Column("miner_label", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("ended_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_miner_customer_assignments_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["miner_id"],
            ["miners.id"],
            name=op.f("fk_miner_customer_assignments_miner_id_miners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_miner_customer_assignments")),
    )
    with op.batch_alter_table("miner_customer_assignments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_miner_customer_assignments_customer_id_starts_at", ["customer_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_miner_customer_assignments_miner_id"), ["miner_id"], unique=False)
    miners = sa.table(
        "miners",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("ip_address", sa.String()),
        sa.column("port", sa.Integer()),
        sa.column("customer_id", sa.Uuid()),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    rows = op.get_bind().execute(
        sa.select(
            miners.c.id, miners.c.name, miners.c.ip_address, miners.c.port, miners.c.customer_id, miners.c.updated_at
        ).where(miners.c.customer_id.is_not(None))
    )
    history = [
        {
            "id": uuid.uuid4(),
            "miner_id": miner_id,
            "miner_label": f"{name} ({ip}:{port})"[:200],
            "customer_id": customer_id,
            "starts_at": updated_at,
            "assigned_by": "migration",
        }
        for miner_id, name, ip, port, customer_id, updated_at in rows
    ]
    if history:
        op.bulk_insert(assignments, history)


def downgrade() -> None:
    with op.batch_alter_table("miner_customer_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_miner_customer_assignments_miner_id"))
        batch_op.drop_index("ix_miner_customer_assignments_customer_id_starts_at")
    op.drop_table("miner_customer_assignments")
    with op.batch_alter_table("miners", schema=None) as batch_op:
        batch_op.drop_column("removed_at")
        batch_op.drop_column("position")
        batch_op.drop_column("rack")
