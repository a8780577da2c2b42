"""The curtailment runner: every plan execution and recovery of this console goes through it.

At every tick of the ``curtailment-due-plans`` job (``workers/periodic_jobs.py``, every ``interval_s``,
once across the control room: the claimer's runner) it looks for work: approved scheduled plans whose
start has come, approved price-triggered plans whose site's power price has held above their threshold, executed (or
partially executed, or failed) plans past their recovery time or, price-triggered, whose price has
held below their release, and plans left executing or recovering whose executor is provably gone
(no owner, or its lease expired: see ``executor_lease``); the executor resumes those from their
command log. A plan another process runs is never touched: its live lease refuses the taker. Those it starts
as :data:`~permissions.SYSTEM`. The UI starts a manual execution or recovery through
:meth:`CurtailmentRunner.start_execution` / ``start_recovery``, so one site never has two runs, and
every run reports through the same two callbacks.

The executor's site guard decides who acts on a site; a site another console holds is skipped quietly
and tried again at the next look. Runs on the workers' loop (plain asyncio, no Qt).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentPlan
from hashinsight_desktop.services.clock import Clock, database_now, system_clock
from hashinsight_desktop.services.curtailment.executor import (
    DEFAULT_OPTIONS,
    ExecutionProgress,
    ExecutionReport,
    PlanBusy,
    RunOptions,
    authorise_run,
    execute_plan,
    recover_plan,
)
from hashinsight_desktop.services.curtailment.plan_states import PlanState
from hashinsight_desktop.services.curtailment.price_trigger import START, STOP, PriceTrigger, decide, recent_prices
from hashinsight_desktop.services.curtailment.site_guard import SiteBusy, busy_sites
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import SYSTEM, Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

EXECUTION, RECOVERY = "execution", "recovery"
# A scheduled start missed by more than this (the console was closed) is not made up for on its own:
# shedding hours late may cost more than it saves; the operator decides (the outcome says so, once across
# the control room: whoever marks the plan's missed_start_reported_for reports it).
DEFAULT_LATE_LIMIT = timedelta(minutes=30)
_OUTCOMES = [PlanState.EXECUTED.value, PlanState.PARTIALLY_EXECUTED.value, PlanState.FAILED.value]


@dataclass(frozen=True)
class DuePlan:
    plan_id: uuid.UUID
    site_id: uuid.UUID
    name: str
    kind: str  # execution, recovery
    reason: str  # scheduled, recovery time, resume, or the price decision's reason
    start_at: datetime | None = None


@dataclass(frozen=True)
class RunOutcome:
    """How one run ended: its report, or the error that stopped it (the plan then stays resumable)."""

    plan_id: uuid.UUID
    kind: str
    automatic: bool
    report: ExecutionReport | None = None
    error: str | Text | None = None  # English by str(); a text says it in the reader's language
    error_kind: str | None = None  # the error's class name, for front ends that word some errors their own way
    summary: str | Text | None = None  # the report in one line, when the run ended in another process (an agent)


def stopped_by(error: BaseException) -> Text:
    """A run an unexpected error stopped (it resumes): the error as it said it, in English."""
    return Text(
        QT_TRANSLATE_NOOP("RunRequests", "stopped by {kind}: {error}; it resumes at the next look"),
        kind=type(error).__name__,
        error=str(error)[:400],
    )


def find_due_plans(session_factory: sessionmaker[Session], now: datetime) -> list[DuePlan]:
    """Plans with work to do at ``now`` (oldest first); running ones only when nobody holds them."""
    active = [PlanState.EXECUTING.value, PlanState.RECOVERING.value]
    query = (
        select(
            CurtailmentPlan.id,
            CurtailmentPlan.site_id,
            CurtailmentPlan.name,
            CurtailmentPlan.state,
            CurtailmentPlan.start_at,
        )
        .where(
            or_(
                and_(
                    CurtailmentPlan.state == PlanState.APPROVED.value,
                    CurtailmentPlan.trigger == "scheduled",
                    CurtailmentPlan.start_at <= now,
                    _missed_start_not_reported(),
                ),
                and_(CurtailmentPlan.state.in_(_OUTCOMES), CurtailmentPlan.recover_at <= now),
                CurtailmentPlan.state.in_(active),
            )
        )
        .order_by(CurtailmentPlan.created_at)
    )
    due = []
    with session_factory() as session:
        orphaned = or_(
            CurtailmentPlan.lease_expires_at.is_(None), CurtailmentPlan.lease_expires_at <= database_now(session)
        )
        query = query.where(or_(CurtailmentPlan.state.not_in(active), orphaned))
        for plan_id, site_id, name, state, start_at in session.execute(query):
            if state == PlanState.APPROVED.value:
                due.append(DuePlan(plan_id, site_id, name, EXECUTION, "scheduled", start_at))
            elif state in active:
                kind = EXECUTION if state == PlanState.EXECUTING.value else RECOVERY
                due.append(DuePlan(plan_id, site_id, name, kind, "resume", start_at))
            else:
                due.append(DuePlan(plan_id, site_id, name, RECOVERY, "recovery time", start_at))
        seen = {plan.plan_id for plan in due}
        due += [plan for plan in _price_decisions(session, now) if plan.plan_id not in seen]
    return due


def _missed_start_not_reported() -> ColumnElement[bool]:
    return or_(
        CurtailmentPlan.missed_start_reported_for.is_(None),
        CurtailmentPlan.missed_start_reported_for != CurtailmentPlan.start_at,
    )


def mark_missed_start(session_factory: sessionmaker[Session], plan: DuePlan) -> bool:
    """Record on the plan that its start ``plan.start_at`` was missed; True for the one process that did
    (it reports it), False when another already had or the plan changed meanwhile."""
    with unit_of_work(session_factory, "curtailment plan") as session:
        result = session.execute(
            update(CurtailmentPlan)
            .where(
                CurtailmentPlan.id == plan.plan_id,
                CurtailmentPlan.state == PlanState.APPROVED.value,
                CurtailmentPlan.start_at == plan.start_at,
                _missed_start_not_reported(),
            )
            .values(missed_start_reported_for=plan.start_at)
            .execution_options(synchronize_session=False)
        )
        return cast(CursorResult[Any], result).rowcount == 1


def _price_decisions(session: Session, now: datetime) -> list[DuePlan]:
    """Price-triggered plans their site's power price says to start (approved) or to stop (curtailed)."""
    query = (
        select(CurtailmentPlan.id, CurtailmentPlan.site_id, CurtailmentPlan.name, CurtailmentPlan.state)
        .add_columns(CurtailmentPlan.options)
        .where(CurtailmentPlan.trigger == "price", CurtailmentPlan.state.in_([PlanState.APPROVED.value, *_OUTCOMES]))
        .order_by(CurtailmentPlan.created_at)
    )
    due = []
    for plan_id, site_id, name, state, options in session.execute(query):
        try:
            trigger = PriceTrigger.from_json(options["price_trigger"])
        except (KeyError, TypeError, ValueError):
            log.warning("price-triggered plan %s has no usable trigger in its options; left alone", plan_id)
            continue
        curtailed = state != PlanState.APPROVED.value
        prices = recent_prices(session, site_id, now - timedelta(minutes=trigger.min_duration_min))
        decision = decide(prices, trigger, now, curtailed=curtailed)
        if decision.action == (STOP if curtailed else START):
            due.append(DuePlan(plan_id, site_id, name, RECOVERY if curtailed else EXECUTION, decision.reason))
    return due


