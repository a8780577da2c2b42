"""The curtailment executor: a plan's commands sent in ramp batches, reconciled, stoppable, resumable;
and its recovery.

One run (execution or recovery) goes:

1. permission, then the site guard (one executor per site in this process; the site's fenced executor
   role across every console and agent, whose epoch every command row carries), then in one transaction
   the plan is *taken*: a compare-and-set on its row that succeeds only when no live executor holds it
   (see :mod:`.executor_lease`), and its state
   transition (approved → executing; a plan found executing is a run resumed from a dead owner);
2. a fresh execution measures the site's power: the plan's fixed "power before" and target;
3. items a dead run left ``sending`` are polled first: a miner that took its command is never sent
   it again, only the ones the poll shows did not take it are re-sent;
4. the batches, ``batch_interval_s`` apart from the run's start (the ramp), each reconciled (polled,
   re-sent to the miners that did not take it) before the next goes out; then a last reconciliation;
5. the site measured again: "target reached" or "short by X kW"; one transaction writes the final
   item states and the plan's outcome with its report, and gives the plan up.

A stop (:func:`.stop.request_stop`, from any console or command line) is read back by the lease's
heartbeat: the run ends after the commands in flight, polls what it sent once, and leaves the plan
``stopped``. An exception (a cancelled task, a database outage, a lost lease) ends the run where it
is, like a crash: the plan stays executing/recovering and a later run resumes it from the log.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.base import utcnow
from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer import ControlChannel, PollMemory, poll_many
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.curtailment import command_log
from hashinsight_desktop.services.curtailment.command_log import EXECUTION, RECOVERY, ItemState, ItemView, Leg
from hashinsight_desktop.services.curtailment.executor_lease import (
    LeaseKeeper,
    LeaseLost,
    PlanBusy,
    claim,
    live_holder,
    new_owner,
    plan_busy,
)
from hashinsight_desktop.services.curtailment.outcome import measure_site, plan_outcome, site_hosts
from hashinsight_desktop.services.curtailment.plan_states import LABELS, RECOVERABLE, PlanState, transition
from hashinsight_desktop.services.curtailment.ramp import DEFAULT_RECOVERY_BATCHES, ramp_batches
from hashinsight_desktop.services.curtailment.reconcile import (
    DEFAULT_SETTLE_S,
    CommandRun,
    ExecutionProgress,
    ItemUpdate,
    RunOptions,
)
from hashinsight_desktop.services.curtailment.run_report import (
    ExecutionReport,
    UnconfirmedMiner,
    report_json,
    summarise,
)
from hashinsight_desktop.services.curtailment.site_guard import SiteBusy, hold_site
from hashinsight_desktop.services.curtailment.stop import request_stop
from hashinsight_desktop.services.curtailment.verdicts import Check, Verdict, at_full, at_level
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.fleet.control import control_targets
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

__all__ = [
    "ExecutionProgress",
    "ExecutionReport",
    "ItemUpdate",
    "LeaseLost",
    "PlanBusy",
    "RunOptions",
    "SiteBusy",
    "UnconfirmedMiner",
    "authorise_run",
    "execute_plan",
    "recover_plan",
    "request_stop",
    "run_options",
]

DEFAULT_OPTIONS = RunOptions()
log = logging.getLogger(__name__)


SETTINGS_KEY = "curtailment"  # settings.json: {"extra": {"curtailment": {"settle_s": {"antminer": 60}}}}


def run_options(context: AppContext, **changes: Any) -> RunOptions:
    """The options every front end runs plans with: the miners' logins from the keyring (or the
    headless credentials file / systemd credentials the settings name), each family's settle time
    (the defaults, overridden per family in the settings), the lease of the plan and of the site's
    executor role (``Settings.lease_s``), and the caller's changes."""
    credentials = CredentialStore.from_settings(context.secrets, context.settings.extra)
    settle = dict(DEFAULT_SETTLE_S) | settle_overrides(context.settings.extra.get(SETTINGS_KEY))
    defaults: dict[str, Any] = {"credentials": credentials, "settle_s": settle, "lease_s": context.settings.lease_s}
    return dataclasses.replace(DEFAULT_OPTIONS, **(defaults | changes))


def settle_overrides(section: Any) -> dict[str, float]:
    """``{"settle_s": {family: seconds}}`` from the settings; what is not a family and a number ≥ 0 is
    left out (and logged), never a reason not to run."""
    raw = section.get("settle_s") if isinstance(section, dict) else None
    found: dict[str, float] = {}
    for family, seconds in (raw or {}).items() if isinstance(raw, dict) else ():
        if family in DEFAULT_SETTLE_S and isinstance(seconds, int | float) and seconds >= 0:
            found[family] = float(seconds)
        else:
            log.warning("settings: curtailment settle_s %r: %r ignored (a family and seconds ≥ 0)", family, seconds)
    return found


