"""The job scheduler in one process: a failing job is recorded on its tick and the loop goes on; every
periodic job of the product is registered once and runs on its tick."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import JobTick, RoleLease
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.cluster.ticks import Tick
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
from hashinsight_desktop.workers.job_scheduler import JobScheduler, TickReport
from hashinsight_desktop.workers.periodic_jobs import standard_jobs
from tests.services.analytics import market_replies


def test_a_failing_job_is_recorded_on_its_tick_and_the_next_tick_runs(database: Database) -> None:
    node = uuid.uuid4()
    reports: list[TickReport] = []
    runs: list[Tick] = []

    async def flaky(tick: Tick) -> int:
        runs.append(tick)
        if len(runs) == 1:
            raise RuntimeError("the pool is exhausted")
        return 7

    scheduler = JobScheduler(database.session_factory, node, on_tick=reports.append)
    scheduler.add("flaky", 0.2, flaky)
    with pytest.raises(ValueError, match="already"):
        scheduler.add("flaky", 1, flaky)

    async def run_a_while() -> None:
        task = asyncio.create_task(scheduler.run())
        while len(reports) < 2:
            await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(asyncio.wait_for(run_a_while(), 10))
    assert [r.outcome for r in reports[:2]] == ["failed", "ok"]
    assert reports[0].detail == "RuntimeError: the pool is exhausted" and reports[1].items == 7
    assert reports[1].start > reports[0].start  # the next tick (or a later one, on a machine this busy)
    with database.session_factory() as session:
        rows = {row.tick_start: row for row in session.scalars(select(JobTick).where(JobTick.job == "flaky"))}
    first, second = rows[reports[0].start], rows[reports[1].start]
    assert (first.outcome, first.detail, first.node_id) == ("failed", "RuntimeError: the pool is exhausted", node)
    assert (second.outcome, second.items) == ("ok", 7) and second.duration_ms is not None
    assert second.finished_at is not None and second.finished_at >= second.claimed_at


def test_the_same_tick_runs_once_in_one_process_too(database: Database) -> None:
    scheduler = JobScheduler(database.session_factory)
    scheduler.add("hourly", 3600, lambda _tick: asyncio.sleep(0, result=1))

    async def twice() -> list[TickReport | None]:
        return [await scheduler.run_due("hourly"), await scheduler.run_due("hourly")]

    first, second = asyncio.run(twice())
    assert first is not None and first.outcome == "ok" and second is None


def test_a_fenced_job_runs_only_while_its_role_is_led(database: Database) -> None:
    led: list[tuple[str, int] | None] = [None]
    scheduler = JobScheduler(database.session_factory)
    scheduler.add("poll:site", 3600, lambda _tick: asyncio.sleep(0, result=1), fence=lambda: led[0])
    assert asyncio.run(scheduler.run_due("poll:site")) is None  # not leading: nothing claimed
    now = datetime.now(UTC)
    with unit_of_work(database.session_factory) as session:
        session.add(
            RoleLease(
                role="poller:site",
                epoch=2,
                holder_node_id=uuid.uuid4(),
                lease_s=15,
                acquired_at=now,
                renewed_at=now,
                expires_at=now,
            )
        )
    led[0] = ("poller:site", 1)  # a stale epoch: refused in the claim itself
    assert asyncio.run(scheduler.run_due("poll:site")) is None
    led[0] = ("poller:site", 2)
    report = asyncio.run(scheduler.run_due("poll:site"))
    assert report is not None and report.outcome == "ok"


def test_every_periodic_job_is_registered_and_runs(
    database: Database, secrets: SecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HASHINSIGHT_OFFLINE")  # the market-history job asks the respx-mocked APIs below
    paths = AppPaths.default().ensure()
    context = AppContext(paths, SettingsStore(paths.settings_file), Settings(), database, secrets)
    runner = CurtailmentRunner(database.session_factory, interval_s=15.0)
    scheduler = standard_jobs(context, runner=runner)
    assert {name: job.interval_s for name, job in scheduler.jobs.items()} == {
        "telemetry-rollups": 300.0,
        "telemetry-retention": 3600.0,
        "notifications-prune": 3600.0,
        "job-ticks-prune": 3600.0,
        "telemetry-anomalies": 300.0,
        "billing-reminders": 3600.0,
        "outbox-prune": 3600.0,
        "market-history": 900.0,
        "curtailment-due-plans": 15.0,
    }

    async def each_once() -> list[TickReport | None]:
        return [await scheduler.run_due(name) for name in scheduler.jobs]

    with market_replies.mocked_api():  # the market-history job's public APIs, answered by respx
        reports = asyncio.run(each_once())
    assert [(r.job, r.outcome, r.items) for r in reports if r is not None] == [
        ("telemetry-rollups", "ok", 0),
        ("telemetry-retention", "ok", 0),
        ("notifications-prune", "ok", 0),
        ("job-ticks-prune", "ok", 0),
        ("telemetry-anomalies", "ok", 0),
        ("billing-reminders", "ok", 0),
        ("outbox-prune", "ok", 0),
        ("market-history", "ok", 5),
        ("curtailment-due-plans", "ok", 0),
    ]
    assert "curtailment-due-plans" not in standard_jobs(context).jobs  # no runner: no plans started here


def test_roll_ups_cut_their_windows_on_the_database_clock(database: Database, secrets: SecretStore) -> None:
    """A console whose clock is a day behind still rolls up the last half hour the database has seen."""
    with unit_of_work(database.session_factory) as session:
        site = sites.create_site(session, SYSTEM, name="Clock")
        (miner,) = add_miners(session, SYSTEM, site.id, [NewMiner("127.0.0.1")])
    now = datetime.now(UTC)
    write_samples(
        database.engine, [(miner.id, now - timedelta(minutes=m), HASHING, 100.0, 3000.0, 70.0, 4000) for m in (6, 11)]
    )
    paths = AppPaths.default().ensure()
    a_day_behind = lambda: datetime.now(UTC) - timedelta(days=1)  # noqa: E731
    context = AppContext(paths, SettingsStore(paths.settings_file), Settings(), database, secrets, clock=a_day_behind)
    report = asyncio.run(standard_jobs(context).run_due("telemetry-rollups"))
    assert report is not None and report.outcome == "ok"
    assert report.items >= 2  # two 5-minute buckets (and their hour); none on this machine's clock


def test_a_broken_fence_stops_neither_its_loop_nor_the_other_jobs(database: Database) -> None:
    runs: list[str] = []
    fence_calls = [0]

    def broken_fence() -> tuple[str, int] | None:
        fence_calls[0] += 1
        raise RuntimeError("no lease table")

    async def record(tick: Tick) -> int:
        runs.append(tick.job)
        return 1

    scheduler = JobScheduler(database.session_factory)
    scheduler.add("fenced", 0.1, record, fence=broken_fence)
    scheduler.add("plain", 0.1, record)

    async def run_a_while() -> None:
        task = asyncio.create_task(scheduler.run())
        while runs.count("plain") < 3:
            await asyncio.sleep(0.05)
        assert not task.done()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(asyncio.wait_for(run_a_while(), 10))
    assert "fenced" not in runs and fence_calls[0] >= 2  # tried at every tick, never run
