"""Calculator: market data snapshots (offline starts use the last known values) and calculation history.

Revision ID: 0002_calculator
Revises: 0001_core
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = "0002_calculator"
down_revision: str | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "market_snapshots",
        sa.Column("id", BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("quantity", sa.String(length=48), nullable=False),
        sa.Column("value", sa.Numeric(precision=38, scale=12), nullable=False),
        sa.Column("source", sa.String(length=48), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_market_snapshots")),
    )
    with op.batch_alter_table("market_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_market_snapshots_quantity_fetched_at", ["quantity", "fetched_at"], unique=False)

    op.create_table(
        "calculation_history",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_calculation_history_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calculation_history")),
    )
    with op.batch_alter_table("calculation_history", schema=None) as batch_op:
        batch_op.create_index("ix_calculation_history_user_id_created_at", ["user_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calculation_history", schema=None) as batch_op:
        batch_op.drop_index("ix_calculation_history_user_id_created_at")

    op.drop_table("calculation_history")
    with op.batch_alter_table("market_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_market_snapshots_quantity_fetched_at")

    op.drop_table("market_snapshots")
