"""A periodic job in a process of its own, for the tests of "once per tick" across processes:

    python -m tests.support.run_ticked_job DATABASE_URL JOB INTERVAL_S RUN_S

Runs ``JOB`` on a JobScheduler for RUN_S seconds; each run writes one row to ``tick_effects`` (the effect the
tests count). Prints "started <epoch s>" once scheduling, "ended <epoch s>" when done.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time

from sqlalchemy import text

from hashinsight_desktop.services.cluster.ticks import Tick
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.workers.job_scheduler import JobScheduler


def main() -> None:
    url, job, interval_s, run_s = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    database = open_database(url, run_migrations=False)

    def effect(tick: Tick) -> int:
        with database.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO tick_effects (tick_start, pid, ran_at, missed) VALUES (:t, :p, :r, :m)"),
                {"t": tick.start.timestamp(), "p": os.getpid(), "r": time.time(), "m": tick.missed},
            )
        return 1

    scheduler = JobScheduler(database.session_factory)
    scheduler.add(job, interval_s, lambda tick: asyncio.to_thread(effect, tick))

    async def run() -> None:
        print(f"started {time.time()}", flush=True)
        with contextlib.suppress(TimeoutError):  # the run's end, as a console quitting
            await asyncio.wait_for(scheduler.run(), run_s)
        print(f"ended {time.time()}", flush=True)

    asyncio.run(run())
    database.close()


if __name__ == "__main__":
    main()
