"""One plan's execution in a process of its own, for the tests that kill an executor mid-plan:

    python -m tests.support.run_executor DATABASE_URL PLAN_ID LEASE_S BATCH_INTERVAL_S

Prints "sent batch N" after each batch's results are logged, so a test knows when to kill it.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import uuid

from hashinsight_desktop.services.cgminer import ControlChannel, Timeouts, poll_many
from hashinsight_desktop.services.curtailment.executor import ExecutionProgress, RunOptions, execute_plan
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.permissions import SYSTEM

FAST = Timeouts(connect=0.5, deadline=1.5)


def main() -> None:
    url, plan_id, lease_s, interval_s = sys.argv[1], uuid.UUID(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    database = open_database(url, run_migrations=False)
    options = RunOptions(
        channel=ControlChannel(FAST),
        poll=functools.partial(poll_many, timeouts=FAST),
        reconcile_interval_s=0.1,
        reconcile_deadline_s=2.0,
        batch_interval_s=interval_s,
        lease_s=lease_s,
    )

    def progress(update: ExecutionProgress) -> None:
        if update.phase == "sending" and update.counts.get("accepted", 0) + update.counts.get("confirmed", 0):
            print(f"progress batch {update.batch}: {dict(update.counts)}", flush=True)

    report = asyncio.run(execute_plan(database.session_factory, SYSTEM, plan_id, options, on_progress=progress))
    print(report.describe(), flush=True)


if __name__ == "__main__":
    main()
