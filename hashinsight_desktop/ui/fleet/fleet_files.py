"""The Fleet tab's miner lists: Import… (a CSV/XLSX list into a site, previewed) and Export… (the miners
the table shows, with the import's columns and status)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miner_export import export_miners
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.sites import list_sites
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.fleet.import_dialog import ImportDialog
from hashinsight_desktop.ui.locale_format import grouped


class FleetFiles(QObject):
    changed = Signal(str)  # what was imported or exported (the tab says it; an import reloads it)

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        shown: Callable[[], list[MinerRow]],
        site: Callable[[], uuid.UUID | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context, self._principal, self._shown, self._site, self._parent = context, principal, shown, site, parent
        self.task: asyncio.Task[None] | None = None
        self.dialog: ImportDialog | None = None
        self.import_action = QAction(self.tr("Import miners…"), self)
        self.import_action.triggered.connect(self.open_import)
        can_import = principal.can(Permission.FLEET_OPERATE)
        self.import_action.setEnabled(can_import)
        self.import_action.setToolTip(
            self.tr("Add or update miners from a CSV or Excel list (ip, name, rack, position, customer, feed, model)")
            if can_import
            else self.tr("Your role (%1) may not add miners").replace("%1", principal.role.value)
        )
        self.export_action = QAction(self.tr("Export miners…"), self)
        self.export_action.setToolTip(self.tr("Write the miners the table shows to a CSV or Excel file"))
        self.export_action.triggered.connect(self.export_dialog)

    def open_import(self) -> asyncio.Task[None] | None:
        if not self.import_action.isEnabled() or self.task is not None:
            return None

        async def run() -> None:
            def sites() -> list[tuple[uuid.UUID, str]]:
                with self._context.database.session_factory() as session:
                    return [
                        (s.id, s.name)
                        for s in list_sites(session, self._principal)
                        if self._principal.can_access_site(s.id)
                    ]

            try:
                choices = await asyncio.to_thread(sites)
            finally:
                self.task = None
            if not shiboken6.isValid(self._parent):
                return
            if not choices:
                show_error(
                    self._parent, self.tr("Import miners"), self.tr("No site yet: add one first (Admin → Sites).")
                )
                return
            dialog = ImportDialog(self._context, self._principal, choices, self._site(), self._parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.imported.connect(self.changed.emit)
            self.dialog = dialog
            dialog.open()  # not exec(): qasync cannot nest event loops

        self.task = asyncio.ensure_future(run())  # the qasync loop
        return self.task

    def export_dialog(self) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Export miners"), "miners.xlsx")
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.start_export(Path(name)))
        dialog.open()
        return dialog

    def start_export(self, path: Path) -> asyncio.Task[None]:
        rows = self._shown()

        async def run() -> None:
            try:
                written = await asyncio.to_thread(export_miners, rows, path)
            except (ServiceError, OSError) as exc:
                if shiboken6.isValid(self._parent):
                    show_error(
                        self._parent, self.tr("Miners not exported"), render_error(exc, QCoreApplication.translate)
                    )
                return
            finally:
                self.task = None
            self.changed.emit(
                self.tr("exported %1 miners to %2").replace("%1", grouped(written)).replace("%2", path.name)
            )

        self.task = asyncio.ensure_future(run())
        return self.task
