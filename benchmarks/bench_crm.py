"""CRM at the issue's scale: 50,000 customers, 200,000 activities, 20,000 tickets (plus leads, deals, contacts,
assets): how long the pipeline board and each CRM table take to open (first page + total, < 300 ms) and a
search to answer (< 100 ms), on SQLite and PostgreSQL.

Timed is what the CRM tab does: the table's fetch (ui/crm/*_page.py TableSource.fetch: the service's page and its
total) followed by the Qt table model taking the rows and every visible cell's text being read (as a view paints
them); without the CRM tab's modules, the services alone. Each figure: the first call on a fresh session, then
the median and worst of --repeat more. Seeding uses bulk Core inserts (no audit, no outbox: not what is timed),
then ANALYZE, as autovacuum/analyze would have done on a live database (SQLite: `PRAGMA optimize` is not run by
the app, so SQLite plans without statistics here, as it would for users).

    .venv/bin/python benchmarks/bench_crm.py                 # both engines (a throwaway PostgreSQL cluster)
    .venv/bin/python benchmarks/bench_crm.py --sqlite        # SQLite only
    .venv/bin/python benchmarks/bench_crm.py --customers 5000 --activities 20000 --tickets 2000   # quick

Figures are wall-clock on a shared machine: noisy; compare medians.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.pg_cluster
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Table, insert, text

from hashinsight_desktop.db import models
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.crm import search_terms
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work

OPEN_TARGET_MS, SEARCH_TARGET_MS = 300.0, 100.0
CHUNK = 5000
WORDS = [
    "alpha",
    "bravo",
    "cobalt",
    "delta",
    "ember",
    "falcon",
    "granite",
    "harbor",
    "iron",
    "juniper",
    "kestrel",
    "lumen",
]
SUFFIXES = ("Mining", "Hosting", "Capital", "Digital", "Power", "Labs")
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _bulk(
    db: Database,
    table: Table,
    rows: Iterator[dict[str, Any]],
    kind: str | None = None,
    texts: Callable[[dict[str, Any]], tuple[str | None, ...]] | None = None,
) -> int:
    """Insert ``rows``; with ``kind``, also each row's search words from ``texts(row)`` as the services do."""
    count = 0
    with db.engine.begin() as connection:
        for chunk in _chunks(rows):
            connection.execute(insert(table), chunk)
            count += len(chunk)
            if kind and texts:
                words = [w for row in chunk for w in search_terms.term_rows(kind, row["id"], *texts(row))]
                connection.execute(insert(models.CrmSearchTerm.__table__), words)
    return count


def _entity(i: int, rng: random.Random) -> dict[str, Any]:
    moment = T0 + timedelta(minutes=i * 7 + rng.randrange(7))
    return {"id": uuid.uuid4(), "created_at": moment, "updated_at": moment, "version": 1}


