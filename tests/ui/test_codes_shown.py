"""No code reaches the screen: with a farm's records in the database (miners, one in error; an acknowledged
over-temperature alert; a ticket moved along; a site manager; a power-loss incident), the owner's whole window is
opened under the pseudo-translation test_translations_shown reads it in (every extracted string ⟪like this⟫), and
every text it shows — labels, buttons, tooltips, combo items, and every table cell and cell tooltip — is read. A
stored code must come through its label (services/code_labels): a snake_case identifier anywhere fails, and so does a
one-word code (``error``, ``open``) standing untranslated in a text otherwise translated or data. A one-word code
inside a translated sentence's parameters is beyond this test (⟪…⟫ hides what fills it); test_code_labels checks
every code set has its label."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from sqlalchemy import update

from hashinsight_desktop.db.models import MinerState
from hashinsight_desktop.services import sites, users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.code_labels import ALERT_KINDS, ALERT_SEVERITIES, CRM, MINER_STATUSES
from hashinsight_desktop.services.crm import customers, incidents, tickets
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry.alert_list import open_alerts
from hashinsight_desktop.services.telemetry.alert_rules import acknowledge, apply_alerts, checked_kinds, evaluate
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.main_window import MainWindow
from tests.services.telemetry.test_alert_rules import healthy
from tests.support.site_miners import MinerSpec, add_site_miners
from tests.ui.test_translations_shown import _WORD, _texts, untranslated

# An identifier as code writes it: words joined by underscores (over_temperature, in_progress, hashrate_drop).
SNAKE_CASE = re.compile(r"(?<![\w./\\-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w./\\-])")
# The one-word codes services store (a miner's status "error", a ticket's "open"): shown only through their labels.
CODE_WORDS = {*MINER_STATUSES, *ALERT_KINDS, *ALERT_SEVERITIES, *CRM}
# Codes shown as they are, and why.
ALLOWED_CODES = {
    "tax_id": "a column the customer import file must be headed by (the import page lists them verbatim)",
    "billing_address": "a column the customer import file must be headed by",
}
# Columns that show keys, and why: the audit log's action and entity type are what its search box, the
# 'audit list --action' option and the exported log filter on; the Summary beside them says the same in words.
ALLOWED_COLUMNS = {("AuditPage", "Action"), ("AuditPage", "Entity")}
NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
SITE, CUSTOMER, SUBJECT, FAULT, INCIDENT = (
    "North hall",
    "Acme Hosting",
    "Fans loud on rack",
    "Fan failure",
    "Feed B tripped",
)


def codes(text: str, data: set[str]) -> list[str]:
    """The codes ``text`` shows: snake_case identifiers, and stored one-word codes no translation produced in a text
    otherwise translated or data (a text of English prose beyond them — a catalogue note — is data itself)."""
    found = [code for code in SNAKE_CASE.findall(text) if code not in ALLOWED_CODES]
    words = (untranslated(text, data) or "").split()
    return found + (words if words and set(words) <= CODE_WORDS else [])


@pytest.fixture
def farm_records(context: AppContext, owner: Principal) -> set[str]:
    """A site's miners (one in error), an alert raised and acknowledged, a customer's ticket moved, a site manager,
    a power loss: the words
    they carry (data, shown as typed)."""
    factory = context.database.session_factory
    with unit_of_work(factory) as session:
        site_id = sites.create_site(session, owner, name=SITE).id
    miners = add_site_miners(factory, site_id, [MinerSpec(3250.0, 110.0), MinerSpec(3250.0, 0.0, "error")], NOW)
    with unit_of_work(factory) as session:
        session.execute(update(MinerState).where(MinerState.miner_id == miners[1]).values(error=FAULT))
        hot = healthy(max_chip_temp_c=97.0)
        conditions = evaluate(hot, nominal_hashrate_ths=110.0, consecutive_failures=0)
        apply_alerts(session, miners[0], site_id, conditions, NOW, checked=checked_kinds(hot, consecutive_failures=0))
    with unit_of_work(factory) as session:
        for alert in open_alerts(session, owner):
            acknowledge(session, owner, alert.id)
        customer = customers.add_customer(session, owner, name=CUSTOMER)
        ticket = tickets.open_ticket(session, owner, subject=SUBJECT, customer_id=customer.id)
        tickets.move_ticket(session, owner, ticket.id, "in_progress")
        users.create_user(
            session,
            owner,
            username="hallboss",
            password="a long enough password",
            role="site_manager",
            site_ids=frozenset({site_id}),
        )
        incidents.open_incident(session, owner, kind="power_loss", title=INCIDENT, site_id=site_id)
    return set(_WORD.findall(f"{SITE} {CUSTOMER} {SUBJECT} {FAULT} {INCIDENT} owner hallboss"))


def _cells(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every cell of every table in ``window`` (the first rows), and its tooltip."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        page = next((w for w in _ancestors(view) if type(w).__module__.startswith("hashinsight_desktop.ui.")), view)
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if (type(page).__name__, _source(str(header or ""))) in ALLOWED_COLUMNS:
                continue
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str):
                        yield f"{type(page).__name__}: {_source(str(header or ''))} cell", value


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _source(marked: str) -> str:
    return marked.removeprefix("⟪").removesuffix("⟫")


@pytest.mark.usefixtures("shipped_catalogue")
@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the window's texts, not the engine
def test_no_code_is_shown(
    qtbot, qasync_loop, context: AppContext, owner: Principal, farm_records: set[str], pseudo_translation
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, owner)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()

    async def visit_every_tab() -> None:  # shown while the loop runs, so each tab's first read starts
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            await asyncio.sleep(0.01)
        reads = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        if reads:  # and lands (the Fleet table's rows, its alerts)
            await asyncio.wait(reads, timeout=4)

    qasync_loop.run_until_complete(visit_every_tab())
    QApplication.processEvents()
    findings: dict[str, str] = {}
    for where, text in [*_texts(window), *_cells(window)]:
        found = codes(text, farm_records)
        if found and text not in findings:
            findings[text] = f"{where}: {text[:90]!r} ({' '.join(found)})"
    assert not findings, f"{len(findings)} texts show a code:\n" + "\n".join(sorted(findings.values()))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("acknowledged critical over_temperature alert", ["over_temperature"]),  # before code_labels
        ("T-1 open → in_progress", ["in_progress", "open"]),
        ("⟪over temperature⟫", []),
        ("/tmp/hash_insight/app_data.sqlite3", []),
        ("snake_case", ["snake_case"]),
        ("HashInsight_Desktop", []),
        ("error: Fan failure", ["error"]),
        ("⟪Error⟫: Fan failure", []),
        ("open", ["open"]),
        ("234 TH/s bin; other bins sold at 15 J/TH.", []),
        ("(name, tax_id)", []),
    ],
)
def test_what_counts_as_a_code(text: str, found: list[str]) -> None:
    assert codes(text, {"Fan", "failure"}) == found
