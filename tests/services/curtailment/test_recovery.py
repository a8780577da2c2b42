"""Recovery against the simulator, on a fake clock: staggered by the ramp (or in 10 batches), only the
miners that left their level, resumed after a crash without waking anyone twice."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from hashinsight_desktop.services.curtailment.executor import execute_plan, recover_plan
from tests.services.curtailment.test_executor import (
    QUICK,
    CrashingChannel,
    Level,
    add_farm_miners,
    audit_actions,
    items_of,
    levels,
    make_farm,
    make_plan,
    plan_of,
    plan_of_site,
)
from tests.support.factories import make_people

ONE_MODEL = ["Antminer S19 Pro"]


class FakeTime:
    """A clock that moves only when the executor sleeps: waits are recorded, never spent."""

    def __init__(self) -> None:
        self.now = datetime(2025, 6, 1, 14, 0, tzinfo=UTC)
        self.sleeps: list[float] = []

    def clock(self) -> datetime:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += timedelta(seconds=seconds)
        await asyncio.sleep(0)


class RecordingChannel(CrashingChannel):
    """Every command with the (fake) time it was sent at."""

    def __init__(self, time: FakeTime, passes: int = 10**9) -> None:
        super().__init__(passes)
        self.time = time
        self.sent: list[tuple[datetime, str, str, str | None]] = []

    async def send(self, host: str, port: int, command: str, parameter: str | None = None) -> dict[str, Any]:
        self.sent.append((self.time.now, host, command, parameter))
        return await super().send(host, port, command, parameter)


def fake(time: FakeTime, **changes: Any) -> dict[str, Any]:
    """The run's options and clock on the fake time (keyword arguments of execute_plan/recover_plan)."""
    return {"options": dataclasses.replace(QUICK, sleep=time.sleep, **changes), "clock": time.clock}


def test_recovery_is_staggered_by_the_ramp(session_factory) -> None:
    people = make_people(session_factory)
    plan_levels = levels(9)  # sleep, 75 %, 50 %, …
    time = FakeTime()

    async def scenario() -> None:
        async with make_farm(9, mix=ONE_MODEL) as farm:
            nominal_kw = farm.simulated[0].nominal_w / 1000
            ids = add_farm_miners(session_factory, people, farm)
            # One sleeping miner's worth of restored power per minute.
            plan_id = make_plan(
                session_factory, people, farm, ids, plan_levels, ramp_kw_per_min=nominal_kw, recover_after_h=3
            )
            assert (await execute_plan(session_factory, people.owner, plan_id, **fake(time))).state == "executed"
            assert time.sleeps == [0.1]  # one batch: no waiting, one poll after it settled
            time.now += timedelta(hours=3)

            channel = RecordingChannel(time)
            report = await recover_plan(
                session_factory, people.owner, plan_id, **fake(time, batch_interval_s=60.0, channel=channel)
            )
            assert report.kind == "recovery" and report.state == "completed"
            assert report.counts == {"confirmed": 9} and report.commands == 9 and report.batches == 6

            # Restored power in shed order (in nominal units): .99 | .25 .5 | .99 | .25 .5 | .99 | .25 .5
            # Each batch polled 0.1 s after it went out, then the rest of the minute to the next one.
            assert time.sleeps == [0.1] + [0.1, 59.9] * 5 + [0.1]  # after the execution's one poll
            starts = sorted({at for at, *_ in channel.sent})
            assert [(b - starts[0]).total_seconds() for b in starts] == [0, 60, 120, 180, 240, 300]
            hosts = [m.host for m in farm.simulated]
            groups = [[hosts.index(h) for at, h, *_ in channel.sent if at == start] for start in starts]
            assert [sorted(g) for g in groups] == [[0], [1, 2], [3], [4, 5], [6], [7, 8]]
            for miner, level in zip(farm.simulated, plan_levels, strict=True):
                assert not miner.sleeping and miner.power_pct == 100
                assert miner.control_commands == 2  # its curtailment, then one restore
                assert miner.last_control in (("ascset", "0,softon"), ("power_on", None), ("set_power_pct", "100"))
                assert (miner.last_control == ("set_power_pct", "100")) == (level.level == "preset")

    asyncio.run(scenario())
    plan_id = plan_of_site(session_factory, people)
    plan = plan_of(session_factory, plan_id)
    assert plan.state == "completed" and plan.completed_at == time.now
    assert plan.result["counts"] == {"confirmed": 9}  # the execution's report is kept beside the recovery's
    assert plan.result["recovery"]["counts"] == {"confirmed": 9} and plan.result["recovery"]["batches"] == 6
    assert {(i.recovery_state, i.recovery_attempts) for i in items_of(session_factory, plan_id)} == {("confirmed", 1)}
    assert audit_actions(session_factory, plan_id) == [
        "curtailment.executing",
        "curtailment.executed",
        "curtailment.recovering",
        "curtailment.completed",
    ]


