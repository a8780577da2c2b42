"""The executor against the simulator: commands, rejections, a miner that ignores them, an offline one,
a crash mid-plan resumed without sending anything twice, the one-executor-per-site guard, the audit."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import AuditRecord, CurtailmentItem, CurtailmentPlan, OperationLogEntry
from hashinsight_desktop.services.cgminer import ControlChannel, MinerSample, Timeouts, poll_many
from hashinsight_desktop.services.cluster.nodes import this_node
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.curtailment.command_log import ItemView
from hashinsight_desktop.services.curtailment.executor import (
    ExecutionProgress,
    RunOptions,
    SiteBusy,
    execute_plan,
    recover_plan,
)
from hashinsight_desktop.services.curtailment.site_guard import role_name
from hashinsight_desktop.services.curtailment.verdicts import Verdict, at_full, at_level, reported
from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.target import ActionRequest
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.fleet.control import ControlTarget
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.stored_text import render_stored
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.simulator.miner import SimulatedMiner
from tests.simulator.loopback import loopback_network
from tests.support.factories import People, make_people

FAST = Timeouts(connect=0.5, deadline=1.5)
MIX = ["Antminer S19 Pro", "Whatsminer M30S++", "Avalon A1246"]
QUICK = RunOptions(
    channel=ControlChannel(FAST),
    poll=functools.partial(poll_many, timeouts=FAST),
    reconcile_interval_s=0.1,
    reconcile_deadline_s=1.0,
)


def make_farm(count: int, **kwargs: Any) -> SimulatedFarm:
    options: dict[str, Any] = {"bind": loopback_network(), "mix": MIX, "seed": 21, "warmup_s": 0}
    return SimulatedFarm(count, **(options | kwargs))


@dataclass(frozen=True)
class Level:
    level: str  # sleep, preset
    power_pct: int | None = None
    batch: int = 0


def levels(count: int, batches: int = 1) -> list[Level]:
    """Sleep, 75 %, 50 % in turn; miners spread over ``batches`` in order."""
    kinds = [Level("sleep"), Level("preset", 75), Level("preset", 50)]
    per_batch = -(-count // batches)
    return [Level(kinds[i % 3].level, kinds[i % 3].power_pct, i // per_batch) for i in range(count)]


def item_row(miner: SimulatedMiner, miner_id: uuid.UUID, level: Level, **extra: Any) -> dict[str, Any]:
    pct = level.power_pct or 0
    level_w = 30.0 if level.level == "sleep" else miner.nominal_w * pct / 100
    level_ths = 0.0 if level.level == "sleep" else miner.nominal_ths * (pct / 100) ** 0.85
    row = {
        "miner_id": miner_id,
        "miner_name": f"miner {miner.index}",
        "host": miner.host,
        "port": miner.port,
        "dialect": miner.dialect,
        "level": level.level,
        "power_pct": level.power_pct,
        "full_power_w": miner.nominal_w,
        "full_hashrate_ths": miner.nominal_ths,
        "level_power_w": level_w,
        "level_hashrate_ths": level_ths,
        "batch": level.batch,
    }
    return row | extra


def add_farm_miners(session_factory: sessionmaker[Session], people: People, farm: SimulatedFarm) -> list[uuid.UUID]:
    with unit_of_work(session_factory) as session:
        miners = add_miners(
            session, people.owner, people.site_id, [NewMiner(ip_address=h, port=p) for h, p in farm.targets]
        )
        by_address = {(m.ip_address, m.port): m.id for m in miners}
    return [by_address[target] for target in farm.targets]


def make_plan(
    session_factory: sessionmaker[Session],
    people: People,
    farm: SimulatedFarm,
    miner_ids: Sequence[uuid.UUID],
    plan_levels: Sequence[Level],
    *,
    first: int = 0,
    state: str = "approved",
    item_extra: Sequence[dict[str, Any]] | None = None,
    **plan_fields: Any,
) -> uuid.UUID:
    """A plan written as rows (the planner is not under test here): one item per level, for the farm's
    miners from index ``first`` on."""
    with unit_of_work(session_factory) as session:
        fields: dict[str, Any] = {
            "site_id": people.site_id,
            "name": f"shed {uuid.uuid4().hex[:6]}",
            "state": state,
            "target_kw": 10.0,
            "created_by": "owner",
            "approved_by": "owner",
            "approved_at": datetime.now(UTC),
        }
        plan = CurtailmentPlan(**(fields | plan_fields))
        session.add(plan)
        session.flush()
        for index, level in enumerate(plan_levels):
            extra = item_extra[index] if item_extra else {}
            session.add(
                CurtailmentItem(
                    plan_id=plan.id, **item_row(farm.simulated[first + index], miner_ids[first + index], level, **extra)
                )
            )
        return plan.id


CHINESE = {
    "not at its level after {count} command(s): reports {reported}": "{count} 次命令后仍未到达档位：报告 {reported}",
    "hashing at {power:,.0f} W (level {level:,.0f} W)": "算力运行中 {power:,.0f} W（档位 {level:,.0f} W）",
    "accepted: {reply}": "已接受：{reply}",
}


def _chinese(context: str, source: str) -> str:
    """A test translator for the miners' details."""
    return CHINESE.get(source, "") if context == "CurtailmentItems" else ""


