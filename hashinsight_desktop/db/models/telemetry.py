"""Telemetry samples: append-only, bulk-written, read by (miner_id, recorded_at)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Float, ForeignKey, Index, Integer, String
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
    # Billing (services/billing/rollup_usage.py): exact usage as the usage engine counts it with a 300 s
    # max gap — each sample covers until the next one, at most 300 s. Times are epoch microseconds, energy
    # milliwatt-microseconds (power metered to the mW), all integers, so sums are exact. NULL: rolled up
    # before these columns existed.
    hashing_us: Mapped[int | None] = mapped_column(BigInteger)  # covered time inside the bucket, per status
    sleeping_us: Mapped[int | None] = mapped_column(BigInteger)
    curtailed_us: Mapped[int | None] = mapped_column(BigInteger)
    offline_us: Mapped[int | None] = mapped_column(BigInteger)  # offline, error and unknown statuses
    energy_mwus: Mapped[int | None] = mapped_column(BigInteger)  # inside the bucket
    first_us: Mapped[int | None] = mapped_column(BigInteger)  # the bucket's first and last sample
    last_us: Mapped[int | None] = mapped_column(BigInteger)
    last_power_mw: Mapped[int | None] = mapped_column(BigInteger)
    last_status: Mapped[str | None] = mapped_column(String(16))
    spill_us: Mapped[int | None] = mapped_column(BigInteger)  # the last sample's coverage past the bucket's end
    prev_us: Mapped[int | None] = mapped_column(BigInteger)  # the sample before the first one (NULL: none)
    prev_power_mw: Mapped[int | None] = mapped_column(BigInteger)
    prev_status: Mapped[str | None] = mapped_column(String(16))
    inner_gaps: Mapped[int | None] = mapped_column(Integer)  # hourly: gaps after its first sample (see 5-minute rows)


class TelemetryDailyRollup(Base):
    """A miner's UTC day summed from its hourly roll-ups (services/telemetry/daily_rollups.py), for years-long reads."""

    __tablename__ = "telemetry_daily_rollups"

    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    hours: Mapped[int] = mapped_column(Integer, nullable=False)  # hourly roll-ups that day
    hash_time_ths_s: Mapped[float] = mapped_column(Float, nullable=False)  # Σ hashrate × answered time, TH·s
    energy_kwh: Mapped[float] = mapped_column(Float, nullable=False)  # metered
    complete: Mapped[bool] = mapped_column(Boolean, nullable=False)  # the hourly roll-ups had reached its end
