"""A hosting customer with a contract over two miners whose telemetry was rolled up, for the billing tests."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.billing.contracts import ContractView, add_contract, read_details
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from hashinsight_desktop.services.transaction import unit_of_work

NOV = datetime(2026, 11, 1, tzinfo=UTC)  # the site's zone is UTC
CONTRACT: dict[str, Any] = {
    "basis": "metered",
    "rate_usd_per_kwh": "0.05",
    "overhead_pct": "10",
    "fee_usd_per_miner_month": "20",
    "sla_uptime_pct": "99",
    "sla_credit_tiers": [{"below_pct": 99, "credit_pct": 5}, {"below_pct": 90, "credit_pct": 10}],
    "gap_policy": "last",
    "deposit_usd": "500",
    "billing_mode": "arrears",
    "payment_terms_days": 14,
    "reminders": [{"days": -3}, {"days": 7, "fee_usd": "25"}, {"days": 30, "fee_usd": "50"}],
    "start": "2026-10-01",
}


def clock_at(moment: datetime) -> Any:
    return lambda: moment


@dataclass
class People:
    """Principals without user rows (no password hashing: billing needs none)."""

    owner: Principal
    customer: Principal
    guest: Principal
    site_id: uuid.UUID
    customer_id: uuid.UUID


def make_people(database: Database) -> People:
    owner = Principal(uuid.uuid4(), "owner", Role.OWNER)
    with unit_of_work(database.session_factory) as session:
        site = sites.create_site(
            session, owner, name="Texas North", capacity_mw="20", electricity_price_usd_per_kwh="0.045"
        )
        customer = customers.add_customer(session, owner, name="Acme Hosting", contact_email="ops@acme.example")
        site_id, customer_id = site.id, customer.id
    return People(
        owner,
        Principal(uuid.uuid4(), "acme", Role.CUSTOMER, customer_id=customer_id),
        Principal(uuid.uuid4(), "guest", Role.GUEST),
        site_id,
        customer_id,
    )


@dataclass
class Billing:
    database: Database
    people: People
    miners: list[uuid.UUID]
    contract: ContractView

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self.database.session_factory


@contextlib.contextmanager
def billing_on_sqlite(sqlite_template: Path, folder: Path) -> Iterator[Billing]:
    """`make_billing` on a copy of the migrated SQLite template in ``folder``, closed after."""
    path = folder / "billing.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(f"sqlite:///{path}", source="test", run_migrations=False)
    try:
        yield make_billing(database)
    finally:
        database.close()


def make_billing(database: Database) -> Billing:
    people = make_people(database)
    with database.session_factory.begin() as session:
        model = MinerModel(
            manufacturer="Bitmain",
            name="S21",
            lookup_key="billing-test-s21",
            hashrate_ths=200.0,
            power_w=3500.0,
            efficiency_j_per_th=17.5,
        )
        session.add(model)
        session.flush()
        miners = [
            Miner(
                site_id=people.site_id,
                model_id=model.id,
                name=f"r{i}",
                ip_address=f"10.1.0.{i}",
                customer_id=people.customer_id,
            )
            for i in (1, 2)
        ]
        session.add_all(miners)
        session.flush()
        ids = [miner.id for miner in miners]
    # 30 days × 24 h hashing at 3,000 W with one sample a minute would be slow to write: the first miner hashes
    # one hour a day at 3,000 W, the rest of each day is a gap billed at the last power (policy "last")
    rows = []
    for day in range(30):
        for minute in range(60):
            at = NOV + timedelta(days=day, minutes=minute)
            rows.append((ids[0], at, "hashing", 200.0, 3000.0, 60.0, 4000))
    rows.append((ids[1], NOV + timedelta(hours=1), "sleeping", 0.0, 40.0, 40.0, 1000))
    write_samples(database.engine, rows)
    roll_up(database.engine, resolution_s=FIVE_MINUTES, since=NOV, until=NOV + timedelta(days=30))
    roll_up(database.engine, resolution_s=HOUR, since=NOV, until=NOV + timedelta(days=30))
    with unit_of_work(database.session_factory) as session:
        contract = add_contract(
            session,
            people.owner,
            reference="C-ACME-1",
            customer_id=people.customer_id,
            site_id=people.site_id,
            terms=CONTRACT | {"miners": [{"miner_id": str(ids[0])}, {"miner_id": str(ids[1]), "nameplate_w": 3300}]},
            details=read_details(CONTRACT),
        )
    return Billing(database, people, ids, contract)


# By hand: miner 1 hashes 60 min a day at 3,000 W and its last sample (at :59) holds 3,000 W through each gap
# (policy "last"), so it is billed 3,000 W for the whole month from its first sample: 720 h × 3 kW = 2,160 kWh;
# miner 2 slept 300 s at 40 W (its only sample, 01:00 on the 1st), then a gap at 40 W: from 01:00 to the end,
# 719 h × 0.04 kW = 28.76 kWh; its first hour is a gap with no sample before it: nothing.
# Energy: (2,160 + 28.76) × 0.05 × 1.1 = 118.8 + 1.5818 = 120.38 (118.80 + 1.58); fees 2 × 20 = 40.00;
# subtotal 160.38; uptime: miner 1 30 h of 720 (4.1667 %), miner 2 0 % → below 90 %: 10 % credit = 16.04;
# total 144.34.
EXPECTED_TOTAL = Decimal("144.34")