def items_of(session_factory: sessionmaker[Session], plan_id: uuid.UUID) -> list[CurtailmentItem]:
    with session_factory() as session:
        query = select(CurtailmentItem).where(CurtailmentItem.plan_id == plan_id).order_by(CurtailmentItem.miner_name)
        return sorted(session.scalars(query), key=lambda i: int(i.miner_name.split()[-1]))


def plan_of(session_factory: sessionmaker[Session], plan_id: uuid.UUID) -> CurtailmentPlan:
    with session_factory() as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None
        return plan


def audit_actions(session_factory: sessionmaker[Session], plan_id: uuid.UUID) -> list[str]:
    with session_factory() as session:
        records = session.scalars(
            select(AuditRecord).where(AuditRecord.entity_id == str(plan_id)).order_by(AuditRecord.seq)
        )
        return [r.action for r in records]


def simulated_at(miner: SimulatedMiner, level: Level) -> bool:
    if level.level == "sleep":
        return miner.sleeping
    return not miner.sleeping and miner.power_pct == level.power_pct


def test_every_command_sent_logged_and_confirmed(session_factory) -> None:
    people = make_people(session_factory)
    plan_levels = levels(9)
    progress: list[ExecutionProgress] = []

    async def scenario() -> SimulatedFarm:
        async with make_farm(9) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels, recover_after_h=2.0)
            report = await execute_plan(
                session_factory, people.site_manager, plan_id, QUICK, on_progress=progress.append
            )
            assert report.state == "executed" and report.counts == {"confirmed": 9}
            assert (report.commands, report.resends, report.batches, report.resumed) == (9, 0, 1, False)
            assert report.unconfirmed == () and report.confirm_s >= report.send_s > 0
            return farm

    farm = asyncio.run(scenario())
    assert farm.control_counts() == [1] * 9
    assert all(simulated_at(m, lv) for m, lv in zip(farm.simulated, plan_levels, strict=True))

    plan_id = progress[0].plan_id
    plan = plan_of(session_factory, plan_id)
    assert plan.state == "executed" and plan.started_at and plan.executed_at
    assert plan.recover_at == plan.executed_at + timedelta(hours=2)
    assert plan.result["counts"] == {"confirmed": 9} and plan.result["commands"] == 9
    assert plan.result["unconfirmed"] == [] and plan.result["send_s"] > 0
    items = items_of(session_factory, plan_id)
    assert {(i.state, i.attempts) for i in items} == {("confirmed", 1)}
    assert items[0].detail == "sleeping" and "hashing at" in (items[1].detail or "")
    with session_factory() as session:
        log = session.scalars(select(OperationLogEntry)).all()
    assert len(log) == 9 and {e.outcome for e in log} == {"ok"} and all(e.finished_at for e in log)
    assert {e.actor for e in log} == {"site-manager"}
    assert {e.command for e in log} <= {"ascset", "power_off", "set_power_pct"}
    # One audit record per transition, nothing else on the plan.
    assert audit_actions(session_factory, plan_id) == ["curtailment.executing", "curtailment.executed"]
    # Progress: sending (logged, then results), reconciling, finished; per-miner updates.
    phases = [p.phase for p in progress]
    assert phases[0] == "sending" and phases[-1] == "finished" and "reconciling" in phases
    sending = [p for p in progress if p.phase == "sending" and p.updates]
    assert [p.counts for p in sending] == [{"sending": 9}, {"accepted": 9}]
    assert {u.state for u in sending[0].updates} == {"sending"} and len(sending[1].updates) == 9
    assert progress[-1].counts == {"confirmed": 9} and (progress[-1].batch, progress[-1].batches) == (1, 1)