@dataclass(frozen=True)
class _Start:
    anchor: datetime  # batch k starts k × batch_interval_s after this
    resumed: bool
    items: list[ItemView]
    ramp_kw_per_min: float | None
    epoch: int  # the fencing epoch this run took the plan with
    hosts: list[tuple[str, int]]  # the site's active miners, for its measured power
    shed_target_kw: float
    power_before_kw: float | None  # fixed at the first start of the execution; None: not yet measured
    site_target_kw: float | None


# --- plan transitions (each one transaction) ---------------------------------------------------


def authorise_run(
    session_factory: sessionmaker[Session], principal: Principal, plan_id: uuid.UUID, kind: str
) -> tuple[uuid.UUID, str]:
    """The plan's site and its name, once ``principal`` may run its ``kind`` (execution, recovery)
    there, the plan is in a state to, and no live executor holds it; raises the service error to
    show otherwise (:class:`PlanBusy` for a plan another process is running)."""
    leg = EXECUTION if kind == EXECUTION.name else RECOVERY
    with session_factory() as session:
        plan = session.get(CurtailmentPlan, plan_id)
        if plan is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
        verb = "execute" if leg is EXECUTION else "recover"
        require_site(principal, Permission.FLEET_OPERATE, plan.site_id, f"{verb} curtailment plans at this site")
        _check_state(plan, leg)
        holder = live_holder(session, plan)
        if holder is not None:
            raise plan_busy(plan.name, holder)
        site = session.get(Site, plan.site_id)
        return plan.site_id, (site.name if site is not None else str(plan.site_id))


def _check_state(plan: CurtailmentPlan, leg: Leg) -> None:
    state = PlanState(plan.state)
    fit = (PlanState.APPROVED, PlanState.EXECUTING) if leg is EXECUTION else (*RECOVERABLE, PlanState.RECOVERING)
    if state not in fit:
        verb = "executed" if leg is EXECUTION else "recovered"
        raise ValidationError(
            "state",
            Text(
                QT_TRANSLATE_NOOP("Errors", "a plan that is {value} cannot be {verb}"),
                value=LABELS[state].lower(),
                verb=verb,
            ),
        )


def _begin(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    leg: Leg,
    clock: Clock,
    owner: str,
    lease_s: float,
    credentials: CredentialStore | None = None,
) -> _Start:
    """Take the plan (compare-and-set; :class:`PlanBusy` when another live executor holds it) and
    enter the leg's state, in one transaction: a refused taker has written and sent nothing."""
    with unit_of_work(session_factory, "curtailment plan") as session:
        plan = session.get(CurtailmentPlan, plan_id)
        if plan is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
        _check_state(plan, leg)
        epoch = claim(session, plan, owner, lease_s)
        now = clock()
        resumed = plan.state in (PlanState.EXECUTING, PlanState.RECOVERING)
        fresh: dict[str, Any] = (
            {} if resumed else {"stop_requested_at": None, "stop_requested_by": None, "stopped_at": None}
        )
        if leg is EXECUTION:
            if resumed:
                transition(session, principal, plan, PlanState.EXECUTING, clock=clock, **_resume_fields(plan))
            else:
                transition(session, principal, plan, PlanState.EXECUTING, clock=clock, started_at=now, **fresh)
            anchor = plan.started_at or now
        else:
            recovery = dict(plan.result.get("recovery") or {})
            if resumed:
                transition(session, principal, plan, PlanState.RECOVERING, clock=clock, **_resume_fields(plan))
            else:
                recovery = {"started_at": now.isoformat()}
                result = {**plan.result, "recovery": recovery}
                transition(session, principal, plan, PlanState.RECOVERING, clock=clock, result=result, **fresh)
            anchor = datetime.fromisoformat(recovery["started_at"]) if "started_at" in recovery else now
        miner_ids = session.scalars(
            select(CurtailmentItem.miner_id).where(
                CurtailmentItem.plan_id == plan_id, CurtailmentItem.miner_id.is_not(None)
            )
        ).all()
        targets = {t.miner_id: t for t in control_targets(session, principal, [m for m in miner_ids if m], credentials)}
        items = command_log.load_items(session, plan_id, leg, targets, plan.site_id)
        return _Start(
            anchor,
            resumed,
            items,
            plan.ramp_kw_per_min,
            epoch,
            site_hosts(session, plan.site_id),
            plan.target_kw,
            plan.result.get("power_before_kw"),
            plan.result.get("site_target_kw"),
        )