def test_without_a_ramp_recovery_comes_in_ten_batches(session_factory) -> None:
    people = make_people(session_factory)
    time = FakeTime()

    async def scenario() -> None:
        async with make_farm(20, mix=ONE_MODEL) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, [Level("sleep")] * 20)
            await execute_plan(session_factory, people.owner, plan_id, **fake(time))
            channel = RecordingChannel(time)
            report = await recover_plan(
                session_factory, people.owner, plan_id, **fake(time, batch_interval_s=30.0, channel=channel)
            )
            assert report.batches == 10 and report.counts == {"confirmed": 20}
            assert time.sleeps == [0.1] + [0.1, 29.9] * 9 + [0.1]
            per_batch = [
                sum(1 for at, *_ in channel.sent if at == start) for start in sorted({a for a, *_ in channel.sent})
            ]
            assert per_batch == [2] * 10
            assert farm.control_counts() == [2] * 20 and not any(m.sleeping for m in farm.simulated)

    asyncio.run(scenario())


def test_only_miners_that_left_their_level_are_restored(session_factory) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(3, mix=ONE_MODEL) as farm:
            await farm.set_fault(2, "offline")
            ids = add_farm_miners(session_factory, people, farm)
            # 5 %: no valid command, never sent; the offline miner's commands failed but were sent.
            plan_levels = [Level("sleep"), Level("preset", 5), Level("sleep")]
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels)
            executed = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            assert executed.counts == {"confirmed": 1, "failed": 2}
            report = await recover_plan(
                session_factory, people.owner, plan_id, dataclasses.replace(QUICK, batch_interval_s=0.0)
            )
            assert report.state == "completed" and report.counts == {"confirmed": 1, "failed": 1}
            items = items_of(session_factory, plan_id)
            assert [(i.recovery_state, i.recovery_attempts) for i in items] == [
                ("confirmed", 1),
                (None, 0),  # never left its full level
                ("failed", 1),  # offline: no poll shows it did not take its command, so no re-send
            ]
            assert farm.control_counts() == [2, 0, 0]
            assert plan_of(session_factory, plan_id).result["recovery"]["unconfirmed"][0]["miner"] == "miner 2"

    asyncio.run(scenario())


def test_recovery_resumes_after_a_crash_without_waking_anyone_twice(session_factory) -> None:
    people = make_people(session_factory)
    time = FakeTime()

    async def scenario() -> None:
        async with make_farm(10, mix=ONE_MODEL) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, [Level("sleep")] * 10)
            await execute_plan(session_factory, people.owner, plan_id, **fake(time))
            crashing = CrashingChannel(passes=3)  # 10 batches of one: the 4th wake never leaves
            task = asyncio.create_task(
                recover_plan(session_factory, people.owner, plan_id, **fake(time, channel=crashing))
            )
            await asyncio.wait_for(crashing.stuck.wait(), 10)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            assert plan_of(session_factory, plan_id).state == "recovering"
            assert [i.recovery_state for i in items_of(session_factory, plan_id)] == (
                ["confirmed"] * 3 + ["sending"] + [None] * 6  # each batch reconciled before the next
            )
            assert time.sleeps == [0.1] + [0.1, 59.9] * 3

            report = await recover_plan(session_factory, people.owner, plan_id, **fake(time))
            assert report.resumed and report.state == "completed" and report.counts == {"confirmed": 10}
            # The 4th is re-sent at once (it is late); the others keep their slots from the first start.
            # The 4th is re-sent at once on resume; the 5th keeps its slot a minute later; the rest as before.
            assert time.sleeps == [0.1] + [0.1, 59.9] * 3 + [60.0] + [0.1, 59.9] * 5 + [0.1]
            assert farm.control_counts() == [2] * 10 and not any(m.sleeping for m in farm.simulated)
            assert audit_actions(session_factory, plan_id)[-3:] == [
                "curtailment.recovering",
                "curtailment.recovering",
                "curtailment.completed",
            ]

    asyncio.run(scenario())
