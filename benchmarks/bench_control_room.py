"""What reading the control room costs when its tables are full: the Admin → Control room page reads
``cluster_status`` every 3 s while shown, every console's status bar reads ``own_roles`` every 5 s.

    .venv/bin/python benchmarks/bench_control_room.py [--sites 20] [--days 7] [--sqlite] [--reads 20]

Fills a database (a throwaway PostgreSQL cluster, or with --sqlite one file) with a week of job ticks as the
ticks prune keeps them (each site's poller every 60 s, roll-ups every 5 min, three hourly jobs; 1 % failed),
two consoles and an agent per site, and both roles of each site; then times the two reads. Both run off the GUI
thread; the figure to watch is that a read stays far below the refresh interval. The machine's two cores are
shared with other work: figures are noisy; run it twice.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.pg_cluster

from bench_refresh import database_url  # a throwaway PostgreSQL database, or a SQLite file
from sqlalchemy import insert, text

from hashinsight_desktop.db.models import ClusterNode, JobTick, RoleLease, Site
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster import status
from hashinsight_desktop.services.cluster.ticks import tick_start
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import SYSTEM

HOURLY = ("telemetry-retention", "notifications-prune", "job-ticks-prune")


def fill(database: Database, sites: int, days: int) -> int:
    """Nodes, leases and ``days`` of ticks; returns the number of tick rows."""
    with database.session_factory() as session:
        now = database_now(session)
    consoles = [uuid.uuid4(), uuid.uuid4()]
    node_rows, lease_rows, site_rows, tick_rows = [], [], [], []
    for index, node_id in enumerate(consoles):
        node_rows.append(_node(node_id, "console", f"ops{index}", 1000 + index, None, now))
    for number in range(sites):
        site_id, agent_id = uuid.uuid4(), uuid.uuid4()
        site_rows.append({"id": site_id, "name": f"Site {number:02d}", "timezone": "UTC", "version": 1})
        node_rows.append(_node(agent_id, "agent", f"site{number}", 2000 + number, consoles[number % 2], now))
        for kind in ("poller", "executor"):
            lease_rows.append(
                {
                    "role": f"{kind}:{site_id}",
                    "epoch": 1 + number % 4,
                    "holder_node_id": agent_id,
                    "holder_host": f"site{number}",
                    "holder_pid": 2000 + number,
                    "lease_s": 15.0,
                    "acquired_at": now - timedelta(hours=3),
                    "renewed_at": now,
                    "expires_at": now + timedelta(seconds=15),
                }
            )
        tick_rows += _ticks(f"poll:{site_id}", 60.0, days, now, agent_id)
    tick_rows += _ticks("telemetry-rollups", 300.0, days, now, consoles[0])
    for job in HOURLY:
        tick_rows += _ticks(job, 3600.0, days, now, consoles[1])
    with database.engine.begin() as connection:
        connection.execute(insert(Site), site_rows)
        connection.execute(insert(ClusterNode), node_rows)
        connection.execute(insert(RoleLease), lease_rows)
        for start in range(0, len(tick_rows), 20_000):
            connection.execute(insert(JobTick), tick_rows[start : start + 20_000])
    if database.engine.dialect.name == "postgresql":
        with database.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
    return len(tick_rows)


def _node(
    node_id: uuid.UUID, kind: str, host: str, pid: int, parent: uuid.UUID | None, now: datetime
) -> dict[str, object]:
    return {
        "id": node_id,
        "kind": kind,
        "host": host,
        "pid": pid,
        "username": "ops",
        "version": "0.9.0",
        "parent_id": parent,
        "started_at": now,
        "heartbeat_at": now,
        "listener_lag_ms": 40.0,
    }


def _ticks(job: str, interval_s: float, days: int, now: datetime, node: uuid.UUID) -> list[dict[str, object]]:
    last = tick_start(now, interval_s)
    count = int(days * 86_400 / interval_s)
    rows = []
    for back in range(count):
        start = last - timedelta(seconds=interval_s * back)
        failed = back % 100 == 7
        rows.append(
            {
                "job": job,
                "tick_start": start,
                "interval_s": interval_s,
                "node_id": node,
                "claimed_at": start,
                "finished_at": start + timedelta(milliseconds=80),
                "outcome": "failed" if failed else "ok",
                "duration_ms": 80.0,
                "detail": "timed out" if failed else None,
            }
        )
    return rows


def timed(reads: int, read: Callable[[], None]) -> tuple[float, float]:
    times = []
    for _ in range(reads):
        started = time.perf_counter()
        read()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--reads", type=int, default=20)
    parser.add_argument("--sqlite", action="store_true")
    args = parser.parse_args()
    with database_url(args.sqlite) as url:
        database = open_database(url, create=True)
        rows = fill(database, args.sites, args.days)

        def whole() -> None:
            with database.session_factory() as session:
                seen = status.cluster_status(session, SYSTEM)
            assert len(seen.jobs) == args.sites + 1 + len(HOURLY)

        def own() -> None:
            with database.session_factory() as session:
                status.own_roles(session, "ops0", 1000)

        engine = "SQLite" if args.sqlite else "PostgreSQL"
        print(f"{engine}: {rows:,} job ticks ({args.days} days), {args.sites + 2} nodes, {2 * args.sites} roles")
        median, p95 = timed(args.reads, whole)
        print(f"cluster_status (the page, every 3 s while shown): median {median:.1f} ms, p95 {p95:.1f} ms")
        median, p95 = timed(args.reads, own)
        print(f"own_roles (each status bar, every 5 s):            median {median:.1f} ms, p95 {p95:.1f} ms")
        database.close()


if __name__ == "__main__":
    main()
