"""Curtailment plans: a request (`plan_request`) is solved into a dry-run preview, saved as a pending plan with one
item per changed miner, approved or cancelled. Reading plans back is `plan_reads`; their names are imported from
here too, as the plans' API."""

from __future__ import annotations

import math
import threading
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Customer, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.curtailment.optimiser import Problem, Solution, optimise
from hashinsight_desktop.services.curtailment.plan_reads import (
    ItemRow,
    PlanDetail,
    PlanSummary,
    list_plans,
    load_plan,
    stored_price_trigger,
)
from hashinsight_desktop.services.curtailment.plan_request import STRATEGIES, TRIGGERS, PlanRequest
from hashinsight_desktop.services.curtailment.plan_states import PlanState, plan_state, transition
from hashinsight_desktop.services.curtailment.ramp import (
    DEFAULT_RECOVERY_BATCHES,
    batch_count,
    power_timeline,
    ramp_batches,
)
from hashinsight_desktop.services.curtailment.shortfall import Withholding, for_site, with_reasons
from hashinsight_desktop.services.curtailment.site_fleet import CandidateMiner, Level, SiteFleet, load_site_fleet
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text
from hashinsight_desktop.services.transaction import check_version, unit_of_work

__all__ = [  # the plans' API in one import: the request, the preview and the changes here, the reads from plan_reads
    "STRATEGIES",
    "TRIGGERS",
    "ItemRow",
    "PlanDetail",
    "PlanRequest",
    "PlanSummary",
    "Preview",
    "PreviewRow",
    "approve_plan",
    "cancel_plan",
    "list_plans",
    "load_plan",
    "planned_timeline",
    "preview_plan",
    "save_plan",
    "site_zone",
    "stored_price_trigger",
]


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
        reasons = Joined(
            QT_TRANSLATE_NOOP("Errors", ", "),
            [Text(QT_TRANSLATE_NOOP("Errors", "{count} {why}"), count=n, why=why) for why, n in site.excluded.items()],
        ) or QT_TRANSLATE_NOOP("Errors", "the site has no miners")
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
            solve_message_text=to_stored(solution.message_text),
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
            summary=Text(
                QT_TRANSLATE_NOOP(
                    "Audit", "plan {name!r}: shed {shed_kw:,.1f} kW of {target_kw:,.1f} kW on {count} miners at {site}"
                ),
                name=plan.name,
                shed_kw=plan.shed_kw,
                target_kw=plan.target_kw,
                count=len(preview.rows),
                site=preview.site.site_name,
            ),
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
