"""The sales pipeline's services at the issue's scale (bench_crm's seed: 50,000 customers, 20,000 leads, 20,000
deals, 200,000 activities): the pipeline board, each list's first page with its total, searches, my open tasks,
the dashboard's figures and the commission report, on SQLite and PostgreSQL. bench_crm times the CRM tab's tables
(fetch + Qt model); this times the services alone, including those no table shows.

    .venv/bin/python benchmarks/bench_pipeline.py              # both engines (a throwaway PostgreSQL cluster)
    .venv/bin/python benchmarks/bench_pipeline.py --sqlite     # SQLite only

Figures are wall-clock on a shared 2-core machine: noisy; compare medians.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.pg_cluster, benchmarks.bench_crm

from sqlalchemy import insert, select, text

from benchmarks.bench_crm import OPEN_TARGET_MS, SEARCH_TARGET_MS, _timed, seed, sqlite_url
from hashinsight_desktop.db.models import Activity, CrmSearchTerm, Deal, Lead
from hashinsight_desktop.services.database import Database, open_database


def seed_search_terms(db: Database) -> None:
    """The pipeline's search words, as add_lead/add_deal/add_activity write them (bench_crm seeds only the
    kinds it knows; the ones already there are kept)."""
    from hashinsight_desktop.services.crm.search_terms import term_rows

    sources = (
        ("lead", select(Lead.id, Lead.title, Lead.company, Lead.contact_name, Lead.email, Lead.phone)),
        ("deal", select(Deal.id, Deal.title)),
        ("activity", select(Activity.id, Activity.title)),
    )
    with db.engine.begin() as connection:
        for kind, query in sources:
            if connection.execute(select(CrmSearchTerm.kind).where(CrmSearchTerm.kind == kind).limit(1)).first():
                continue
            rows = [term for row in connection.execute(query) for term in term_rows(kind, row[0], *row[1:])]
            for start in range(0, len(rows), 5000):
                connection.execute(insert(CrmSearchTerm), rows[start : start + 5000])
        connection.execute(text("ANALYZE"))


def scenarios(people: dict[str, Any]) -> list[tuple[str, float, Callable[[Any], Any]]]:
    from hashinsight_desktop.services.crm import activities, commissions, dashboard, deals, leads

    who, own = people["owner"], people["own"]

    def board(**kw: Any) -> Callable[[Any], Any]:
        return lambda s: sum(c.count for c in deals.pipeline_board(s, who, **kw))

    def page(lister: Callable[..., Any], **kw: Any) -> Callable[[Any], Any]:
        return lambda s: lister(s, who, **kw).total

    open_tasks = {"open_tasks_only": True, "order_by": "due_at", "descending": False}
    return [
        ("pipeline board", OPEN_TARGET_MS, board()),
        ("pipeline board: search", SEARCH_TARGET_MS, board(search="cobalt")),
        ("pipeline board: search two words", SEARCH_TARGET_MS, board(search="cobalt deal")),
        ("deals: open", OPEN_TARGET_MS, page(deals.list_deals)),
        ("deals: sort by value", OPEN_TARGET_MS, page(deals.list_deals, order_by="value")),
        ("deals: search", SEARCH_TARGET_MS, page(deals.list_deals, search="deal 471")),
        ("leads: open", OPEN_TARGET_MS, page(leads.list_leads)),
        ("leads: search", SEARCH_TARGET_MS, page(leads.list_leads, search="prospect 471")),
        ("activities: open", OPEN_TARGET_MS, page(activities.list_activities)),
        ("activities: search", SEARCH_TARGET_MS, page(activities.list_activities, search="cobalt 4711")),
        ("activities: one customer's", OPEN_TARGET_MS, page(activities.list_activities, customer_id=own)),
        ("activities: open tasks, due first", OPEN_TARGET_MS, page(activities.list_activities, **open_tasks)),
        ("my open tasks", OPEN_TARGET_MS, lambda s: len(activities.my_open_tasks(s, who))),
        ("dashboard: deal funnel", OPEN_TARGET_MS, lambda s: dashboard.funnel(s, who)[0].reached),
        ("dashboard: lead funnel", OPEN_TARGET_MS, lambda s: dashboard.funnel(s, who, pipeline="leads")[0].reached),
        ("dashboard: won by month", OPEN_TARGET_MS, lambda s: len(dashboard.won_by_month(s, who, months=24))),
        ("dashboard: sales cycle", OPEN_TARGET_MS, lambda s: dashboard.sales_cycle(s, who, days=3660).deals),
        ("commission report", OPEN_TARGET_MS, lambda s: len(commissions.commission_report(s, who))),
    ]


def run_engine(label: str, url: str, sizes: argparse.Namespace) -> list[str]:
    print(f"\n{label}")
    db = open_database(url, create=True)
    failures = []
    try:
        people = seed(db, sizes)
        seed_search_terms(db)
        print(f"  {'what':<36} {'first':>8} {'median':>8} {'worst':>8}  target   result")
        for what, target, call in scenarios(people):
            first, median, worst, result = _timed(db, call, sizes.repeat)
            ok = median < target
            if not ok:
                failures.append(f"{label} {what}: median {median:.0f} ms >= {target:.0f} ms")
            verdict = "ok " if ok else "NO "
            print(f"  {what:<36} {first:7.1f}  {median:7.1f}  {worst:7.1f}  <{target:>4.0f} {verdict} {result}")
    finally:
        db.close()
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite only")
    parser.add_argument("--postgresql", action="store_true", help="PostgreSQL only (a throwaway cluster)")
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7, help="timed calls after the first")
    sizes = parser.parse_args()
    sizes.tickets, sizes.assets = 0, 0  # bench_crm's seed: not the pipeline's
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
