"""The curtailment runner: scheduled starts, recovery when due, resuming what a crash left, manual runs
through the same guard, and its loop."""

from __future__ import annotations

import asyncio
import functools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from hashinsight_desktop.db.models import AuditRecord, CurtailmentItem, CurtailmentPlan
from hashinsight_desktop.services.cgminer import ControlChannel, Timeouts, poll_many
from hashinsight_desktop.services.curtailment.executor import ExecutionProgress, RunOptions, SiteBusy
from hashinsight_desktop.services.curtailment.plans import PlanRequest, approve_plan, preview_plan, save_plan
from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger, record_price
from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner, RunOutcome, find_due_plans
from hashinsight_desktop.workers.job_scheduler import JobScheduler
from hashinsight_desktop.workers.periodic_jobs import start_due_plans
from tests.services.curtailment.test_executor import (
    GatedChannel,
    Level,
    add_farm_miners,
    items_of,
    levels,
    make_farm,
    make_plan,
    plan_of,
)
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

FAST = Timeouts(connect=0.5, deadline=1.5)


class ShiftedClock:
    """The real time plus an offset the test moves forward (hours pass in an instant)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


def make_runner(
    session_factory: Any, clock: ShiftedClock, channel: ControlChannel | None = None, **kwargs: Any
) -> CurtailmentRunner:
    options = RunOptions(
        channel=channel or ControlChannel(FAST),
        poll=functools.partial(poll_many, timeouts=FAST),
        reconcile_interval_s=0.1,
        reconcile_deadline_s=1.0,
        batch_interval_s=0.0,
    )
    return CurtailmentRunner(session_factory, clock=clock, options=options, **kwargs)


def test_scheduled_plans_start_when_due_and_recover_when_due(session_factory) -> None:
    people = make_people(session_factory)
    clock = ShiftedClock()
    outcomes: list[RunOutcome] = []
    progress: list[ExecutionProgress] = []

    async def scenario() -> None:
        async with make_farm(8) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            now = clock()
            due = make_plan(
                session_factory,
                people,
                farm,
                ids,
                levels(3),
                trigger="scheduled",
                start_at=now - timedelta(minutes=1),
                recover_after_h=2.0,
            )
            later = make_plan(
                session_factory,
                people,
                farm,
                ids,
                levels(2),
                trigger="scheduled",
                start_at=now + timedelta(hours=1),
                first=3,
            )
            manual = make_plan(session_factory, people, farm, ids, levels(1), first=5)
            missed = make_plan(
                session_factory,
                people,
                farm,
                ids,
                levels(2),
                trigger="scheduled",
                start_at=now - timedelta(hours=2),
                site_id=people.other_site_id,
                first=6,
            )
            runner = make_runner(session_factory, clock, on_outcome=outcomes.append, on_progress=progress.append)

            started = await runner.tick()
            assert [p.plan_id for p in started] == [due] and runner.running() == {due}
            assert await runner.tick() == []  # already running; a missed start is reported once
            await runner.wait_idle()
            assert plan_of(session_factory, due).state == "executed"
            assert {plan_of(session_factory, p).state for p in (later, manual, missed)} == {"approved"}
            assert [(o.plan_id, o.kind, o.automatic, o.error is None) for o in outcomes] == [
                (missed, "execution", True, False),
                (due, "execution", True, True),
            ]
            assert "missed its scheduled start by 120 minutes" in (outcomes[0].error or "")
            assert outcomes[1].report is not None and outcomes[1].report.state == "executed"

            assert await runner.tick() == []  # recovery is not due yet
            clock.offset = timedelta(hours=2, minutes=1)
            started = await runner.tick()
            assert [(p.plan_id, p.kind) for p in started] == [(due, "recovery")]
            await runner.wait_idle()
            assert plan_of(session_factory, due).state == "completed"
            assert outcomes[-1].kind == "recovery" and outcomes[-1].report is not None
            # Two hours on, the "later" plan's start was missed as well (seen once its site is free).
            assert await runner.tick() == []
            assert {o.plan_id for o in outcomes if o.error} == {missed, later}
            assert {p.kind for p in progress} == {"execution", "recovery"}
            assert sum(farm.control_counts()[:3]) == 6 and sum(farm.control_counts()[3:]) == 0

    asyncio.run(scenario())
    with session_factory() as session:
        actors = set(session.scalars(select(AuditRecord.actor).where(AuditRecord.action.like("curtailment.%"))))
    assert actors == {"system"}


def test_plans_left_running_by_a_crash_are_resumed(session_factory) -> None:
    people = make_people(session_factory)
    clock = ShiftedClock()

    async def scenario() -> None:
        async with make_farm(4) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            # A console died with the first plan's batch logged as sending: miner 0 had taken its command.
            executing = make_plan(
                session_factory,
                people,
                farm,
                ids,
                [Level("sleep"), Level("sleep")],
                state="executing",
                started_at=clock(),
                item_extra=[{"state": "sending", "attempts": 1}] * 2,
            )
            farm.simulated[0].sleep()  # straight on the miner: not counted as a command
            recovering = make_plan(
                session_factory,
                people,
                farm,
                ids,
                [Level("preset", 75), Level("preset", 75)],
                state="recovering",
                result={"recovery": {"started_at": clock().isoformat()}},
                item_extra=[{"state": "confirmed", "attempts": 1}] * 2,
                site_id=people.other_site_id,
                first=2,
            )
            runner = make_runner(session_factory, clock)
            started = await runner.tick()
            assert {(p.plan_id, p.kind, p.reason) for p in started} == {
                (executing, "execution", "resume"),
                (recovering, "recovery", "resume"),
            }
            await runner.wait_idle()
            assert plan_of(session_factory, executing).state == "executed"
            assert plan_of(session_factory, recovering).state == "completed"
            assert [i.attempts for i in items_of(session_factory, executing)] == [1, 2]  # miner 0 not sent again
            assert farm.control_counts() == [0, 1, 1, 1]  # miner 0 was put to sleep by hand above
            assert all(m.sleeping for m in farm.simulated[:2])

    asyncio.run(scenario())


def test_manual_runs_go_through_the_runner_and_its_guard(session_factory) -> None:
    people = make_people(session_factory)
    clock = ShiftedClock()
    outcomes: list[RunOutcome] = []

    async def scenario() -> None:
        async with make_farm(4) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            first = make_plan(session_factory, people, farm, ids, levels(2))
            second = make_plan(
                session_factory, people, farm, ids, levels(2), trigger="scheduled", start_at=clock(), first=2
            )
            gated = GatedChannel()  # the first run holds its commands while the others are refused
            runner = make_runner(session_factory, clock, gated, on_outcome=outcomes.append)
            with pytest.raises(PermissionDenied):
                await runner.start_execution(first, people.guest)
            task = await runner.start_execution(first, people.site_manager)
            await asyncio.wait_for(gated.waiting.wait(), 10)
            with pytest.raises(SiteBusy, match="already executing at site Texas North"):
                await runner.start_execution(second, people.owner)
            assert await runner.tick() == []  # the due scheduled plan waits for the site
            gated.gate.set()
            assert (await task).state == "executed"
            await runner.wait_idle()
            assert [(o.plan_id, o.automatic) for o in outcomes] == [(first, False)]

            task = await runner.start_recovery(first, people.site_manager)  # early, by hand
            assert (await task).state == "completed"
            started = await runner.tick()
            assert [p.plan_id for p in started] == [second]
            await runner.wait_idle()
            assert plan_of(session_factory, second).state == "executed"

    asyncio.run(scenario())


def test_price_signals_start_and_stop_price_triggered_plans(session_factory) -> None:
    people = make_people(session_factory)
    clock = ShiftedClock()
    trigger = {"threshold_usd_mwh": 100.0, "hysteresis_usd_mwh": 10.0, "min_duration_min": 15.0}

    def price(usd_mwh: float, minutes_ago: float) -> None:
        with unit_of_work(session_factory) as session:
            at = clock() - timedelta(minutes=minutes_ago)
            record_price(session, people.owner, people.site_id, usd_mwh, at=at, source="test")

    async def scenario() -> None:
        async with make_farm(2) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(
                session_factory, people, farm, ids, levels(2), trigger="price", options={"price_trigger": trigger}
            )
            runner = make_runner(session_factory, clock)
            price(120.0, minutes_ago=5)
            assert await runner.tick() == []  # above the threshold, but not for 15 minutes yet
            price(130.0, minutes_ago=20)
            started = await runner.tick()
            assert [(p.plan_id, p.kind) for p in started] == [(plan_id, "execution")]
            assert "price ≥ $0.1/kWh for 15 min" in started[0].reason
            await runner.wait_idle()
            assert plan_of(session_factory, plan_id).state == "executed"

            price(95.0, minutes_ago=0)
            clock.offset = timedelta(minutes=30)
            assert await runner.tick() == []  # below the threshold, not below the release (90)
            price(80.0, minutes_ago=20)
            started = await runner.tick()
            assert [(p.plan_id, p.kind) for p in started] == [(plan_id, "recovery")]
            await runner.wait_idle()
            assert plan_of(session_factory, plan_id).state == "completed"
            assert farm.control_counts() == [2, 2]

    asyncio.run(scenario())


def test_a_price_plan_made_by_the_planner_starts_and_recovers_on_prices(session_factory) -> None:
    """The whole way a user makes one: PlanRequest(trigger="price") → preview → save → approve → the runner."""
    people = make_people(session_factory)
    clock = ShiftedClock()

    def price(usd_mwh: float, minutes_ago: float) -> None:
        with unit_of_work(session_factory) as session:
            at = clock() - timedelta(minutes=minutes_ago)
            record_price(session, people.owner, people.site_id, usd_mwh, at=at, source="test")

    async def scenario() -> None:
        async with make_farm(3) as farm:
            specs = [
                MinerSpec(m.nominal_w, m.nominal_ths, host=m.host, port=m.port, dialect=m.dialect)
                for m in farm.simulated
            ]
            add_site_miners(session_factory, people.site_id, specs, clock(), name_prefix="miner ")
            trigger = PriceTrigger(threshold_usd_mwh=150.0, hysteresis_usd_mwh=30.0, min_duration_min=10.0)
            request = PlanRequest(
                site_id=people.site_id,
                name="price peak",
                target_kw=min(m.nominal_w for m in farm.simulated) / 2000.0,
                trigger="price",
                price_trigger=trigger,
            )
            preview = preview_plan(session_factory, people.owner, request, clock=clock)
            assert preview.feasible and preview.rows
            plan_id = save_plan(session_factory, people.owner, preview, clock=clock)
            approve_plan(session_factory, people.site_manager, plan_id, None, clock=clock)
            runner = make_runner(session_factory, clock)

            price(140.0, minutes_ago=30)
            assert await runner.tick() == []  # below the threshold
            price(160.0, minutes_ago=12)
            started = await runner.tick()
            assert [(p.plan_id, p.kind) for p in started] == [(plan_id, "execution")]
            assert "price ≥ $0.15/kWh for 10 min" in started[0].reason
            await runner.wait_idle()
            assert plan_of(session_factory, plan_id).state == "executed"
            assert {i.state for i in items_of(session_factory, plan_id)} == {"confirmed"}

            price(125.0, minutes_ago=0)
            clock.offset = timedelta(minutes=30)
            assert await runner.tick() == []  # under the threshold, not under the release (120)
            price(110.0, minutes_ago=15)
            started = await runner.tick()
            assert [(p.plan_id, p.kind) for p in started] == [(plan_id, "recovery")]
            await runner.wait_idle()
            assert plan_of(session_factory, plan_id).state == "completed"
            assert sum(farm.control_counts()) == 2 * len(preview.rows)  # each changed miner: shed, then back

    asyncio.run(scenario())


def test_the_ticked_look_for_due_plans_runs_until_cancelled_and_survives_a_broken_listener(session_factory) -> None:
    people = make_people(session_factory)
    clock = ShiftedClock()

    def broken(progress: ExecutionProgress) -> None:
        raise RuntimeError("a listener bug")

    async def scenario() -> None:
        async with make_farm(2) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, levels(2), trigger="scheduled", start_at=clock())
            runner = make_runner(session_factory, clock, interval_s=0.05, on_progress=broken)
            scheduler = JobScheduler(session_factory)
            scheduler.add("curtailment-due-plans", 0.05, lambda _tick: start_due_plans(runner))
            loop_task = asyncio.create_task(scheduler.run())
            for _ in range(200):
                await asyncio.sleep(0.05)
                if plan_of(session_factory, plan_id).state == "executed":
                    break
            assert plan_of(session_factory, plan_id).state == "executed"
            # A plan turning up later is picked up by the same loop.
            with unit_of_work(session_factory) as session:
                session.execute(update(CurtailmentPlan).where(CurtailmentPlan.id == plan_id).values(recover_at=clock()))
            for _ in range(200):
                await asyncio.sleep(0.05)
                if plan_of(session_factory, plan_id).state == "completed":
                    break
            assert plan_of(session_factory, plan_id).state == "completed"
            loop_task.cancel()
            await asyncio.gather(loop_task, return_exceptions=True)
            await runner.stop()
            assert runner.running() == frozenset()
            assert find_due_plans(session_factory, clock()) == []

    asyncio.run(scenario())
    with session_factory() as session:
        assert {i.recovery_state for i in session.scalars(select(CurtailmentItem))} == {"confirmed"}


def test_a_missed_start_is_reported_once_across_processes_and_again_for_a_new_start(session_factory) -> None:
    """Two runners (as in two agents claiming the look in turn) see the same late plan: one report in all,
    recorded on the plan; moved to another start that is missed too, it is reported once more."""
    people = make_people(session_factory)
    clock = ShiftedClock()
    outcomes: list[RunOutcome] = []
    first, second = (make_runner(session_factory, clock, on_outcome=outcomes.append) for _ in range(2))
    start = clock() - timedelta(hours=2)
    with unit_of_work(session_factory) as session:
        plan = CurtailmentPlan(
            site_id=people.site_id,
            name="evening peak",
            state="approved",
            trigger="scheduled",
            start_at=start,
            target_kw=10.0,
            created_by="owner",
            approved_by="owner",
            approved_at=start - timedelta(days=1),
        )
        session.add(plan)
        session.flush()
        plan_id = plan.id

    async def looks() -> list[list[Any]]:
        return [await runner.tick() for runner in (first, second, first, second)]

    assert asyncio.run(looks()) == [[], [], [], []]
    assert [(o.plan_id, o.kind, o.automatic) for o in outcomes] == [(plan_id, "execution", True)]
    assert "missed its scheduled start by 120 minutes" in (outcomes[0].error or "")
    assert (plan_of(session_factory, plan_id).state, plan_of(session_factory, plan_id).missed_start_reported_for) == (
        "approved",
        start,
    )

    with unit_of_work(session_factory) as session:  # moved to an hour ago: missed again
        session.execute(
            update(CurtailmentPlan).where(CurtailmentPlan.id == plan_id).values(start_at=start + timedelta(hours=1))
        )
    assert asyncio.run(looks()) == [[], [], [], []]
    assert len(outcomes) == 2 and "missed its scheduled start by 60 minutes" in (outcomes[1].error or "")
