"""The ASIC miner catalogue: manufacturer nominal figures, editable in the app."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, Float, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, EntityMixin


class MinerModel(EntityMixin, Base):
    __tablename__ = "miner_models"
    __table_args__ = (UniqueConstraint("manufacturer", "name"),)

    manufacturer: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    # Lower-case name without spaces or maker: the key that "S19Pro" and "antminer s19 pro" resolve to.
    lookup_key: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    hashrate_ths: Mapped[float] = mapped_column(Float, nullable=False)
    power_w: Mapped[float] = mapped_column(Float, nullable=False)
    efficiency_j_per_th: Mapped[float] = mapped_column(Float, nullable=False)
    release_year: Mapped[int | None] = mapped_column(Integer)
    cooling: Mapped[str] = mapped_column(String(16), nullable=False, default="air", server_default="air")
    firmware_family: Mapped[str] = mapped_column(
        String(32), nullable=False, default="cgminer", server_default="cgminer"
    )
    power_modes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    reference_price_usd: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))  # one unit, for payback and $/TH
    reference_price_date: Mapped[date | None] = mapped_column(Date)  # when that price was quoted
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