def test_rejected_commands_are_resent_in_reconciliation(session_factory) -> None:
    people = make_people(session_factory)
    plan_levels = levels(6)

    async def scenario() -> SimulatedFarm:
        async with make_farm(6) as farm:
            farm.set_control_faults(0, reject=1)
            farm.set_control_faults(1, reject=2)
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels)
            report = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            assert report.state == "executed" and report.counts == {"confirmed": 6}
            assert (report.commands, report.resends) == (6 + 1 + 2, 3)
            items = items_of(session_factory, plan_id)
            assert [i.attempts for i in items] == [2, 3, 1, 1, 1, 1]
            return farm

    farm = asyncio.run(scenario())
    assert farm.control_counts() == [2, 3, 1, 1, 1, 1]
    assert all(simulated_at(m, lv) for m, lv in zip(farm.simulated, plan_levels, strict=True))
    with session_factory() as session:
        failed = session.scalars(select(OperationLogEntry).where(OperationLogEntry.outcome == "failed")).all()
    assert len(failed) == 3 and all("rejected" in (e.detail or "") for e in failed)


def test_ignoring_and_offline_miners_make_a_partial_execution(session_factory) -> None:
    people = make_people(session_factory)
    plan_levels = levels(6)

    async def scenario() -> SimulatedFarm:
        async with make_farm(6) as farm:
            farm.set_control_faults(1, ignore=10)  # says OK, stays at full
            await farm.set_fault(3, "offline")
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels, recover_after_h=1.0)
            report = await execute_plan(
                session_factory, people.owner, plan_id, dataclasses.replace(QUICK, max_attempts=3)
            )
            assert report.state == "partially_executed"
            assert report.counts == {"confirmed": 4, "unconfirmed": 1, "failed": 1}
            assert {(m.miner_name, m.state) for m in report.unconfirmed} == {
                ("miner 1", "unconfirmed"),
                ("miner 3", "failed"),
            }
            return farm

    farm = asyncio.run(scenario())
    assert farm.control_counts() == [1, 3, 1, 0, 1, 1]  # re-sent up to max_attempts, then left
    plan_id = plan_of_site(session_factory, people)
    items = items_of(session_factory, plan_id)
    ignoring, offline = items[1], items[3]
    assert (ignoring.state, ignoring.attempts) == ("unconfirmed", 3)
    assert ignoring.detail is not None
    assert ignoring.detail.startswith("not at its level after 3 command(s): reports hashing at")
    # Not re-sent: a miner that answers no poll cannot be shown not to have taken its command.
    assert (offline.state, offline.attempts) == ("failed", 1)
    assert offline.detail is not None and "offline" in offline.detail and "refused" in offline.detail
    # Kept as texts too: a console in Chinese reads the miners' details and the command log in Chinese.
    chinese = render_stored(ignoring.detail, ignoring.detail_text, _chinese)
    assert chinese.startswith("3 次命令后仍未到达档位：报告 算力运行中 ") and chinese.endswith(" W）"), chinese
    with session_factory() as session:
        log = session.scalars(select(OperationLogEntry).where(OperationLogEntry.miner_id == ignoring.miner_id)).all()
    said = [render_stored(e.detail, e.detail_text, _chinese) for e in log]  # the first send and two re-sends
    assert len(said) == 3 and all("已接受：" in line for line in said), said
    assert sum(line.startswith("已接受：") for line in said) == 1 and "accepted" not in "".join(said)
    plan = plan_of(session_factory, plan_id)
    assert plan.recover_at is not None  # a partial shed is recovered too
    assert plan.result["unconfirmed_total"] == 2
    assert {u["miner"] for u in plan.result["unconfirmed"]} == {"miner 1", "miner 3"}


def plan_of_site(session_factory: sessionmaker[Session], people: People) -> uuid.UUID:
    with session_factory() as session:
        return session.scalars(select(CurtailmentPlan.id).where(CurtailmentPlan.site_id == people.site_id)).one()


class CrashingChannel(ControlChannel):
    """Sends the first ``passes`` commands for real, then hangs (the process is about to die)."""

    def __init__(self, passes: int) -> None:
        super().__init__(FAST)
        self.passes = passes
        self.calls = 0
        self.stuck = asyncio.Event()

    async def send(self, host: str, port: int, command: str, parameter: str | None = None) -> dict[str, Any]:
        self.calls += 1
        if self.calls > self.passes:
            self.stuck.set()
            await asyncio.Event().wait()  # never returns: the task is cancelled here
        return await super().send(host, port, command, parameter)


