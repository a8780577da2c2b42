"""The poller against the simulator: states, samples, alerts, and an outage of the database."""

from __future__ import annotations

import asyncio
from itertools import pairwise

from sqlalchemy import func, select

from hashinsight_desktop.db.models import Alert, MinerState, TelemetrySample
from hashinsight_desktop.services.cgminer import Timeouts
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.workers.telemetry_poller import CycleReport, TelemetryPoller
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

FAST = Timeouts(connect=0.5, deadline=1.5)


def test_three_cycles_record_states_samples_and_alerts(session_factory) -> None:
    people = make_people(session_factory)
    reports = []

    async def scenario() -> None:
        async with SimulatedFarm(
            10,
            bind=loopback_network(),
            mix=["Antminer S19 Pro", "Whatsminer M30S++"],
            faults={"offline": 10, "overheat": 10},
            seed=2,
            warmup_s=0,
        ) as farm:
            with unit_of_work(session_factory) as session:
                add_miners(
                    session, people.owner, people.site_id, [NewMiner(ip_address=h, port=p) for h, p in farm.targets]
                )
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST, on_cycle=reports.append)
            for _ in range(3):
                await poller.cycle()
            poller.roles.release()
            return {e.host: e.fault for e in farm.miners}

    faults: dict[str, str] = asyncio.run(scenario())
    assert [r.polled for r in reports] == [10, 10, 10]
    assert all(r.database_error is None for r in reports)
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(TelemetrySample)) == 30
        states = session.scalars(select(MinerState)).all()
        assert len(states) == 10
        offline = [s for s in states if s.status == "offline"]
        assert len(offline) == sum(f == "offline" for f in faults.values())
        assert all(s.consecutive_failures == 3 and s.last_seen_at is None for s in offline)
        kinds = [a.kind for a in session.scalars(select(Alert).where(Alert.cleared_at.is_(None)))]
        assert kinds.count("offline") == len(offline)  # raised once, not once per cycle
        assert kinds.count("over_temperature") >= 1
    assert "alerts +" in reports[0].describe() or "alerts +" in reports[2].describe()


def test_samples_wait_in_the_buffer_while_the_database_is_away(session_factory, database) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with SimulatedFarm(4, bind=loopback_network(), seed=4, warmup_s=0) as farm:
            with unit_of_work(session_factory) as session:
                add_miners(
                    session, people.owner, people.site_id, [NewMiner(ip_address=h, port=p) for h, p in farm.targets]
                )
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST)
            await poller.cycle()
            real_engine = poller.writer.engine
            from hashinsight_desktop.db.engine import make_engine

            dead = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_timeout_s=1)
            poller.writer.engine = dead  # the server went away
            outage = [await poller.cycle() for _ in range(2)]
            assert all(r.database_error for r in outage) and outage[-1].pending == 8 and outage[-1].dropped == 0
            poller.writer.engine = real_engine  # back
            recovered = await poller.cycle()
            assert recovered.database_error is None and recovered.written == 12 and recovered.pending == 0
            poller.roles.release()
            dead.dispose()

    asyncio.run(scenario())
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(TelemetrySample)) == 16  # 4 cycles × 4, none lost


