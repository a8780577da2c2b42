"""Telemetry through a crash of the database server (``pg_ctl stop -m immediate``, then start): every batch the
writer was told is committed is there after the restart, none partly, none twice; the writer and the poller
reconnect by themselves, and the poller's batches buffered under its lease meanwhile are written, still fenced.

PostgreSQL only (a server the test stops and starts: its own, tests/support/restartable_pg.py)."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select, text

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import JobTick, Miner, Site, TelemetrySample
from hashinsight_desktop.services.cgminer import Timeouts
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.cluster.nodes import this_node
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.telemetry.buffer import SampleBuffer, TickFence
from hashinsight_desktop.services.telemetry.writer import FlushResult, TelemetryWriter
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.workers.telemetry_poller import CycleReport, TelemetryPoller
from tests.simulator.loopback import loopback_network
from tests.support.pg_cluster import ThrowawayServer
from tests.support.restartable_pg import _restartable_cluster, restartable_server

__all__ = ["_restartable_cluster", "restartable_server"]
T0 = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)


def durable_database(server: ThrowawayServer) -> Database:
    """The test clusters run with synchronous_commit off for speed, which a crash may cost a commit's last
    200 ms: this database commits as a production one does (the writer's acknowledgement means on disk)."""
    admin = make_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("ALTER DATABASE postgres SET synchronous_commit = on"))
    admin.dispose()
    return open_database(server.url, source="test")


def add_site(database: Database, miners: int, hosts: list[str] | None = None) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A site of ``miners`` miners at ``hosts`` (default: loopback addresses nothing listens on; only written to)."""
    site_id = uuid.uuid4()
    ids = [uuid.uuid4() for _ in range(miners)]
    with database.session_factory.begin() as session:
        session.add(Site(id=site_id, name=f"Crash {site_id.hex[:8]}"))
        session.flush()
        rows = [
            {
                "id": miner,
                "site_id": site_id,
                "name": f"m{n}",
                "ip_address": hosts[n] if hosts else f"127.254.{n // 250}.{n % 250 + 1}",
            }
            for n, miner in enumerate(ids)
        ]
        session.execute(insert(Miner), rows)
    return site_id, ids


def samples_per_tick(database: Database, miners: list[uuid.UUID]) -> dict[datetime, tuple[int, int]]:
    """recorded_at -> (samples, distinct miners) of these miners."""
    with database.session_factory() as session:
        rows = session.execute(
            select(TelemetrySample.recorded_at, func.count(), func.count(func.distinct(TelemetrySample.miner_id)))
            .where(TelemetrySample.miner_id.in_(miners))
            .group_by(TelemetrySample.recorded_at)
        )
        return {at: (n, distinct) for at, n, distinct in rows}


def written_ticks(database: Database, job: str) -> set[datetime]:
    with database.session_factory() as session:
        return set(session.scalars(select(JobTick.tick_start).where(JobTick.job == job, JobTick.outcome == "ok")))


def wait_for(what: str, condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_a_crash_during_writes_keeps_every_acknowledged_batch_whole_and_the_writer_reconnects(
    restartable_server: ThrowawayServer,
) -> None:
    database = durable_database(restartable_server)
    site_id, miners = add_site(database, 5_000)  # a batch's COPY + upsert takes a while: the crash lands in one
    role_name = f"poller:{site_id}"
    role = FencedRole(database.engine, role_name, this_node("agent"), lease_s=120)
    assert role.try_acquire() and role.epoch is not None
    buffer = SampleBuffer()
    writer = TelemetryWriter(database.engine, buffer)
    results: list[FlushResult] = []
    acknowledged: list[datetime] = []  # ticks whose flush came back committed
    stop, writing = threading.Event(), threading.Event()

    def write() -> None:
        added: list[datetime] = []
        while not stop.is_set():
            at = T0 + timedelta(minutes=len(added))
            rows = [(m, at, HASHING, 100.0, 3250.0, 70.0, 4200) for m in miners]
            states = [{"miner_id": m, "polled_at": at, "status": HASHING} for m in miners]
            buffer.add(rows, states, TickFence(role_name, role.epoch or 0, role_name, at, 60.0, role.node.id))
            added.append(at)
            writing.set()
            result = writer.flush()
            writing.clear()
            results.append(result)
            if result.ok:  # every batch added so far is in: written now, or found written already
                acknowledged.extend(added[len(acknowledged) :])
            else:
                time.sleep(0.1)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        wait_for("3 batches written", lambda: len(acknowledged) >= 3)
        wait_for("a write under way", writing.is_set)
        restartable_server.stop("immediate")
        crashed_at = len(results)
        wait_for("a write failing", lambda: any(not r.ok for r in results[crashed_at:]))
        restartable_server.start()
        wait_for("a write after the restart", lambda: any(r.ok for r in results[crashed_at:]))
        back_at = len(results)
        wait_for("two more writes", lambda: len(results) >= back_at + 2)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert buffer.pending == 0 and buffer.dropped == 0

    per_tick = samples_per_tick(database, miners)
    assert set(acknowledged) <= set(per_tick)  # every acknowledged batch is there
    assert set(per_tick.values()) == {(5_000, 5_000)}  # each whole and once: none partial, none twice
    assert set(per_tick) == written_ticks(database, role_name)  # and its tick recorded with it
    assert len(per_tick) == len(acknowledged)  # the batch in flight at the crash too, once
    role.release()
    database.close()


def test_the_poller_writes_on_after_the_server_restarts_and_keeps_what_it_polled_meanwhile(
    restartable_server: ThrowawayServer,
) -> None:
    database = durable_database(restartable_server)
    reports: list[CycleReport] = []

    async def scenario() -> tuple[list[uuid.UUID], datetime, datetime]:
        async with SimulatedFarm(30, bind=loopback_network(), seed=8, warmup_s=0) as farm:
            site_id, miners = add_site(database, 30, [host for host, _ in farm.targets])
            poller = TelemetryPoller(
                database.session_factory,
                site_id=site_id,
                interval_s=0.5,
                lease_s=6.0,  # acting until 3.6 s without a renewal: the outage below is shorter
                timeouts=Timeouts(connect=0.5, deadline=1.5),
                on_cycle=reports.append,
                node=this_node("agent"),
            )
            running = asyncio.create_task(poller.run())
            while sum(r.written for r in reports) < 60:
                await asyncio.sleep(0.05)
            down = datetime.now(UTC)
            await asyncio.to_thread(restartable_server.stop, "immediate")
            while not any(r.database_error for r in reports):
                await asyncio.sleep(0.05)
            await asyncio.to_thread(restartable_server.start)
            up = datetime.now(UTC)
            seen = len(reports)
            while not any(r.database_error is None and r.written for r in reports[seen:]):
                await asyncio.sleep(0.05)
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)
            return miners, down, up

    miners, down, up = asyncio.run(asyncio.wait_for(scenario(), timeout=60))
    per_tick = samples_per_tick(database, miners)
    assert set(per_tick.values()) == {(30, 30)}  # every written tick whole, once
    polled_meanwhile = [at for at in per_tick if down <= at <= up]
    assert polled_meanwhile  # buffered under the lease while the server was down, written when it was back
    database.close()
