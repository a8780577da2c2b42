"""Measuring the difficulty growth over a year of stored snapshots (the calculator does it at start and
at most hourly after, on the GUI thread).

    .venv/bin/python benchmarks/bench_difficulty_trend.py [--rows 35040] [--runs 5]

A year of fetches every 15 minutes is 35,040 difficulty snapshots in a real SQLite file, stepping once a
retarget (14 days) as the network's does. Target: under 500 ms (the machine's 2 shared cores make the
figures noisy: the best run is the one to read).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.calculator.difficulty_trend import measured_growth
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.transaction import unit_of_work

TARGET_MS = 500.0
PER_RETARGET = 14 * 96  # snapshots between two retargets at one fetch per 15 minutes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=35_040)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        now = datetime.now(UTC)
        with unit_of_work(db.session_factory) as session:
            session.add_all(
                MarketSnapshot(
                    quantity="difficulty",
                    value=Decimal(1.2e14 / 1.015 ** (i // PER_RETARGET)),  # 1.5 % a retarget, newest first
                    source="mempool.space",
                    fetched_at=now - timedelta(minutes=15 * i),
                )
                for i in range(args.rows)
            )
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            with db.session_factory() as session:
                growth = measured_growth(session, now)
            times.append((time.perf_counter() - start) * 1000)
        db.close()
    print(f"{args.rows:,} snapshots: {growth.describe()}")
    print(f"measured_growth: best {min(times):.0f} ms, worst {max(times):.0f} ms (target < {TARGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()