def _resume_fields(plan: CurtailmentPlan) -> dict[str, Any]:
    """The audited re-entry of a resumed run. ``updated_at`` makes it write the plan row before the
    audit append reads the last record: on SQLite a transaction only starts at its first write, and
    an append that read first could race another thread's append to the same sequence number."""
    summary = (
        f"plan {plan.name!r}: {LABELS[PlanState(plan.state)].lower()}, resumed after its previous executor's "
        "lease expired"
    )
    return {"summary": summary, "updated_at": utcnow()}


def _record_before(
    session_factory: sessionmaker[Session], keeper: LeaseKeeper, plan_id: uuid.UUID, power_before_kw: float
) -> tuple[float, float]:
    """Fix the plan's "power before" and its target (power before less the shed target) in its result."""
    with unit_of_work(session_factory, "curtailment plan") as session:
        keeper.fence(session)
        plan = session.get(CurtailmentPlan, plan_id)
        if plan is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
        target = round(max(0.0, power_before_kw - plan.target_kw), 3)
        plan.result = {**plan.result, "power_before_kw": power_before_kw, "site_target_kw": target}
        return power_before_kw, target


def _finish(
    session_factory: sessionmaker[Session],
    principal: Principal,
    keeper: LeaseKeeper,
    run: CommandRun,
    rest: Sequence[ItemView],
    report: ExecutionReport,
    clock: Clock,
) -> ExecutionReport:
    """The last item states and the plan's outcome, in one fenced transaction that also gives the
    plan up; the report with that outcome."""
    with unit_of_work(session_factory, "curtailment plan") as session:
        keeper.fence(session)
        plan = session.get(CurtailmentPlan, run.plan_id)
        if plan is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
        command_log.write_items(session, run.leg, rest)
        now = clock()
        confirmed = report.counts.get(ItemState.CONFIRMED, 0)
        released: dict[str, Any] = {"executor_owner": None, "lease_expires_at": None}
        if run.stopped:
            to = PlanState.STOPPED
            took = [i.miner_name for i in run.items if _took_effect(run, i)]
            stopped = {"stopped_by": report.stopped_by, "took_effect_total": len(took), "took_effect": took[:200]}
            if run.leg is EXECUTION:
                result = plan.result | report_json(report, now) | stopped
            else:
                recovery = dict(plan.result.get("recovery") or {}) | report_json(report, now) | stopped
                result = {**plan.result, "recovery": recovery}
            fields: dict[str, Any] = {"stopped_at": now, "result": result}
        elif run.leg is EXECUTION:
            total = len(run.items)
            to = (
                PlanState.EXECUTED
                if confirmed == total
                else PlanState.PARTIALLY_EXECUTED
                if confirmed
                else PlanState.FAILED
            )
            recover_at = now + timedelta(hours=plan.recover_after_h) if plan.recover_after_h is not None else None
            result = plan.result | report_json(report, now)
            fields = {"executed_at": now, "recover_at": recover_at, "result": result}
        else:
            to = PlanState.COMPLETED
            recovery = dict(plan.result.get("recovery") or {}) | report_json(report, now)
            fields = {"completed_at": now, "result": {**plan.result, "recovery": recovery}}
        summary = Text(QT_TRANSLATE_NOOP("Audit", "plan {name!r}: {report}"), name=plan.name, report=report.describe())
        transition(session, principal, plan, to, summary=summary, clock=clock, **fields, **released)
    return dataclasses.replace(report, state=to.value)


def _took_effect(run: CommandRun, item: ItemView) -> bool:
    return item.state == ItemState.CONFIRMED or run.verdicts.get(item.id) == Verdict.OVER


# --- the two legs ---------------------------------------------------------------------------------


def _groups(items: Sequence[ItemView], batch_of: Sequence[int]) -> list[list[ItemView]]:
    """Items grouped by batch number, in batch order (numbers need not be contiguous)."""
    groups: dict[int, list[ItemView]] = {}
    for item, number in zip(items, batch_of, strict=True):
        groups.setdefault(number, []).append(item)
    return [groups[number] for number in sorted(groups)]


def _recovery_groups(
    items: Sequence[ItemView], ramp_kw_per_min: float | None, interval_s: float
) -> list[list[ItemView]]:
    """Restored power per batch within the ramp, or 10 batches of near-equal power without one: the
    grouping the plan's preview draws (:func:`.ramp.ramp_batches`), in the order the miners were shed."""
    ordered = sorted(items, key=lambda i: (i.batch, i.miner_name, str(i.id)))
    kw_per_batch = ramp_kw_per_min * interval_s / 60.0 if ramp_kw_per_min else None
    restored_kw = [max(0.0, item.full_power_w - item.level_power_w) / 1000.0 for item in ordered]
    return _groups(ordered, ramp_batches(restored_kw, kw_per_batch, batches_without_ramp=DEFAULT_RECOVERY_BATCHES))


