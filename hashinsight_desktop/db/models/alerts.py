"""Alerts raised by the telemetry rules, their thresholds per site and model, miners silenced for
maintenance, and the operation log of every command sent to a miner."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, EntityMixin, utcnow


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_miner_id_kind_cleared_at", "miner_id", "kind", "cleared_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), nullable=False)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)  # over_temperature, offline, hashrate_drop, ...
    severity: Mapped[str] = mapped_column(String(16), nullable=False)  # warning, critical
    message: Mapped[str] = mapped_column(String(300), nullable=False)  # as it was when raised
    # The sentences' template and figures (services/stored_text.py), rendered in the reader's language;
    # None on rows older than them: the English column is shown as it is.
    message_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    raised_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    cleared_at: Mapped[datetime | None] = mapped_column()
    acknowledged_by: Mapped[str | None] = mapped_column(String(64))
    acknowledged_at: Mapped[datetime | None] = mapped_column()
    acknowledged_note: Mapped[str | None] = mapped_column(String(300))
    # The latest poll that still showed the condition, and what it read then: the alert clears only
    # once the condition has been gone for the rule's hold time after this.
    held_at: Mapped[datetime | None] = mapped_column()
    current_message: Mapped[str | None] = mapped_column(String(300))
    current_message_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AlertThreshold(EntityMixin, Base):
    """Alert limits for a site, a model, or a model on one site (both None: the farm's default).
    A None limit is inherited: model on site, then model, then site, then farm, then built-in."""

    __tablename__ = "alert_thresholds"
    __table_args__ = (Index("ix_alert_thresholds_site_id_model_id", "site_id", "model_id"),)

    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    model_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("miner_models.id", ondelete="CASCADE"))
    temp_warning_c: Mapped[float | None] = mapped_column(Float)
    temp_critical_c: Mapped[float | None] = mapped_column(Float)
    temp_hysteresis_c: Mapped[float | None] = mapped_column(Float)
    hashrate_min_pct: Mapped[float | None] = mapped_column(Float)
    hashrate_hysteresis_pct: Mapped[float | None] = mapped_column(Float)
    offline_after_failures: Mapped[int | None] = mapped_column(Integer)
    hold_s: Mapped[int | None] = mapped_column(Integer)


class MinerMaintenance(Base):
    """A miner under maintenance: its alerts are silenced (none raised, open ones left alone) until
    ``until`` (None: until someone ends it)."""

    __tablename__ = "miner_maintenance"

    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True)
    since: Mapped[datetime] = mapped_column(nullable=False)
    until: Mapped[datetime | None] = mapped_column()
    set_by: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default="")


class MinerAnomaly(Base):
    """Each miner's latest telemetry-anomaly score (services/analytics/anomaly_scores.py writes them on its
    tick; the Fleet tab reads them): NULL score with ``suppressed`` saying why it was not judged."""

    __tablename__ = "miner_anomalies"

    miner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True)
    scored_at: Mapped[datetime] = mapped_column(nullable=False)
    score: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(String(200))
    reason_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py
    suppressed: Mapped[str | None] = mapped_column(String(32))  # curtailed, asleep, maintenance


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
    detail_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py
    # The curtailment plan the command was sent for (None: a bulk action or a single command).
    plan_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # The epoch of the site's executor role (``executor:<site>``) that wrote it: written only while that epoch
    # still held the role, so a stale executor's command has no row (and was never sent).
    epoch: Mapped[int | None] = mapped_column(BigInteger)
