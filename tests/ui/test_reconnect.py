"""The console through a database restart (a real server of the test's own, stopped and started while the
window is open): the banner says it is reconnecting, since when and why, and goes when the server is back;
the open view re-reads by itself; a save made meanwhile says it was not saved, keeps what was typed, and
succeeds on Retry."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models.alerts import MinerMaintenance
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.database_health import RECONNECTING, UP, DatabaseProbe, Health, HealthWatch
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.sites_customers_page import SiteDialog, SitesCustomersPage
from hashinsight_desktop.ui.event_bridge import EventBridge
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.ui.reconnect_banner import ReconnectBanner, elapsed_text
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color
from hashinsight_desktop.workers.database_watch import watch_database
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.support.factories import make_people
from tests.support.restartable_pg import _restartable_cluster, restartable_database, restartable_server
from tests.ui.test_admin_sites import db_site, fill_site
from tests.ui.test_fleet_tab import add, select_rows, shown

__all__ = ["_restartable_cluster", "restartable_database", "restartable_server"]
pytestmark = pytest.mark.gui


@pytest.fixture
def context(restartable_database: str, secrets: SecretStore) -> Iterator[AppContext]:
    """A console's context over a database on a server this test may stop (the shipped catalogue loaded)."""
    database = open_database(restartable_database, source="test")
    paths = AppPaths.default().ensure()
    with unit_of_work(database.session_factory) as session:
        catalogue.load_shipped_catalogue(session, SYSTEM)
    yield AppContext(paths, SettingsStore(paths.settings_file), Settings(), database, secrets)
    database.close()


async def until(condition: Callable[[], object], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await asyncio.sleep(0.05)


def retry_box(parent: object) -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return next((box for box in boxes if box.objectName() == "saveRetryBox"), None)


def test_the_banner_says_since_when_and_why_in_the_theme_tone(qtbot) -> None:  # type: ignore[no-untyped-def]
    since = datetime(2026, 12, 5, 0, 10, tzinfo=UTC)
    now = [since + timedelta(seconds=125)]
    banner = ReconnectBanner(lambda: now[0])
    qtbot.addWidget(banner)
    banner.show_health(Health(RECONNECTING, since, since=since, error="connection refused"))
    text = banner.label.text()
    assert text.startswith("Reconnecting to the database… unreachable since ")
    assert since.astimezone().strftime("%H:%M:%S") in text and "(2 min 5 s)" in text
    assert text.endswith("last error: connection refused") and "\n" not in text
    assert tone_color(banner, BAD_COLOR) in banner.label.styleSheet()
    assert [elapsed_text(s) for s in (4, 125, 3780)] == ["4 s", "2 min 5 s", "1 h 3 min"]
    banner.show_health(Health(UP, now[0]))
    assert banner.isHidden()


def test_console_survives_a_database_restart(qtbot, qasync_loop, restartable_server, context) -> None:  # type: ignore[no-untyped-def]
    database = context.database
    people = make_people(database.session_factory)
    miners = add(context, people, people.site_id, [("10.0.0.1", 4028), ("10.0.0.2", 4028)])
    tasks = TaskRegistry()
    window = MainWindow(context, people.owner, tasks)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.tab_keys.index("fleet"))
    window.show()
    fleet = window.tab("fleet")
    fleet.refresh_timer.stop()  # only the reconnect may re-read it in this test (its safety-net timer would too)
    bridge = EventBridge()
    bridge.database_health.connect(window.show_database_health)
    probe = DatabaseProbe(database.url, timeout_s=2)
    watch = HealthWatch(probe, context.clock)
    backs: list[float] = []
    window.database_back.connect(lambda: backs.append(time.monotonic()))
    banner = window.reconnect_banner

    async def scenario() -> None:
        tasks.spawn(watch_database(probe, watch, bridge.publish_health, interval_s=0.2), "database-watch")
        fleet.schedule_refresh()
        await until(lambda: watch.current is not None and len(shown(fleet)) == 2)
        assert watch.current.state == UP and banner.isHidden()

        restartable_server.stop("immediate")  # as the issue says: pg_ctl stop -m immediate, a crash
        await until(banner.isVisible)
        assert "Reconnecting to the database… unreachable since" in banner.label.text()
        assert "last error: " in banner.label.text() and watch.current.error in banner.label.text()
        assert "DISCONNECTED" in window.database_label.text()

        select_rows(fleet, {miners[0].id})
        dialog = fleet.maintenance.request()
        assert dialog is not None
        dialog.hours.setValue(6)
        dialog.note.setText("fans replaced")
        dialog.accept()  # OK during the outage
        await asyncio.wait_for(fleet.maintenance.task, timeout=10)
        box = retry_box(dialog)
        assert box is not None and box.text().startswith("Nothing was saved: the database cannot be reached (")
        assert "What you typed is kept" in box.text()
        assert dialog.isVisible() and (dialog.hours.value(), dialog.note.text()) == (6, "fans replaced")

        restartable_server.start()
        add(context, people, people.site_id, [("10.0.0.3", 4028)])  # another console's change, while we were away
        await until(banner.isHidden)
        assert backs and "Connected" in window.database_label.text()
        assert "DISCONNECTED" not in window.database_label.text()
        await until(lambda: len(shown(fleet)) == 3)  # re-read by the reconnect alone (its timer is stopped)

        retry = next(b for b in box.buttons() if b.text() == "Retry")
        retry.click()  # submits the form as it is
        await until(lambda: fleet.maintenance.task is None and not dialog.isVisible())
        with database.session_factory() as session:
            saved = session.scalars(select(MinerMaintenance)).all()
        assert [(m.miner_id, m.note) for m in saved] == [(miners[0].id, "fans replaced")]
        assert saved[0].until is not None

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), timeout=45))
    finally:
        qasync_loop.run_until_complete(tasks.shutdown())
        window.close()


def test_an_admin_form_keeps_its_input_and_saves_on_retry(qtbot, restartable_server, context) -> None:  # type: ignore[no-untyped-def]
    people = make_people(context.database.session_factory)
    page = SitesCustomersPage(context, people.owner)
    qtbot.addWidget(page)
    page.show()
    page.sites.add_button.click()
    dialog = page.findChild(SiteDialog)
    assert dialog is not None and dialog.isVisible()
    fill_site(dialog, "Wyoming West", "15", "0.041")
    restartable_server.stop("fast")
    dialog.save_button.click()
    box = retry_box(dialog)
    assert box is not None and box.text().startswith("Nothing was saved: the database cannot be reached (")
    assert dialog.isVisible() and (dialog.name.text(), dialog.capacity.text()) == ("Wyoming West", "15")
    restartable_server.start()
    next(b for b in box.buttons() if b.text() == "Retry").click()
    assert not dialog.isVisible()
    site = db_site(context, "Wyoming West")
    assert site is not None and site.capacity_mw == Decimal("15")