def _left_full_level(item: ItemView) -> bool:
    """Whether a command may have moved the miner: anything sent, whatever its logged outcome."""
    return item.executed_state != ItemState.PLANNED and not (
        item.executed_state == ItemState.FAILED and item.executed_attempts == 0
    )


async def _stop_poll(run: CommandRun, check: Check) -> None:
    """A stopped run polls what it sent once (no re-sends), so the plan lists what took effect."""
    sent = [i for i in run.items if i.command is not None and i.state in (ItemState.ACCEPTED, ItemState.SENDING)]
    if sent:
        await run.judge(sent, check, "stopping", run.batches)


async def _run_leg(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    leg: Leg,
    options: RunOptions,
    clock: Clock,
    on_progress: Callable[[ExecutionProgress], None] | None,
) -> ExecutionReport:
    site_id, site_name = await asyncio.to_thread(authorise_run, session_factory, principal, plan_id, leg.name)
    async with hold_site(session_factory.kw["bind"], site_id, site_name, options.lease_s) as role:
        started = time.monotonic()
        owner = new_owner()
        start = await asyncio.to_thread(
            _begin, session_factory, principal, plan_id, leg, clock, owner, options.lease_s, options.credentials
        )
        keeper = LeaseKeeper(session_factory, plan_id, owner, start.epoch, options.lease_s, role=role)
        keeper.start()
        try:
            return await _drive(session_factory, principal, leg, options, clock, on_progress, start, keeper, started)
        finally:
            await keeper.close()


async def _drive(
    session_factory: sessionmaker[Session],
    principal: Principal,
    leg: Leg,
    options: RunOptions,
    clock: Clock,
    on_progress: Callable[[ExecutionProgress], None] | None,
    start: _Start,
    keeper: LeaseKeeper,
    started: float,
) -> ExecutionReport:
    """The run itself, once the plan is held."""
    plan_id = keeper.plan_id
    poll = options.poll or functools.partial(poll_many, memory=PollMemory())
    before, target = start.power_before_kw, start.site_target_kw
    if leg is EXECUTION and (before is None or target is None):
        measured = await measure_site(poll, start.hosts)
        before, target = await asyncio.to_thread(_record_before, session_factory, keeper, plan_id, measured.kw)
    check: Check
    if leg is EXECUTION:
        items = start.items
        groups = _groups(items, [item.batch for item in items])
        check, phase = at_level, "sending"
    else:
        items = [item for item in start.items if _left_full_level(item)]
        groups = _recovery_groups(items, start.ramp_kw_per_min, options.batch_interval_s)
        check, phase = at_full, "recovering"
    run = CommandRun(
        session_factory,
        principal.username,
        plan_id,
        leg,
        items,
        channel=options.channel or ControlChannel(),
        poll=poll,
        options=options,
        clock=clock,
        on_progress=on_progress,
        keeper=keeper,
    )
    run.batches = len(groups)
    run.progress(phase, 0)
    await run.resume_interrupted(check, phase)
    rest = await run.run_batches(
        groups, start.anchor, options.batch_interval_s, check, phase, options.reconcile_deadline_s
    )
    send_s = time.monotonic() - started
    outcome = None
    if run.stopped:
        await _stop_poll(run, check)
        rest = [i for i in run.items if i.state in (ItemState.ACCEPTED, ItemState.SENDING)]
    else:
        run.conclude(rest)
        if leg is EXECUTION and before is not None and target is not None:
            measured = await measure_site(poll, start.hosts)
            outcome = plan_outcome(before, target, measured, start.shed_target_kw, run.items)
    confirm_s = time.monotonic() - started
    report = summarise(
        run, send_s, confirm_s, start.resumed, outcome, keeper.stop_requested_by if run.stopped else None
    )
    report = await asyncio.to_thread(_finish, session_factory, principal, keeper, run, rest, report, clock)
    run.progress("finished", run.batches, rest)
    return report


async def execute_plan(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    options: RunOptions = DEFAULT_OPTIONS,
    *,
    clock: Clock = system_clock,
    on_progress: Callable[[ExecutionProgress], None] | None = None,
) -> ExecutionReport:
    """Execute an approved plan (or resume one left executing): executed, partially executed or failed."""
    return await _run_leg(session_factory, principal, plan_id, EXECUTION, options, clock, on_progress)


async def recover_plan(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    options: RunOptions = DEFAULT_OPTIONS,
    *,
    clock: Clock = system_clock,
    on_progress: Callable[[ExecutionProgress], None] | None = None,
) -> ExecutionReport:
    """Bring an executed (partially executed, failed) plan's miners back to full, in staggered batches:
    ``plan.ramp_kw_per_min`` of restored power per ``options.batch_interval_s``, or 10 batches without a ramp."""
    return await _run_leg(session_factory, principal, plan_id, RECOVERY, options, clock, on_progress)
