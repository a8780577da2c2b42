"""Audit log throughput: appends per second (each in its own transaction, as user actions are)
and verify speed over the whole chain.

    .venv/bin/python benchmarks/bench_audit.py [--records 5000] [--database-url URL] [--no-head-file] [--templates]

Without --database-url it uses a fresh SQLite file in a temporary folder. Each append also checks the chain's end
(the database's head, and this computer's head file, as the console and commands keep one: --no-head-file leaves
it out, to see what it costs).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from hashinsight_desktop.services import audit, audit_head
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.texts import Template, Text
from hashinsight_desktop.services.transaction import unit_of_work

_SUMMARY = Template("Audit", "created {username} ({role})")  # as services.users writes it


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--database-url")
    parser.add_argument("--no-head-file", action="store_true", help="append without this computer's head file")
    parser.add_argument(
        "--templates", action="store_true", help="summaries as texts (template and parameters stored and hashed)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        db = open_database(url)
        if not args.no_head_file:
            audit_head.watch(db.engine, Path(tmp) / "audit-heads")
        started = time.perf_counter()
        for i in range(args.records):
            with unit_of_work(db.session_factory) as session:
                summary = Text(_SUMMARY, username=f"user{i}", role="operator") if args.templates else f"record {i}"
                audit.append(session, SYSTEM, "bench.append", "bench", i, after={"i": i}, summary=summary)
        append_s = time.perf_counter() - started
        started = time.perf_counter()
        with db.session_factory() as session:
            result = audit.verify(session, SYSTEM)
        verify_s = time.perf_counter() - started
        db.close()
    print(f"engine: {db.kind}")
    print(
        f"append: {args.records} records in {append_s:.2f} s = {args.records / append_s:,.0f} records/s "
        f"({append_s / args.records * 1000:.2f} ms per user action)"
    )
    print(
        f"verify: {result.checked:,} records in {verify_s:.2f} s = {result.checked / verify_s:,.0f} records/s "
        f"-> {result.describe()}"
    )


if __name__ == "__main__":
    main()