class GatedChannel(ControlChannel):
    """Holds every command until ``gate`` is set; ``waiting`` says one is being held."""

    def __init__(self) -> None:
        super().__init__(FAST)
        self.gate = asyncio.Event()
        self.waiting = asyncio.Event()

    async def send(self, host: str, port: int, command: str, parameter: str | None = None) -> dict[str, Any]:
        self.waiting.set()
        await self.gate.wait()
        return await super().send(host, port, command, parameter)


def test_crash_mid_plan_resumes_without_sending_anything_twice(session_factory) -> None:
    people = make_people(session_factory)
    plan_levels = levels(20, batches=2)  # 10 + 10: the crash comes in the second batch

    async def scenario() -> SimulatedFarm:
        async with make_farm(20) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels, ramp_kw_per_min=50.0)
            crashing = CrashingChannel(passes=14)
            options = dataclasses.replace(QUICK, channel=crashing, concurrency=2, batch_interval_s=0.2)
            task = asyncio.create_task(execute_plan(session_factory, people.owner, plan_id, options))
            await asyncio.wait_for(crashing.stuck.wait(), 10)
            await asyncio.sleep(0.05)  # let the other in-flight command finish or not: either must work
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

            taken = farm.control_counts()
            assert 14 <= sum(taken) <= 15 and max(taken) == 1
            items = items_of(session_factory, plan_id)
            assert plan_of(session_factory, plan_id).state == "executing"
            assert {i.state for i in items[:10]} == {"confirmed"}  # batch 1: reconciled before batch 2 went out
            assert {i.state for i in items[10:]} == {"sending"}  # batch 2: logged as sending, no results

            report = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            assert report.resumed and report.state == "executed" and report.counts == {"confirmed": 20}
            # Commands logged: 20 first attempts, plus one for each miner the crash kept from its command.
            assert report.resends == 20 - sum(taken)
            return farm

    farm = asyncio.run(scenario())
    assert farm.control_counts() == [1] * 20  # nobody got a command twice, everybody got it once
    assert all(simulated_at(m, lv) for m, lv in zip(farm.simulated, plan_levels, strict=True))
    plan_id = plan_of_site(session_factory, people)
    assert audit_actions(session_factory, plan_id) == [
        "curtailment.executing",
        "curtailment.executing",  # the resumed run
        "curtailment.executed",
    ]
    with session_factory() as session:
        pending = session.scalars(select(OperationLogEntry).where(OperationLogEntry.outcome == "pending")).all()
    assert len(pending) == 10  # the crashed batch's rows say which miners were being told what


def test_one_executor_per_site(session_factory, database) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(4) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            first = make_plan(session_factory, people, farm, ids, levels(2))
            second = make_plan(session_factory, people, farm, ids, levels(2), first=2)
            gated = GatedChannel()  # the first run holds its commands until the second has been refused
            task = asyncio.create_task(
                execute_plan(session_factory, people.owner, first, dataclasses.replace(QUICK, channel=gated))
            )
            await asyncio.wait_for(gated.waiting.wait(), 10)
            with pytest.raises(SiteBusy, match="already executing at site Texas North"):
                await execute_plan(session_factory, people.owner, second, QUICK)
            gated.gate.set()
            assert (await task).state == "executed"
            assert plan_of(session_factory, second).state == "approved"  # refused before anything

            # Another console or agent holds the site's executor role (both engines: on SQLite the file lock).
            other_console = FencedRole(database.engine, role_name(people.site_id), this_node("console"))
            assert other_console.try_acquire()
            try:
                with pytest.raises(SiteBusy, match=r"Another console is executing a plan at site Texas North \(.+pid"):
                    await execute_plan(session_factory, people.owner, second, QUICK)
            finally:
                other_console.release()
            assert (await execute_plan(session_factory, people.owner, second, QUICK)).state == "executed"

    asyncio.run(scenario())


def test_refused_before_anything_is_sent(session_factory) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with make_farm(2) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, levels(2))
            pending = make_plan(session_factory, people, farm, ids, levels(2), state="pending")
            for who in (people.guest, people.customer):
                with pytest.raises(PermissionDenied):
                    await execute_plan(session_factory, who, plan_id, QUICK)
            with pytest.raises(ValidationError, match="pending approval cannot be executed"):
                await execute_plan(session_factory, people.owner, pending, QUICK)
            with pytest.raises(ValidationError, match="cannot be recovered"):
                await recover_plan(session_factory, people.owner, plan_id, QUICK)
            assert farm.control_counts() == [0, 0]

    asyncio.run(scenario())
    with session_factory() as session:
        assert session.scalars(select(OperationLogEntry)).all() == []