def seed(db: Database, sizes: argparse.Namespace) -> dict[str, Any]:
    """The people (an owner, sales staff, one customer login) and bulk rows of every CRM table."""
    rng = random.Random(14)
    with unit_of_work(db.session_factory) as session:
        owner = auth.create_first_owner(session, "owner", "bench password 1")
        staff = [
            users.create_user(session, owner, username=f"sales{i}", password="bench password 1", role=Role.ADMIN).id
            for i in range(8)
        ]
    customers = [
        {
            **_entity(i, rng),
            "name": f"Customer {i:05d} {rng.choice(WORDS).title()} {rng.choice(SUFFIXES)}",
            "company": f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {rng.choice(SUFFIXES)} Ltd",
            "contact_email": f"ops{i}@{rng.choice(WORDS)}.example",
            "phone": f"+1 555 {i:06d}",
            "tax_id": f"US{rng.randrange(10**9):09d}",
            "billing_address": f"{i} {rng.choice(WORDS).title()} Street",
            "notes": "",
        }
        for i in range(sizes.customers)
    ]
    ids = [c["id"] for c in customers]
    started = time.perf_counter()
    customer_words = search_terms.customer_texts
    counts = {
        "customers": _bulk(
            db, models.Customer.__table__, iter(customers), "customer",
            lambda c: customer_words(c["name"], c["company"], c["contact_email"], c["phone"], c["tax_id"]),
        )
    }  # fmt: skip
    counts["customer_tags"] = _bulk(
        db,
        models.CustomerTag.__table__,
        ({"customer_id": cid, "tag": tag} for cid in ids for tag in rng.sample(["vip", "colo", "gold", "pilot"], 1)),
    )
    counts["customer_contacts"] = _bulk(
        db,
        models.CustomerContact.__table__,
        (
            {**_entity(i, rng), "customer_id": cid, "name": f"Contact {i}", "email": f"c{i}@x.example",
             "phone": "", "role": "primary", "is_billing": True}
            for i, cid in enumerate(ids)
        ),
    )  # fmt: skip
    assets = [
        {**_entity(i, rng), "customer_id": ids[i % len(ids)], "serial": f"SN{i:08d}", "model": "APC PDU",
         "purchase_date": date(2023, 1, 1) + timedelta(days=i % 700), "warranty_end": date(2026, 1, 1)
         + timedelta(days=i % 700), "location": f"Rack {i % 400}", "miner_id": None}
        for i in range(sizes.assets)
    ]  # fmt: skip
    counts["customer_assets"] = _bulk(
        db, models.CustomerAsset.__table__, iter(assets), "asset", lambda a: (a["serial"], a["model"], a["location"])
    )
    own = ids[0]
    if hasattr(models, "Lead"):
        lead_stages = ("new", "contacted", "qualified", "won", "lost")
        counts["leads"] = _bulk(
            db,
            models.Lead.__table__,
            (
                {**_entity(i, rng), "title": f"Lead {i} {rng.choice(WORDS)}", "company": f"Prospect {i}",
                 "contact_name": "", "source": "web", "value_estimate": Decimal(rng.randrange(1000, 90000)),
                 "owner_id": rng.choice(staff), "status": rng.choice(lead_stages), "next_step": ""}
                for i in range(sizes.leads)
            ),
            "lead", lambda r: (r["title"], r["company"], r["contact_name"], r.get("email"), r.get("phone")),
        )  # fmt: skip
        deal_stages = ("draft", "pending", "approved", "signed", "completed", "lost")
        counts["deals"] = _bulk(
            db,
            models.Deal.__table__,
            (
                {**_entity(i, rng), "title": f"Deal {i} {rng.choice(WORDS)}", "customer_id": rng.choice(ids),
                 "owner_id": rng.choice(staff), "stage": rng.choice(deal_stages),
                 "value": Decimal(rng.randrange(1000, 500000)), "commission_rate_pct": Decimal("2.5")}
                for i in range(sizes.deals)
            ),
            "deal", lambda r: (r["title"],),
        )  # fmt: skip
        kinds = ("call", "email", "meeting", "note", "task")
        counts["activities"] = _bulk(
            db,
            models.Activity.__table__,
            (
                {**_entity(i, rng), "kind": (kind := rng.choice(kinds)), "subject_kind": "customer",
                 "subject_id": (cid := own if i % 1000 == 0 else rng.choice(ids)), "customer_id": cid,
                 "owner_id": rng.choice(staff), "title": f"{kind} {rng.choice(WORDS)} {i}", "body": "",
                 "due_at": T0 + timedelta(days=rng.randrange(900)) if kind == "task" else None,
                 "done_at": None if kind == "task" and rng.random() < 0.3 else T0}
                for i in range(sizes.activities)
            ),
            "activity", lambda r: (r["title"],),
        )  # fmt: skip
    if hasattr(models, "Ticket"):
        states = ("open", "in_progress", "waiting", "resolved", "closed")
        counts["tickets"] = _bulk(
            db,
            models.Ticket.__table__,
            (
                {**_entity(i, rng), "number": i + 1, "customer_id": own if i % 500 == 0 else rng.choice(ids),
                 "subject": (subject := f"Miner {rng.choice(WORDS)} offline {i}"), "subject_key": subject.lower(),
                 "description": "", "priority": rng.choice(("low", "normal", "high", "urgent")),
                 "status": rng.choice(states), "opened_by": "owner", "opened_at": T0 + timedelta(minutes=i * 13),
                 "response_breached": False, "resolution_breached": False}
                for i in range(sizes.tickets)
            ),
            "ticket", lambda r: (r["subject"],),
        )  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
        counts["search words"] = connection.execute(text("SELECT count(*) FROM crm_search_terms")).scalar_one()
    print(f"  seeded in {time.perf_counter() - started:.1f} s: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    with unit_of_work(db.session_factory) as session:
        login = users.create_user(
            session, owner, username="acme", password="bench password 1", role=Role.CUSTOMER, customer_id=own
        )
        customer = auth.principal_for(login)
    staff_principal = Principal(user_id=staff[0], username="sales0", role=Role.ADMIN)
    return {"owner": staff_principal, "customer": customer, "own": own, "customers": customers}


def _timed(db: Database, call: Callable[[Any], Any], repeat: int) -> tuple[float, float, float, Any]:
    """First call, median and worst of ``repeat`` more, in ms, each on a fresh session (as a table's read)."""
    times, result = [], None
    for _ in range(repeat + 1):
        with db.session_factory() as session:
            started = time.perf_counter()
            result = call(session)
            times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:]), max(times[1:]), result


