"""A small farm with telemetry written and rolled up through the real services, and a stored market: the fleet
scenarios' tests (services and UI) share it. Two sites; m1 (the customer's) and m2 at A report on D1, D3 and D4
(m2 down half of D4); m3 at B never reports (nameplate); m4 at A has no model and no telemetry."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hashinsight_desktop.db.models import Customer, Miner, MinerModel, NetworkSnapshot, Site
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.analytics.history_import import import_history
from hashinsight_desktop.services.cgminer.sample import HASHING, OFFLINE
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from hashinsight_desktop.services.transaction import unit_of_work

D1 = date(2026, 2, 1)
DAYS = [D1 + timedelta(days=i) for i in range(5)]  # telemetry on D1, D3, D4; market on D1, D2, D4, D5
FIVE = timedelta(minutes=5)
CLOSE = {0: 80_000, 1: 81_000, 3: 83_000, 4: 84_000}
DIFFICULTY = 120e12


@dataclass
class Farm:
    database: Database
    site_a: uuid.UUID
    site_b: uuid.UUID
    customer: uuid.UUID
    miners: list[uuid.UUID]  # m1 (the customer's), m2 at A; m3 at B; m4 at A, no model and no telemetry


def midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def day_of_samples(miner: uuid.UUID, day: date, ths: float, watts: float, hashing_hours: int = 24) -> list[tuple]:  # type: ignore[type-arg]
    """Every 5 minutes of ``day``: hashing for ``hashing_hours``, then answering nothing (offline)."""
    rows = []
    for i in range(288):
        at = midnight(day) + i * FIVE
        on = i < hashing_hours * 12
        rows.append((miner, at, HASHING if on else OFFLINE, ths if on else None, watts if on else None, 70.0, 4000))
    return rows


def make_farm(database: Database, tmp_path: Path) -> Farm:
    model = MinerModel(
        manufacturer="Testworks",
        name="Fleet Scenario 200",
        lookup_key="testworks-fleet-scenario-200",
        hashrate_ths=200.0,
        power_w=3500.0,
        efficiency_j_per_th=17.5,
    )
    site_a, site_b, customer = Site(name="Texas North"), Site(name="Quebec East"), Customer(name="Acme Hosting")
    with database.session_factory.begin() as session:
        session.add_all([model, site_a, site_b, customer])
        session.flush()
        miners = [
            Miner(site_id=site_a.id, model_id=model.id, customer_id=customer.id, name="m1", ip_address="10.0.0.1"),
            Miner(site_id=site_a.id, model_id=model.id, name="m2", ip_address="10.0.0.2"),
            Miner(site_id=site_b.id, model_id=model.id, name="m3", ip_address="10.0.0.3"),
            Miner(site_id=site_a.id, name="m4", ip_address="10.0.0.4"),
        ]
        session.add_all(miners)
        session.flush()
        ids = [m.id for m in miners]
        session.add(
            NetworkSnapshot(
                taken_at=midnight(D1) + timedelta(hours=6), fees_per_block_btc=Decimal("0.2"), sources="mempool"
            )
        )
        farm = Farm(database, site_a.id, site_b.id, customer.id, ids)
    m1, m2 = ids[0], ids[1]
    rows = []
    for day in (DAYS[0], DAYS[2], DAYS[3]):
        rows += day_of_samples(m1, day, 100.0, 3000.0)
        rows += day_of_samples(m2, day, 50.0, 1500.0, hashing_hours=12 if day == DAYS[3] else 24)
    write_samples(database.engine, rows)
    for resolution in (FIVE_MINUTES, HOUR):
        roll_up(database.engine, resolution_s=resolution, since=midnight(D1), until=midnight(DAYS[4]))
    csv = tmp_path / "market.csv"
    csv.write_text("date,close,difficulty\n" + "".join(f"{DAYS[i]},{c},{DIFFICULTY:.0f}\n" for i, c in CLOSE.items()))
    with unit_of_work(database.session_factory, "market history") as session:
        import_history(session, SYSTEM, csv)
    return farm
