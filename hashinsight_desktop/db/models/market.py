"""Market data snapshots: every fetched value, so an offline start uses the last known one."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK


class MarketSnapshot(Base):
    __tablename__ = "market_snapshots"
    __table_args__ = (Index("ix_market_snapshots_quantity_fetched_at", "quantity", "fetched_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    quantity: Mapped[str] = mapped_column(String(48), nullable=False)  # e.g. btc_price_usd, difficulty
    value: Mapped[Decimal] = mapped_column(Numeric(38, 12), nullable=False)
    source: Mapped[str] = mapped_column(String(48), nullable=False)  # provider name, or "manual"
    fetched_at: Mapped[datetime] = mapped_column(nullable=False)
