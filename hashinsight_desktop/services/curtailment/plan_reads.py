"""Curtailment plans read back: the list (newest first, in the reader's site scope) and one plan with its items,
for the history, the run view and the report."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Site
from hashinsight_desktop.services.curtailment.plan_states import LABELS, PlanState
from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger
from hashinsight_desktop.services.curtailment.run_figures import RunFigures, run_figures
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.stored_text import as_text
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    version: int
    site_id: uuid.UUID
    site: str
    name: str
    state: str
    trigger: str
    strategy: str
    target_kw: float
    shed_kw: float
    lost_ths: float
    gap_pct: float
    proven: bool
    miners: int
    created_by: str
    created_at: datetime
    approved_by: str | None
    executed_at: datetime | None
    recover_at: datetime | None
    completed_at: datetime | None
    start_at: datetime | None = None  # trigger "scheduled"
    price_trigger: PriceTrigger | None = None  # trigger "price"
    site_power_kw: float | None = None  # the site's power when the plan was previewed
    four_eyes: bool = False  # the site's rule: the approver must not be the creator
    stop_requested_by: str | None = None
    stop_requested_at: datetime | None = None
    stopped_at: datetime | None = None
    figures: RunFigures | None = None  # once it ran: power before, target, outcome
    ramp_kw_per_min: float | None = None
    recover_after_h: float | None = None
    site_timezone: str = "UTC"  # the site's clock, in which its start times are read and shown
    executor_owner: str | None = None  # the live executor's process, while one holds the plan
    lease_expires_at: datetime | None = None

    def run_elsewhere(self, now: datetime) -> bool:
        """Whether a live executor (in any process) holds the plan: its lease has not expired."""
        expires = self.lease_expires_at
        if self.executor_owner is None or expires is None:
            return False
        if expires.tzinfo is None:  # SQLite hands back naive UTC
            expires = expires.replace(tzinfo=UTC)
        return expires > now

    @property
    def state_label(self) -> str:
        try:
            return LABELS[PlanState(self.state)]
        except (KeyError, ValueError):  # a state newer than this copy of the program
            return self.state.replace("_", " ").capitalize()

    def may_approve(self, username: str) -> bool:
        """Whether ``username`` may approve it under the site's four-eyes rule (permissions apart)."""
        return not (self.four_eyes and self.created_by == username)


def list_plans(
    session: Session, principal: Principal, site_id: uuid.UUID | None = None, limit: int = 500
) -> list[PlanSummary]:
    """Newest first; site managers see the plans of their sites only."""
    where = [CurtailmentPlan.site_id == site_id] if site_id is not None else []
    return _summaries(session, principal, where, limit)


def _summaries(session: Session, principal: Principal, where: list[Any], limit: int) -> list[PlanSummary]:
    require(principal, Permission.FLEET_OPERATE, "see curtailment plans")
    miners = (
        select(func.count()).where(CurtailmentItem.plan_id == CurtailmentPlan.id).scalar_subquery()
    )  # per plan, through the items' plan index
    query = (
        select(CurtailmentPlan, Site.name, Site.curtail_four_eyes, Site.timezone, miners)
        .join(Site, Site.id == CurtailmentPlan.site_id)
        .where(*where)
        .order_by(CurtailmentPlan.created_at.desc())
        .limit(limit)
    )
    if not principal.sees_all_sites():  # the scope in the query, so the limit counts visible plans
        query = query.where(CurtailmentPlan.site_id.in_(principal.site_ids))
    return [
        PlanSummary(
            plan.id,
            plan.version,
            plan.site_id,
            site_name,
            plan.name,
            plan.state,
            plan.trigger,
            plan.strategy,
            plan.target_kw,
            plan.shed_kw,
            plan.lost_ths,
            plan.gap_pct,
            plan.proven,
            int(n),
            plan.created_by,
            plan.created_at,
            plan.approved_by,
            plan.executed_at,
            plan.recover_at,
            plan.completed_at,
            plan.start_at,
            stored_price_trigger(plan.options),
            plan.site_power_kw,
            bool(four_eyes),
            plan.stop_requested_by,
            plan.stop_requested_at,
            plan.stopped_at,
            run_figures(plan.result, plan.target_kw, plan.site_power_kw),
            plan.ramp_kw_per_min,
            plan.recover_after_h,
            zone or "UTC",
            plan.executor_owner,
            plan.lease_expires_at,
        )
        for plan, site_name, four_eyes, zone, n in session.execute(query)
    ]


def stored_price_trigger(options: dict[str, Any] | None) -> PriceTrigger | None:
    """The price trigger a plan was saved with (None when it has none, or an unreadable one)."""
    try:
        return PriceTrigger.from_json((options or {})["price_trigger"])
    except (KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True)
class ItemRow:
    id: uuid.UUID
    miner_id: uuid.UUID | None
    miner_name: str
    host: str
    level: str
    power_pct: int | None
    full_power_w: float
    level_power_w: float
    full_hashrate_ths: float
    level_hashrate_ths: float
    batch: int
    state: str
    attempts: int
    recovery_state: str | None
    detail: str | Text | None  # a text when its template was kept (render it in the reader's language)


@dataclass(frozen=True)
class PlanDetail:
    summary: PlanSummary
    plan: dict[str, Any]  # every column, for the report
    items: tuple[ItemRow, ...]


def load_plan(session: Session, principal: Principal, plan_id: uuid.UUID) -> PlanDetail:
    plan = session.get(CurtailmentPlan, plan_id)
    if plan is None or not (principal.can(Permission.FLEET_OPERATE) and principal.can_access_site(plan.site_id)):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
    (summary,) = _summaries(session, principal, [CurtailmentPlan.id == plan_id], 1)
    items = session.scalars(
        select(CurtailmentItem).where(CurtailmentItem.plan_id == plan_id).order_by(CurtailmentItem.batch)
    )
    columns = {c.key: getattr(plan, c.key) for c in CurtailmentPlan.__table__.columns}
    return PlanDetail(
        summary,
        columns,
        tuple(
            ItemRow(
                i.id,
                i.miner_id,
                i.miner_name,
                f"{i.host}:{i.port}",
                i.level,
                i.power_pct,
                i.full_power_w,
                i.level_power_w,
                i.full_hashrate_ths,
                i.level_hashrate_ths,
                i.batch,
                i.state,
                i.attempts,
                i.recovery_state,
                None if i.detail is None else as_text(i.detail, i.detail_text),
            )
            for i in items
        ),
    )
