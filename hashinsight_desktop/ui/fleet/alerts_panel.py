"""The alerts panel of the Fleet tab: open alerts newest first (of the miners the filters show), severity in
colour, the reading at raise and now, and Acknowledge with a note for every selected alert."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Sequence
from datetime import datetime
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
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.telemetry import alert_rules
from hashinsight_desktop.services.telemetry.alert_list import AlertRow
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.notification_dialogs import alert_kind_labels, severity_labels
from hashinsight_desktop.ui.common import RECORD_ROLE, Column, RecordTableModel, record_table, show_error
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.fleet.formatting import is_dark
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import TONES

log = logging.getLogger(__name__)


def full_time(moment: datetime | None) -> str:
    """Date and time, local: an alert may be days old."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def message_text(alert: AlertRow) -> str:
    """The reading when raised and, when it changed, the latest one (in the console's language)."""
    raised = alert.message_in(QCoreApplication.translate)
    now = alert.current_message_in(QCoreApplication.translate)
    if not now or alert.current_message == alert.message:
        return raised
    return QCoreApplication.translate("AlertsPanel", "{raised} — now: {now}").format(raised=raised, now=now)


def acknowledged_text(alert: AlertRow) -> str:
    if not alert.acknowledged_by:
        return ""
    text = f"{alert.acknowledged_by} {full_time(alert.acknowledged_at)}".strip()
    return f"{text}: {alert.acknowledged_note}" if alert.acknowledged_note else text


