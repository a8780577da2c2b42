"""The status bar as an operator reads it (issue 13): the telemetry line says whose poll it shows, when and how
long ago, that it is as of that time while the database is away, and waits for the first poll in words; every
label fits a 1280-pixel window (cut with "…", the whole text in its tooltip, the database's name first to go)."""

from __future__ import annotations

import os
import re
import socket
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.database_health import RECONNECTING, Health
from hashinsight_desktop.services.outbox import TELEMETRY_TOPIC
from hashinsight_desktop.ui.elided_label import ElidedLabel
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.ui.telemetry_status import TelemetryStatusLabel
from hashinsight_desktop.workers.agent_supervisor import AgentState
from hashinsight_desktop.workers.task_registry import TaskRegistry
from hashinsight_desktop.workers.telemetry_events import FarmTelemetry, cycle_payload
from hashinsight_desktop.workers.telemetry_poller import CycleReport
from tests.support.factories import make_people

POLLED = datetime(2026, 12, 5, 1, 12, 5, tzinfo=UTC)
HERE = socket.gethostname()[:255]


def _report(host: str, pid: int, **counts: int) -> CycleReport:
    return CycleReport(started_at=POLLED, polled=90, hashing=90, poller_host=host, poller_pid=pid, sites=1, **counts)


def test_the_telemetry_line_names_whose_poll_and_when(qtbot: QtBot) -> None:
    now = [POLLED + timedelta(seconds=40)]
    label = TelemetryStatusLabel(lambda: now[0])
    qtbot.addWidget(label)
    assert label.text() == "Waiting for the first poll"  # not blank until the first report

    label.show_agent_state(AgentState("running", pid=4321))
    label.show_cycle(_report(HERE, 4321))
    at = f"{POLLED.astimezone():%H:%M:%S}"
    assert label.text() == f"Your agent polled 90 at {at} (40 s ago): 90 hashing · 0 offline · 0 error"
    now[0] += timedelta(minutes=3)
    qtbot.waitUntil(lambda: "(3 min ago)" in label.text(), timeout=2000)  # the age moves on by itself

    label.set_database_away(True)  # nothing newer can arrive: said as of that time
    assert label.text() == (
        f"Database away: telemetry as of {at} (3 min ago), your agent polled 90: 90 hashing · 0 offline · 0 error"
    )
    label.set_database_away(False)

    label.show_cycle(_report("ops2", 4200))  # this console leads nothing: another node's poll, named
    assert label.text().startswith(f"The agent on ops2 (pid 4200) polled 90 at {at}")
    label.show_cycle(_report(HERE, os.getpid()))  # in-process workers
    assert label.text().startswith("This console polled 90")


def test_the_farm_report_keeps_who_polled() -> None:
    farm = FarmTelemetry()

    def row(number: int, site: str, report: CycleReport) -> OutboxRow:
        return OutboxRow(number, None, TELEMETRY_TOPIC, "site", site, cycle_payload(report), POLLED)

    one = farm.feed([row(1, "a", _report("ops2", 4200))])
    assert one is not None and (one.poller_host, one.poller_pid, one.sites) == ("ops2", 4200, 1)
    both = farm.feed([row(2, "b", _report("ops3", 4300))])
    assert both is not None and (both.poller_host, both.sites, both.polled) == ("", 2, 180)


def _fits(label: QLabel) -> bool:
    shown = label.shown_text() if isinstance(label, ElidedLabel) else label.text()
    return label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_every_status_label_fits_a_1280_pixel_window(qtbot: QtBot, context: AppContext) -> None:
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner, TaskRegistry())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the roles' first read
    two_roles = "Leads: poller · Demo farm (simulated), executor · Demo farm (simulated)"
    window.roles_label.setText(two_roles)
    window.show_agent_state(AgentState("running", pid=4321))
    window.show_telemetry_cycle(_report(HERE, 4321, offline=12, errors=3))
    since = datetime.now(UTC)
    window.show_database_health(Health(RECONNECTING, since, since=since, error="connection refused"))
    qtbot.wait(50)
    labels = [window.database_label, window.telemetry_label, window.roles_label, window.user_label]
    assert all(label.isVisible() and _fits(label) for label in labels), [
        (label.objectName(), label.width(), label.fontMetrics().horizontalAdvance(label.text())) for label in labels
    ]
    assert window.database_label.shown_text().startswith("DISCONNECTED")  # the state stays, the name gives way
    assert window.roles_label.shown_text().startswith("Leads: poller")
    assert window.telemetry_label.shown_text().startswith("Database away: telemetry as of")
    for label in (window.roles_label, window.telemetry_label):
        if label.shown_text() != label.text():
            assert label.shown_text().endswith("…") and label.text() in label.toolTip()


class _Shouting(QTranslator):
    """Upper-cases the strings of these screens that went through Qt's translation (format fields kept)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context not in ("MainWindow", "TelemetryStatus", "AdminTab"):
            return source  # not "": PySide's tr() then tries the base classes' contexts and may answer ""
        return "".join(p if p.startswith("{") else p.upper() for p in re.split(r"(\{[^}]*\})", source))


def test_the_status_bar_and_admin_pages_are_translated(qtbot: QtBot, context: AppContext) -> None:
    from hashinsight_desktop.ui.admin.admin_tab import AdminTab

    people = make_people(context.database.session_factory)
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(context, people.owner, TaskRegistry())
        qtbot.addWidget(window)
        assert window.telemetry_label.text() == "WAITING FOR THE FIRST POLL"
        window.show_agent_state(AgentState("running", pid=4321))
        window.show_telemetry_cycle(_report(HERE, 4321))
        telemetry = window.telemetry_label.text()
        admin = window.tab("admin")  # built when first asked for: in the language of that moment
    finally:
        QCoreApplication.removeTranslator(translator)
    assert window.database_label.text().startswith(f"CONNECTED · {context.database.kind}")
    assert telemetry.startswith("YOUR AGENT POLLED 90 AT ") and telemetry.endswith("0 ERROR")
    assert isinstance(admin, AdminTab)
    assert {"CONTROL ROOM", "DEAD LETTERS", "SITES & CUSTOMERS"} <= set(admin.page_titles())
