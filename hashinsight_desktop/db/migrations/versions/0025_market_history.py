"""Market history for the Analytics tab: price collections with each source's quote, network snapshots, the
Fear & Greed index and daily bars (collected or imported).

Revision ID: 0025_market_history
Revises: 0024_customers_created_at
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025_market_history"
down_revision: str | None = "0024_customers_created_at"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "market_price_collections",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("price_usd", sa.Numeric(24, 8), nullable=True),
        sa.Column("volume_24h_usd", sa.Numeric(30, 2), nullable=True),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("funding_8h_pct", sa.Numeric(18, 10), nullable=True),
        sa.Column("basis_pct", sa.Numeric(18, 10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_market_price_collections")),
    )
    op.create_index("ix_market_price_collections_taken_at", "market_price_collections", ["taken_at"])
    op.create_table(
        "market_source_quotes",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("collection_id", BIG_ID, nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("price_usd", sa.Numeric(24, 8), nullable=True),
        sa.Column("volume_24h_usd", sa.Numeric(30, 2), nullable=True),
        sa.Column("change_24h_pct", sa.Numeric(18, 8), nullable=True),
        sa.Column("detail", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["market_price_collections.id"],
            name=op.f("fk_market_source_quotes_collection_id_market_price_collections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_market_source_quotes")),
    )
    op.create_index("ix_market_source_quotes_collection_id", "market_source_quotes", ["collection_id"])
    op.create_table(
        "network_snapshots",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("difficulty", sa.Numeric(38, 4), nullable=True),
        sa.Column("hashrate_ehs", sa.Numeric(24, 8), nullable=True),
        sa.Column("fees_per_block_btc", sa.Numeric(24, 12), nullable=True),
        sa.Column("next_adjustment_pct", sa.Numeric(18, 8), nullable=True),
        sa.Column("blocks_to_retarget", sa.Integer(), nullable=True),
        sa.Column("sources", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_snapshots")),
    )
    op.create_index("ix_network_snapshots_taken_at", "network_snapshots", ["taken_at"])
    op.create_table(
        "fear_greed_readings",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("classification", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_fear_greed_readings")),
    )
    op.create_table(
        "market_daily_bars",
        sa.Column("day", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Numeric(24, 8), nullable=True) for name in ("open", "high", "low")),
        sa.Column("close", sa.Numeric(24, 8), nullable=False),
        sa.Column("volume_usd", sa.Numeric(30, 2), nullable=True),
        sa.Column("difficulty", sa.Numeric(38, 4), nullable=True),
        sa.Column("hashrate_ehs", sa.Numeric(24, 8), nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_market_daily_bars")),
    )


def downgrade() -> None:
    op.drop_table("market_daily_bars")
    op.drop_table("fear_greed_readings")
    op.drop_index("ix_network_snapshots_taken_at", table_name="network_snapshots")
    op.drop_table("network_snapshots")
    op.drop_index("ix_market_source_quotes_collection_id", table_name="market_source_quotes")
    op.drop_table("market_source_quotes")
    op.drop_index("ix_market_price_collections_taken_at", table_name="market_price_collections")
    op.drop_table("market_price_collections")
