"""Telemetry samples: append-only, bulk-written, read by (miner_id, recorded_at)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK


class TelemetrySample(Base):
    __tablename__ = "telemetry_samples"
    __table_args__ = (Index("ix_telemetry_samples_miner_id_recorded_at", "miner_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    # No foreign key on purpose: its per-row check costs a third of COPY throughput on the hottest
    # table. Samples are only written for known miners, and deleting a miner deletes its samples.
    miner_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    hashrate_ths: Mapped[float | None] = mapped_column(Float)
    power_w: Mapped[float | None] = mapped_column(Float)
    max_chip_temp_c: Mapped[float | None] = mapped_column(Float)
    fan_rpm_max: Mapped[int | None] = mapped_column(Integer)


class TelemetryRollup(Base):
    """5-minute and hourly aggregates, kept for years after raw samples are pruned."""

    __tablename__ = "telemetry_rollups"

    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True)
    resolution_s: Mapped[int] = mapped_column(Integer, primary_key=True)  # 300 or 3600
    bucket_start: Mapped[datetime] = mapped_column(primary_key=True)
    samples: Mapped[int] = mapped_column(Integer, nullable=False)
    online_samples: Mapped[int] = mapped_column(Integer, nullable=False)
    hashrate_ths_avg: Mapped[float | None] = mapped_column(Float)
    hashrate_ths_min: Mapped[float | None] = mapped_column(Float)
    power_w_avg: Mapped[float | None] = mapped_column(Float)
    max_chip_temp_c: Mapped[float | None] = mapped_column(Float)
    fan_rpm_max: Mapped[int | None] = mapped_column(Integer)
