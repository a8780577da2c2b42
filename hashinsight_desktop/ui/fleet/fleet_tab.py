"""The Fleet tab: sites with live KPIs on the left, the miners table, open alerts below it; miner
detail, bulk actions and discovery from here.

Refresh: one 1-second timer, running only while the tab is shown, starts a reload of the miners,
the site KPIs and the open alerts in a worker thread unless one is already under way. The reload
reads a change token first and re-reads everything only when it changed (a poll landed, an alert,
an edit), after an explicit refresh, or every 30 s; the result updates the rows in place, so
selection, sort and scroll position survive. The per-row work of a refresh (comparing 20,000 rows,
sorting, filter verdicts, combos, the "All sites" card) is done in that worker thread too
(:mod:`fleet_delta`): the GUI thread swaps in the changed rows and repaints the rows on screen.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from datetime import datetime
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal, Role
from hashinsight_desktop.ui.common import record_table
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.fleet.alerts_panel import AlertsPanel
from hashinsight_desktop.ui.fleet.bulk_actions import BulkActions
from hashinsight_desktop.ui.fleet.discovery_dialog import DiscoveryDialog
from hashinsight_desktop.ui.fleet.feed_assignment import FeedAssignment
from hashinsight_desktop.ui.fleet.filter_bar import MinerFilterBar
from hashinsight_desktop.ui.fleet.fleet_delta import FleetDelta, Shown, work_out
from hashinsight_desktop.ui.fleet.fleet_files import FleetFiles
from hashinsight_desktop.ui.fleet.fleet_snapshot import FleetSnapshot, load_snapshot
from hashinsight_desktop.ui.fleet.formatting import local_time
from hashinsight_desktop.ui.fleet.frozen_column import FrozenColumn
from hashinsight_desktop.ui.fleet.identify_action import IdentifyAction
from hashinsight_desktop.ui.fleet.maintenance_action import MaintenanceAction
from hashinsight_desktop.ui.fleet.miner_actions_menu import MinerActions
from hashinsight_desktop.ui.fleet.miner_columns import COL_CUSTOMER, COL_NAME, COL_RACK, COL_SITE, ROW_ROLE
from hashinsight_desktop.ui.fleet.miner_detail import MinerDetailDialog
from hashinsight_desktop.ui.fleet.miner_logins_dialog import MinerLoginsDialog
from hashinsight_desktop.ui.fleet.miners_filter import MinersFilterProxy, anomalous_miners
from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel
from hashinsight_desktop.ui.fleet.miners_table_layout import configure_view
from hashinsight_desktop.ui.fleet.sites_panel import CurtailmentBanner, SitesPanel
from hashinsight_desktop.ui.live_refresh import FLEET_TOPICS, follow_changes
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

log = logging.getLogger(__name__)
REFRESH_MS = 10_000  # the change token now and then: a safety net under live refresh
FULL_RELOAD_S = 30.0  # re-read everything now and then, whatever the change token says


class FleetTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.refresh_task: asyncio.Task[None] | None = None
        self._dirty = False  # a change was announced while a reload ran: reload again after it
        self.snapshot: FleetSnapshot | None = None
        self.delta: FleetDelta | None = None  # what the worker thread worked out for the snapshot shown
        self._force = True  # the next reload reads everything, whatever the change token says
        self._last_full = 0.0  # monotonic time of the last full read
        self.checked_at: datetime | None = None  # the last reload, whether or not anything changed
        self.details: dict[uuid.UUID, MinerDetailDialog] = {}
        self.discovery: DiscoveryDialog | None = None

        self.filters = MinerFilterBar(show_customers=principal.role is not Role.CUSTOMER)
        self.bulk = BulkActions(context, principal, self.selected_rows, self)
        self.feeds = FeedAssignment(context, principal, self.selected_rows, self)
        self.feeds.changed.connect(lambda _count: self.schedule_refresh())
        self.identify = IdentifyAction(context, principal, self.selected_rows, self)
        self.identify.finished.connect(self.schedule_refresh)
        self.manage = MinerActions(context, principal, self.selected_rows, self)
        self.manage.changed.connect(self.announce)
        self.maintenance = MaintenanceAction(context, principal, self.selected_rows, self)
        self.maintenance.changed.connect(self.announce)
        self.logins: MinerLoginsDialog | None = None
        self.discover_button = QPushButton(self.tr("Discover miners…"))
        self.can_operate = principal.can(Permission.FLEET_OPERATE)
        self.discover_button.setEnabled(self.can_operate)
        if not self.can_operate:
            self.discover_button.setToolTip(
                self.tr("Your role ({role}) may not add miners").format(role=principal.role.value)
            )
        self.logins_button = QPushButton(self.tr("Miner logins…"))
        self.logins_button.setVisible(self.can_operate)

        self.model = MinersTableModel(self)
        self.proxy = MinersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = configure_view(record_table(self.proxy))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.frozen_name = FrozenColumn(self.table)  # the name stays in view when scrolled right
        self.curtailment_banner = CurtailmentBanner()
        self.sites_panel = SitesPanel()
        self.alerts_panel = AlertsPanel(context, principal)
        self.summary_label = QLabel(self.tr("Loading the fleet…"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # What the selected miners' firmware cannot do: the disabled actions' reasons, visible without hovering.
        self.gate_label = QLabel()
        self.gate_label.setWordWrap(True)
        self.gate_label.hide()
        self.bulk.gates_changed.connect(self._show_gates)

        # Filters on one row, actions on the next: at 1280 px one row left the text filter a few pixels wide.
        actions = QHBoxLayout()
        for button in self.bulk.buttons():
            actions.addWidget(button)
        feed_button = QToolButton()
        feed_button.setDefaultAction(self.feeds.action)
        feed_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions.addWidget(feed_button)
        identify_button = QToolButton()
        identify_button.setDefaultAction(self.identify.action)
        identify_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions.addWidget(identify_button)
        self.files = FleetFiles(context, principal, self.shown_rows, self.sites_panel.selected_site, self)
        self.files.changed.connect(self.announce)
        manage_button = QToolButton()
        manage_button.setText(self.tr("Manage"))
        manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        manage_menu = QMenu(manage_button)
        self.manage.add_to_menu(manage_menu)
        manage_menu.addSeparator()
        manage_menu.addActions(self.maintenance.actions())
        manage_menu.addSeparator()
        manage_menu.addActions([self.files.import_action, self.files.export_action])
        manage_button.setMenu(manage_menu)
        actions.addWidget(manage_button)
        actions.addStretch(1)
        actions.addWidget(self.logins_button)
        actions.addWidget(self.discover_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.filters)
        middle_layout.addLayout(actions)
        middle_layout.addWidget(self.curtailment_banner)
        middle_layout.addWidget(self.gate_label)
        middle_layout.addWidget(self.error_label)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.summary_label)
        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.addWidget(middle)
        self.right_split.addWidget(self.alerts_panel)
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.sites_panel)
        self.split.addWidget(self.right_split)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([280, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)

        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self._tick)
        self.filters.changed.connect(self._filters_changed)
        self.sites_panel.site_selected.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self.open_detail)  # double click or Enter
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.alerts_panel.acknowledged.connect(self.schedule_refresh)
        self.alerts_panel.miner_chosen.connect(self.select_miner)
        self.sites_panel.logins_requested.connect(self.open_logins)
        self.logins_button.clicked.connect(self._logins_of_selected_site)
        self.discover_button.clicked.connect(self.open_discovery)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.focus_text)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.schedule_refresh)
        # Any console's commit of what the tab shows: the change token decides whether to re-read.
        follow_changes(self, FLEET_TOPICS, self._start_refresh)

    # -- refresh --------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_timer.start()
        self.schedule_refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.refresh_timer.stop()  # a hidden tab polls nothing
        super().hideEvent(event)

    def _tick(self) -> None:
        if self.refresh_task is None:  # a slow reload is not queued up behind itself
            self._start_refresh()

    def schedule_refresh(self) -> None:
        """Reload everything now (F5, after an action): if the tab is shown and an asyncio loop runs."""
        self._force = True
        self._start_refresh()

    def _start_refresh(self) -> None:
        if self.refresh_task is not None:
            self._dirty = True
            return
        if not self.isVisible():
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop (a window built in a test without qasync): nothing to run on
        self.refresh_task = self.refresh()

    @qasync.asyncSlot()
    async def refresh(self) -> None:
        self.refresh_task = asyncio.current_task()
        stale = self._force or time.monotonic() - self._last_full > FULL_RELOAD_S
        previous = self.snapshot.token if self.snapshot is not None and not stale else None
        self._force = False
        try:
            loaded = await asyncio.to_thread(self._load_in_thread, previous, self.shown())
        except Exception as exc:  # server gone: keep the rows shown, say why they are not fresh
            if shiboken6.isValid(self):
                shown = database_error_text(exc)
                self._show_error(
                    shown
                    if isinstance(exc, ServiceError)
                    else self.tr("Cannot read the fleet: {error}").format(error=shown)
                )
            if not isinstance(exc, ServiceError):
                log.warning("fleet refresh failed: %s", exc)
            return
        finally:
            self.refresh_task = None
        if not shiboken6.isValid(self):
            return
        self.checked_at = self._context.clock()  # unchanged or re-read: the rows are current as of now
        if loaded is not None:
            self._last_full = time.monotonic()
            self.apply(*loaded)
        self._update_summary()
        if self._dirty:  # asked for while this reload ran
            self._dirty = False
            QTimer.singleShot(0, self._start_refresh)  # forced only if a forced reload was asked for

    def shown(self) -> Shown:
        """What the table shows now: what a worker thread compares a reload with (:func:`work_out`)."""
        model = self.model
        column, order = model.sorting()
        return Shown(self.snapshot, column, order, model.shown_order(), model.serial, self.proxy.predicate)

    def _load_in_thread(
        self, previous: tuple[Any, ...] | None, shown: Shown
    ) -> tuple[FleetSnapshot, FleetDelta] | None:
        with self._context.database.session_factory() as session:
            snapshot = load_snapshot(session, self._principal, self._context.clock(), previous)
        return None if snapshot is None else (snapshot, work_out(snapshot, shown))

    def apply(self, snapshot: FleetSnapshot, delta: FleetDelta) -> None:
        """Show a reload: per-row work was done in the worker thread (``delta``); here only the changed rows
        are swapped in and the rows on screen repainted."""
        self.snapshot, self.delta = snapshot, delta
        self.error_label.hide()
        if delta.same_miners:
            self._update_in_place(snapshot, delta)  # the selection stays as it is
        else:  # a reset: select the same miners again afterwards
            selected = {row.id for row in self.selected_rows()}
            current: MinerRow | None = self.table.currentIndex().data(ROW_ROLE)
            self.model.set_rows(snapshot.rows, snapshot.health)
            self._reselect(selected, current.id if current is not None else None)
        self.alerts_panel.show_alerts(snapshot.alerts)
        self.proxy.set_alerting(self.alerts_panel.alerting_miners())
        self.proxy.set_anomalous(anomalous_miners(snapshot.health))
        self.sites_panel.show_kpis(delta.kpis, delta.all_sites)
        self._follow_filters()
        self._update_site_column()
        self.filters.fill(delta.choices)
        for miner_id, dialog in self.details.items():
            position = self.model.position_of(miner_id)
            if position is not None:
                dialog.show_row(self.model.row(position))
        self._update_summary()
        self._selection_changed()  # identification may have changed what the selected miners can do

    def _update_in_place(self, snapshot: FleetSnapshot, delta: FleetDelta) -> None:
        model, shown = self.model, delta.shown
        if model.serial != shown.serial or model.sorting() != (shown.sort_column, shown.sort_order):
            model.set_rows(snapshot.rows, snapshot.health)  # re-sorted since the reload started: compared here
            return
        model.take_rows(delta.in_order, delta.positions, delta.health)
        positions = delta.changed_at
        if self.proxy.predicate is not shown.predicate:  # filters changed meanwhile: the proxy re-judges them all
            model.emit_changed(positions)
            return
        # The proxy only needs to hear of rows its filters now show or hide; the views, of the rows on screen.
        wanted = self._rows_on_screen() | {model.position_of(uuid.UUID(int=key)) for key in delta.flipped}
        model.emit_changed([p for p in positions if p in wanted])

    def _rows_on_screen(self) -> set[int | None]:
        """The model positions of the rows the table shows on screen now."""
        proxy, table = self.proxy, self.table
        first = table.rowAt(0)
        if first < 0:
            return set()
        last = table.rowAt(table.viewport().height() - 1)
        last = proxy.rowCount() - 1 if last < 0 else last
        return {proxy.mapToSource(proxy.index(row, 0)).row() for row in range(first, last + 1)}

    def _reselect(self, miner_ids: set[uuid.UUID], current_id: uuid.UUID | None) -> None:
        selection = QItemSelection()
        for miner_id in miner_ids:
            position = self.model.position_of(miner_id)
            if position is not None:
                index = self.proxy.mapFromSource(self.model.index(position, 0))
                if index.isValid():
                    selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        position = self.model.position_of(current_id) if current_id is not None else None
        if position is not None:
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        set_tone(self.error_label, BAD_COLOR, bold=True)
        self.error_label.show()

    # -- filters --------------------------------------------------------------------------------------
    def _filters_changed(self, *_args: object) -> None:
        site_id = self.sites_panel.selected_site()
        self.proxy.set_filters(
            site_id=site_id,
            status=self.filters.status,
            model=self.filters.model,
            customer=self.filters.customer,
            text=self.filters.text,
            family=self.filters.family,
        )
        self._update_site_column()
        self._update_summary()
        self._follow_filters()

    def _follow_filters(self) -> None:
        """The curtailment banner of the shown site(s), and the alerts of the miners the filters show."""
        index = self.sites_panel.currentIndex()
        card = self.sites_panel.sites_model.card(index.row()) if index.isValid() else None
        self.curtailment_banner.show_for(card.kpi if card is not None else None)
        model, proxy = self.model, self.proxy
        if proxy.rowCount() == model.rowCount():  # nothing filtered out: no need to walk 20,000 rows
            self.alerts_panel.follow_miners(None)
            return
        delta = self.delta
        if delta is not None and delta.filtered is not None and delta.shown.predicate is proxy.predicate:
            self.alerts_panel.follow_miners(delta.filtered)  # the same filters, judged in the worker thread
            return
        shown = {model.row(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())}
        self.alerts_panel.follow_miners(shown)

    def _logins_site(self) -> tuple[uuid.UUID, str] | None:
        """The site whose logins the button edits: the selected card's, or the only site there is."""
        cards = [c for c in self.sites_panel.sites_model.cards() if c.site_id is not None]
        site_id = self.sites_panel.selected_site()
        if site_id is None and len(cards) == 1:
            site_id = cards[0].site_id
        card = next((c for c in cards if c.site_id == site_id), None)
        return (card.site_id, card.kpi.site_name) if card is not None and card.site_id is not None else None

    def _logins_of_selected_site(self) -> None:
        site = self._logins_site()
        if site is not None:
            self.open_logins(*site)

    def _update_logins_button(self) -> None:
        chosen = self._logins_site() is not None
        self.logins_button.setEnabled(chosen)
        self.logins_button.setToolTip(
            self.tr("The web/API login the selected site's miners take (kept in the keyring)")
            if chosen
            else self.tr("Select a site on the left first (or right-click its card)")
        )

    def _update_site_column(self) -> None:
        """One site shown: its name in every row says nothing."""
        self._update_logins_button()
        sites = self.sites_panel.sites_model.rowCount() - 1  # less the "All sites" card
        self.table.setColumnHidden(COL_SITE, self.sites_panel.selected_site() is not None or sites <= 1)
        # No hosting customer among the miners: an empty column only pushes the telemetry off a 1280 px screen.
        delta = self.delta
        self.table.setColumnHidden(COL_CUSTOMER, delta is None or not delta.any_customer)
        self.table.setColumnHidden(COL_RACK, delta is None or not delta.any_rack)

    def clear_filters(self) -> None:
        self.filters.clear()
        self.sites_panel.select_site(None)

    def _update_summary(self) -> None:
        if self.snapshot is None:
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No miners yet: use Discover miners… to scan your network and add them.")
        elif shown == total:
            text = self.tr("{total} miners").format(total=grouped(total))
        else:
            text = self.tr("Showing {shown} of {total} miners").format(shown=grouped(shown), total=grouped(total))
        selected = self.selected_count()
        if selected:
            text += self.tr(" · {count} selected").format(count=grouped(selected))
        updated = local_time(self.checked_at or self.snapshot.loaded_at)
        self.summary_label.setText(self.tr("{summary} · updated {time}").format(summary=text, time=updated))

    # -- selection, detail, discovery -----------------------------------------------------------------
    def selected_rows(self) -> list[MinerRow]:
        return [self.model.row(self.proxy.mapToSource(i).row()) for i in self.table.selectionModel().selectedRows()]

    def shown_rows(self) -> list[MinerRow]:
        """The miners the table shows (filters applied), in its order: what Export writes."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def announce(self, text: str) -> None:
        """A change made from the tab: reload, and say what was done in the window's status bar."""
        self.schedule_refresh()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def selected_count(self) -> int:
        """Selected rows, counted from the selection's ranges (no index per row: 10,000 may be selected)."""
        selection = self.table.selectionModel().selection()
        return sum(selection.at(i).height() for i in range(selection.size()))

    def _selection_changed(self) -> None:
        count = self.selected_count()
        self.bulk.update_enabled(count, self.selected_rows() if count else [])
        self.feeds.update_enabled(count)
        self.identify.update_enabled(count)
        self.manage.update_enabled(count)
        self.maintenance.update_enabled(count)
        self._update_summary()

    def _show_gates(self, text: str) -> None:
        self.gate_label.setText(text)
        set_tone(self.gate_label, NOTE_COLOR)
        self.gate_label.setVisible(bool(text))

    def select_miner(self, miner_id: uuid.UUID) -> bool:
        """Select and show a miner, clearing the filters if they hide it."""
        position = self.model.position_of(miner_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(position, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def open_detail(self, index: QModelIndex | None = None) -> MinerDetailDialog | None:
        index = index if index is not None and index.isValid() else self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row(self.proxy.mapToSource(index).row())
        dialog = self.details.get(row.id)
        if dialog is None:
            dialog = MinerDetailDialog(self._context, self._principal, row, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None, miner_id=row.id: self.details.pop(miner_id, None))
            self.details[row.id] = dialog
            dialog.show()  # non-modal: several can stay open beside the table
            dialog.start_load()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Open detail"), self.open_detail)
        self.manage.add_to_menu(menu)
        menu.addActions(self.maintenance.actions())
        menu.addSeparator()
        for qaction in self.bulk.actions.values():
            menu.addAction(qaction)
        menu.addSeparator()
        menu.addAction(self.feeds.action)
        menu.addAction(self.identify.action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def open_logins(self, site_id: uuid.UUID, site_name: str) -> MinerLoginsDialog | None:
        """The site's miner logins (per site, per model override), stored in the keyring."""
        if not self.can_operate:
            return None
        dialog = MinerLoginsDialog(self._context, self._principal, site_id, site_name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.logins = dialog
        dialog.open()  # not exec(): qasync cannot nest event loops
        dialog.start_load()
        return dialog

    def open_discovery(self) -> DiscoveryDialog | None:
        if not self.can_operate:
            return None
        # The site the operator is looking at is the one offered first.
        dialog = DiscoveryDialog(self._context, self._principal, self, site_id=self.sites_panel.selected_site())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.miners_added.connect(lambda _site, _count: self.schedule_refresh())
        self.discovery = dialog
        dialog.load_task = dialog.load_sites()
        dialog.open()  # not exec(): qasync cannot nest event loops
        return dialog