def _table_call(source: Any, principal: Principal, **query: Any) -> Callable[[Any], Any]:
    """The CRM tab opening a table: its fetch, then the Qt model filled and every cell's text read."""
    from hashinsight_desktop.ui.crm.paged_model import PagedTableModel
    from hashinsight_desktop.ui.crm.paged_query import TableQuery

    model = PagedTableModel(source.columns)
    wanted = TableQuery(**{"order_by": source.default_order, "descending": source.default_descending, **query})

    def call(session: Any) -> Any:
        page = source.fetch(session, principal, wanted)
        model.set_rows(page.rows)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        return page.total

    return call


def scenarios(people: dict[str, Any]) -> list[tuple[str, float, Callable[[Any], Any]]]:
    """(what, target ms, call) for every table, its search, the pipeline board and the customer's own view."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    owner, customer = people["owner"], people["customer"]
    probe = people["customers"][len(people["customers"]) // 2]
    name_part = probe["name"].split()[1]  # "Customer 04711 …" -> "04711"
    runs: list[tuple[str, float, Callable[[Any], Any]]] = []
    try:
        from hashinsight_desktop.ui.crm.customer_sections import assets_source
        from hashinsight_desktop.ui.crm.customers_page import CUSTOMERS
    except ImportError as exc:  # the CRM tab's modules are not there: the services alone
        print(f"  (CRM tab modules not importable: {exc}; timing the services only)")
        return _service_scenarios(owner, customer, name_part)
    runs += [
        ("customers: open", OPEN_TARGET_MS, _table_call(CUSTOMERS, owner)),
        ("customers: search name", SEARCH_TARGET_MS, _table_call(CUSTOMERS, owner, search=name_part)),
        ("customers: search e-mail", SEARCH_TARGET_MS,
         _table_call(CUSTOMERS, owner, search=probe["contact_email"])),
        ("customers: tag filter", OPEN_TARGET_MS, _table_call(CUSTOMERS, owner, filters={"tag": "gold"})),
        ("customers: sort newest first", OPEN_TARGET_MS,
         _table_call(CUSTOMERS, owner, order_by="created_at", descending=True)),
        ("customers: sort company desc", OPEN_TARGET_MS,
         _table_call(CUSTOMERS, owner, order_by="company", descending=True)),
        ("assets: open", OPEN_TARGET_MS, _table_call(assets_source(None), owner)),
        ("assets: sort model desc", OPEN_TARGET_MS,
         _table_call(assets_source(None), owner, order_by="model", descending=True)),
        ("assets: search serial", SEARCH_TARGET_MS, _table_call(assets_source(None), owner, search="SN0000471")),
    ]  # fmt: skip
    for module, source_name, search in (
        ("leads_page", "LEADS", "prospect 471"),
        ("deals_page", "DEALS", "deal 471"),
        ("activities_page", "ACTIVITIES", "cobalt 4711"),
        ("tickets_page", "TICKETS", "offline 4711"),
    ):
        try:
            source = getattr(__import__(f"hashinsight_desktop.ui.crm.{module}", fromlist=[source_name]), source_name)
        except (ImportError, AttributeError) as exc:
            print(f"  ({source_name.lower()}: not timed, {exc})")
            continue
        table = source_name.lower()
        runs.append((f"{table}: open", OPEN_TARGET_MS, _table_call(source, owner)))
        runs.append((f"{table}: search", SEARCH_TARGET_MS, _table_call(source, owner, search=search)))
    try:
        from hashinsight_desktop.services.crm.deals import pipeline_board

        runs.append(("pipeline board", OPEN_TARGET_MS, lambda s: pipeline_board(s, owner)))
        runs.append(("pipeline board: search", SEARCH_TARGET_MS, lambda s: pipeline_board(s, owner, search="cobalt")))
    except ImportError as exc:
        print(f"  (pipeline board: not timed, {exc})")
    runs += [
        ("customer's own: customers", OPEN_TARGET_MS, _table_call(CUSTOMERS, customer)),
        ("customer's own: assets", OPEN_TARGET_MS, _table_call(assets_source(None), customer)),
    ]
    try:
        from hashinsight_desktop.ui.crm.tickets_page import TICKETS

        runs.append(("customer's own: tickets", OPEN_TARGET_MS, _table_call(TICKETS, customer)))
    except ImportError:
        pass
    return runs


def _service_scenarios(owner: Principal, customer: Principal, name_part: str) -> list[Any]:
    from hashinsight_desktop.services.crm import assets, customers

    def page(principal: Principal, **kw: Any) -> Callable[[Any], Any]:
        return lambda s: (
            customers.list_customers(s, principal, limit=200, **kw),
            customers.count_customers(s, principal, search=kw.get("search")),
        )

    return [
        ("customers: open", OPEN_TARGET_MS, page(owner)),
        ("customers: search name", SEARCH_TARGET_MS, page(owner, search=name_part)),
        ("assets: open", OPEN_TARGET_MS, lambda s: (assets.list_assets(s, owner, limit=200),
                                                     assets.count_assets(s, owner))),
        ("customer's own: customers", OPEN_TARGET_MS, page(customer)),
    ]  # fmt: skip


def run_engine(label: str, url: str, sizes: argparse.Namespace) -> list[str]:
    print(f"\n{label}: {url.rsplit('@', maxsplit=1)[-1]}")
    db = open_database(url, source="bench")
    failures = []
    try:
        people = seed(db, sizes)
        print(f"  {'what':<34} {'first':>8} {'median':>8} {'worst':>8}  target   rows")
        for what, target, call in scenarios(people):
            first, median, worst, result = _timed(db, call, sizes.repeat)
            ok = median < target
            if not ok:
                failures.append(f"{label} {what}: median {median:.0f} ms >= {target:.0f} ms")
            total = result if isinstance(result, int) else "-"
            verdict = "ok " if ok else "NO "
            print(f"  {what:<34} {first:7.1f}  {median:7.1f}  {worst:7.1f}  <{target:>4.0f} {verdict} {total}")
    finally:
        db.close()
    return failures


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-crm-") as folder:
        yield f"sqlite:///{Path(folder) / 'crm.sqlite3'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite only")
    parser.add_argument("--postgresql", action="store_true", help="PostgreSQL only (a throwaway cluster)")
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--assets", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7, help="timed calls after the first")
    sizes = parser.parse_args()
    failures: list[str] = []
    if not sizes.postgresql:
        with sqlite_url() as url:
            failures += run_engine("SQLite", url, sizes)
    if not sizes.sqlite:
        from tests.support.pg_cluster import throwaway_cluster

        with throwaway_cluster() as server:
            failures += run_engine("PostgreSQL", server, sizes)
    print("\n" + ("every target met (medians)" if not failures else "targets missed:\n  " + "\n  ".join(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
