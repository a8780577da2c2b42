"""Curtailment plans: a request is solved into a dry-run preview, saved as a pending plan with one
item per changed miner, approved, cancelled, listed and read back for the history and its report."""

from __future__ import annotations

import math
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Customer, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.curtailment.optimiser import Problem, Solution, optimise
from hashinsight_desktop.services.curtailment.plan_states import LABELS, PlanState, plan_state, transition
from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger
from hashinsight_desktop.services.curtailment.ramp import (
    DEFAULT_RECOVERY_BATCHES,
    batch_count,
    power_timeline,
    ramp_batches,
)
from hashinsight_desktop.services.curtailment.run_figures import RunFigures, run_figures
from hashinsight_desktop.services.curtailment.shortfall import Withholding, for_site, with_reasons
from hashinsight_desktop.services.curtailment.site_fleet import (
    CandidateMiner,
    Level,
    LevelOptions,
    SiteFleet,
    load_site_fleet,
)
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, unit_of_work

STRATEGIES = ("performance", "efficiency", "revenue", "customer")
TRIGGERS = ("manual", "scheduled", "price")


@dataclass(frozen=True)
class PlanRequest:
    site_id: uuid.UUID
    name: str
    target_kw: float
    tolerance_kw: float | None = None
    strategy: str = "performance"
    trigger: str = "manual"
    start_at: datetime | None = None
    recover_after_h: float | None = None
    ramp_kw_per_min: float | None = None
    levels: LevelOptions = field(default_factory=LevelOptions)
    customer_caps_pct: dict[uuid.UUID, float] = field(default_factory=dict)  # at most X % curtailed
    feed_max_shed_kw: dict[str, float] = field(default_factory=dict)  # power feed → at most this many kW shed
    sla_weights: dict[uuid.UUID, float] = field(default_factory=dict)  # customer strategy
    hashprice_usd_per_th_day: float | None = None  # revenue strategy
    power_price_usd_per_kwh: float | None = None  # revenue strategy (default: the site's price)
    price_trigger: PriceTrigger | None = None  # trigger "price"
    prove: bool = False
    time_limit_s: float = 30.0
    switch_cost_ths: float = 0.0  # "fewest miners touched": each miner changed counts as this many TH/s lost

    def check(self) -> None:
        if not self.name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "give the plan a name"))
        if not self.target_kw > 0:
            raise ValidationError("target_kw", QT_TRANSLATE_NOOP("Errors", "the power to shed must be more than 0 kW"))
        if self.tolerance_kw is not None and self.tolerance_kw < 0:
            raise ValidationError("tolerance_kw", QT_TRANSLATE_NOOP("Errors", "cannot be negative"))
        if self.strategy not in STRATEGIES:
            raise ValidationError(
                "strategy", Text(QT_TRANSLATE_NOOP("Errors", "one of {value}"), value=", ".join(STRATEGIES))
            )
        if self.trigger not in TRIGGERS:
            raise ValidationError(
                "trigger", Text(QT_TRANSLATE_NOOP("Errors", "one of {value}"), value=", ".join(TRIGGERS))
            )
        if self.trigger == "scheduled" and self.start_at is None:
            raise ValidationError("start_at", QT_TRANSLATE_NOOP("Errors", "a scheduled plan needs a start time"))
        if self.trigger == "price":
            if self.price_trigger is None:
                raise ValidationError(
                    "price_trigger", QT_TRANSLATE_NOOP("Errors", "a price-triggered plan needs a threshold")
                )
            self.price_trigger.check()
        if self.recover_after_h is not None and not self.recover_after_h > 0:
            raise ValidationError(
                "recover_after_h",
                QT_TRANSLATE_NOOP("Errors", "must be more than 0 hours (leave empty for manual recovery)"),
            )
        if self.ramp_kw_per_min is not None and not self.ramp_kw_per_min > 0:
            raise ValidationError(
                "ramp_kw_per_min",
                QT_TRANSLATE_NOOP("Errors", "must be more than 0 kW per minute (leave empty for no ramp)"),
            )
        for customer, pct in self.customer_caps_pct.items():
            if not 0 <= pct <= 100:
                raise ValidationError(
                    "customer_caps",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "customer {customer}: a cap is a percentage from 0 to 100"),
                        customer=customer,
                    ),
                )
        for feed, kw in self.feed_max_shed_kw.items():
            if not (math.isfinite(kw) and kw >= 0):
                raise ValidationError(
                    "feed_limits",
                    Text(QT_TRANSLATE_NOOP("Errors", "feed {feed}: a limit is a power of 0 kW or more"), feed=feed),
                )
        if self.strategy == "revenue" and not self.hashprice_usd_per_th_day:
            raise ValidationError(
                "hashprice",
                QT_TRANSLATE_NOOP(
                    "Errors", ("the revenue strategy needs the current hashprice (USD per TH/s per day)")
                ),
            )
        if not 1 <= self.time_limit_s <= 3600:
            raise ValidationError("time_limit_s", QT_TRANSLATE_NOOP("Errors", "between 1 s and 1 hour"))
        if not (math.isfinite(self.switch_cost_ths) and self.switch_cost_ths >= 0):
            raise ValidationError(
                "switch_cost_ths", QT_TRANSLATE_NOOP("Errors", "a number of TH/s ≥ 0 per miner touched")
            )
        if self.levels.sleep_w == 0 and not self.levels.allow_power_off:
            raise ValidationError(
                "sleep_w",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    ("0 W asleep is a miner switched off: give what a sleeping miner draws, or allow power-off"),
                ),
            )

    def options(self) -> dict[str, Any]:
        """What the plan was solved with, as stored with it (JSON)."""
        return {
            "presets_pct": list(self.levels.presets_pct),
            "sleep_w": self.levels.sleep_w,
            "protected": sorted(str(m) for m in self.levels.protected),
            "anti_flap_minutes": self.levels.anti_flap_minutes,
            "customer_caps_pct": {str(k): v for k, v in self.customer_caps_pct.items()},
            "feed_max_shed_kw": dict(self.feed_max_shed_kw),
            "sla_weights": {str(k): v for k, v in self.sla_weights.items()},
            "hashprice_usd_per_th_day": self.hashprice_usd_per_th_day,
            "power_price_usd_per_kwh": self.power_price_usd_per_kwh,
            "price_trigger": self.price_trigger.to_json() if self.price_trigger else None,
            "prove": self.prove,
            "time_limit_s": self.time_limit_s,
            "allow_power_off": self.levels.allow_power_off,
            "switch_cost_ths": self.switch_cost_ths,
        }