ALERT_COLUMNS: list[Column[AlertRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Raised"), lambda a: full_time(a.raised_at), sort_value=lambda a: a.raised_at),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Severity"), lambda a: severity_labels().get(a.severity, a.severity).capitalize()
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Miner"),
        lambda a: a.miner if a.miner == a.ip_address else f"{a.miner} ({a.ip_address})",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Site"), lambda a: a.site),
    Column(QT_TRANSLATE_NOOP("Columns", "Alert"), lambda a: alert_kind_labels().get(a.kind, a.kind.replace("_", " "))),
    Column(QT_TRANSLATE_NOOP("Columns", "Message"), message_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Acknowledged"), acknowledged_text),
]
COL_RAISED, COL_SEVERITY, COL_MESSAGE = 0, 1, 5


class AlertsModel(RecordTableModel[AlertRow]):
    """Severity in its tone; acknowledged alerts in italics (still open, but someone is on it)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alert = self.record(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_SEVERITY:
            return QColor(TONES["bad" if alert.severity == alert_rules.CRITICAL else "note"][is_dark()])
        if role == Qt.ItemDataRole.FontRole and alert.acknowledged_by:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{message_text(alert)}\n{acknowledged_text(alert)}".strip()
        return super().data(index, role)


class AlertsPanel(QWidget):
    """``acknowledged`` fires after alerts were acknowledged; ``miner_chosen`` on a double click."""

    acknowledged = Signal()
    miner_chosen = Signal(object)

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.can_acknowledge = principal.can(Permission.FLEET_OPERATE)
        self.ack_task: asyncio.Task[None] | None = None
        self._all: list[AlertRow] = []
        self._miners: set[uuid.UUID] | None = None  # the miners the Fleet tab's filters show (None: all)
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.ack_button = QPushButton(self.tr("Acknowledge…"))
        self.ack_button.setToolTip(
            self.tr("Mark every selected alert as seen by you, with a note (they stay open until the condition clears)")
            if self.can_acknowledge
            else self.tr("Your role ({role}) may not acknowledge alerts").format(role=principal.role.value)
        )
        self.model = AlertsModel(ALERT_COLUMNS, self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)  # newest first, as the query orders them
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)  # no truncated message: rows grow to fit it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in {
            0: "0000-00-00 00:00",
            1: "Critical",
            2: "miner-000 (10.10.100.100)",
            3: "Texas North",
        }.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(4, metrics.horizontalAdvance("over temperature") + 24)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(self._double_clicked)
        self.ack_button.clicked.connect(self.start_acknowledge)
        self.show_alerts([])

    def follow_miners(self, miner_ids: set[uuid.UUID] | None) -> None:
        """Show only the alerts of these miners (None: every alert)."""
        if miner_ids != self._miners:
            self._miners = miner_ids
            self.show_alerts(self._all)

    def show_alerts(self, alerts: Sequence[AlertRow]) -> None:
        """Replace the rows only when they changed; the selection is kept by alert id."""
        self._all = list(alerts)
        every = len(alerts)
        if self._miners is not None:
            alerts = [a for a in alerts if a.miner_id in self._miners]
        if list(alerts) != self.model.records():
            selected = {a.id for a in self.selected_alerts()}
            self.model.set_records(alerts)
            selection = self.table.selectionModel()
            for row, alert in enumerate(alerts):
                if alert.id in selected:
                    selection.select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
            self.table.resizeRowsToContents()
        unacknowledged = sum(1 for a in alerts if not a.acknowledged_by)
        count = grouped(len(alerts))
        if unacknowledged:
            count = self.tr("{count}, {new} new").format(count=count, new=grouped(unacknowledged))
        if len(alerts) < every:
            count += self.tr(" of {every} — the miners shown").format(every=grouped(every))
        if alerts or not every:
            title = self.tr("Open alerts ({count})").format(count=count) if alerts else self.tr("Open alerts: none")
        else:  # some open, none among the miners shown
            title = self.tr("Open alerts: none of the miners shown (0 of {every})").format(every=grouped(every))
        self.title.setText(title)
        self._update_button()

    def alerting_miners(self) -> frozenset[uuid.UUID]:
        return frozenset(a.miner_id for a in self._all)

    def selected_alerts(self) -> list[AlertRow]:
        return [index.data(RECORD_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _update_button(self) -> None:
        pending = any(not a.acknowledged_by for a in self.selected_alerts())
        self.ack_button.setEnabled(self.can_acknowledge and pending and self.ack_task is None)

    def _double_clicked(self, index: QModelIndex) -> None:
        alert: AlertRow = index.data(RECORD_ROLE)
        self.miner_chosen.emit(alert.miner_id)

    def start_acknowledge(self) -> None:
        ids = [a.id for a in self.selected_alerts() if not a.acknowledged_by]
        if not (self.can_acknowledge and ids and self.ack_task is None):
            return
        note = self.ask_note(len(ids))
        if note is not None:
            self.ack_button.setEnabled(False)
            self.ack_task = self.acknowledge(ids, note)

    def ask_note(self, count: int) -> str | None:
        """The acknowledgement's note ("" for none), or None when cancelled."""
        note, accepted = QInputDialog.getText(
            self,
            self.tr("Acknowledge alerts"),
            self.tr("Acknowledge {count} alerts. Note (optional: who is on it, what was done):").format(count=count),
            QLineEdit.EchoMode.Normal,
        )
        return note if accepted else None

    @qasync.asyncSlot(object, str)
    async def acknowledge(self, alert_ids: list[uuid.UUID], note: str = "") -> None:
        self.ack_task = asyncio.current_task()
        try:
            await asyncio.to_thread(self._acknowledge_in_thread, alert_ids, note)
        except ServiceError as exc:
            if shiboken6.isValid(self):
                show_error(self, self.tr("Alerts not acknowledged"), render_error(exc, QCoreApplication.translate))
        except SQLAlchemyError as exc:  # the note typed is kept for Retry
            if shiboken6.isValid(self):
                offer_retry(self, self.tr("Alerts not acknowledged"), exc, lambda: self.acknowledge(alert_ids, note))
        except Exception as exc:  # a lost connection must end in a message, not a dead button
            log.exception("acknowledging alerts failed")
            if shiboken6.isValid(self):
                show_error(
                    self,
                    self.tr("Alerts not acknowledged"),
                    self.tr("Not acknowledged: {error}").format(error=database_error_text(exc)),
                )
        else:
            if shiboken6.isValid(self):
                self.acknowledged.emit()
        finally:
            self.ack_task = None
            if shiboken6.isValid(self):
                self._update_button()

    def _acknowledge_in_thread(self, alert_ids: list[uuid.UUID], note: str = "") -> None:
        with unit_of_work(self._context.database.session_factory, "alert") as session:
            alert_rules.acknowledge_many(session, self._principal, alert_ids, note=note, clock=self._context.clock)
