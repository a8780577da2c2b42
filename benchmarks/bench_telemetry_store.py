"""Telemetry storage on PostgreSQL: bulk write rate, the miner-detail query, roll-ups, site KPIs.

    .venv/bin/python benchmarks/bench_telemetry_store.py [--miners 10000] [--samples 1440]
        [--streams 2] [--queries 50] [--server-url postgresql://USER:PW@HOST:PORT/postgres]

Without --server-url it starts a throwaway PostgreSQL cluster (tests/support/pg_cluster) and deletes
it afterwards; with one, it creates and drops a scratch database on that server. Targets (issue 4):
>= 200,000 rows/s written, < 20 ms for a miner's 24-hour detail series at 10,000 miners x 1,440 samples;
issue 11: the 24-hour miner detail p95 <= 5 ms (printed beside a plain indexed SELECT of the same rows) and
write_samples >= 250,000 rows/s into the indexed table (binary COPY).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.pg_cluster

from sqlalchemy import insert, text

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import Alert, Miner, Site
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.cgminer.sample import HASHING, OFFLINE
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import SYSTEM, Principal, Role
from hashinsight_desktop.services.telemetry.buffer import SampleBuffer
from hashinsight_desktop.services.telemetry.kpis import site_kpis
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, apply_retention, roll_up, roll_up_recent
from hashinsight_desktop.services.telemetry.series import miner_detail_series, miner_series
from hashinsight_desktop.services.telemetry.writer import TelemetryWriter
from tests.support.pg_cluster import throwaway_cluster

START = datetime(2026, 3, 1, tzinfo=UTC)
SCRATCH_DB = "bench_telemetry"


@contextlib.contextmanager
def scratch_database(server_url: str | None) -> Iterator[Database]:
    with contextlib.ExitStack() as stack:
        server = server_url or stack.enter_context(throwaway_cluster())
        admin = make_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {SCRATCH_DB}"))
        db = open_database(server.rsplit("/", 1)[0] + f"/{SCRATCH_DB}")
        try:
            yield db
        finally:
            db.close()
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)"))
            admin.dispose()


def make_fleet(db: Database, miners: int) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Four sites (40/30/20/10 % of the miners); returns (site ids, miner ids)."""
    sites = [Site(name=f"Site {i + 1}") for i in range(4)]
    with db.session_factory.begin() as session:
        session.add_all(sites)
        session.flush()
        site_ids = [s.id for s in sites]
    edges = [0.4, 0.7, 0.9]  # cumulative shares of the first three sites
    rows = [
        {
            "id": uuid.uuid4(),
            "site_id": site_ids[sum(1 for edge in edges if i >= edge * miners)],
            "name": f"m{i}",
            "ip_address": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}",
        }
        for i in range(miners)
    ]
    with db.engine.begin() as connection:
        connection.execute(insert(Miner), rows)
    return site_ids, [row["id"] for row in rows]