@dataclass(frozen=True)
class PreviewRow:
    miner: CandidateMiner
    level: Level
    batch: int

    @property
    def shed_kw(self) -> float:
        return (self.miner.full.power_w - self.level.power_w) / 1000.0

    @property
    def lost_ths(self) -> float:
        return self.miner.full.hashrate_ths - self.level.hashrate_ths


@dataclass(frozen=True)
class Preview:
    """The dry run: nothing is saved or sent until the user saves (and later approves) it."""

    request: PlanRequest
    site: SiteFleet
    solution: Solution
    rows: tuple[PreviewRow, ...]
    timeline: tuple[tuple[float, float], ...]  # (minutes, site kW) including recovery
    reasons: tuple[Withholding, ...] = ()  # out of reach: each constraint that binds, left-out miners too

    @property
    def commands(self) -> int:
        """Miners the plan changes: one command each (and one more each at recovery)."""
        return len(self.rows)

    @property
    def message(self) -> str:
        """The solver's sentence; out of reach, with every reason the site has (times in its zone)."""
        if not self.reasons:
            return self.solution.message
        return with_reasons(self.solution.message, self.reasons, site_zone(self.site))

    @property
    def shed_kw(self) -> float:
        return sum(r.shed_kw for r in self.rows)

    @property
    def lost_ths(self) -> float:
        return sum(r.lost_ths for r in self.rows)

    @property
    def feasible(self) -> bool:
        return self.solution.feasible

    @property
    def batches(self) -> int:
        return batch_count([r.batch for r in self.rows])


