"""Market history for the Analytics tab: each 15-minute collection of BTC price and 24 h volume (the aggregate,
its completeness and every source's quote), network snapshots, the Fear & Greed index and the daily bars built
from them or imported from history files."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK


class PriceCollection(Base):
    """One collection round: the price is the median of the sources kept (None: no source answered)."""

    __tablename__ = "market_price_collections"
    __table_args__ = (Index("ix_market_price_collections_taken_at", "taken_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    taken_at: Mapped[datetime] = mapped_column(nullable=False)
    price_usd: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    volume_24h_usd: Mapped[Decimal | None] = mapped_column(Numeric(30, 2))  # exchange venues kept, summed
    asked: Mapped[int] = mapped_column(Integer, nullable=False)
    answered: Mapped[int] = mapped_column(Integer, nullable=False)
    kept: Mapped[int] = mapped_column(Integer, nullable=False)  # answered minus outliers
    funding_8h_pct: Mapped[Decimal | None] = mapped_column(Numeric(18, 10))  # Deribit BTC-PERPETUAL, when reachable
    basis_pct: Mapped[Decimal | None] = mapped_column(Numeric(18, 10))  # (mark - index) / index, percent


class SourceQuote(Base):
    """What one source said in one round: ``status`` ok | outlier | unavailable (HTTP 451) | failed | timeout."""

    __tablename__ = "market_source_quotes"
    __table_args__ = (Index("ix_market_source_quotes_collection_id", "collection_id"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("market_price_collections.id", ondelete="CASCADE"), nullable=False
    )
    source: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    price_usd: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    volume_24h_usd: Mapped[Decimal | None] = mapped_column(Numeric(30, 2))
    change_24h_pct: Mapped[Decimal | None] = mapped_column(Numeric(18, 8))
    detail: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    detail_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py


class NetworkSnapshot(Base):
    """Difficulty, hashrate estimate, fees per block and the coming adjustment; a value no source gave is None."""

    __tablename__ = "network_snapshots"
    __table_args__ = (Index("ix_network_snapshots_taken_at", "taken_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    taken_at: Mapped[datetime] = mapped_column(nullable=False)
    difficulty: Mapped[Decimal | None] = mapped_column(Numeric(38, 4))
    hashrate_ehs: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    fees_per_block_btc: Mapped[Decimal | None] = mapped_column(Numeric(24, 12))
    next_adjustment_pct: Mapped[Decimal | None] = mapped_column(Numeric(18, 8))
    blocks_to_retarget: Mapped[int | None] = mapped_column(Integer)
    sources: Mapped[str] = mapped_column(String(100), nullable=False)


class FearGreedReading(Base):
    """alternative.me's Fear & Greed index, one value per day (0 extreme fear … 100 extreme greed)."""

    __tablename__ = "fear_greed_readings"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)
    classification: Mapped[str] = mapped_column(String(32), nullable=False)


SIMULATED_ORIGIN = "simulated demo"  # a demo database's made-up bars (demo_market): never in a real database


class DailyBar(Base):
    """A UTC day's bar: built from the collections (``origin`` collected) or imported from a file (imported)."""

    __tablename__ = "market_daily_bars"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    open: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    high: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    low: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    close: Mapped[Decimal] = mapped_column(Numeric(24, 8), nullable=False)
    volume_usd: Mapped[Decimal | None] = mapped_column(Numeric(30, 2))
    difficulty: Mapped[Decimal | None] = mapped_column(Numeric(38, 4))
    hashrate_ehs: Mapped[Decimal | None] = mapped_column(Numeric(24, 8))
    origin: Mapped[str] = mapped_column(String(16), nullable=False)
    samples: Mapped[int] = mapped_column(Integer, nullable=False)  # collections in the day (0 when imported)