def poll_rows(miner_ids: list[uuid.UUID], at: datetime, rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    for miner_id in miner_ids:
        if rng.random() < 0.01:
            rows.append((miner_id, at, OFFLINE, None, None, None, None))
        else:
            rows.append(
                (
                    miner_id,
                    at,
                    HASHING,
                    round(rng.uniform(180.0, 205.0), 2),
                    round(rng.uniform(3300.0, 3600.0), 1),
                    round(rng.uniform(60.0, 82.0), 1),
                    rng.randrange(3800, 6000),
                )
            )
    return rows


def plain_rollup_select(session: Any, miner_id: uuid.UUID, now: datetime) -> None:
    """What the detail query is compared with: its roll-up rows by the index, nothing else."""
    session.connection().exec_driver_sql(
        "SELECT bucket_start, hashrate_ths_avg, power_w_avg, max_chip_temp_c, fan_rpm_max FROM telemetry_rollups "
        "WHERE miner_id = %(m)s AND resolution_s = 300 AND bucket_start >= %(s)s ORDER BY bucket_start",
        {"m": miner_id, "s": now - timedelta(hours=24)},
    ).fetchall()


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def describe_ms(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms, max {ordered[-1]:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--miners", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=1_440, help="polls per miner, one a minute")
    parser.add_argument("--polls-per-write", type=int, default=10, help="polls per write_samples call")
    parser.add_argument("--streams", type=int, default=2, help="connections writing at once (after the first tenth)")
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--server-url")
    args = parser.parse_args()
    rng = random.Random(7)

    with scratch_database(args.server_url) as db:
        with db.engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
        print(f"PostgreSQL {version}; {args.miners:,} miners x {args.samples:,} samples")
        site_ids, miner_ids = make_fleet(db, args.miners)

        # 1. Bulk write through db.telemetry_store.write_samples (COPY), one call per N polls:
        #    a twentieth as polled (time, then miner), a twentieth sorted by miner first (what
        #    TelemetryWriter does before its COPY; the sort is timed too), the rest as polled on
        #    --streams connections at once (the layout a poller flushing every poll leaves, which
        #    the queries below then read).
        templates = [poll_rows(miner_ids, START, rng) for _ in range(16)]  # values reused, times set per poll

        def chunk(first: int) -> list[tuple[Any, ...]]:
            rows = []
            for n in range(first, min(args.samples, first + args.polls_per_write)):
                at = START + timedelta(minutes=n)
                rows.extend([(r[0], at, *r[2:]) for r in templates[n % len(templates)]])
            return rows

        def write_sorted(first: int) -> tuple[int, float]:
            rows = chunk(first)
            started = time.perf_counter()
            rows.sort(key=lambda row: row[0].int)
            return write_samples(db.engine, rows), time.perf_counter() - started

        def write_as_polled(first: int) -> tuple[int, float]:
            rows = chunk(first)
            started = time.perf_counter()
            return write_samples(db.engine, rows), time.perf_counter() - started

        def report(label: str, results: list[tuple[int, float]], wall_s: float | None = None) -> None:
            rows, busy_s = sum(r[0] for r in results), wall_s or sum(r[1] for r in results)
            print(f"write_samples, {label}: {rows:,} rows in {busy_s:.1f} s = {rows / busy_s:,.0f} rows/s")

        starts = list(range(0, args.samples, args.polls_per_write))
        twentieth = max(1, len(starts) // 20)
        print(f"write_samples: {args.polls_per_write * args.miners:,} rows per call (target >= 250,000 rows/s)")
        report("one connection, rows as polled", [write_as_polled(f) for f in starts[:twentieth]])
        report("one connection, sorted by miner", [write_sorted(f) for f in starts[twentieth : 2 * twentieth]])
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.streams) as pool:
            results = list(pool.map(write_as_polled, starts[2 * twentieth :]))
        report(f"{args.streams} connection(s) at once, as polled, the rest", results, time.perf_counter() - started)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE telemetry_samples"))
            size = connection.execute(text("SELECT pg_size_pretty(pg_total_relation_size('telemetry_samples'))"))
            print(f"telemetry_samples: {size.scalar()} with indexes")

        # 2. One poll as the poller writes it: samples + latest states in one transaction.
        now = START + timedelta(minutes=args.samples)
        buffer = SampleBuffer()
        writer = TelemetryWriter(db.engine, buffer)
        flush_ms = []
        for n in range(3):
            at = now + timedelta(minutes=n)
            rows = poll_rows(miner_ids, at, rng)
            states = [
                {"miner_id": r[0], "polled_at": at, "status": r[2], "hashrate_ths": r[3], "power_w": r[4]} for r in rows
            ]
            buffer.add(rows, states)
            started = time.perf_counter()
            result = writer.flush()
            flush_ms.append((time.perf_counter() - started) * 1000)
            assert result.ok, result.error
        best = min(flush_ms)
        print(
            f"TelemetryWriter.flush of one poll ({args.miners:,} samples + {args.miners:,} states, one "
            f"transaction): best {best:.0f} ms = {2 * args.miners / best * 1000:,.0f} rows/s"
        )
        now += timedelta(minutes=2)

        # 3. The miner-detail query (24 hours), for different miners each time.
        sample = rng.sample(miner_ids, args.queries)
        picks = iter(sample * 3)
        with db.session_factory() as session:

            def detail() -> None:
                series = miner_detail_series(session, SYSTEM, next(picks), now)
                assert not series.fallback and series.points

            times = timed(detail, args.queries)
            print(f"miner detail 24 h, no roll-ups yet (raw samples bucketed on the fly): {describe_ms(times)}")

            def raw_day() -> None:
                series = miner_series(session, SYSTEM, next(picks), window=timedelta(hours=6), now=now)
                assert series.points

            print(f"miner series 6 h, raw samples (360 rows): {describe_ms(timed(raw_day, args.queries))}")

        # Roll-ups as the maintenance job writes them (every 5 minutes, all miners at once), so that
        # a miner's buckets lie scattered over the table as they will in use.
        five_ms, five_rows = [], 0
        for minutes in range(0, args.samples, 5):
            upto = START + timedelta(minutes=minutes + 5)
            started = time.perf_counter()
            five_rows += roll_up(db.engine, resolution_s=FIVE_MINUTES, since=upto - timedelta(minutes=5), until=upto)
            five_ms.append((time.perf_counter() - started) * 1000)
        print(f"roll_up 5-minute, one run per 5 minutes ({five_rows:,} rows): {describe_ms(five_ms)} per run")
        hour_ms, hour_rows = [], 0
        for hours in range(0, args.samples // 60):
            upto = START + timedelta(hours=hours + 1)
            started = time.perf_counter()
            hour_rows += roll_up(db.engine, resolution_s=HOUR, since=upto - timedelta(hours=1), until=upto)
            hour_ms.append((time.perf_counter() - started) * 1000)
        if hour_ms:
            print(f"roll_up hourly, one run per hour ({hour_rows:,} rows): {describe_ms(hour_ms)} per run")
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("ANALYZE telemetry_rollups"))

        picks = iter(sample * 3)
        with db.session_factory() as session:
            timed(detail, 5)  # warm: the first executions are parsed, then psycopg prepares them
            times = timed(detail, args.queries)
            plain = timed(lambda: plain_rollup_select(session, next(picks), now), args.queries)
        print(f"miner detail 24 h, from 5-minute roll-ups + raw tail: {describe_ms(times)}  (target p95 <= 5 ms)")
        print(f"  a plain indexed SELECT of the same roll-up rows (no tail, no objects): {describe_ms(plain)}")

        recent_ms = timed(lambda: roll_up_recent(db.engine, now), 5)
        print(f"roll_up_recent (the maintenance job's run: last 30 min + the hour): {describe_ms(recent_ms)}")
        started = time.perf_counter()
        again = roll_up(db.engine, resolution_s=FIVE_MINUTES, since=START, until=now)
        catch_up_s = time.perf_counter() - started
        print(f"roll_up 5-minute over the whole day again (a catch-up, {again:,} rows): {catch_up_s:.1f} s")

        # 4. Site KPIs: latest states are in miner_states; open alerts on 2 % of the miners.
        with db.session_factory.begin() as session:
            session.execute(
                insert(Alert),
                [
                    {
                        "id": uuid.uuid4(),
                        "miner_id": m,
                        "site_id": site_ids[0],
                        "kind": "over_temperature",
                        "severity": "warning",
                        "message": "hot",
                        "raised_at": now,
                    }
                    for m in rng.sample(miner_ids[: int(args.miners * 0.4)], args.miners // 50)
                ],
            )
        manager = Principal(uuid.uuid4(), "manager", Role.SITE_MANAGER, frozenset({site_ids[1]}))
        with db.session_factory() as session:
            kpis = site_kpis(session, SYSTEM, None)
            times = timed(lambda: site_kpis(session, SYSTEM, None), 20)
            print(f"site KPIs (owner, {len(kpis)} sites): {describe_ms(times)}")
            print(
                f"site KPIs (site manager, 1 site): {describe_ms(timed(lambda: site_kpis(session, manager, None), 20))}"
            )
        for k in kpis:
            jth = f"{k.j_per_th:.1f}" if k.j_per_th is not None else "-"
            print(
                f"  {k.site_name}: {k.hashrate_ths / 1000:,.1f} PH/s, {k.power_kw / 1000:,.2f} MW, {jth} J/TH, "
                f"online {k.online:,}, offline {k.offline:,}, alerting {k.alerting:,}, total {k.total:,}"
            )

        # 5. Retention as the maintenance job runs it (hourly): 30 days later the first hour goes;
        #    an hour after that, again one hour; a run with nothing to delete costs the index descents.
        for label, hours in (("first hour due", 1), ("next hour due", 2), ("nothing due", 2)):
            started = time.perf_counter()
            result = apply_retention(db.engine, now=START + timedelta(days=30, hours=hours))
            print(f"apply_retention, {label}: {result.raw_deleted:,} raw rows in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