def test_miners_curtailed_to_a_preset_are_judged_against_their_planned_hashrate(session_factory) -> None:
    from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, MinerModel
    from hashinsight_desktop.services.catalogue import load_shipped_catalogue
    from hashinsight_desktop.services.permissions import SYSTEM

    people = make_people(session_factory)

    async def scenario() -> None:
        async with SimulatedFarm(4, bind=loopback_network(), mix=["Antminer S19 Pro"], seed=5, warmup_s=0) as farm:
            with unit_of_work(session_factory) as session:
                load_shipped_catalogue(session, SYSTEM)
                model_id = session.scalar(select(MinerModel.id).where(MinerModel.name == "Antminer S19 Pro"))
                miners = add_miners(
                    session,
                    people.owner,
                    people.site_id,
                    [NewMiner(ip_address=h, port=p, model_id=model_id) for h, p in farm.targets],
                )
                plan = CurtailmentPlan(
                    site_id=people.site_id, name="peak", state="executed", target_kw=3.0, created_by="owner", options={}
                )
                session.add(plan)
                session.flush()
                for miner in miners[:2]:  # the plan told these two to run at 50 %
                    session.add(
                        CurtailmentItem(
                            plan_id=plan.id, miner_id=miner.id, miner_name=miner.name, host=miner.ip_address,
                            port=miner.port, level="preset", power_pct=50, full_power_w=3250.0,
                            full_hashrate_ths=110.0, level_power_w=1625.0, level_hashrate_ths=61.0,
                            state="confirmed",
                        )
                    )  # fmt: skip
                hosts = {m.id: m.ip_address for m in miners}
            for simulated in farm.simulated:  # all four run at half power; two of them unplanned
                simulated.set_power_pct(50)
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST)
            await poller.cycle()
            poller.roles.release()
            with session_factory() as session:
                alerted = {
                    hosts[a.miner_id] for a in session.scalars(select(Alert).where(Alert.kind == "hashrate_drop"))
                }
            assert alerted == {m.ip_address for m in miners[2:]}

    asyncio.run(scenario())


def test_a_miner_whose_plan_command_failed_is_judged_as_the_full_power_miner_it_is(session_factory) -> None:
    from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan

    people = make_people(session_factory)

    async def scenario() -> None:
        # Both hash with a dead board; neither has taken a sleep command.
        faults = {"deadboard": 100}
        async with SimulatedFarm(
            2, bind=loopback_network(), mix=["Antminer S19 Pro"], faults=faults, warmup_s=0
        ) as farm:
            with unit_of_work(session_factory) as session:
                miners = add_miners(session, people.owner, people.site_id, [NewMiner(h, p) for h, p in farm.targets])
                plan = CurtailmentPlan(
                    site_id=people.site_id, name="Peak", state="executed", target_kw=3.0, created_by="owner"
                )
                session.add(plan)
                session.flush()
                for miner, state in zip(miners, ("failed", "accepted"), strict=True):
                    session.add(
                        CurtailmentItem(
                            plan_id=plan.id, miner_id=miner.id, miner_name=miner.name, host=miner.ip_address,
                            port=miner.port, level="sleep", full_power_w=3250.0, full_hashrate_ths=110.0,
                            level_power_w=10.0, level_hashrate_ths=0.0, state=state,
                        )
                    )  # fmt: skip
                hosts = {m.id: m.ip_address for m in miners}
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST)
            await poller.cycle()
            poller.roles.release()
            with session_factory() as session:
                alerted = {hosts[a.miner_id] for a in session.scalars(select(Alert).where(Alert.kind == "dead_board"))}
            # The refused sleep leaves a hashing miner with a dead board: alerted. The pending one may be
            # going to sleep: the plan explains it, as before.
            assert alerted == {miners[0].ip_address}

    asyncio.run(scenario())


