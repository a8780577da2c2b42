"""Sites and the miners installed in them."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, EntityMixin


class Site(EntityMixin, Base):
    __tablename__ = "sites"

    name: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    capacity_mw: Mapped[Decimal] = mapped_column(Numeric(10, 3), nullable=False, default=Decimal("0"))
    electricity_price_usd_per_kwh: Mapped[Decimal] = mapped_column(Numeric(10, 5), nullable=False, default=Decimal("0"))
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="UTC", server_default="UTC")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    # Four-eyes rule: a curtailment plan of this site must be approved by someone other than its creator.
    curtail_four_eyes: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())


class Miner(EntityMixin, Base):
    __tablename__ = "miners"
    __table_args__ = (UniqueConstraint("site_id", "ip_address", "port"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    model_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("miner_models.id", ondelete="SET NULL"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    ip_address: Mapped[str] = mapped_column(String(45), nullable=False)
    port: Mapped[int] = mapped_column(Integer, nullable=False, default=4028, server_default="4028")
    serial_number: Mapped[str | None] = mapped_column(String(120))
    firmware: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown", server_default="unknown")
    last_seen_at: Mapped[datetime | None] = mapped_column()
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=true())
    # The electrical feed (or rack) the miner hangs on: curtailment plans may cap what one feed sheds.
    power_feed: Mapped[str | None] = mapped_column(String(64))
    # Where it stands in the site (free text: "R12", "U7"); shown, sorted and exported, never interpreted.
    rack: Mapped[str | None] = mapped_column(String(64))
    position: Mapped[str | None] = mapped_column(String(32))
    # Removed from the fleet but its telemetry, alerts and customer history kept (is_active is then false:
    # nothing polls, plans or lists it); re-adding its address brings it back with its history.
    removed_at: Mapped[datetime | None] = mapped_column()
    # Identification (discovery, `control identify`): the maker, the model as the miner names it, the
    # firmware family that controls it (None: generic, the historical CGMiner commands) and what its
    # firmware can do (services.devices.Capabilities.to_json); identify_note says why it stayed generic.
    make: Mapped[str | None] = mapped_column(String(64))
    model_name: Mapped[str | None] = mapped_column(String(120))
    family: Mapped[str | None] = mapped_column(String(16))
    capabilities: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    identified_at: Mapped[datetime | None] = mapped_column()
    identify_note: Mapped[str | None] = mapped_column(String(300))


class MinerCustomerAssignment(Base):
    """Which hosting customer had a miner, from when to when (billing bills by it); ``miners.customer_id``
    is the open row's customer. ``miner_label`` keeps the miner's name and address should it be deleted."""

    __tablename__ = "miner_customer_assignments"
    __table_args__ = (Index("ix_miner_customer_assignments_customer_id_starts_at", "customer_id", "starts_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    miner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("miners.id", ondelete="SET NULL"), index=True)
    miner_label: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(nullable=False)
    ends_at: Mapped[datetime | None] = mapped_column()
    assigned_by: Mapped[str] = mapped_column(String(64), nullable=False)
    ended_by: Mapped[str | None] = mapped_column(String(64))


class MinerState(Base):
    """The latest poll of each miner: rewritten by the poller every interval, so it is kept out of
    ``miners`` (whose version column guards user edits) — a poll never makes an edit stale."""

    __tablename__ = "miner_states"

    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True)
    polled_at: Mapped[datetime] = mapped_column(nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    hashrate_ths: Mapped[float | None] = mapped_column(Float)
    power_w: Mapped[float | None] = mapped_column(Float)
    max_chip_temp_c: Mapped[float | None] = mapped_column(Float)
    fan_rpm_max: Mapped[int | None] = mapped_column(Integer)
    boards_total: Mapped[int | None] = mapped_column(Integer)
    boards_dead: Mapped[int | None] = mapped_column(Integer)
    pool_url: Mapped[str | None] = mapped_column(String(255))
    model_reported: Mapped[str | None] = mapped_column(String(120))
    firmware_reported: Mapped[str | None] = mapped_column(String(120))
    dialect: Mapped[str | None] = mapped_column(String(16))  # antminer, whatsminer, avalon, cgminer
    uptime_s: Mapped[int | None] = mapped_column(Integer)
    consecutive_failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    last_seen_at: Mapped[datetime | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(String(200))
    error_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py; None: English as stored
    # Per hash board: {"hashrate_ths", "chips", "chip_temp_c"} as the last answered poll read them.
    boards: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    hw_errors: Mapped[int | None] = mapped_column(Integer)  # hardware errors since the miner started
    rejected_pct: Mapped[float | None] = mapped_column(Float)  # rejected shares, % of those submitted
    power_limit_w: Mapped[float | None] = mapped_column(Float)  # the power target the firmware reports
