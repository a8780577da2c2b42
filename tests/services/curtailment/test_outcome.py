"""Against the simulator: a miner is confirmed only within the stated tolerance of its level; a plan ends
"target reached" only when the site measured after its last batch is at or below its fixed target;
each ramp batch is confirmed before the next goes out; a re-send is logged with its reason."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import OperationLogEntry
from hashinsight_desktop.services.curtailment.executor import ExecutionProgress, execute_plan
from tests.services.curtailment.test_executor import (
    QUICK,
    Level,
    add_farm_miners,
    items_of,
    make_farm,
    make_plan,
    plan_of,
)
from tests.support.factories import make_people

S19 = ["Antminer S19 Pro"]


def test_miners_drawing_over_their_level_make_the_plan_short(session_factory) -> None:
    people = make_people(session_factory)
    count = 30

    async def scenario() -> None:
        # Half the farm runs firmware that settles 6 % above its power target.
        async with make_farm(count, mix=S19, faults={"overdraw": 50}) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            shed_kw = sum(m.nominal_w * 0.5 for m in farm.simulated) / 1000
            plan_levels = [Level("preset", 50)] * count
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels, target_kw=shed_kw)
            report = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            overdrawing = {f"miner {m.index}" for m in farm.simulated if m.fault == "overdraw"}
            assert len(overdrawing) == count // 2

            assert report.state == "partially_executed"
            assert report.counts == {"confirmed": count // 2, "unconfirmed": count // 2}
            assert farm.control_counts() == [1] * count  # they took the command: a re-send cannot help
            assert report.outcome is not None and not report.outcome.reached
            full_kw = sum(m.nominal_w for m in farm.simulated) / 1000
            excess_kw = sum(m.nominal_w * 0.5 * 0.06 for m in farm.simulated if m.fault == "overdraw") / 1000
            assert report.outcome.power_before_kw == pytest.approx(full_kw, rel=0.01)
            assert report.outcome.site_target_kw == pytest.approx(report.outcome.power_before_kw - shed_kw, abs=1e-6)
            assert report.outcome.short_kw == pytest.approx(excess_kw, abs=0.6)
            assert {item.miner_name for item in report.outcome.short_miners} == overdrawing
            assert "short by" in report.describe()

            plan = plan_of(session_factory, plan_id)
            outcome = plan.result["outcome"]
            assert outcome["reached"] is False and outcome["short_kw"] == pytest.approx(excess_kw, abs=0.6)
            assert {m["miner"] for m in outcome["short_miners"]} == overdrawing
            assert plan.result["power_before_kw"] == outcome["power_before_kw"]
            for item in items_of(session_factory, plan_id):
                if item.miner_name in overdrawing:
                    assert item.state == "unconfirmed" and item.detail is not None
                    assert item.detail.startswith("took the command but draws") and "tolerance 3 %" in item.detail

    asyncio.run(scenario())


def test_target_reached_when_the_site_measures_at_its_target(session_factory) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(10, mix=S19) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            shed_kw = sum(m.nominal_w * 0.25 for m in farm.simulated) / 1000
            plan_id = make_plan(session_factory, people, farm, ids, [Level("preset", 75)] * 10, target_kw=shed_kw)
            report = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            assert report.state == "executed" and report.outcome is not None and report.outcome.reached
            assert report.outcome.short_kw == 0.0 and report.outcome.short_miners == ()
            assert str(report.describe()).endswith(str(report.outcome.describe()))
            assert str(report.outcome.describe()).startswith("target reached: site measured")

    asyncio.run(scenario())


def test_each_ramp_batch_is_confirmed_before_the_next_goes_out(session_factory) -> None:
    people = make_people(session_factory)
    seen: list[ExecutionProgress] = []

    async def scenario() -> None:
        async with make_farm(9, mix=S19) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_levels = [Level("preset", 75, i // 3) for i in range(9)]
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels, ramp_kw_per_min=1.0)
            options = dataclasses.replace(QUICK, batch_interval_s=0.5)
            await execute_plan(session_factory, people.owner, plan_id, options, on_progress=seen.append)

    asyncio.run(scenario())
    for batch in (2, 3):
        first = next(p for p in seen if p.phase == "sending" and p.batch == batch)
        assert first.batch_counts[batch - 1] == {"confirmed": 3}  # the previous batch, before this one left
    assert seen[-1].batch_counts == {1: {"confirmed": 3}, 2: {"confirmed": 3}, 3: {"confirmed": 3}}


def test_a_resend_goes_only_to_a_miner_that_did_not_take_it_and_says_why(session_factory) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(3, mix=S19) as farm:
            farm.set_control_faults(0, ignore=1)  # says OK, changes nothing
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, [Level("preset", 75)] * 3)
            report = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            assert report.state == "executed" and report.resends == 1
            assert farm.control_counts() == [2, 1, 1]
            with session_factory() as session:
                rows = session.execute(
                    select(OperationLogEntry.host, OperationLogEntry.detail, OperationLogEntry.plan_id)
                ).all()
            assert {plan for _, _, plan in rows} == {plan_id}
            resends = [detail for _, detail, _ in rows if "re-send" in (detail or "")]
            assert len(resends) == 1 and resends[0].startswith("re-send (not taken after")
            assert "hashing at" in resends[0]

    asyncio.run(scenario())


def test_stop_of_a_plan_whose_executor_is_gone_and_of_a_recovery(session_factory) -> None:
    from hashinsight_desktop.services.curtailment.executor import recover_plan, request_stop
    from hashinsight_desktop.services.errors import ValidationError

    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(6, mix=S19) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, [Level("preset", 75)] * 6, state="executing")
            with pytest.raises(ValidationError, match="not running"):
                request_stop(session_factory, people.owner, make_plan(session_factory, people, farm, ids, []))
            # Left executing with no owner (its process died before taking a lease): stopped at once.
            message = request_stop(session_factory, people.owner, plan_id)
            assert "its executor was gone" in message and "0 miners had been sent" in message
            plan = plan_of(session_factory, plan_id)
            assert plan.state == "stopped" and plan.stop_requested_by == "owner" and plan.executor_owner is None
            assert farm.control_counts() == [0] * 6
            # A stopped plan is recovered (here: nothing had left its full level, nothing is sent).
            report = await recover_plan(session_factory, people.owner, plan_id, QUICK)
            assert report.state == "completed" and farm.control_counts() == [0] * 6

    asyncio.run(scenario())


def test_a_stopped_recovery_is_taken_up_again_without_sending_twice(session_factory) -> None:
    from hashinsight_desktop.services.curtailment.executor import recover_plan, request_stop

    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(6, mix=S19) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, [Level("sleep")] * 6)
            await execute_plan(session_factory, people.owner, plan_id, QUICK)
            slow = dataclasses.replace(QUICK, batch_interval_s=30.0, lease_s=2.0)
            task = asyncio.create_task(recover_plan(session_factory, people.owner, plan_id, slow))
            while sum(farm.control_counts()) < 7:  # the first recovery batch went out
                await asyncio.sleep(0.05)
            message = await asyncio.to_thread(request_stop, session_factory, people.owner, plan_id)
            assert str(message).startswith("Stop asked")
            report = await asyncio.wait_for(task, 10)  # heard at the next renewal, long before batch 2
            assert report.state == "stopped" and report.stopped_by == "owner"
            assert farm.control_counts() == [2] + [1] * 5
            plan = plan_of(session_factory, plan_id)
            assert plan.result["recovery"]["took_effect_total"] == 1
            report = await recover_plan(
                session_factory, people.owner, plan_id, dataclasses.replace(slow, batch_interval_s=0)
            )
            assert report.state == "completed" and farm.control_counts() == [2] * 6

    asyncio.run(scenario())


def test_each_family_settle_time_is_configurable_in_the_settings(caplog: pytest.LogCaptureFixture) -> None:
    from hashinsight_desktop.services.curtailment.executor import settle_overrides
    from hashinsight_desktop.services.curtailment.reconcile import DEFAULT_SETTLE_S

    assert DEFAULT_SETTLE_S["antminer"] > DEFAULT_SETTLE_S["generic"] == 0.0  # real firmware takes its time
    section = {"settle_s": {"antminer": 60, "luxos": 12.5, "bogus": 3, "vnish": -1, "avalon": "soon"}}
    assert settle_overrides(section) == {"antminer": 60.0, "luxos": 12.5}
    assert sum("ignored" in r.message for r in caplog.records) == 3
    assert settle_overrides(None) == {} and settle_overrides({"settle_s": [1]}) == {}
