"""The fleet at hosting-farm size: importing a miner list, `list_miners`, (the Fleet tab's refresh).

    .venv/bin/python benchmarks/bench_fleet.py [--miners 10000] [--import-miners 20000] [--database-url URL]

Targets (issue 11): importing 20,000 miners < 10 s; `list_miners` on SQLite at 10,000 miners < 150 ms.
Without --database-url each part uses a fresh SQLite file in a temporary folder. ``seed_fleet`` is the
shared fixture of every part: sites, customers, catalogue models and miners with a polled state, written
with bulk inserts so seeding is not what is measured. The machine's cores are shared: figures are noisy,
so each timing is the median of several runs with the spread printed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from hashinsight_desktop.db.models import Customer, Miner, MinerModel, MinerState, Site
from hashinsight_desktop.services.catalogue import load_shipped_catalogue
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work

STATUSES = ("hashing", "hashing", "hashing", "hashing", "hashing", "hashing", "sleeping", "offline")


@dataclass(frozen=True)
class SeededFleet:
    site_ids: list[uuid.UUID]
    customer_ids: list[uuid.UUID]
    miner_ids: list[uuid.UUID]


def seed_fleet(db: Database, miners: int, *, sites: int = 2, customers: int = 20) -> SeededFleet:
    """``miners`` miners spread over ``sites`` sites, every third one a customer's, each with a polled
    state (status mixed: hashing, sleeping, offline); feeds, racks and positions set."""
    now = datetime.now(UTC)
    with unit_of_work(db.session_factory) as session:
        load_shipped_catalogue(session, SYSTEM)
        models = list(session.execute(select(MinerModel.id, MinerModel.hashrate_ths, MinerModel.power_w)))
        site_rows: list[dict[str, Any]] = [
            {"id": uuid.uuid4(), "name": f"Bench site {n}", "timezone": "UTC", "version": 1} for n in range(sites)
        ]
        customer_rows: list[dict[str, Any]] = [
            {"id": uuid.uuid4(), "name": f"Bench customer {n:02d}", "version": 1} for n in range(customers)
        ]
        session.execute(insert(Site), site_rows)
        session.execute(insert(Customer), customer_rows)
        miner_rows: list[dict[str, Any]] = []
        state_rows: list[dict[str, Any]] = []
        for n in range(miners):
            model_id, nominal_ths, nominal_w = models[n % len(models)]
            miner_id = uuid.uuid4()
            rack = n // 40
            miner_rows.append(
                {
                    "id": miner_id,
                    "version": 1,
                    "site_id": site_rows[n % sites]["id"],
                    "model_id": model_id,
                    "customer_id": customer_rows[n % customers]["id"] if n % 3 == 0 else None,
                    "name": f"m{n:05d}",
                    "ip_address": f"10.{n // 62500}.{n // 250 % 250}.{n % 250 + 1}",
                    "port": 4028,
                    "power_feed": f"feed-{rack // 10}",
                    "rack": f"R{rack:03d}",
                    "position": str(n % 40 + 1),
                }
            )
            status = STATUSES[n % len(STATUSES)]
            state_rows.append(
                {
                    "miner_id": miner_id,
                    "polled_at": now,
                    "status": status,
                    "hashrate_ths": (nominal_ths or 100.0) * 0.98 if status == "hashing" else 0.0,
                    "power_w": (nominal_w or 3000.0) if status == "hashing" else 20.0,
                    "max_chip_temp_c": 70.0 + n % 15,
                    "fan_rpm_max": 5400,
                    "pool_url": "stratum+tcp://pool.example:3333",
                    "dialect": "antminer",
                    "consecutive_failures": 0,
                    "last_seen_at": now,
                }
            )
        if miner_rows:  # an empty list would insert one row of defaults
            session.execute(insert(Miner), miner_rows)
            session.execute(insert(MinerState), state_rows)
    return SeededFleet(
        site_ids=[row["id"] for row in site_rows],
        customer_ids=[row["id"] for row in customer_rows],
        miner_ids=[row["miner_id"] for row in state_rows],
    )


def timed(work: Callable[[], object], runs: int) -> tuple[float, float, float, float]:
    """Median, fastest and slowest wall time of ``runs`` calls, and the median CPU time of this process
    (what other programs on the shared cores do not inflate), in milliseconds."""
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), min(walls), max(walls), statistics.median(cpus)


def fresh_database(tmp: Path, name: str, url: str | None) -> Database:
    return open_database(url or f"sqlite:///{tmp / f'{name}.sqlite3'}")


def bench_list_miners(tmp: Path, miners: int, url: str | None) -> None:
    from hashinsight_desktop.services.fleet.miners import list_miners

    db = fresh_database(tmp, "list", url)
    seed_fleet(db, miners)

    def work() -> None:
        with db.session_factory() as session:
            rows = list_miners(session, SYSTEM)
        assert len(rows) == miners

    median, fastest, slowest, cpu = timed(work, 9)
    print(
        f"list_miners ({db.kind}, {miners:,} miners): median {median:.0f} ms "
        f"(fastest {fastest:.0f}, slowest {slowest:.0f}; CPU {cpu:.0f} ms; target < 150 ms)"
    )
    db.close()


def bench_import(tmp: Path, miners: int, url: str | None) -> None:
    """A 20,000-row list (customers, feeds, racks, models) into an empty site: read, checked and written."""
    from hashinsight_desktop.services.fleet.miner_import import apply_import, plan_import, read_miner_list

    db = fresh_database(tmp, "import", url)
    seeded = seed_fleet(db, 0, sites=1)
    with db.session_factory() as session:
        models = list(session.scalars(select(MinerModel.name)))
    path = tmp / "miners.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("ip,name,rack,position,customer,feed,model\n")
        for n in range(miners):
            customer = f"Bench customer {n % 20:02d}" if n % 3 == 0 else ""
            rack = n // 40
            file.write(
                f"10.{n // 62500}.{n // 250 % 250}.{n % 250 + 1},m{n:05d},R{rack:03d},{n % 40 + 1},{customer},"
                f"feed-{rack // 10},{models[n % len(models)]}\n"
            )
    started = time.perf_counter()
    table = read_miner_list(path)
    read_s = time.perf_counter() - started
    with unit_of_work(db.session_factory) as session:
        plan = plan_import(session, SYSTEM, seeded.site_ids[0], table, source=str(path), create_feeds=True)
        plan_s = time.perf_counter() - started - read_s
        apply_import(session, SYSTEM, plan)
    total_s = time.perf_counter() - started
    with db.session_factory() as session:
        stored = session.scalar(select(func.count()).select_from(Miner))
    assert stored == miners and not plan.errors, (stored, plan.errors[:3])
    print(
        f"import ({db.kind}, {miners:,} miners): {total_s:.2f} s in all — read {read_s:.2f} s, "
        f"checked {plan_s:.2f} s, written and committed {total_s - read_s - plan_s:.2f} s (target < 10 s)"
    )
    db.close()


def bench_fleet_tab_refresh(tmp: Path, miners: int, url: str | None) -> None:
    """The Fleet tab's refresh with the health columns: what its worker thread reads (miners, health,
    site KPIs, open alerts) and what the GUI thread then does (the table model takes 10,000 changed rows
    with their health, the site cards their KPIs). Every miner's state changes between two refreshes."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from hashinsight_desktop.ui.fleet.fleet_snapshot import load_snapshot
    from hashinsight_desktop.ui.fleet.miners_filter import MinersFilterProxy
    from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel
    from hashinsight_desktop.ui.fleet.sites_panel import SitesPanel, all_sites_kpi

    app = QApplication.instance() or QApplication([])
    db = fresh_database(tmp, "tab", url)
    seeded = seed_fleet(db, miners)
    boards = [{"hashrate_ths": 33.0, "chips": 76, "chip_temp_c": 70.0}] * 3
    with unit_of_work(db.session_factory) as session:  # the health the poll now keeps, a dead board every 50th
        for n, miner_id in enumerate(seeded.miner_ids):
            state = session.get(MinerState, miner_id)
            assert state is not None
            state.boards, state.boards_total, state.boards_dead = boards, 3, int(n % 50 == 0)
            state.hw_errors, state.rejected_pct, state.uptime_s = n % 97, 0.2, 86_400 + n
    model, proxy = MinersTableModel(), MinersFilterProxy()
    proxy.setSourceModel(model)
    view, sites = QTableView(), SitesPanel()
    view.setModel(proxy)
    view.resize(1200, 700)
    view.show()

    def load() -> Any:
        with db.session_factory() as session:
            return load_snapshot(session, SYSTEM, datetime.now(UTC), None)

    snapshot = load()
    model.set_rows(snapshot.rows, snapshot.health)
    load_median, load_fastest, load_slowest, load_cpu = timed(load, 5)
    changed = []
    for k in range(6):  # each refresh: every row's hashrate changed
        rows = [replace_hashrate(r, k) for r in snapshot.rows]
        changed.append((rows, snapshot.health))

    def apply() -> None:
        rows, health = changed.pop()
        model.set_rows(rows, health)
        kpis = snapshot.kpis or []  # counted with the health in the worker thread
        sites.show_kpis(kpis, all_sites_kpi(kpis, rows))
        app.processEvents()  # the repaint of the visible rows

    median, fastest, slowest, cpu = timed(apply, 5)
    print(
        f"Fleet tab refresh, GUI thread ({miners:,} miners, health columns, every row changed): median {median:.0f} ms "
        f"(fastest {fastest:.0f}, slowest {slowest:.0f}; CPU {cpu:.0f} ms; target < 100 ms)"
    )
    print(
        f"Fleet tab refresh, worker thread ({db.kind}: miners, health, KPIs, alerts): median {load_median:.0f} ms "
        f"(fastest {load_fastest:.0f}, slowest {load_slowest:.0f}; CPU {load_cpu:.0f} ms; off the GUI thread)"
    )
    db.close()


def replace_hashrate(row: Any, k: int) -> Any:
    from dataclasses import replace

    return replace(row, hashrate_ths=(row.hashrate_ths or 0.0) + k * 0.1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--miners", type=int, default=10_000, help="miners for list_miners and the tab's refresh")
    parser.add_argument("--import-miners", type=int, default=20_000, help="rows of the imported miner list")
    parser.add_argument("--database-url", help="an empty database to use instead of a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp), args.import_miners, args.database_url)
        bench_list_miners(Path(tmp), args.miners, args.database_url)
        bench_fleet_tab_refresh(Path(tmp), args.miners, args.database_url)


if __name__ == "__main__":
    main()