def test_each_site_is_polled_once_per_tick_by_its_leader_at_the_ticks_start(session_factory) -> None:
    """Two processes' pollers over two sites: one leads (each site a fenced role), the other polls nothing;
    every sample is stamped with its tick's start, a multiple of the interval; each site's tick is one job tick
    of its own, with the epoch, and one telemetry.written event that every console hears."""
    from hashinsight_desktop.db.models import JobTick, OutboxEvent
    from hashinsight_desktop.services.cluster.nodes import this_node

    people = make_people(session_factory)
    interval = 0.2
    reports: dict[str, list[CycleReport]] = {"a": [], "b": []}

    async def scenario() -> None:
        async with SimulatedFarm(4, bind=loopback_network(), seed=6, warmup_s=0) as farm:
            with unit_of_work(session_factory) as session:
                for site_id, targets in ((people.site_id, farm.targets[:3]), (people.other_site_id, farm.targets[3:])):
                    add_miners(session, people.owner, site_id, [NewMiner(ip_address=h, port=p) for h, p in targets])
            pollers = {
                name: TelemetryPoller(
                    session_factory,
                    interval_s=interval,
                    timeouts=FAST,
                    on_cycle=reports[name].append,
                    node=this_node("agent"),
                )
                for name in reports
            }
            for _ in range(3):
                for poller in pollers.values():
                    await poller.cycle()
            for poller in pollers.values():
                await poller.stop()

    asyncio.run(scenario())
    assert [(r.sites, r.polled, r.written) for r in reports["a"]] == [(2, 4, 4)] * 3
    assert [(r.leader, r.polled) for r in reports["b"]] == [(False, 0)] * 3
    with session_factory() as session:
        ticks = session.execute(select(JobTick.job, JobTick.tick_start, JobTick.epoch, JobTick.items)).all()
        samples = session.execute(
            select(TelemetrySample.recorded_at, func.count()).group_by(TelemetrySample.recorded_at)
        )
        events = session.scalars(select(OutboxEvent.entity_id).where(OutboxEvent.topic == "telemetry.written")).all()
    starts = {start for _, start, _, _ in ticks}
    assert len(starts) == 3 and all(round(start.timestamp() * 1e6) % round(interval * 1e6) == 0 for start in starts)
    assert sorted((job, items, epoch) for job, _, epoch, items in ticks) == sorted(
        [(f"poller:{people.site_id}", 3, 1)] * 3 + [(f"poller:{people.other_site_id}", 1, 1)] * 3
    )
    assert dict(samples.all()) == dict.fromkeys(starts, 4)  # each miner once per tick, at the tick's start
    assert sorted(events) == sorted([str(people.site_id)] * 3 + [str(people.other_site_id)] * 3)


def test_ticks_skipped_by_a_late_leader_are_logged_counted_and_shown(session_factory, caplog) -> None:
    """A leader that wakes more than one interval late polls the tick it wakes in: the ticks it let pass are
    logged, counted in its cycle report and said on the tick's row, which the Control room shows."""
    from hashinsight_desktop.db.models import JobTick
    from hashinsight_desktop.services.cluster.status import cluster_status

    people = make_people(session_factory)
    interval = 0.4
    reports: list[CycleReport] = []

    async def scenario() -> None:
        async with SimulatedFarm(2, bind=loopback_network(), seed=7, warmup_s=0) as farm:
            with unit_of_work(session_factory) as session:
                add_miners(
                    session, people.owner, people.site_id, [NewMiner(ip_address=h, port=p) for h, p in farm.targets]
                )
            poller = TelemetryPoller(session_factory, interval_s=interval, timeouts=FAST, on_cycle=reports.append)
            await poller.cycle()
            await poller.cycle()
            await asyncio.sleep(3 * interval)  # a loaded machine: the loop wakes the poller late
            await poller.cycle()
            await poller.stop()

    with caplog.at_level("WARNING", logger="hashinsight_desktop.workers.telemetry_poller"):
        asyncio.run(scenario())
    with session_factory() as session:
        ticks = session.execute(select(JobTick.tick_start, JobTick.detail).order_by(JobTick.tick_start)).all()
        job = next(j for j in cluster_status(session, people.owner).jobs if j.job.startswith("poller:"))
    assert len(ticks) == len(reports) == 3
    gaps = [round((b - a).total_seconds() / interval) - 1 for (a, _), (b, _) in pairwise(ticks)]
    assert [r.skipped for r in reports] == [0, *gaps] and gaps[-1] >= 2  # counted as the rows' gaps show
    late = reports[-1]
    assert f"{late.skipped} tick(s) skipped before this one: this process was late" in late.describe()
    assert ticks[-1].detail == job.detail == f"{late.skipped} ticks skipped before it: the poller was late"
    assert f"poller late: {late.skipped} tick(s) skipped" in caplog.text
