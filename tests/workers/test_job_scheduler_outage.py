"""The job scheduler across a real database outage (PostgreSQL stopped for several intervals): no claim while
it is gone, the loop survives, and when it is back the job runs once for the current tick, not once per missed
tick."""

from __future__ import annotations

import asyncio
import threading
import time

from hashinsight_desktop.services.cluster.ticks import Tick
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.workers.job_scheduler import JobScheduler
from tests.support.loop_thread import loop_thread
from tests.support.pg_cluster import ThrowawayServer
from tests.support.restartable_pg import _restartable_cluster, restartable_database, restartable_server

__all__ = ["_restartable_cluster", "restartable_database", "restartable_server"]
INTERVAL_S = 0.3


def test_a_database_outage_of_many_intervals_is_caught_up_once(
    restartable_database: str, restartable_server: ThrowawayServer
) -> None:
    database = open_database(restartable_database, source="test", run_migrations=False)
    runs: list[tuple[float, Tick]] = []

    async def record(tick: Tick) -> int:
        runs.append((time.time(), tick))
        return 1

    scheduler = JobScheduler(database.session_factory)
    scheduler.add("rollups", INTERVAL_S, record)
    stop = threading.Event()

    async def until_stopped() -> bool:
        task = asyncio.create_task(scheduler.run())
        while not stop.is_set():
            await asyncio.sleep(0.05)
        survived = not task.done()  # the outage did not end the scheduler
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return survived

    with loop_thread() as thread:
        running = thread.submit(until_stopped())
        try:
            time.sleep(1.5)
            restartable_server.stop("fast")
            down_at = time.time()
            time.sleep(8 * INTERVAL_S)  # an outage of 8 ticks
            # Taken before the start: the server accepts (and the job may run) before pg_ctl's process returns,
            # which on a busy machine is a good part of a second later (seen in CI: a run "during the outage").
            up_at = time.time()
            restartable_server.start()
            time.sleep(1.5)
            end_at = time.time()
        finally:
            stop.set()
            survived = running.result(10)
            database.close()
    assert survived
    starts = [tick.start for _, tick in runs]
    assert len(starts) == len(set(starts))  # no tick twice
    # Nothing claimed while it was gone: a tick claimed just before the stop may still run late on a busy machine.
    assert [ran for ran, tick in runs if down_at + 0.1 < ran < up_at and tick.start.timestamp() > down_at] == []
    after = [tick for ran, tick in runs if ran >= up_at]
    assert after and after[0].missed >= 6  # one run caught the outage up ...
    assert all(tick.missed == 0 for tick in after[1:])  # ... then one run per tick again, not one per missed tick
    assert len(after) <= (end_at - up_at) / INTERVAL_S + 2
