"""Import a miner list (CSV/XLSX) into a site: choose the file and the site, see what it would do — rows to
add, to update (with each change) and unchanged — or every bad cell by row and column, then import it all
in one transaction. A list with any bad cell cannot be imported."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miner_import import (
    COLUMNS,
    ImportPlan,
    PlannedRow,
    apply_import,
    plan_import,
    read_miner_list,
)
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.table_file import RowError
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import Column, FilterProxy, RecordTableModel, record_table
from hashinsight_desktop.ui.fleet.management_dialogs import index_of
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, set_tone


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _changes(row: PlannedRow) -> str:
    return "; ".join(f"{column}: {before or '—'} → {after or '—'}" for column, (before, after) in row.changes.items())


def plan_columns() -> list[Column[PlannedRow]]:
    actions = {"add": _tr("add"), "update": _tr("update"), "unchanged": _tr("unchanged")}
    return [
        Column(_tr("Row"), lambda r: str(r.row), sort_value=lambda r: r.row),
        Column(_tr("Action"), lambda r: actions[r.action]),
        Column(_tr("Address"), lambda r: r.address),
        Column(_tr("Name"), lambda r: r.name),
        Column(_tr("Changes"), _changes),
    ]


def error_columns() -> list[Column[RowError]]:
    return [
        Column(_tr("Row"), lambda e: str(e.row), sort_value=lambda e: e.row),
        Column(_tr("Column"), lambda e: e.column),
        Column(_tr("Problem"), lambda e: e.message),
    ]


class _Records(RecordTableModel[Any]):
    """Records whose cells show their whole text on hover (a row's changes can be long)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


class ImportDialog(QDialog):
    imported = Signal(str)  # what was imported (the tab reloads and says it)

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        sites: list[tuple[uuid.UUID, str]],
        site_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._principal = context, principal
        self.setWindowTitle(self.tr("Import miners"))
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.task: asyncio.Task[None] | None = None
        self.file_label = QLabel(
            self.tr("No file chosen. Columns: %1 (port optional).").replace("%1", ", ".join(COLUMNS))
        )
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.site = QComboBox()
        for sid, name in sites:
            self.site.addItem(name, sid)
        self.site.setCurrentIndex(index_of(self.site, site_id))
        self.create_feeds = QCheckBox(self.tr("Create the feeds the list names that the site does not have"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.plan_model = _Records(plan_columns(), self)
        self.error_model = _Records(error_columns(), self)
        self.plan_table, self.error_table = self._table(self.plan_model), self._table(self.error_model)
        self.error_table.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        site_row = QHBoxLayout()
        site_row.addWidget(QLabel(self.tr("Into site:")))
        site_row.addWidget(self.site)
        site_row.addWidget(self.create_feeds, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(site_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_table, 1)
        layout.addWidget(self.plan_table, 2)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)
        self.choose_button.clicked.connect(self.open_file_dialog)
        self.site.currentIndexChanged.connect(self.start_preview)
        self.create_feeds.toggled.connect(self.start_preview)

    def _table(self, model: RecordTableModel[Any]) -> QTableView:
        proxy = FilterProxy(self)
        proxy.setSourceModel(model)
        table = record_table(proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def open_file_dialog(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Miner list"), "", self.tr("Miner lists (*.csv *.xlsx);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.choose(Path(name)))
        dialog.open()  # not exec(): qasync cannot nest event loops
        return dialog

    def choose(self, path: Path) -> asyncio.Task[None] | None:
        self.path = path
        self.file_label.setText(str(path))
        return self.start_preview()

    # -- preview and import, off the GUI thread ---------------------------------------------------------------
    def _plan(self, session: Any) -> ImportPlan:
        assert self.path is not None
        table = read_miner_list(self.path)
        return plan_import(
            session, self._principal, self.site.currentData(), table, source=str(self.path),
            create_feeds=self.create_feeds.isChecked(),
        )  # fmt: skip

    def start_preview(self) -> asyncio.Task[None] | None:
        if self.path is None or self.site.currentData() is None:
            return None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        set_tone(self.summary, None)

        def work() -> ImportPlan:
            with self._context.database.session_factory() as session:  # a preview writes nothing
                return self._plan(session)

        return self._run(work, self.show_plan)

    def start_import(self) -> asyncio.Task[None] | None:
        if self.plan is None or self.plan.errors or self.task is not None:
            return None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        expected = self.plan.versions

        def work() -> ImportPlan:
            with unit_of_work(self._context.database.session_factory, "miner") as session:
                plan = self._plan(session)  # read again inside the writing transaction
                plan.versions = {k: v for k, v in expected.items() if k in plan.versions}  # refused if changed since
                return apply_import(session, self._principal, plan, clock=self._context.clock)

        return self._run(work, self._imported)

    def _run(self, work: Any, then: Any) -> asyncio.Task[None]:
        async def run() -> None:
            try:
                result = await asyncio.to_thread(work)
            except ServiceError as exc:
                if shiboken6.isValid(self):
                    self.show_failure(render_error(exc, QCoreApplication.translate))
                return
            except SQLAlchemyError as exc:  # the database did not answer: the file and choices stay, Retry
                if shiboken6.isValid(self):
                    offer_retry(self, self.tr("Import"), exc, lambda: self._run(work, then), form=self)
                return
            finally:
                self.task = None
            if shiboken6.isValid(self):
                then(result)

        self.task = asyncio.ensure_future(run())  # the qasync loop
        return self.task

    def show_failure(self, message: str) -> None:
        self.summary.setText(message)
        set_tone(self.summary, BAD_COLOR)
        self.import_button.setEnabled(False)

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.plan_model.set_records(plan.rows)
        self.error_model.set_records(plan.errors)
        self.error_table.setVisible(bool(plan.errors))
        counts = self.tr("%1 to add, %2 to update, %3 unchanged")
        counts = counts.replace("%1", grouped(plan.count("add"))).replace("%2", grouped(plan.count("update")))
        counts = counts.replace("%3", grouped(plan.count("unchanged")))
        feeds = self.tr("; new feeds: %1").replace("%1", ", ".join(plan.new_feeds)) if plan.new_feeds else ""
        if plan.errors:
            self.summary.setText(
                self.tr("%1 bad cell(s): fix them in the file and choose it again; nothing can be imported. (%2)")
                .replace("%1", grouped(len(plan.errors)))
                .replace("%2", counts)
            )
            set_tone(self.summary, BAD_COLOR)
        else:
            self.summary.setText(counts + feeds)
            set_tone(self.summary, None)
        self.import_button.setEnabled(not plan.errors and (plan.count("add") + plan.count("update")) > 0)

    def _imported(self, plan: ImportPlan) -> None:
        done = self.tr("imported %1: %2 added, %3 updated").replace("%1", Path(plan.source).name)
        done = done.replace("%2", grouped(plan.count("add"))).replace("%3", grouped(plan.count("update")))
        set_tone(self.summary, OK_COLOR)
        self.summary.setText(done)
        self.imported.emit(done)
        self.accept()
