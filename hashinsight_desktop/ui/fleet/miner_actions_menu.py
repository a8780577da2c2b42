"""Managing the selected miners from the Fleet tab (context menu and the Manage button): rename, hosting
customer, move to another site, rack and position, remove; open the miner's web page and copy its IP.
Each change is one transaction run off the GUI thread; the table reloads when it committed."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm.customers import list_customers
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet import management
from hashinsight_desktop.services.fleet.customer_assignments import assign_customer
from hashinsight_desktop.services.fleet.miner_refs import MinerRef
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.sites import list_sites
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.fleet.management_dialogs import CustomerDialog, MoveDialog, PlacementDialog, RemoveDialog
from hashinsight_desktop.ui.fleet.miner_change import MinerChangeActions
from hashinsight_desktop.ui.locale_format import grouped


def refs(rows: list[MinerRow]) -> list[MinerRef]:
    """The miners as the user saw them: a change is refused if one changed since (optimistic check)."""
    return [MinerRef(row.id, row.version) for row in rows]


def web_url(row: MinerRow) -> QUrl:
    return QUrl(f"http://[{row.ip_address}]/" if ":" in row.ip_address else f"http://{row.ip_address}/")


class MinerActions(MinerChangeActions):
    def __init__(
        self, context: AppContext, principal: Principal, selected: Callable[[], list[MinerRow]], parent: QWidget
    ) -> None:
        super().__init__(context, principal, selected, parent)
        self.can_assign = self.can_operate and principal.can(Permission.CUSTOMERS_MANAGE)
        self.rename = self._action(self.tr("Rename…"), self.request_rename, QKeySequence(Qt.Key.Key_F2))
        self.customer = self._action(self.tr("Hosting customer…"), self.request_customer)
        self.move = self._action(self.tr("Move to site…"), self.request_move)
        self.place = self._action(self.tr("Rack and position…"), self.request_place)
        self.remove = self._action(
            self.tr("Remove…"), self.request_remove, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.web = self._action(self.tr("Open web page"), self.open_web)
        self.copy_ip = self._action(self.tr("Copy IP address"), self.copy_addresses)
        self.update_enabled(0)

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(action.shortcutContext().WidgetWithChildrenShortcut)
            self._parent.addAction(action)
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        for action in (self.web, self.copy_ip):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.rename, self.customer, self.move, self.place, self.remove):
            menu.addAction(action)

    def update_enabled(self, count: int) -> None:
        idle = self.task is None and self.dialog is None
        why = (
            ""
            if self.can_operate
            else self.tr("Your role (%1) may not change miners").replace("%1", self._principal.role.value)
        )
        for action in (self.customer, self.move, self.place, self.remove):
            action.setEnabled(self.can_operate and idle and count > 0)
            action.setToolTip(why)
        self.rename.setEnabled(self.can_operate and idle and count == 1)
        self.customer.setEnabled(self.can_assign and idle and count > 0)
        if self.can_operate and not self.can_assign:
            self.customer.setToolTip(self.tr("Only staff who manage customer accounts assign miners to customers"))
        self.web.setEnabled(count == 1)
        self.copy_ip.setEnabled(count > 0)

    # -- no database -------------------------------------------------------------------------------------------
    def open_web(self) -> bool:
        rows = self._selected()
        return len(rows) == 1 and QDesktopServices.openUrl(web_url(rows[0]))

    def copy_addresses(self) -> str:
        text = "\n".join(row.ip_address for row in self._selected())
        QGuiApplication.clipboard().setText(text)
        return text

    # -- forms -------------------------------------------------------------------------------------------------
    def request_rename(self) -> QInputDialog | None:
        rows = self._selected()
        if len(rows) != 1 or not self.rename.isEnabled():
            return None
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Rename miner"))
        dialog.setLabelText(
            self.tr("New name of %1 (%2):").replace("%1", rows[0].name).replace("%2", rows[0].ip_address)
        )
        dialog.setTextValue(rows[0].name)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        ref = refs(rows)[0]

        def save() -> None:
            name = dialog.textValue()
            self.start(
                self.tr("renamed %1").replace("%1", rows[0].name),
                lambda s: management.rename_miner(s, self._principal, ref, name, clock=self._context.clock),
            )

        return self.open_form(dialog, save)

    def request_customer(self) -> asyncio.Task[None] | None:
        rows = self._selected()
        if not rows or not self.customer.isEnabled():
            return None

        def read(session: Any) -> list[tuple[uuid.UUID, str]]:
            return [(c.id, c.name) for c in list_customers(session, self._principal)]

        def show(customers: list[tuple[uuid.UUID, str]]) -> None:
            current = {row.customer_id for row in rows}
            dialog = CustomerDialog(len(rows), customers, current.pop() if len(current) == 1 else None, self._parent)

            def save() -> None:
                customer_id, since = dialog.chosen()
                self.start(
                    self.tr("customer of %1 miners changed").replace("%1", grouped(len(rows))),
                    lambda s: assign_customer(
                        s, self._principal, refs(rows), customer_id, effective_at=since, clock=self._context.clock
                    ),
                )

            self.open_form(dialog, save)

        return self._read_then(read, show)

    def request_move(self) -> asyncio.Task[None] | None:
        rows = self._selected()
        if not rows or not self.move.isEnabled():
            return None
        here = {row.site_id for row in rows}

        def read(session: Any) -> list[tuple[uuid.UUID, str]]:
            sites = list_sites(session, self._principal)
            return [(s.id, s.name) for s in sites if self._principal.can_access_site(s.id) and {s.id} != here]

        def show(sites: list[tuple[uuid.UUID, str]]) -> None:
            dialog = MoveDialog(len(rows), sites, self._parent)

            def save() -> None:
                done = self.tr("%1 miners moved to %2").replace("%1", grouped(len(rows)))
                target = dialog.chosen()
                self.start(
                    done.replace("%2", dialog.site.currentText()),
                    lambda s: management.move_miners(s, self._principal, refs(rows), target, clock=self._context.clock),
                )

            self.open_form(dialog, save)

        return self._read_then(read, show)

    def request_place(self) -> PlacementDialog | None:
        rows = self._selected()
        if not rows or not self.place.isEnabled():
            return None
        racks, positions = {row.rack for row in rows}, {row.position for row in rows}
        dialog = PlacementDialog(
            len(rows),
            racks.pop() if len(racks) == 1 else None,
            positions.pop() if len(positions) == 1 else None,
            self._parent,
        )

        def save() -> None:
            changes = dialog.changes()
            self.start(
                self.tr("rack and position of %1 miners set").replace("%1", grouped(len(rows))),
                lambda s: management.place_miners(
                    s,
                    self._principal,
                    refs(rows),
                    rack=changes.get("rack", management.UNCHANGED),
                    position=changes.get("position", management.UNCHANGED),
                    clock=self._context.clock,
                ),
            )

        return self.open_form(dialog, save)

    def request_remove(self) -> asyncio.Task[None] | None:
        rows = self._selected()
        if not rows or not self.remove.isEnabled():
            return None

        def read(session: Any) -> management.TelemetryCount:
            return management.count_telemetry(session, self._principal, refs(rows))

        def show(count: management.TelemetryCount) -> None:
            dialog = RemoveDialog([row.name for row in rows], count.samples, count.rollups, self._parent)

            def save() -> None:
                delete = dialog.delete_telemetry()
                self.start(
                    self.tr("removed %1 miners").replace("%1", grouped(len(rows))),
                    lambda s: management.remove_miners(
                        s, self._principal, refs(rows), delete_telemetry=delete, clock=self._context.clock
                    ),
                )

            self.open_form(dialog, save)

        return self._read_then(read, show)

    # -- off the GUI thread ------------------------------------------------------------------------------------
    def _read_then(self, read: Callable[[Any], Any], show: Callable[[Any], None]) -> asyncio.Task[None]:
        async def run() -> None:
            def work() -> Any:
                with self._context.database.session_factory() as session:
                    return read(session)

            try:
                result = await asyncio.to_thread(work)
            except ServiceError as exc:
                if shiboken6.isValid(self._parent):
                    show_error(self._parent, self.tr("Not possible"), render_error(exc, QCoreApplication.translate))
                return
            finally:
                self.task = None
            if shiboken6.isValid(self._parent):
                show(result)

        self.task = asyncio.ensure_future(run())  # the qasync loop
        self.update_enabled(len(self._selected()))
        return self.task

    def start(self, done: str, change: Callable[[Any], object]) -> asyncio.Task[None]:
        """Run one user action's change in its own transaction, then announce it (or show why not)."""
        return self.run_change(done, change, self.tr("Miners not changed"))
