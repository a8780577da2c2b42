"""Alerts raised by the telemetry rules, and the operation log of every command sent to a miner."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, utcnow


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_miner_id_kind_cleared_at", "miner_id", "kind", "cleared_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), nullable=False)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)  # over_temperature, offline, hashrate_drop, ...
    severity: Mapped[str] = mapped_column(String(16), nullable=False)  # warning, critical
    message: Mapped[str] = mapped_column(String(300), nullable=False)
    raised_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    cleared_at: Mapped[datetime | None] = mapped_column()
    acknowledged_by: Mapped[str | None] = mapped_column(String(64))
    acknowledged_at: Mapped[datetime | None] = mapped_column()


class OperationLogEntry(Base):
    """One command sent to one miner and what came of it; written before the next state change."""

    __tablename__ = "operation_log"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    miner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("miners.id", ondelete="SET NULL"), index=True)
    host: Mapped[str] = mapped_column(String(64), nullable=False)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    command: Mapped[str] = mapped_column(String(64), nullable=False)
    parameter: Mapped[str | None] = mapped_column(String(255))
    requested_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")  # ok, failed, pending
    detail: Mapped[str | None] = mapped_column(String(300))
    # The curtailment plan the command was sent for (None: a bulk action or a single command).
    plan_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