def test_an_item_without_a_valid_command_fails_without_being_sent(session_factory) -> None:
    people = make_people(session_factory)

    async def scenario() -> SimulatedFarm:
        async with make_farm(3) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_levels = [Level("sleep"), Level("preset", 5), Level("preset", 75)]  # 5 %: below what firmware takes
            plan_id = make_plan(session_factory, people, farm, ids, plan_levels)
            report = await execute_plan(session_factory, people.owner, plan_id, QUICK)
            assert report.state == "partially_executed" and report.counts == {"confirmed": 2, "failed": 1}
            bad = items_of(session_factory, plan_id)[1]
            assert (bad.state, bad.attempts) == ("failed", 0) and "5 % is outside" in (bad.detail or "")
            return farm

    assert asyncio.run(scenario()).control_counts() == [1, 0, 1]


def test_what_counts_as_at_level_and_back_at_full() -> None:
    def view(level: str, level_w: float, full_w: float = 3000.0, level_ths: float = 60.0) -> ItemView:
        return ItemView(
            id=uuid.uuid4(),
            miner_id=None,
            miner_name="m",
            host="127.0.0.1",
            port=4028,
            level=level,
            full_power_w=full_w,
            level_power_w=level_w,
            full_hashrate_ths=100.0,
            level_hashrate_ths=level_ths,
            batch=0,
            executed_state="accepted",
            executed_attempts=1,
            state="accepted",
            attempts=1,
            detail=None,
            command=ActionRequest(Action.POWER_TARGET, percent=75),
            target=ControlTarget(uuid.uuid4(), uuid.uuid4(), "127.0.0.1", 4028, None),
        )

    preset = view("preset", 2250.0)  # 75 % of 3,000 W
    hashing = functools.partial(MinerSample, "hashing", hashrate_ths=80.0)
    assert at_level(preset, hashing(power_w=2310.0)) == Verdict.CONFIRMED  # within the 3 % tolerance
    # Took the command (well below full) but draws 5.6 % over its level: not confirmed, not re-sent.
    assert at_level(preset, hashing(power_w=2376.0)) == Verdict.OVER
    assert at_level(preset, hashing(power_w=2376.0), 6.0) == Verdict.CONFIRMED  # a looser stated tolerance
    assert at_level(preset, hashing(power_w=2900.0)) == Verdict.NOT_TAKEN  # still near full: re-send
    assert at_full(preset, hashing(power_w=2900.0)) == Verdict.CONFIRMED
    assert at_full(preset, hashing(power_w=2376.0)) == Verdict.NOT_TAKEN
    assert at_level(preset, MinerSample("sleeping", power_w=25.0)) == Verdict.NOT_TAKEN  # asleep is not a preset
    assert at_level(preset, MinerSample("offline")) == Verdict.NO_ANSWER
    assert at_level(preset, hashing(power_w=None, hashrate_ths=61.0)) == Verdict.CONFIRMED  # by hashrate
    near_full = view("preset", 2850.0)  # 95 %: "took it" starts halfway to full
    assert at_level(near_full, hashing(power_w=2900.0)) == Verdict.CONFIRMED
    assert at_level(near_full, hashing(power_w=2990.0)) == Verdict.NOT_TAKEN

    sleep = view("sleep", 30.0, level_ths=0.0)
    assert at_level(sleep, MinerSample("sleeping")) == Verdict.CONFIRMED
    assert at_level(sleep, MinerSample("error", power_w=40.0)) == Verdict.CONFIRMED  # at its sleep power
    assert at_level(sleep, hashing(power_w=3000.0)) == Verdict.NOT_TAKEN
    assert at_full(sleep, hashing(power_w=400.0)) == Verdict.CONFIRMED  # hashing again, still warming up
    starting = MinerSample("error", uptime_s=40, error="not hashing yet (started 40 s ago)")
    assert at_full(sleep, starting) == Verdict.CONFIRMED
    assert at_full(sleep, MinerSample("error", uptime_s=4000)) == Verdict.NO_ANSWER
    assert at_full(sleep, MinerSample("sleeping")) == Verdict.NOT_TAKEN
    assert at_full(sleep, MinerSample("offline")) == Verdict.NO_ANSWER
    assert reported(preset, MinerSample("offline", error="connection refused")) == "offline (connection refused)"
    assert reported(preset, hashing(power_w=2500.0)) == "hashing at 2,500 W (level 2,250 W)"
