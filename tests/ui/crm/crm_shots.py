"""Screenshots of the CRM for a person to look at: the pipeline board, a customer with assets and activities, a
ticket with its SLA clocks, the dashboard and a customer's own view, at 1280×800 and 1920×1080, light and dark.
A throwaway SQLite database is filled through the services with a plausible hosting business.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.crm.crm_shots [/tmp/shots]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services import auth, sites, users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import activities, assets, contacts, leads, tickets
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.memory_keyring import MemoryKeyring
from tests.support.site_miners import MinerSpec, add_site_miners
from tests.ui.crm.crm_seed import add_customer, add_deal, add_lead, add_office_policy, move_deal, open_ticket

NOW = datetime.now(UTC).replace(second=0, microsecond=0)
COMPANIES = [
    ("Northwind Mining", "Northwind Mining LLC", "ops@northwind.example", ["colocation", "vip"]),
    ("Contoso Hashing", "Contoso Hashing Ltd", "noc@contoso.example", ["colocation"]),
    ("Fabrikam Digital", "Fabrikam Digital Assets AG", "it@fabrikam.example", ["self-mining"]),
    ("Tailspin Power", "Tailspin Power Partners", "hash@tailspin.example", ["prospect"]),
    ("Litware Compute", "Litware Compute Inc.", "ops@litware.example", ["colocation"]),
    ("Adatum Blocks", "Adatum Blocks SA", "noc@adatum.example", ["colocation", "hydro"]),
]
DEALS = [
    ("Hall B 2 MW hosting, 24 months", "480000", ()),
    ("Immersion pod pilot", "96000", ("pending",)),
    ("S21 XP fleet, 400 units", "1260000", ("pending", "approved")),
    ("Hydro site expansion", "720000", ("pending", "approved", "signed")),
    ("Spare PSUs and PDUs", "38500", ("pending", "approved", "signed", "completed")),
    ("Curtailment services", "54000", ("pending", "approved", "signed", "completed")),
    ("Rack 40-48 refresh", "210000", ("pending", "lost")),
    ("Second hall 1.5 MW", "360000", ()),
    ("Firmware tuning package", "18000", ("pending",)),
]


def seed(context: AppContext) -> dict[str, object]:
    """A hosting business: customers with contacts and assets, a pipeline, activities, tickets under an SLA."""
    random.seed(14)
    with unit_of_work(context.database.session_factory, "user") as session:
        owner = auth.create_first_owner(session, "olivia", "correct horse battery staple", "Olivia Owner")
    ids = [
        add_customer(
            context,
            owner,
            name,
            company=company,
            contact_email=email,
            phone=f"+1 512 555 01{i:02d}",
            tax_id=f"US-{81_000_000 + i * 4_211}",
            billing_address=f"{100 + i} Congress Ave\nAustin, TX",
            tags=tags,
        )
        for i, (name, company, email, tags) in enumerate(COMPANIES)
    ]
    northwind = ids[0]
    with unit_of_work(context.database.session_factory, "contact") as session:
        contacts.add_contact(
            session,
            owner,
            northwind,
            name="Ana Silva",
            email="ana@northwind.example",
            phone="+1 512 555 0142",
            role="primary",
        )
        contacts.add_contact(
            session,
            owner,
            northwind,
            name="Ben Okafor",
            email="billing@northwind.example",
            role="billing",
            is_billing=True,
        )
        contacts.add_contact(
            session,
            owner,
            northwind,
            name="Chen Wei",
            email="chen@northwind.example",
            phone="+1 512 555 0177",
            role="technical",
        )
    with unit_of_work(context.database.session_factory, "site") as session:
        site = sites.create_site(
            session,
            owner,
            name="Texas North",
            capacity_mw="20",
            electricity_price_usd_per_kwh="0.045",
            timezone="America/Chicago",
        ).id
    specs = [
        MinerSpec(3250 + random.randint(-80, 80), 200 + random.uniform(-8, 8), customer_id=northwind) for _ in range(22)
    ]
    specs += [MinerSpec(3300, 0.0, status="offline", customer_id=northwind) for _ in range(2)]
    specs += [MinerSpec(3100, 190.0, customer_id=ids[1]) for _ in range(10)]
    miner_ids = add_site_miners(context.database.session_factory, site, specs, NOW - timedelta(seconds=15))
    samples = []
    for index, miner_id in enumerate(miner_ids[:22]):
        for step in range(24 * 12):  # five-minute samples over the last day
            at = NOW - timedelta(minutes=5 * step)
            dip = 0.55 if 9 * 12 < step < 11 * 12 and index < 8 else 1.0  # a curtailment in the night
            samples.append((miner_id, at, "hashing", 200 * dip + random.uniform(-6, 6), 3250 * dip, 68.0, 5400))
    write_samples(context.database.engine, samples)
    with unit_of_work(context.database.session_factory, "asset") as session:
        for n in range(6):
            assets.add_asset(
                session,
                owner,
                northwind,
                serial=f"S21XP-{2405_0100 + n}",
                model="Antminer S21 XP",
                purchase_date=date(2025, 3, 2),
                warranty_end=date(2026, 3, 2) + timedelta(days=n * 40),
                location=f"Hall B, rack 12, slot {n + 1}",
                miner_id=miner_ids[n],
            )
        assets.add_asset(
            session,
            owner,
            northwind,
            serial="PDU-AP8941-0042",
            model="APC AP8941 PDU",
            purchase_date=date(2024, 11, 20),
            warranty_end=date(2027, 11, 20),
            location="Hall B, rack 12",
        )
    for i, (title, value, path) in enumerate(DEALS):
        deal = add_deal(
            context, owner, ids[i % len(ids)], title, value, expected_close=NOW.date() + timedelta(days=20 + i * 9)
        )
        move_deal(context, owner, deal, *path, reason="went with a cheaper host")
    for title, company, status in (
        ("3 MW hosting RFP", "Tailspin Power", "qualified"),
        ("Used S19 buy-back", "Blue Yonder Mining", "contacted"),
        ("Immersion hosting enquiry", "Woodgrove Hash", "new"),
    ):
        lead_id = add_lead(context, owner, title, company=company, value_estimate="150000", source="referral")
        for step in ("contacted", "qualified")[: ("new", "contacted", "qualified").index(status)]:
            with unit_of_work(context.database.session_factory, "lead") as session:
                lead = leads.get_lead(session, owner, lead_id)
                leads.move_lead(session, owner, lead_id, step, expected_version=lead.version)
    with unit_of_work(context.database.session_factory, "activity") as session:
        for kind, title, due in (
            ("call", "Quarterly review with Ana", None),
            ("meeting", "Site visit: Hall B walk-through", None),
            ("email", "Sent the renewal terms", None),
            ("task", "Send the revised hosting rate", NOW - timedelta(days=2)),
            ("task", "Confirm the PDU swap window", NOW + timedelta(days=3)),
        ):
            activities.add_activity(
                session,
                owner,
                kind=kind,
                subject_kind="customer",
                subject_id=northwind,
                title=title,
                due_at=due,
                clock=lambda: NOW,
            )
    add_office_policy(
        context,
        owner,
        northwind,
        {"urgent": [30, 240], "high": [60, 480], "normal": [240, 1440], "low": [480, 2880]},
        name="Hosting 24/7",
        around_the_clock=True,
    )
    context.clock = lambda: NOW - timedelta(minutes=40)  # the high-priority ticket's response clock is running
    ticket = open_ticket(context, owner, northwind, "Two S21 XP offline in rack 12", "high")
    context.clock = lambda: NOW - timedelta(hours=30)  # an older one, waiting for the customer: paused
    waiting = open_ticket(context, owner, northwind, "Hashrate dip overnight", "normal")
    with unit_of_work(context.database.session_factory, "ticket") as session:
        tickets.move_ticket(session, owner, waiting, "waiting", clock=lambda: NOW - timedelta(hours=6))
    context.clock = lambda: NOW
    open_ticket(context, owner, ids[1], "Invoice copy for May", "low")
    with unit_of_work(context.database.session_factory, "user") as session:
        user = users.create_user(
            session,
            owner,
            username="northwind",
            password="correct horse battery",
            role=Role.CUSTOMER,
            customer_id=northwind,
        )
        customer = auth.principal_for(user)
    with unit_of_work(context.database.session_factory, "ticket") as session:
        tickets.reply(session, customer, ticket, "Both stopped hashing around 14:00; the fans still spin.")
    return {"owner": owner, "customer": customer, "northwind": northwind, "ticket": ticket}


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.ui.crm.crm_tab import CrmTab
    from hashinsight_desktop.ui.crm.customer_detail import CustomerDetail
    from hashinsight_desktop.ui.crm.customer_view import CustomerView
    from hashinsight_desktop.ui.crm.ticket_detail import TicketDetail
    from hashinsight_desktop.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="crm-shots-"))
    os.environ["HASHINSIGHT_HOME"] = str(home)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = AppPaths.default().ensure()
    database = open_database(f"sqlite:///{home / 'crm.sqlite3'}", source="shots")
    context = AppContext(paths, SettingsStore(paths.settings_file), Settings(), database, SecretStore(MemoryKeyring()))
    made = seed(context)
    owner, customer = made["owner"], made["customer"]
    assert isinstance(owner, Principal) and isinstance(customer, Principal)
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        for width, height in ((1280, 800), (1920, 1080)):
            tab = CrmTab(context, owner)
            tab.resize(width, height)
            tab.show()
            for key in (
                "pipeline",
                "dashboard",
                "customers",
                "leads",
                "activities",
                "tickets",
                "incidents",
                "sla",
                "email",
            ):
                tab.show_page(key)
                app.processEvents()
                tab.grab().save(str(out / f"crm_{key}_{theme}_{width}.png"))
            detail = CustomerDetail(context, owner, made["northwind"], None)  # type: ignore[arg-type]
            detail.resize(min(width, 1280), min(height, 800))
            detail.show()
            for index, name in ((1, "assets"), (2, "activities")):
                detail.sections.setCurrentIndex(index)
                app.processEvents()
                detail.grab().save(str(out / f"crm_customer_{name}_{theme}_{width}.png"))
            ticket = TicketDetail(context, owner, made["ticket"], None)  # type: ignore[arg-type]
            ticket.resize(900, 700)
            ticket.show()
            app.processEvents()
            ticket.grab().save(str(out / f"crm_ticket_{theme}_{width}.png"))
            own = CustomerView(context, customer)
            own.resize(width, height)
            own.show()
            app.processEvents()
            own.grab().save(str(out / f"crm_own_view_{theme}_{width}.png"))
            for widget in (tab, detail, ticket, own):
                widget.close()
                widget.deleteLater()
            app.processEvents()
    database.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
