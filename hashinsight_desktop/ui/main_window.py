"""The console window: a tab per module, status bar, menus, remembered geometry and theme."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop import __version__
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.database_health import RECONNECTING, UP_AGAIN, Health
from hashinsight_desktop.services.languages import LANGUAGES
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.elided_label import ElidedLabel
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.ui.reconnect_banner import ReconnectBanner
from hashinsight_desktop.ui.roles_status import RolesStatusLabel
from hashinsight_desktop.ui.tab_registry import TabSpec, tabs_for
from hashinsight_desktop.ui.telemetry_status import TelemetryStatusLabel
from hashinsight_desktop.ui.theme import BAD_COLOR, THEMES, apply_theme, set_tone, theme_label
from hashinsight_desktop.workers.task_registry import TaskRegistry

if TYPE_CHECKING:  # the workers' modules pull in the solvers and the poller: not needed to open the window
    from hashinsight_desktop.workers.agent_supervisor import AgentState
    from hashinsight_desktop.workers.curtailment_runner import RunOutcome
    from hashinsight_desktop.workers.cycle_report import CycleReport

log = logging.getLogger(__name__)


class TabPlaceholder(QLabel):
    """A module's page until its tab is first shown: its title only, nothing that looks like data. The tab is
    built the moment it is selected (or asked for, ``MainWindow.tab``): the window opens without loading every
    module's code and libraries."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setEnabled(False)  # drawn in the palette's disabled text: a title, not content


