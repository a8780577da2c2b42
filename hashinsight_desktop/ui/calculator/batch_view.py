"""The batch calculator: a fleet file (CSV or XLSX) computed at the calculator's market inputs.

Open (Ctrl+O) or drop a file → the rows are read and checked off the GUI thread → either the bad cells
by row, column and message (nothing computed), or every row computed in an executor with a progress bar
and Cancel → the results table with the fleet's totals → export to XLSX (with a chart) or CSV, also in
an executor (``batch_output``). Each completed batch is saved to the user's history. The results page:
``batch_results_page``; the texts beside the tables: ``batch_texts``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator.batch import (
    BatchCancelled,
    BatchMarket,
    BatchResult,
    BatchTotals,
    compute_batch,
)
from hashinsight_desktop.services.calculator.fleet_file import RowError, load_models, read_fleet_file, validate_rows
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.calculator.batch_output import save_to_history, write_export
from hashinsight_desktop.ui.calculator.batch_results_page import BatchResultsPage, selectable_label
from hashinsight_desktop.ui.calculator.batch_texts import EMPTY_TEXT, EXPORT_FILTERS, NO_MARKET, market_line
from hashinsight_desktop.ui.common import Column, RecordTableModel, record_table
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, tone_color

log = logging.getLogger(__name__)

FLEET_TYPES = (".csv", ".xlsx", ".xls")  # .xls is accepted to be told why it is not read

PAGE_EMPTY, PAGE_ERRORS, PAGE_RESULTS = 0, 1, 2
ERROR_COLUMNS: list[Column[RowError]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda e: e.row, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Column"), lambda e: e.column),
    Column(QT_TRANSLATE_NOOP("Columns", "Problem"), lambda e: e.message),
]


class BatchView(QWidget):
    """See the module docstring. ``market_inputs`` gives the calculator form's market and farm inputs
    (None while they are incomplete); ``history_saved`` tells the tab to reload its history list."""

    progress_changed = Signal(int, int)  # done, total (rows): compute and export
    finished = Signal(str)  # "computed", "invalid", "cancelled", "failed", "exported"
    history_saved = Signal()

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        market_inputs: Callable[[], BatchMarket | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._market_inputs = market_inputs
        self.chunk = 5000  # rows per progress step and cancel check
        self.path: Path | None = None  # the fleet file last opened
        self.market: BatchMarket | None = None  # what the shown result was computed with
        self.result: BatchResult | None = None
        self.errors: list[RowError] = []
        self.run_task: asyncio.Task[None] | None = None  # strong references: asyncio holds tasks weakly
        self.export_task: asyncio.Task[None] | None = None
        self._cancel = threading.Event()
        self.setAcceptDrops(True)

        self.open_button = QPushButton(self.tr("Open fleet file…"))
        self.open_button.setToolTip(self.tr("A CSV or XLSX fleet file (Ctrl+O); you can also drop a file here"))
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the file again and compute it at the calculator's current inputs"))
        self.file_label = selectable_label("batchFile")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.xlsx_button.setToolTip(self.tr("A formatted workbook with a summary sheet and a profit chart"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.status = selectable_label("batchStatus")
        self.market_label = selectable_label("batchMarket")  # the inputs the shown result was computed at

        self.empty_label = selectable_label("batchHelp", self.tr(EMPTY_TEXT))  # QT_TRANSLATE_NOOP above
        self.empty_label.setFixedWidth(600)
        self.empty_label.setContentsMargins(24, 20, 24, 20)
        self.empty_label.setStyleSheet("QLabel#batchHelp { border: 2px dashed palette(mid); border-radius: 8px; }")
        empty = QWidget()
        QHBoxLayout(empty).addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
        self.error_model: RecordTableModel[RowError] = RecordTableModel(ERROR_COLUMNS, self)
        self.error_table = record_table(self.error_model)
        self.error_table.setObjectName("batchErrors")
        self.error_table.setSortingEnabled(False)  # listed by row and column, as the file reads
        self.error_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.error_table.horizontalHeader().setStretchLastSection(True)

        self.results = BatchResultsPage()
        self.pages = QStackedWidget()
        for page in (empty, self.error_table, self.results):
            self.pages.addWidget(page)

        toolbar = QHBoxLayout()
        for widget in (self.open_button, self.reload_button, self.file_label, self.progress, self.cancel_button):
            toolbar.addWidget(widget, 1 if widget is self.file_label else 0)
        toolbar.addWidget(self.xlsx_button)
        toolbar.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.market_label)
        layout.addWidget(self.pages, 1)

        shortcut = QShortcut(QKeySequence.StandardKey.Open, self, self.open_file_dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_button.clicked.connect(self.open_file_dialog)
        self.reload_button.clicked.connect(self.reload)
        self.cancel_button.clicked.connect(self.cancel)
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export_dialog("csv"))
        self._set_busy(False)

    # ---- opening a file ------------------------------------------------------------------------------
    def open_file_dialog(self) -> QFileDialog:
        """The file dialog, opened with open() (no nested event loop); returns it for tests."""
        folder = str(self.path.parent) if self.path is not None else ""
        dialog = QFileDialog(
            self, self.tr("Open fleet file"), folder, self.tr("Fleet files (*.csv *.xlsx);;All files (*)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.start_load)
        dialog.open()
        return dialog

    def reload(self) -> None:
        if self.path is not None:
            self.start_load(str(self.path))

    def start_load(self, path: str) -> asyncio.Task[None] | None:
        """Load ``path`` unless a run or an export is under way; the task is kept until it ends."""
        if self._busy():
            return None
        self.run_task = self.load_file(path)
        return self.run_task

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None and not self._busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None and not self._busy():
            event.acceptProposedAction()
            self.start_load(str(path))

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in FLEET_TYPES else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.result is None and not self.errors and not self._busy():
            missing = self.tr(NO_MARKET)  # QT_TRANSLATE_NOOP above
            self._set_status("" if self._current_market() is not None else missing, NOTE_COLOR)

    def _current_market(self) -> BatchMarket | None:
        try:
            return self._market_inputs()
        except ServiceError:
            return None

    # ---- reading, checking, computing ----------------------------------------------------------------
    @qasync.asyncSlot(str)
    async def load_file(self, path: str) -> None:
        """Read, check and compute a fleet file at the calculator's market inputs."""
        task = asyncio.current_task()
        if self.export_task is not None or self.run_task not in (None, task):
            return  # one run at a time
        self.run_task = task
        try:
            await self._load(Path(path))
        except asyncio.CancelledError:  # the app is closing: stop the worker thread too
            self._cancel.set()
            raise
        finally:
            self.run_task = None
            if shiboken6.isValid(self):
                self._set_busy(False)

    async def _load(self, path: Path) -> None:
        market = self._current_market()
        if market is None:
            self._set_status(self.tr(NO_MARKET), BAD_COLOR)  # QT_TRANSLATE_NOOP above
            return
        self.path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self._cancel = cancel = threading.Event()
        self._set_busy(True)
        self._set_status(self.tr("Reading {file}…").format(file=path.name), None)
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        outcome: str
        try:
            models = await asyncio.to_thread(self._models_in_thread)
            rows, errors = await loop.run_in_executor(None, lambda: validate_rows(read_fleet_file(path), models))
            if not shiboken6.isValid(self):
                return
            if errors:
                self._show_errors(path, errors)
                outcome = "invalid"
            elif not len(rows):
                self._show_nothing(self.tr("{file} has a header but no fleet rows.").format(file=path.name), BAD_COLOR)
                outcome = "failed"
            else:
                if cancel.is_set():
                    raise BatchCancelled(0, len(rows))
                self._set_status(self.tr("Computing {count} rows…").format(count=grouped(len(rows))), None)
                progress = self._threadsafe_progress(loop)
                compute = partial(compute_batch, progress=progress, cancelled=cancel.is_set, chunk=self.chunk)
                result = await loop.run_in_executor(None, compute, rows, market)
                if not shiboken6.isValid(self):
                    return
                self._show_result(path, result, market, time.perf_counter() - started)
                outcome = "computed"
        except BatchCancelled as exc:
            if shiboken6.isValid(self):
                message = self.tr(
                    "Cancelled after {done} of {total} rows: nothing is shown. Reload computes it again."
                ).format(done=grouped(exc.done), total=grouped(exc.total))
                self._show_nothing(message, NOTE_COLOR)
            outcome = "cancelled"
        except ServiceError as exc:  # an unreadable file, a missing column, no access to the catalogue
            if shiboken6.isValid(self):
                self._show_nothing(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            outcome = "failed"
        except Exception as exc:  # a lost database connection, a bug: a message, never a stuck progress bar
            log.exception("batch: %s could not be computed", path)
            if shiboken6.isValid(self):
                self._show_nothing(
                    self.tr("{file} could not be computed: {error}").format(file=path.name, error=exc), BAD_COLOR
                )
            outcome = "failed"
        if not shiboken6.isValid(self):
            return
        self.finished.emit(outcome)
        if outcome == "computed" and self.result is not None:
            await self._save_history(path.name, market, self.result.totals)

    def _models_in_thread(self) -> dict[str, Any]:
        with self._context.database.session_factory() as session:
            return load_models(session, self._principal)

    def _threadsafe_progress(self, loop: asyncio.AbstractEventLoop) -> Callable[[int, int], None]:
        """A progress callback for a worker thread: the bar is updated on the GUI thread."""

        def report(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed: the app is quitting
                loop.call_soon_threadsafe(self._show_progress, done, total)

        return report

    def _show_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress_changed.emit(done, total)

    def cancel(self) -> None:
        """Stop the computation or export under way; nothing half-done is shown or written."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self._set_status(self.tr("Cancelling…"), NOTE_COLOR)

    async def _save_history(self, file_name: str, market: BatchMarket, totals: BatchTotals) -> None:
        try:
            await asyncio.to_thread(save_to_history, self._context, self._principal, file_name, market, totals)
        except SQLAlchemyError as exc:  # the results stay on screen: Retry saves them to the history
            if shiboken6.isValid(self):
                title = self.tr("Not saved to history")
                self._set_status(f"{self.status.text()} {title}.", NOTE_COLOR)
                retry = lambda: asyncio.ensure_future(self._save_history(file_name, market, totals))  # noqa: E731
                offer_retry(self, title, exc, retry)
            return
        except Exception as exc:
            log.warning("batch: saving to history failed: %s", exc)
            if shiboken6.isValid(self):
                self._set_status(
                    self.tr("{status} Not saved to history: {error}").format(status=self.status.text(), error=exc),
                    NOTE_COLOR,
                )
            return
        if shiboken6.isValid(self):
            self.history_saved.emit()

    # ---- what is shown -------------------------------------------------------------------------------
    def _show_errors(self, path: Path, errors: list[RowError]) -> None:
        self._show_nothing("", None)
        self.errors = errors
        self.error_model.set_records(errors)
        self.pages.setCurrentIndex(PAGE_ERRORS)
        rows = len({e.row for e in errors})
        self._set_status(
            self.tr("{file}: {cells} in {rows}. Nothing was computed: fix the file and press Reload.").format(
                file=path.name,
                cells=self.tr("1 invalid cell")
                if len(errors) == 1
                else self.tr("{count} invalid cells").format(count=grouped(len(errors))),
                rows=self.tr("1 row") if rows == 1 else self.tr("{count} rows").format(count=grouped(rows)),
            ),
            BAD_COLOR,
        )

    def _show_nothing(self, message: str, tone: str | None) -> None:
        self.result, self.errors = None, []
        self.results.clear()
        self.error_model.set_records([])
        self.market_label.hide()
        self.pages.setCurrentIndex(PAGE_EMPTY)
        self._set_status(message, tone)

    def _show_result(self, path: Path, result: BatchResult, market: BatchMarket, elapsed: float) -> None:
        self.result, self.errors, self.market = result, [], market
        self.error_model.set_records([])
        self.results.show_result(result, tone_color(self, BAD_COLOR))
        self.pages.setCurrentIndex(PAGE_RESULTS)
        self.market_label.setText(market_line(market))
        self.market_label.show()
        self._set_status(
            self.tr("{file}: {rows} rows computed in {seconds} s.").format(
                file=path.name, rows=grouped(result.totals.rows), seconds=number(elapsed, 1)
            ),
            OK_COLOR,
        )

    def _busy(self) -> bool:
        return self.run_task is not None or self.export_task is not None

    def _set_busy(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first progress report
        self.open_button.setEnabled(not running)
        self.reload_button.setEnabled(not running and self.path is not None)
        for button in (self.xlsx_button, self.csv_button):
            button.setEnabled(not running and self.result is not None)

    def _set_status(self, text: str, tone: str | None) -> None:
        color = tone_color(self, tone) if tone else self.palette().windowText().color().name()
        self.status.setStyleSheet(f"color: {color}")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ---- export --------------------------------------------------------------------------------------
    def export_dialog(self, kind: str) -> QFileDialog | None:
        """The save dialog for "xlsx" or "csv", opened with open(); returns it for tests."""
        if self.result is None or self.path is None or self._busy():
            return None
        suggested = self.path.with_name(f"{self.path.stem}-results.{kind}")
        title = self.tr("Export {kind}").format(kind=kind.upper())
        dialog = QFileDialog(self, title, str(suggested), self.tr(EXPORT_FILTERS[kind]))  # QT_TRANSLATE_NOOP above
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.start_export)
        dialog.open()
        return dialog

    def start_export(self, path: str) -> asyncio.Task[None] | None:
        if self._busy() or self.result is None:
            return None
        self.export_task = self.export_to(path)
        return self.export_task

    @qasync.asyncSlot(str)
    async def export_to(self, path: str) -> None:
        """Write the result (every row, whatever the filter) to ``path``: .xlsx with a chart, else CSV."""
        result, market, task = self.result, self.market, asyncio.current_task()
        if result is None or market is None or self.run_task is not None or self.export_task not in (None, task):
            return
        self.export_task = task
        target = Path(path)
        self._cancel = cancel = threading.Event()
        self._set_busy(True)
        self._set_status(self.tr("Writing {file}…").format(file=target.name), None)
        loop = asyncio.get_running_loop()
        try:
            progress = self._threadsafe_progress(loop)
            await loop.run_in_executor(None, write_export, result, target, market, progress, cancel.is_set)
            message = self.tr("Exported {rows} rows to {file}").format(rows=grouped(result.totals.rows), file=target)
            outcome, tone = "exported", OK_COLOR
        except BatchCancelled:
            message = self.tr("Export cancelled: {file} was not written.").format(file=target.name)
            outcome, tone = "cancelled", NOTE_COLOR
        except OSError as exc:
            message = self.tr("Could not write {file}: {error}").format(file=target, error=exc.strerror or exc)
            outcome, tone = "failed", BAD_COLOR
        except asyncio.CancelledError:
            cancel.set()
            raise
        except Exception as exc:
            log.exception("batch: export to %s failed", target)
            message = self.tr("Could not write {file}: {error}").format(file=target, error=exc)
            outcome, tone = "failed", BAD_COLOR
        finally:
            self.export_task = None
            if shiboken6.isValid(self):
                self._set_busy(False)
        if shiboken6.isValid(self):
            self._set_status(message, tone)
            self.finished.emit(outcome)

    # ---- for tests and the tab -----------------------------------------------------------------------
    def error_rows(self) -> Sequence[RowError]:
        return self.error_model.records()