class CurtailmentRunner:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        interval_s: float = 15.0,
        clock: Clock = system_clock,
        late_limit: timedelta = DEFAULT_LATE_LIMIT,
        options: RunOptions = DEFAULT_OPTIONS,
        on_progress: Callable[[ExecutionProgress], None] | None = None,
        on_outcome: Callable[[RunOutcome], None] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.interval_s = interval_s
        self.clock = clock
        self.late_limit = late_limit
        self.on_progress = on_progress
        self.on_outcome = on_outcome
        self.options = options
        # Strong references: asyncio keeps only weak ones, and a run must never vanish mid-plan.
        self._runs: dict[uuid.UUID, tuple[asyncio.Task[ExecutionReport], uuid.UUID]] = {}

    # --- what is running ----------------------------------------------------------------------
    def running(self) -> frozenset[uuid.UUID]:
        """Plans this runner is executing or recovering now."""
        return frozenset(self._runs)

    def _site_taken(self, site_id: uuid.UUID) -> bool:
        return site_id in busy_sites() or any(site == site_id for _, site in self._runs.values())

    async def wait_idle(self) -> None:
        """Until every run started so far has ended (their outcomes are reported, not raised)."""
        while self._runs:
            await asyncio.gather(*(task for task, _ in list(self._runs.values())), return_exceptions=True)

    # --- the look for due plans (a ticked job) ---------------------------------------------------
    async def tick(self) -> list[DuePlan]:
        """Start what is due now; the plans started. Its owner calls :meth:`stop` when it ends."""
        now = self.clock()
        due = await asyncio.to_thread(find_due_plans, self.session_factory, now)
        started = []
        for plan in due:
            if plan.plan_id in self._runs or self._site_taken(plan.site_id):
                continue
            if plan.reason == "scheduled" and plan.start_at is not None and now - plan.start_at > self.late_limit:
                if await asyncio.to_thread(mark_missed_start, self.session_factory, plan):
                    self._report_missed(plan, now)
                continue
            self._spawn(plan.plan_id, plan.site_id, plan.kind, SYSTEM, automatic=True)
            started.append(plan)
        return started

    def _report_missed(self, plan: DuePlan, now: datetime) -> None:
        assert plan.start_at is not None
        late_min = (now - plan.start_at).total_seconds() / 60
        message = Text(
            QT_TRANSLATE_NOOP(
                "CurtailmentRun",
                "Plan {name!r} missed its scheduled start by {minutes:,.0f} minutes and was not started "
                "automatically; start it by hand or schedule it again.",
            ),
            name=plan.name,
            minutes=late_min,
        )
        log.warning("%s", message)
        self._publish(RunOutcome(plan.plan_id, EXECUTION, True, error=message))

    # --- on demand (the UI) -------------------------------------------------------------------
    async def start_execution(self, plan_id: uuid.UUID, principal: Principal) -> asyncio.Task[ExecutionReport]:
        """Start executing ``plan_id`` for ``principal`` now; a refusal (permission, state, a busy
        site) is raised here, before anything runs; the run's end comes through ``on_outcome``."""
        return await self._start(plan_id, principal, EXECUTION)

    async def start_recovery(self, plan_id: uuid.UUID, principal: Principal) -> asyncio.Task[ExecutionReport]:
        """Recover ``plan_id`` now (early, or on a price signal), staggered like an automatic one."""
        return await self._start(plan_id, principal, RECOVERY)

    async def _start(self, plan_id: uuid.UUID, principal: Principal, kind: str) -> asyncio.Task[ExecutionReport]:
        site_id, site_name = await asyncio.to_thread(authorise_run, self.session_factory, principal, plan_id, kind)
        if plan_id in self._runs or self._site_taken(site_id):
            busy = QT_TRANSLATE_NOOP(
                "Errors", "A plan is already executing at site {site} in this console; wait for it to finish."
            )
            raise SiteBusy(Text(busy, site=site_name))
        return self._spawn(plan_id, site_id, kind, principal, automatic=False)

    def _spawn(
        self, plan_id: uuid.UUID, site_id: uuid.UUID, kind: str, principal: Principal, *, automatic: bool
    ) -> asyncio.Task[ExecutionReport]:
        run = execute_plan if kind == EXECUTION else recover_plan
        coro = run(self.session_factory, principal, plan_id, self.options, clock=self.clock, on_progress=self._progress)
        task = asyncio.get_running_loop().create_task(coro, name=f"curtailment-{kind}-{plan_id}")
        self._runs[plan_id] = (task, site_id)
        task.add_done_callback(lambda done: self._finished(plan_id, kind, automatic, done))
        log.info(
            "curtailment %s of plan %s started (%s)", kind, plan_id, "automatic" if automatic else principal.username
        )
        return task

    def _finished(self, plan_id: uuid.UUID, kind: str, automatic: bool, task: asyncio.Task[ExecutionReport]) -> None:
        self._runs.pop(plan_id, None)
        if task.cancelled():
            log.info("curtailment %s of plan %s stopped; it resumes at the next start", kind, plan_id)
            return
        error = task.exception()
        if error is None:
            report = task.result()
            log.info("curtailment %s of plan %s: %s", kind, plan_id, report.describe())
            self._publish(RunOutcome(plan_id, kind, automatic, report=report))
        elif isinstance(error, SiteBusy | PlanBusy) and automatic:
            log.info("curtailment %s of plan %s left to the executor holding it: %s", kind, plan_id, error)
        elif isinstance(error, ServiceError):
            log.warning("curtailment %s of plan %s refused: %s", kind, plan_id, error)
            said = error.text or str(error)  # its text: the console says it in its language
            self._publish(RunOutcome(plan_id, kind, automatic, error=said, error_kind=type(error).__name__))
        else:
            log.error("curtailment %s of plan %s failed", kind, plan_id, exc_info=error)
            self._publish(RunOutcome(plan_id, kind, automatic, error=stopped_by(error)))

    def _progress(self, progress: ExecutionProgress) -> None:
        # The executor treats an exception from its progress callback as a crash; a listener's bug
        # must not stop a plan halfway.
        if self.on_progress is not None:
            try:
                self.on_progress(progress)
            except Exception:
                log.exception("curtailment progress listener failed")

    def _publish(self, outcome: RunOutcome) -> None:
        if self.on_outcome is not None:
            try:
                self.on_outcome(outcome)
            except Exception:  # a listener's bug must not lose the runner
                log.exception("curtailment outcome listener failed")

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel the runs (each stays resumable from its log) and wait for them a little."""
        tasks = [task for task, _ in self._runs.values()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout_s)
