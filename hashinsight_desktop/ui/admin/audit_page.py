"""The audit log page: browse and search the hash-chained log, and verify the chain off the GUI thread."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.common import Column, FilterProxy, RecordTableModel, record_table
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, tone_color

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 300
PAGE_LIMIT = 2000  # newest records shown; search narrows the rest down on the server


def _local_time(record: AuditRecord) -> str:
    return record.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _summary(record: AuditRecord) -> str:
    return audit.summary_of(record, QCoreApplication.translate)


AUDIT_COLUMNS: list[Column[AuditRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda r: r.seq, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), _local_time, sort_value=lambda r: r.recorded_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Actor"), lambda r: r.actor),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: r.action),
    Column(QT_TRANSLATE_NOOP("Columns", "Entity"), lambda r: r.entity_type),
    Column(QT_TRANSLATE_NOOP("Columns", "Entity id"), lambda r: r.entity_id),
    Column(QT_TRANSLATE_NOOP("Columns", "Summary"), _summary),
    Column(QT_TRANSLATE_NOOP("Columns", "Hash"), lambda r: r.record_hash[:12]),
]
COL_SEQ, COL_ENTITY_ID, COL_SUMMARY, COL_HASH = 0, 5, 6, 7


class AuditTableModel(RecordTableModel[AuditRecord]):
    """Ids, summaries and hashes are cut short in their cells: the tooltip shows them whole."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            record = self.record(index.row())
            return {
                COL_ENTITY_ID: record.entity_id,
                COL_SUMMARY: _summary(record) or None,
                COL_HASH: record.record_hash,
            }.get(index.column())
        return super().data(index, role)


class AuditPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.verify_task: asyncio.Task[None] | None = None

        self.search_box = QLineEdit(placeholderText=self.tr("Search actor, action, entity, id or summary  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload the log (F5)"))
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute every record's hash, check the chain is unbroken and that its end was not cut")
        )
        self.checkpoint_button = QPushButton(self.tr("Verify against a checkpoint…"))
        self.checkpoint_button.setToolTip(
            self.tr("Also prove the log still holds the end an off-site checkpoint recorded (audit checkpoint --out)")
        )
        self.checkpoint: Path | None = None  # the checkpoint file of the verify running or last run
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: verify cannot report progress
        self.busy.setFixedWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()

        self.model = AuditTableModel(AUDIT_COLUMNS, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.sortByColumn(COL_SEQ, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)

        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search_box, 1)
        toolbar.addWidget(self.refresh_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.verify_button)
        toolbar.addWidget(self.checkpoint_button)
        toolbar.addWidget(self.busy)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        # Server-side search: wait until the user stops typing instead of querying per keystroke.
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.refresh_button.clicked.connect(self.reload)
        self.verify_button.clicked.connect(self._verify_clicked)
        self.checkpoint_button.clicked.connect(self._choose_checkpoint)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)

        self.reload()
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        # Built with the Admin tab at login: the records appended since then (by this console, others or
        # the command line) must be there when the page is opened, not only after Refresh.
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def reload(self) -> None:
        self.search_timer.stop()
        search = self.search_box.text().strip()
        try:
            with self._context.database.session_factory() as session:
                page = audit.list_records(session, self._principal, search=search, limit=PAGE_LIMIT)
        except ServiceError as exc:
            self.model.set_records([])
            self.count_label.clear()
            self._set_status(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        except SQLAlchemyError as exc:  # server gone: keep the rows shown, say why they are not fresh
            self._set_status(
                self.tr("Cannot read the audit log: {error}").format(error=database_error_text(exc)), BAD_COLOR
            )
            return
        self.model.set_records(page.records)
        self.count_label.setText(self._count_text(len(page.records), page.total, search))

    @staticmethod
    def _count_text(shown: int, total: int, search: str) -> str:
        translate = QCoreApplication.translate  # this name: lupdate reads translate("Context", "text") calls
        if total == 0:
            if search:
                return translate("AuditPage", "No records match “{search}”").format(search=search)
            return translate("AuditPage", "The audit log is empty")
        if shown < total:
            return translate(
                "AuditPage", "Showing {shown} of {total} records (newest first; search to narrow down)"
            ).format(shown=grouped(shown), total=grouped(total))
        return translate("AuditPage", "Showing {shown} of {total} records").format(
            shown=grouped(shown), total=grouped(total)
        )

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # Entity ids are UUIDs: the first block identifies them well enough, the tooltip has the rest.
        samples = {
            0: "000000",
            1: "2000-00-00 00:00:00",
            2: "administrator",
            3: "miner_model.update",
            4: "miner_model",
            5: "00000000-0000-00",
            7: "0123456789ab",
        }
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)

    def _set_status(self, text: str, color: str) -> None:
        self.status_label.setStyleSheet(f"color: {tone_color(self, color)}; font-weight: 600;")
        self.status_label.setText(text)

    def start_verify(self, checkpoint: Path | None = None) -> None:
        """Disable the button at once (not at the task's first step), so a double click starts one run."""
        if self.verify_task is None:
            self.checkpoint = checkpoint
            self._set_verifying(True)
            self.verify_task = self.verify_chain()

    def _verify_clicked(self) -> None:
        self.start_verify()  # clicked(bool) would pass its flag as the checkpoint

    def _choose_checkpoint(self) -> None:
        # open(), not exec(): a nested event loop would stall qasync.
        dialog = QFileDialog(self, self.tr("Audit checkpoint file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Audit checkpoints (*.json)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.start_verify(Path(name)))
        dialog.open()

    def _set_verifying(self, running: bool) -> None:
        self.verify_button.setEnabled(not running)
        self.checkpoint_button.setEnabled(not running)
        self.busy.setVisible(running)
        if running:
            self._set_status(self.tr("Verifying the audit chain…"), self.palette().windowText().color().name())

    @qasync.asyncSlot()
    async def verify_chain(self) -> None:
        # asyncio holds tasks weakly: keep this one until it ends (also when called without start_verify).
        self.verify_task = asyncio.current_task()
        if not shiboken6.isValid(self):
            self.verify_task = None
            return  # closed before the task's first step
        self._set_verifying(True)
        outcome: audit.VerifyResult | Exception
        try:
            outcome = await asyncio.to_thread(self._verify_in_thread)
        except ServiceError as exc:
            outcome = exc
        except Exception as exc:  # a lost connection must end in a message, not a stuck busy bar
            log.exception("audit verification failed")
            outcome = exc
        finally:
            self.verify_task = None
            if shiboken6.isValid(self):
                self._set_verifying(False)
        if not shiboken6.isValid(self):
            return  # the page was closed while the worker thread ran
        if isinstance(outcome, ServiceError):
            self._set_status(render_error(outcome, QCoreApplication.translate), BAD_COLOR)
        elif isinstance(outcome, Exception):
            self._set_status(self.tr("Verification could not run: {error}").format(error=outcome), BAD_COLOR)
        else:
            self._show_result(outcome)

    def _verify_in_thread(self) -> audit.VerifyResult:
        # Runs in a worker thread: its own session, never the GUI thread's.
        with self._context.database.session_factory() as session:
            return audit.verify(session, self._principal, checkpoint=self.checkpoint)

    def _show_result(self, result: audit.VerifyResult) -> None:
        """The chain, then each check of its end (the database's head, this computer's head file, a checkpoint)."""
        said = QCoreApplication.translate
        ends = "\n".join(
            ("✔ " if check.ok else "✘ ")
            + self.tr("{name}: {detail}").format(
                name=render(check.name, said), detail=render(check.problem or check.detail, said)
            )
            for check in result.end_checks
        )
        if result.ok:
            self._set_status(
                self.tr("Chain intact: {count} records verified").format(count=grouped(result.checked))
                + (f"\n{ends}" if ends else ""),
                OK_COLOR,
            )
            return
        if result.chain_ok:
            cut = next(check for check in result.end_checks if not check.ok)
            headline = self.tr("CUT: {problem}").format(problem=render(cut.problem or "", said))
        else:
            headline = self.tr("TAMPERED at record {seq}: {reason}").format(
                seq=result.first_bad_seq, reason=render(result.reason, said)
            )
        self._set_status(headline + (f"\n{ends}" if ends else ""), BAD_COLOR)
        self.reload()  # show the rows as they are now, not as they were when the page was loaded
        if result.first_bad_seq is not None:
            self.select_record(result.first_bad_seq)

    def select_record(self, seq: int) -> bool:
        """Select and scroll to record ``seq``; clears the search if it hides that record."""
        row = self._source_row(seq)
        if row is None and self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.reload()
            row = self._source_row(seq)
        if row is None:
            return False  # deleted, or older than the page shown
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _source_row(self, seq: int) -> int | None:
        for row, record in enumerate(self.model.records()):
            if record.seq == seq:
                return row
        return None