def _problem(site: SiteFleet, request: PlanRequest, power_price: float) -> Problem:
    customers = sorted({m.customer_id for m in site.miners if m.customer_id is not None}, key=str)
    index = {c: i for i, c in enumerate(customers)}
    customer_of = [index[m.customer_id] if m.customer_id is not None else -1 for m in site.miners]
    caps = [request.customer_caps_pct.get(c) for c in customers]
    weights = [request.sla_weights.get(m.customer_id, 1.0) if m.customer_id else 1.0 for m in site.miners]
    return Problem(
        fleet=site.fleet(),
        target_w=request.target_kw * 1000.0,
        tolerance_w=None if request.tolerance_kw is None else request.tolerance_kw * 1000.0,
        strategy=request.strategy,
        weights=weights,
        hashprice_usd_per_th_h=(request.hashprice_usd_per_th_day or 0.0) / 24.0,
        power_price_usd_per_kwh=power_price,
        customer_of=customer_of,
        customer_cap_pct=caps,
        group_of=[m.power_feed for m in site.miners],
        group_max_shed_w={feed: kw * 1000.0 for feed, kw in request.feed_max_shed_kw.items()},
        protected=[m.locked for m in site.miners],
        locked_by=[m.lock_reason for m in site.miners],
        switch_cost_ths=request.switch_cost_ths,
    )


def site_zone(site: SiteFleet) -> ZoneInfo | None:
    try:
        return ZoneInfo(site.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def preview_plan(
    session_factory: sessionmaker[Session],
    principal: Principal,
    request: PlanRequest,
    *,
    clock: Clock = system_clock,
    cancel: threading.Event | None = None,
) -> Preview:
    """Solve ``request`` against the site's fleet as it is now (a dry run: nothing written)."""
    require_site(principal, Permission.FLEET_OPERATE, request.site_id, "plan curtailment at this site")
    request.check()
    with session_factory() as session:
        site_row = session.get(Site, request.site_id)
        if site_row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That site no longer exists."))
        site = load_site_fleet(session, request.site_id, request.levels, clock())
        power_price = request.power_price_usd_per_kwh
        if power_price is None:
            power_price = float(site_row.electricity_price_usd_per_kwh)
        ids = sorted({m.customer_id for m in site.miners if m.customer_id is not None}, key=str)
        names = {c: name for c, name in session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids)))}
        customer_names = {str(i): names.get(c, str(c)) for i, c in enumerate(ids)}  # the problem's labels
    if not site.miners:
        reasons = ", ".join(f"{n} {why}" for why, n in site.excluded.items()) or "the site has no miners"
        raise ValidationError(
            "site",
            Text(
                QT_TRANSLATE_NOOP("Errors", "no miner of {site_name} can shed power now ({reasons})"),
                site_name=site.site_name,
                reasons=reasons,
            ),
        )
    solution = optimise(
        _problem(site, request, power_price), prove=request.prove, time_limit_s=request.time_limit_s, cancel=cancel
    )
    changed = [
        (site.miners[i], site.miners[i].levels[int(level)])
        for i, level in enumerate(solution.assignments)
        if int(level) != 0
    ]
    changed.sort(key=lambda pair: pair[0].full.power_w - pair[1].power_w, reverse=True)  # biggest steps first
    sheds = [(m.full.power_w - lv.power_w) / 1000.0 for m, lv in changed]
    batches = ramp_batches(sheds, request.ramp_kw_per_min)
    rows = tuple(PreviewRow(m, lv, b) for (m, lv), b in zip(changed, batches, strict=True))
    held_back: tuple[Withholding, ...] = ()
    if solution.status == "infeasible_target":
        free_at = [m.free_at for m in site.miners]
        locked_by = [m.lock_reason for m in site.miners]
        held_back = for_site(solution.reasons, free_at, locked_by, site.excluded, site.excluded_kw, customer_names)
    timeline = tuple(planned_timeline(site.site_power_kw, rows, request))
    return Preview(request, site, solution, rows, timeline, held_back)


def _per_batch(values: list[float], batches: list[int]) -> list[float]:
    out = [0.0] * batch_count(batches)
    for value, batch in zip(values, batches, strict=True):
        out[batch] += value
    return out


def planned_timeline(
    site_kw: float, rows: tuple[PreviewRow, ...] | list[PreviewRow], request: PlanRequest
) -> list[tuple[float, float]]:
    sheds = [r.shed_kw for r in rows]
    shed_per_batch = _per_batch(sheds, [r.batch for r in rows])
    recovery = ramp_batches(sheds, request.ramp_kw_per_min, batches_without_ramp=DEFAULT_RECOVERY_BATCHES)
    hold = request.recover_after_h * 60.0 if request.recover_after_h else 60.0  # manual recovery: an hour shown
    return power_timeline(site_kw, shed_per_batch, _per_batch(sheds, recovery), hold)


