"""The ticket list's queries at the issue's scale (20,000 tickets of 50,000 customers, with their search words),
on SQLite and a throwaway PostgreSQL: the default page, the open states, searches (subject words, a customer's
name, a T-number), the breach filter, the sorts and a customer's own list. Targets: open < 300 ms, search < 100 ms
(medians). This is the service alone; bench_crm.py times the CRM tab's tables over it.

    .venv/bin/python benchmarks/bench_tickets.py [--sqlite | --postgresql] [--tickets 20000 --customers 50000]

The machine is shared (2 cores, other work running): single figures are noisy, read the medians.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text

from hashinsight_desktop.db import models
from hashinsight_desktop.services.crm import search_terms, tickets
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import Principal, Role

T0 = datetime(2025, 1, 1, tzinfo=UTC)
WORDS = ("cobalt", "fan", "psu", "hashboard", "network", "pool", "overheat", "noise")
CHUNK = 5000
Row = dict[str, Any]


def _insert(
    db: Database, table: Any, kind: str, rows: list[dict[str, Any]], words: Callable[[dict[str, Any]], Any]
) -> None:
    """Rows and their search words, as the services write them (search_terms.term_rows)."""
    with db.engine.begin() as connection:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            connection.execute(insert(table), chunk)
            terms = [t for row in chunk for t in search_terms.term_rows(kind, row["id"], *words(row))]
            connection.execute(insert(models.CrmSearchTerm), terms)


def seed(db: Database, n_customers: int, n_tickets: int) -> uuid.UUID:
    rng = random.Random(7)
    ids = [uuid.uuid4() for _ in range(n_customers)]
    customers: list[Row] = [
        {"id": cid, "name": f"Customer {i:05d} {rng.choice(WORDS)}", "notes": ""} for i, cid in enumerate(ids)
    ]
    _insert(db, models.Customer, "customer", customers, lambda r: (r["name"],))
    rows = []
    for i in range(n_tickets):
        subject, opened = f"Miner {rng.choice(WORDS)} offline {i}", T0 + timedelta(minutes=13 * i)
        due = opened + timedelta(hours=10) if rng.random() < 0.3 else None  # stored SLA due times, some passed
        rows.append({
            "id": uuid.uuid4(), "number": i + 1, "customer_id": ids[0] if i % 500 == 0 else rng.choice(ids),
            "subject": subject, "subject_key": subject.lower(), "description": "", "opened_by": "bench",
            "priority": rng.choice(tickets.PRIORITIES), "status": rng.choice(tickets.TICKET_STATES),
            "opened_at": opened, "created_at": opened, "updated_at": opened, "version": 1,
            "resolution_due_at": due, "response_breached": False, "resolution_breached": False,
        })  # fmt: skip
    _insert(db, models.Ticket, "ticket", rows, lambda r: (r["subject"],))
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return ids[0]


def run_engine(label: str, url: str, sizes: argparse.Namespace) -> list[str]:
    db = open_database(url, source="bench")
    failures: list[str] = []
    try:
        started = time.perf_counter()
        own = seed(db, sizes.customers, sizes.tickets)
        took = time.perf_counter() - started
        seeded = f"{sizes.tickets:,} tickets of {sizes.customers:,} customers seeded in {took:.1f} s"
        print(f"\n{label}: {seeded}; median of {sizes.repeat} calls after a first, 100 rows a page")
        staff = Principal(None, "staff", Role.ADMIN)
        customer = Principal(None, "customer", Role.CUSTOMER, customer_id=own)
        cases: list[tuple[str, Principal, dict[str, Any], float]] = [
            ("open (newest first)", staff, {}, 300),
            ("open, waiting, in progress", staff, {"status": ["open", "in_progress", "waiting"]}, 300),
            ("search subject 'offline 4711'", staff, {"search": "offline 4711"}, 100),
            ("search customer 'customer 0471'", staff, {"search": "customer 0471"}, 100),
            ("search number 'T-4711'", staff, {"search": "T-4711"}, 100),
            ("breached (SLA)", staff, {"breached": True}, 300),
            ("sorted by customer", staff, {"order_by": "customer", "descending": False}, 300),
            ("sorted by priority", staff, {"order_by": "priority"}, 300),
            ("a customer's own", customer, {}, 300),
        ]
        print(f"  {'what':<34} {'first':>8} {'median':>8} {'worst':>8}  target     rows")
        for what, who, query, target in cases:
            times, total = [], 0
            for _ in range(sizes.repeat + 1):
                with db.session_factory() as session:
                    begun = time.perf_counter()
                    total = tickets.list_tickets(session, who, clock=lambda: T0 + timedelta(days=200), **query).total
                    times.append((time.perf_counter() - begun) * 1000)
            median = statistics.median(times[1:])
            ok = median < target
            if not ok:
                failures.append(f"{label} {what}: median {median:.0f} ms >= {target:.0f} ms")
            print(f"  {what:<34} {times[0]:7.1f}  {median:7.1f}  {max(times[1:]):7.1f}  <{target:>4.0f} "
                  f"{'ok ' if ok else 'NO '} {total:>6}")  # fmt: skip
    finally:
        db.close()
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite only")
    parser.add_argument("--postgresql", action="store_true", help="PostgreSQL only (a throwaway cluster)")
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    sizes = parser.parse_args()
    failures: list[str] = []
    if not sizes.postgresql:
        with tempfile.TemporaryDirectory(prefix="bench-tickets-") as folder:
            failures += run_engine("SQLite", f"sqlite:///{Path(folder) / 'tickets.sqlite3'}", sizes)
    if not sizes.sqlite:
        from tests.support.pg_cluster import throwaway_cluster

        with throwaway_cluster() as server:
            failures += run_engine("PostgreSQL", server, sizes)
    print("\n" + ("every target met (medians)" if not failures else "targets missed:\n  " + "\n  ".join(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
