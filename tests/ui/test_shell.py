"""The console shell: tabs by role, status bar, remembered geometry, theme, login and first start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hashinsight_desktop.services import auth
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database_health import RECONNECTING, UP_AGAIN, Health
from hashinsight_desktop.ui.first_run.wizard import FirstRunWizard
from hashinsight_desktop.ui.login_dialogs import LoginDialog
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.support.factories import PASSWORD, make_people

pytestmark = pytest.mark.usefixtures("shipped_catalogue")  # the tabs open on a filled catalogue, as in use


def test_tabs_follow_the_role(qtbot, context: AppContext) -> None:
    people = make_people(context.database.session_factory)
    owner_window = MainWindow(context, people.owner)
    qtbot.addWidget(owner_window)
    assert owner_window.tab_keys == ["calculator", "fleet", "curtailment", "crm", "analytics", "catalogue", "admin"]
    guest_window = MainWindow(context, people.guest)
    qtbot.addWidget(guest_window)
    assert guest_window.tab_keys == ["calculator", "catalogue"]
    assert "guest · Guest" in guest_window.user_label.text()  # user name · role label (translated)
    assert context.database.kind in guest_window.database_label.text()
    assert "Connected" in guest_window.database_label.text()


def test_geometry_and_theme_are_remembered(qtbot, context: AppContext) -> None:
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner)
    qtbot.addWidget(window)
    window.resize(701, 502)  # within the offscreen screen (800×600), which restoreGeometry clamps to
    window.set_theme("dark")
    window.close()
    reloaded = context.settings_store.load()
    assert reloaded.theme == "dark" and reloaded.window_geometry
    assert QApplication.instance().property("hashinsight_theme") == "dark"
    context.settings = reloaded
    again = MainWindow(context, people.owner)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (701, 502)
    again.set_theme("light")


def test_the_database_watch_drives_the_status_bar_and_the_banner(qtbot, context: AppContext) -> None:
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner, TaskRegistry())
    qtbot.addWidget(window)
    window.show()
    assert window.reconnect_banner.isHidden()
    since = datetime.now(UTC)
    window.show_database_health(Health(RECONNECTING, since, since=since, error="connection refused"))
    assert "DISCONNECTED" in window.database_label.text()
    assert tone_color(window, BAD_COLOR) in window.database_label.styleSheet()  # the theme's tone, not a fixed hex
    assert window.reconnect_banner.isVisible()
    with qtbot.waitSignal(window.database_back, timeout=1000):
        window.show_database_health(Health(UP_AGAIN, since, since=since))
    assert window.reconnect_banner.isHidden()
    assert window.statusBar().currentMessage() == "The database is back: views refreshed."


def test_login_dialog_reports_wrong_password_and_throttling(qtbot, context: AppContext) -> None:
    make_people(context.database.session_factory)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    received = []
    dialog.logged_in.connect(received.append)
    dialog.username.setText("guest")
    for _ in range(auth.FREE_ATTEMPTS):
        dialog.password.setText("wrong wrong wrong")
        dialog.submit()
        assert dialog.error.text() == "Wrong user name or password."
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert "Too many failed logins" in dialog.error.text() and not received
    assert dialog.password.text() == ""  # cleared after each failure


class _Shouting(QTranslator):
    """A translation that shows which strings went through Qt's translation (in upper case)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper() if context == "LoginDialogs" and "{" not in source else ""  # keeps format fields


def test_login_dialogs_are_translated_and_their_error_follows_the_theme(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        login = LoginDialog(context)
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.addWidget(login)
    labels = [login.form.labelForField(login.username).text(), login.windowTitle()]
    labels.append(login.buttons.button(QDialogButtonBox.StandardButton.Ok).text())
    assert labels == ["USER NAME", "HASHINSIGHT DESKTOP — LOG IN", "LOG IN"]
    login.password.setText("wrong wrong wrong")
    login.submit()
    assert "#d9480f" not in login.error.styleSheet()
    assert tone_color(login, BAD_COLOR) in login.error.styleSheet()  # the theme's "bad" tone, re-set on a switch


def test_console_session_asks_for_the_owner_then_for_a_login(qtbot, context: AppContext) -> None:
    from hashinsight_desktop.ui.gui_app import ConsoleSession

    first = ConsoleSession(context, TaskRegistry(), workers=False)
    first.start()  # no account yet: the first-run wizard's owner step (tests/ui/test_first_run.py drives it all)
    wizard = first.dialog
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    wizard.owner_page.username.setText("boss")
    wizard.owner_page.password.setText(PASSWORD)
    wizard.owner_page.repeat.setText(PASSWORD)
    wizard.next()  # the optional site: none
    wizard.next()
    wizard.accept()
    assert (
        first.window is not None
        and first.window.isVisible()
        and first.window.tab_keys == ["calculator", "fleet", "curtailment", "crm", "analytics", "catalogue", "admin"]
    )
    first.window.close()

    later = ConsoleSession(context, TaskRegistry(), workers=False)
    later.start()
    assert isinstance(later.dialog, LoginDialog)
    assert later.dialog.username.text() == "boss"  # remembered from the last login
    later.dialog.password.setText(PASSWORD)
    later.dialog.submit()
    assert later.window is not None and later.window.principal.username == "boss"
    later.window.close()


def test_telemetry_reports_reach_the_status_bar(qtbot, context: AppContext) -> None:
    from datetime import UTC, datetime

    from hashinsight_desktop.ui.event_bridge import EventBridge
    from hashinsight_desktop.workers.telemetry_poller import CycleReport

    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner)
    qtbot.addWidget(window)
    bridge = EventBridge()
    bridge.telemetry_cycle.connect(window.show_telemetry_cycle)
    polled = datetime.now(UTC)
    bridge.publish_cycle(
        CycleReport(started_at=polled, polled=240, hashing=232, offline=5, errors=3, alerts_raised=2, sites=2)
    )
    assert window.telemetry_label.text() == (
        f"The agents of 2 sites polled 240 at {polled.astimezone():%H:%M:%S} (0 s ago): "
        "232 hashing · 5 offline · 3 error"
    )
    assert "2 new alert" in window.statusBar().currentMessage()  # no tray offscreen: the status bar says it
    bridge.publish_cycle(CycleReport(started_at=datetime.now(UTC), polled=240, database_error="down", pending=480))
    assert "480 samples waiting for the database" in window.telemetry_label.text()