def save_plan(
    session_factory: sessionmaker[Session], principal: Principal, preview: Preview, *, clock: Clock = system_clock
) -> uuid.UUID:
    """The previewed plan as a pending plan with its items, in one transaction."""
    request = preview.request
    require_site(principal, Permission.FLEET_OPERATE, request.site_id, "plan curtailment at this site")
    if not preview.feasible:
        raise ValidationError("target_kw", preview.solution.message)
    solution = preview.solution
    with unit_of_work(session_factory, "curtailment plan") as session:
        plan = CurtailmentPlan(
            site_id=request.site_id,
            name=request.name.strip(),
            trigger=request.trigger,
            state=PlanState.PENDING.value,
            strategy=request.strategy,
            target_kw=request.target_kw,
            tolerance_kw=request.tolerance_kw,
            start_at=request.start_at,
            recover_after_h=request.recover_after_h,
            ramp_kw_per_min=request.ramp_kw_per_min,
            options=request.options(),
            shed_kw=preview.shed_kw,
            lost_ths=preview.lost_ths,
            lower_bound=solution.lower_bound or 0.0,
            gap_pct=solution.gap_pct if solution.gap_pct is not None and math.isfinite(solution.gap_pct) else 100.0,
            objective_unit=solution.unit,
            proven=solution.proven,
            solver=solution.path,
            solve_message=solution.message,
            site_power_kw=preview.site.site_power_kw,
            created_by=principal.username,
            result={},
        )
        session.add(plan)
        session.flush()
        session.add_all(
            CurtailmentItem(
                plan_id=plan.id,
                miner_id=row.miner.miner_id,
                miner_name=row.miner.name,
                host=row.miner.host,
                port=row.miner.port,
                dialect=row.miner.dialect,
                customer_id=row.miner.customer_id,
                level=row.level.kind,
                power_pct=row.level.power_pct,
                full_power_w=row.miner.full.power_w,
                full_hashrate_ths=row.miner.full.hashrate_ths,
                level_power_w=row.level.power_w,
                level_hashrate_ths=row.level.hashrate_ths,
                batch=row.batch,
                state="planned",
                updated_at=clock(),
            )
            for row in preview.rows
        )
        session.flush()
        audit.append(
            session,
            principal,
            "curtailment.create",
            "curtailment_plan",
            plan.id,
            after=plan_state(plan),
            summary=f"plan {plan.name!r}: shed {plan.shed_kw:,.1f} kW of {plan.target_kw:,.1f} kW "
            f"on {len(preview.rows)} miners at {preview.site.site_name}",
            clock=clock,
        )
        outbox.emit(session, "curtailment_plan.changed", "curtailment_plan", plan.id, {"state": plan.state})
        return plan.id


def _plan_for_change(
    session: Session, principal: Principal, plan_id: uuid.UUID, expected_version: int | None, what: str
) -> CurtailmentPlan:
    """The plan a user changes: it exists, is in their scope, and is the version they looked at."""
    plan = session.get(CurtailmentPlan, plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
    require_site(principal, Permission.FLEET_OPERATE, plan.site_id, what)
    check_version("curtailment plan", plan.version, expected_version)
    return plan


def approve_plan(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    expected_version: int | None,
    *,
    clock: Clock = system_clock,
) -> None:
    with unit_of_work(session_factory, "curtailment plan") as session:
        plan = _plan_for_change(session, principal, plan_id, expected_version, "approve curtailment plans at this site")
        site = session.get(Site, plan.site_id)
        if site is not None and site.curtail_four_eyes and plan.created_by == principal.username:
            raise ValidationError(
                "approved_by",
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        (
                            "{name} needs a second person to approve curtailment plans "
                            "(four-eyes rule): {created_by} created this plan, so someone "
                            "else must approve it"
                        ),
                    ),
                    name=site.name,
                    created_by=plan.created_by,
                ),
            )
        transition(
            session,
            principal,
            plan,
            PlanState.APPROVED,
            clock=clock,
            approved_by=principal.username,
            approved_at=clock(),
        )


def cancel_plan(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    expected_version: int | None,
    *,
    clock: Clock = system_clock,
) -> None:
    with unit_of_work(session_factory, "curtailment plan") as session:
        plan = _plan_for_change(session, principal, plan_id, expected_version, "cancel curtailment plans at this site")
        transition(session, principal, plan, PlanState.CANCELLED, clock=clock, completed_at=clock())


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
    detail: str | None


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
                i.detail,
            )
            for i in items
        ),
    )