class MainWindow(QMainWindow):
    """``session_end_requested(switch_user)``: File → Log out (False) or Switch user (True); the console
    session closes this window and asks for a login."""

    session_end_requested = Signal(bool)
    database_back = Signal()  # once, when the database answers again after an outage: views re-read

    def __init__(self, context: AppContext, principal: Principal, tasks: TaskRegistry | None = None) -> None:
        super().__init__()
        self.context = context
        self.principal = principal
        self.tasks = tasks if tasks is not None else TaskRegistry()  # an empty registry is falsy
        self.setWindowTitle(self.tr("HashInsight Desktop — {user}").format(user=principal.username))
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("moduleTabs")
        self.tabs.setDocumentMode(True)
        self._specs: list[TabSpec] = tabs_for(principal)
        self.tab_keys = [spec.key for spec in self._specs]
        self._when_built: dict[str, list[Callable[[QWidget], None]]] = {}
        for spec in self._specs:
            title = QCoreApplication.translate("MainWindow", spec.title)  # QT_TRANSLATE_NOOP in ui/modules.py
            self.tabs.addTab(TabPlaceholder(title), title)
        self.tabs.currentChanged.connect(self._build_tab_at)
        self.reconnect_banner = ReconnectBanner(context.clock)
        # Events may have been missed while the database was away: every view re-reads (hidden ones when shown).
        self.database_back.connect(LiveRefresh.instance().refresh_all)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reconnect_banner)
        if self.tabs.count():
            layout.addWidget(self.tabs, 1)
        else:
            empty = QLabel(self.tr("Your role has no modules to show yet.\nAsk an administrator for access."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty, 1)
        self.setCentralWidget(central)
        self._tray: QSystemTrayIcon | None = None
        self._build_menus()
        self._build_status_bar()
        self._restore_window_state()
        if self.tabs.count():
            self._build_tab_at(self.tabs.currentIndex())  # the tab the window opens on

    # --- menus and shortcuts -------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.change_password_action = QAction(self.tr("&Change password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.change_password_action.setEnabled(self.principal.user_id is not None)  # the smoke test has no account
        self.switch_user_action = QAction(self.tr("S&witch user…"), self, shortcut=QKeySequence("Ctrl+Shift+U"))
        self.switch_user_action.triggered.connect(lambda: self.session_end_requested.emit(True))
        self.log_out_action = QAction(self.tr("&Log out"), self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.log_out_action.triggered.connect(lambda: self.session_end_requested.emit(False))
        quit_action = QAction(self.tr("&Quit"), self)
        # The platform's Quit key where it has one (Windows has none): Ctrl+Q otherwise.
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.change_password_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.log_out_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        theme_group = QActionGroup(self)
        for name in THEMES:
            action = QAction(self.tr("{theme} theme").format(theme=theme_label(name)), self, checkable=True)
            action.setChecked(self.context.settings.theme == name)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            theme_group.addAction(action)
            view_menu.addAction(action)
        self._build_language_menu(view_menu.addMenu(self.tr("&Language")))
        view_menu.addSeparator()
        for index in range(min(self.tabs.count(), 9)):
            go_to = self.tr("Go to {tab}").format(tab=self.tabs.tabText(index))
            action = QAction(go_to, self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.user_guide_action = QAction(self.tr("&User guide"), self, shortcut=QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.triggered.connect(self.show_user_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self, shortcut=QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        for action in (self.user_guide_action, self.shortcuts_action, about):
            help_menu.addAction(action)

    def _build_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(i18n.language_name(code), self, checkable=True)  # each language named in itself
            action.setChecked(i18n.current().language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, language: str) -> None:
        """The console in ``language`` from now on, this window re-translated in place (nothing typed is lost);
        remembered for the next start."""
        from hashinsight_desktop.ui.language_switch import switch_language

        notice = switch_language(QApplication.instance(), language)  # type: ignore[arg-type]
        self.language_actions[i18n.current().language].setChecked(True)
        if notice is not None:
            self.statusBar().showMessage(notice, 15_000)
            return
        self.context.settings.language = language
        self.context.save_settings()

    def change_password(self) -> QDialog:
        from hashinsight_desktop.ui.account_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.context, self.principal, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000))
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        from hashinsight_desktop.ui.help_dialogs import ShortcutsDialog

        self.build_all_tabs()  # every tab's own shortcuts are listed: tabs not shown yet are built
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_user_guide(self) -> QDialog:
        from hashinsight_desktop.ui.help_dialogs import UserGuideDialog

        dialog = UserGuideDialog(self)
        dialog.open()
        return dialog

    def set_theme(self, name: str) -> None:
        apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
        self.context.settings.theme = name
        self.context.save_settings()

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About HashInsight Desktop"),
            self.tr("HashInsight Desktop {version}\nMining farm operations console.\n\nLogs: {logs}").format(
                version=__version__, logs=self.context.paths.log_dir
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- status bar ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        # The least important text gives way first: the database's name (its state comes first), then the others.
        self.database_label = ElidedLabel(minimum_chars=14, yields=True)
        self.database_label.setObjectName("databaseStatus")
        self.user_label = QLabel()
        self.user_label.setObjectName("userStatus")
        self._show_user()
        self.telemetry_label = TelemetryStatusLabel(self.context.clock)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.telemetry_label)
        self.roles_label = RolesStatusLabel(self.context)  # what this console (or its agent) leads
        self.statusBar().addPermanentWidget(self.roles_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.show_connection_state(connected=True)  # until the database watch (ConsoleSession) says otherwise
        if (notice := i18n.start_notice()) is not None:  # a translation file missing at start: English, said once
            self.statusBar().showMessage(notice, 30_000)

    def tab(self, key: str) -> QWidget | None:
        """The widget of a module's tab, if this user's role shows it: built now if it was not yet."""
        return self._build_tab_at(self.tab_keys.index(key)) if key in self.tab_keys else None

    def is_tab_built(self, key: str) -> bool:
        return key in self.tab_keys and not isinstance(self.tabs.widget(self.tab_keys.index(key)), TabPlaceholder)

    def when_tab_built(self, key: str, use: Callable[[QWidget], None]) -> None:
        """``use(tab)`` once the module's tab exists: now if it does, otherwise when it is first built (never,
        if this user's role does not show it). What the console hands a tab does not build it early."""
        if self.is_tab_built(key):
            use(self.tabs.widget(self.tab_keys.index(key)))
        elif key in self.tab_keys:
            self._when_built.setdefault(key, []).append(use)

    def build_all_tabs(self) -> None:
        for index in range(self.tabs.count()):
            self._build_tab_at(index)

    def _build_tab_at(self, index: int) -> QWidget:
        """The tab at ``index``, built in place of its placeholder if it is still one (current tab kept)."""
        page = self.tabs.widget(index)
        if not isinstance(page, TabPlaceholder):
            return page
        spec = self._specs[index]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a first tab's code may take a moment to load
        try:
            tab = spec.build(self.context, self.principal)  # after the translator: in the current language
        finally:
            QApplication.restoreOverrideCursor()
        title, current = self.tabs.tabText(index), self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # a swap, not a change of tab
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        page.deleteLater()
        for use in self._when_built.pop(spec.key, []):
            use(tab)
        return tab

    def retranslate_ui(self) -> None:
        """The language changed (ui/language_switch.py): the status bar's database and user are written again."""
        self.show_connection_state(self._connected)
        self._show_user()

    def _show_user(self) -> None:
        from hashinsight_desktop.ui.admin.roles_page import role_label  # the Admin tab's module: loaded when used

        self.user_label.setText(f"{self.principal.username} · {role_label(self.principal.role)}")

    def show_connection_state(self, connected: bool) -> None:
        self._connected = connected
        db = self.context.database
        state = self.tr("Connected") if connected else self.tr("DISCONNECTED")
        self.database_label.setText(
            self.tr("{state} · {kind} · {database}").format(state=state, kind=db.kind, database=db.display)
        )
        self.database_label.keep_visible(f"{state} · {db.kind}")
        set_tone(self.database_label, None if connected else BAD_COLOR, bold=True)
        self.telemetry_label.set_database_away(not connected)

    def show_telemetry_cycle(self, report: CycleReport) -> None:
        """The last poll in the status bar; new alerts also as a desktop notification."""
        self.telemetry_label.show_cycle(report)
        if report.alerts_raised:
            self.notify(
                self.tr("New miner alerts"),
                self.tr("{count} new alert(s) — see the Fleet tab.").format(count=report.alerts_raised),
            )

    def show_agent_state(self, state: AgentState) -> None:
        """The console's child agent (poller, curtailment executor, job ticks): said when it is not running."""
        self.telemetry_label.show_agent_state(state)

    def show_curtailment_outcome(self, outcome: RunOutcome) -> None:
        """Every end of a plan's run, automatic or not, as a desktop notification."""
        from hashinsight_desktop.ui.curtailment.run_notice import outcome_notice

        self.notify(*outcome_notice(outcome))

    def show_crm_notices(self, rows: list[OutboxRow]) -> None:
        """A deal this user owns was made from a lead (by anyone, on any console): a desktop notification."""
        from hashinsight_desktop.services.crm.owner_notify import notices_for

        for notice in notices_for(rows, self.principal.user_id):
            title = self.tr("New deal: %1").replace("%1", notice.deal_title)
            text = self.tr("%1 converted lead %2 into a deal for %3 that you own.")
            self.notify(
                title, text.replace("%1", notice.by).replace("%2", notice.lead_title).replace("%3", notice.customer)
            )

    def notify(self, title: str, message: str) -> None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(self.windowIcon(), self)
            self._tray.show()
        if self._tray is not None:
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 8000)
        else:  # no tray (some desktops, offscreen): the status bar says it for a while
            self.statusBar().showMessage(f"{title}: {message}", 15_000)

    def show_database_health(self, health: Health) -> None:
        """The database watch's news: the banner while it is unreachable; back: open views re-read it."""
        self.reconnect_banner.show_health(health)
        self.show_connection_state(connected=health.state != RECONNECTING)
        if health.state == UP_AGAIN:
            self.statusBar().showMessage(self.tr("The database is back: views refreshed."), 10_000)
            self.database_back.emit()

    # --- window state --------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        settings = self.context.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        if settings.current_tab in self.tab_keys:  # the module the user last looked at
            self.tabs.setCurrentIndex(self.tab_keys.index(settings.current_tab))

    def save_window_state(self) -> None:
        settings = self.context.settings
        settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        if self.tabs.count():
            settings.current_tab = self.tab_keys[self.tabs.currentIndex()]
        self.context.save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)

    def current_tab(self) -> QWidget | None:
        return self.tabs.currentWidget()
