"""Curtailment plans and the per-miner items that are their command log.

A plan keeps the optimiser's figures (shed, lost hashrate, bound, gap) as they were when it was
solved, so its history reads the same after the fleet changes. An item is one miner told to leave
its full level; its ``state`` is written before a command is sent and again with the result, which
is what lets an executor that crashed resume without sending anything twice.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK, EntityMixin, utcnow


class CurtailmentPlan(EntityMixin, Base):
    __tablename__ = "curtailment_plans"
    __table_args__ = (Index("ix_curtailment_plans_site_id_state", "site_id", "state"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    trigger: Mapped[str] = mapped_column(String(16), nullable=False, default="manual")  # manual, scheduled, price
    state: Mapped[str] = mapped_column(String(24), nullable=False, default="pending")
    strategy: Mapped[str] = mapped_column(String(16), nullable=False, default="performance")
    target_kw: Mapped[float] = mapped_column(Float, nullable=False)
    tolerance_kw: Mapped[float | None] = mapped_column(Float)
    start_at: Mapped[datetime | None] = mapped_column()  # scheduled plans
    # The missed scheduled start already reported (once across the control room; a new start_at can be again).
    missed_start_reported_for: Mapped[datetime | None] = mapped_column()
    recover_after_h: Mapped[float | None] = mapped_column(Float)
    recover_at: Mapped[datetime | None] = mapped_column()  # set when the plan is executed
    ramp_kw_per_min: Mapped[float | None] = mapped_column(Float)  # None: all batches at once
    # Presets, caps, anti-flap, price trigger…: what the plan was solved with, kept for its report.
    options: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    shed_kw: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    lost_ths: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    lower_bound: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    gap_pct: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    objective_unit: Mapped[str] = mapped_column(String(24), nullable=False, default="TH/s")
    proven: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    solver: Mapped[str] = mapped_column(String(16), nullable=False, default="fast")
    solve_message: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    solve_message_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py
    site_power_kw: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)  # at solve time
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    executed_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()
    result: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)  # execution report
    # The live executor of the plan (execution or recovery): who, until when, and the fencing epoch
    # that rises at every take-over so a stale owner's late writes match nothing (see .executor_lease).
    executor_owner: Mapped[str | None] = mapped_column(String(160))
    lease_expires_at: Mapped[datetime | None] = mapped_column()
    fencing_epoch: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # Stop: asked by any console or command line, carried out by the live executor at its next step.
    stop_requested_at: Mapped[datetime | None] = mapped_column()
    stop_requested_by: Mapped[str | None] = mapped_column(String(64))
    stopped_at: Mapped[datetime | None] = mapped_column()


class CurtailmentItem(Base):
    """One miner of a plan: the level it is sent to, and where its command (and its recovery) stand."""

    __tablename__ = "curtailment_items"
    __table_args__ = (Index("ix_curtailment_items_plan_id_batch", "plan_id", "batch"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("curtailment_plans.id", ondelete="CASCADE"), nullable=False)
    miner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("miners.id", ondelete="SET NULL"), index=True)
    miner_name: Mapped[str] = mapped_column(String(120), nullable=False)
    host: Mapped[str] = mapped_column(String(45), nullable=False)
    port: Mapped[int] = mapped_column(Integer, nullable=False)
    dialect: Mapped[str | None] = mapped_column(String(16))
    customer_id: Mapped[uuid.UUID | None] = mapped_column()
    level: Mapped[str] = mapped_column(String(16), nullable=False)  # preset, sleep
    power_pct: Mapped[int | None] = mapped_column(Integer)  # presets: % of nominal power
    full_power_w: Mapped[float] = mapped_column(Float, nullable=False)
    full_hashrate_ths: Mapped[float] = mapped_column(Float, nullable=False)
    level_power_w: Mapped[float] = mapped_column(Float, nullable=False)
    level_hashrate_ths: Mapped[float] = mapped_column(Float, nullable=False)
    batch: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # planned → sending → accepted | failed → confirmed | unconfirmed (after reconciliation)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="planned")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # None until recovery starts; then the same states as ``state``
    recovery_state: Mapped[str | None] = mapped_column(String(16))
    recovery_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    detail: Mapped[str | None] = mapped_column(String(300))
    detail_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py
    updated_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, onupdate=utcnow)


class PowerPrice(Base):
    """A power-price signal for a site (from the grid operator's feed or typed in): what
    price-triggered plans watch."""

    __tablename__ = "power_prices"
    __table_args__ = (Index("ix_power_prices_site_id_recorded_at", "site_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(nullable=False)
    usd_per_mwh: Mapped[float] = mapped_column(Float, nullable=False)
    source: Mapped[str] = mapped_column(String(32), nullable=False, default="manual")


class CurtailmentRunRequest(Base):
    """A user's "execute now" or "recover now", asked of whichever agent runs curtailment (the console's
    own roles run in a child agent): the agent takes it (pending → running, one taker) and writes how the
    run ended, which the asking console reads back."""

    __tablename__ = "curtailment_run_requests"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("curtailment_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # execution, recovery
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    username: Mapped[str] = mapped_column(String(255), nullable=False)
    requested_by_node: Mapped[uuid.UUID | None] = mapped_column()  # the asking console's cluster node
    requested_at: Mapped[datetime] = mapped_column(nullable=False)
    # pending → running → done | failed | stopped; pending → refused (never started) | expired (nobody took it)
    state: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    taken_by_node: Mapped[uuid.UUID | None] = mapped_column()
    taken_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()
    message: Mapped[str | None] = mapped_column(Text)  # the run's report in one line, or why it did not run
    message_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py
    error_kind: Mapped[str | None] = mapped_column(String(64))
