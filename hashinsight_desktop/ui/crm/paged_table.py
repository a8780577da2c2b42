"""The CRM's table piece: a search box, filters, the table (sorted by the database when a header is clicked),
Previous/Next pages and Export…; every read off the GUI thread. The page that holds it adds its own buttons
(``add_button``) and says what a double-click opens (``activated``)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import RecordTable
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.paged_model import PagedTableModel
from hashinsight_desktop.ui.crm.paged_query import (
    UNKNOWN_TOTAL,
    TablePage,
    TableQuery,
    TableSource,
    all_rows,
    page_bounds,
)
from hashinsight_desktop.ui.crm.table_export import ExportCancelled, export_rows
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

SEARCH_DELAY_MS = 250  # typing pauses this long before the database is asked


@dataclass(frozen=True)
class _Read:
    query: TableQuery
    page: TablePage[Any] | None
    error: str = ""
    choices: dict[str, Sequence[tuple[str, str]]] | None = None  # filters whose choices come from the database


class PagedTable(QWidget):
    activated = Signal(object)  # the row double-clicked or Enter pressed on
    loaded = Signal()

    def __init__(
        self, context: AppContext, principal: Principal, source: TableSource[Any], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context, self.principal, self.source = context, principal, source
        self.query = TableQuery(order_by=source.default_order, descending=source.default_descending)
        self.page: TablePage[Any] = TablePage([], 0)
        self.shown_query: TableQuery | None = None
        self.export_task: asyncio.Task[None] | None = None
        self._loaded = False  # the filters' choices read from the database
        self._sized = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName(f"{source.name}Search")
        self.search.setVisible(source.searchable)
        self.filter_boxes: dict[str, QComboBox] = {}
        self.model = PagedTableModel(source.columns, self)
        self.table = RecordTable(self.tr("Loading…"))
        self.table.setObjectName(f"{source.name}Table")
        self.table.setSortingEnabled(False)  # the header's clicks ask the database (_header_clicked)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._show_sort_indicator()
        self.summary = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, BAD_COLOR)
        self.error.hide()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Every row the search and filters match, to CSV or Excel (Ctrl+E)"))
        self.buttons = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        if not source.searchable:
            top.addStretch(2)  # the filters and buttons keep to the right, as beside a search box
        for spec in source.filters:
            box = QComboBox()
            box.setObjectName(f"{source.name}Filter_{spec.key}")
            box.addItem(QCoreApplication.translate("CrmFilters", spec.label), "")  # QT_TRANSLATE_NOOP where defined
            for value, label in spec.choices:
                box.addItem(QCoreApplication.translate("CrmLabels", label), value)  # QT_TRANSLATE_NOOP: labels.py
            box.currentIndexChanged.connect(self._filters_changed)
            self.filter_boxes[spec.key] = box
            top.addWidget(box)
        top.addLayout(self.buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.export_button.clicked.connect(self.export_dialog)
        self.table.doubleClicked.connect(lambda index: self.activated.emit(self.model.rows[index.row()]))
        # Keys for the table the focus is in: a page or dialog may hold several (SLA, a customer's page).
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current, context=within)
        if source.searchable:
            QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus, context=within)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_dialog, context=within)
        self._reader: FreshRead[_Read] = FreshRead(self, self._read, self._show)
        self._update_pager()

    def add_button(self, button: QPushButton) -> QPushButton:
        self.buttons.addWidget(button)
        return button

    def selected(self) -> Any:
        return self.table.selected_record()

    def reload(self) -> None:
        """Read the current page again (after a change, or when another console changed something)."""
        self._reader.request()

    # -- the query --------------------------------------------------------------------------------------------
    def _search_changed(self) -> None:
        self._set_query(replace(self.query, search=self.search.text().strip(), offset=0))

    def _filters_changed(self) -> None:
        chosen = {key: str(box.currentData() or "") for key, box in self.filter_boxes.items()}
        self._set_query(replace(self.query, filters=chosen, offset=0))

    def _header_clicked(self, section: int) -> None:
        """A click sorts by the column in the database, smallest first; a second click, largest first."""
        key = self.model.columns[section].sort_key if 0 <= section < len(self.model.columns) else None
        if key is None:  # the database does not sort on it: the indicator stays where the rows are
            self._show_sort_indicator()
            return
        descending = not self.query.descending if key == self.query.order_by else False
        self._set_query(replace(self.query, order_by=key, descending=descending, offset=0))

    def _turn(self, pages: int) -> None:
        offset = max(0, self.query.offset + pages * self.query.limit)
        if pages < 0 or self.next_button.isEnabled():
            self._set_query(replace(self.query, offset=offset))

    def _set_query(self, query: TableQuery) -> None:
        self.query = query
        self._show_sort_indicator()
        self.reload()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        column = self.model.column_of(self.query.order_by)
        header.setSortIndicatorShown(column >= 0)
        order = Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    # -- reading ----------------------------------------------------------------------------------------------
    def _read(self) -> _Read:
        query = self.query
        loading = [f for f in self.source.filters if f.load is not None and not self._loaded]
        try:
            with self.context.database.session_factory() as session:
                choices = {f.key: f.load(session, self.principal) for f in loading if f.load is not None}
                page = self.source.fetch(session, self.principal, query)
                return _Read(query, page, choices=choices or None)
        except ServiceError as exc:
            return _Read(query, None, render_error(exc, QCoreApplication.translate))
        except SQLAlchemyError as exc:
            return _Read(query, None, database_error_text(exc))

    def _show(self, read: _Read) -> None:
        if read.query != self.query:  # the search or sort changed while this was read: FreshRead reads again
            return
        if read.page is None:
            self.error.setText(self.tr("Could not read the table: %1").replace("%1", read.error))
            self.error.show()
            self.table.set_empty_text(self.tr("Nothing to show."))
            return
        self.error.hide()
        if read.choices:
            self._fill_choices(read.choices)
        selected = self.selected()
        self.page, self.shown_query = read.page, read.query
        self.model.set_rows(read.page.rows)
        if read.page.rows and not self._sized:  # widths from the first rows; the user's own widths stay after
            self._sized = True
            self.table.resizeColumnsToContents()
        self.table.set_empty_text(
            self.tr("Nothing matches the search and filters.")
            if read.query.search or any(read.query.filters.values())
            else self.tr("Nothing here yet.")
        )
        if selected is not None and hasattr(selected, "id"):
            self.table.select_where(lambda row: getattr(row, "id", None) == selected.id)
        self._update_pager()
        self.loaded.emit()

    def _fill_choices(self, loaded: dict[str, Sequence[tuple[str, str]]]) -> None:
        self._loaded = True
        for key, choices in loaded.items():
            box = self.filter_boxes[key]
            box.blockSignals(True)  # the query keeps its filter; only the list grows
            for value, label in choices:
                box.addItem(label, value)
            box.blockSignals(False)

    def _update_pager(self) -> None:
        query = self.shown_query or self.query
        first, last = page_bounds(self.page, query)
        total = self.page.total
        if total == UNKNOWN_TOTAL:  # not counted: more may follow a full page
            self.summary.setText(
                self.tr("%1–%2").replace("%1", grouped(first)).replace("%2", grouped(last))
                if last
                else self.tr("No rows")
            )
            more = len(self.page.rows) == query.limit
        else:
            self.summary.setText(
                self.tr("%1–%2 of %3")
                .replace("%1", grouped(first))
                .replace("%2", grouped(last))
                .replace("%3", grouped(total))
                if total
                else self.tr("No rows")
            )
            more = last < total
        self.previous_button.setEnabled(self.query.offset > 0)
        self.next_button.setEnabled(more)

    def _open_current(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.activated.emit(selected)

    # -- export -----------------------------------------------------------------------------------------------
    def export_dialog(self) -> QFileDialog:
        file_name = f"{self.source.name}.xlsx"  # a default file name: nothing to translate
        dialog = QFileDialog(self, self.tr("Export table"), file_name)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.start_export(Path(name)))
        dialog.open()
        return dialog

    def start_export(self, path: Path) -> asyncio.Task[None] | None:
        """Reads every matching row a chunk at a time and writes them, off the GUI thread, with a cancel."""
        if self.export_task is not None:
            return None
        query = self.query
        headers = [QCoreApplication.translate("Columns", c.title) for c in self.source.columns]  # QT_TRANSLATE_NOOP
        progress = QProgressDialog(self.tr("Exporting %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0, self)
        progress.setMinimumDuration(400)
        stop = {"cancelled": False}
        progress.canceled.connect(lambda: stop.update(cancelled=True))

        def fetch(q: TableQuery) -> TablePage[Any]:
            with self.context.database.session_factory() as session:
                return self.source.fetch(session, self.principal, q)

        def write() -> int:
            rows = all_rows(fetch, query)
            return export_rows(path, headers, self.source.columns, rows, cancelled=lambda: stop["cancelled"])

        async def run() -> None:
            try:
                written = await asyncio.to_thread(write)
            except ExportCancelled:
                return
            except (ServiceError, OSError) as exc:
                if shiboken6.isValid(self):
                    show_error(self, self.tr("Not exported"), render_error(exc, QCoreApplication.translate))
                return
            except SQLAlchemyError as exc:
                if shiboken6.isValid(self):
                    show_error(self, self.tr("Not exported"), database_error_text(exc))
                return
            finally:
                self.export_task = None
                if shiboken6.isValid(progress):
                    progress.close()
            if shiboken6.isValid(self):
                self.summary.setText(
                    self.tr("Exported %1 rows to %2").replace("%1", grouped(written)).replace("%2", path.name)
                )

        self.export_task = asyncio.ensure_future(run())
        return self.export_task
