"""The alerts panel of the Fleet tab: open alerts newest first, severity in colour, and Acknowledge."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Sequence
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.telemetry import alert_rules
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import RECORD_ROLE, Column, RecordTableModel, record_table, show_error
from hashinsight_desktop.ui.fleet.fleet_snapshot import AlertRow
from hashinsight_desktop.ui.fleet.formatting import is_dark, local_time
from hashinsight_desktop.ui.theme import TONES

log = logging.getLogger(__name__)
ALERT_COLUMNS: list[Column[AlertRow]] = [
    Column("Raised", lambda a: local_time(a.raised_at), sort_value=lambda a: a.raised_at),
    Column("Severity", lambda a: a.severity.capitalize()),
    Column("Miner", lambda a: a.miner if a.miner == a.ip_address else f"{a.miner} ({a.ip_address})"),
    Column("Site", lambda a: a.site),
    Column("Alert", lambda a: a.kind.replace("_", " ")),
    Column("Message", lambda a: a.message),
    Column("Acknowledged", lambda a: a.acknowledged_by or ""),
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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_MESSAGE:
            return alert.message
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
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.ack_button = QPushButton("Acknowledge")
        self.ack_button.setToolTip(
            "Mark the selected alerts as seen by you (they stay open until the condition clears)"
            if self.can_acknowledge
            else f"Your role ({principal.role.value}) may not acknowledge alerts"
        )
        self.model = AlertsModel(ALERT_COLUMNS, self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)  # newest first, as the query orders them
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in {
            0: "00 Mmm 00:00",
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

    def show_alerts(self, alerts: Sequence[AlertRow]) -> None:
        """Replace the rows only when they changed; the selection is kept by alert id."""
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
        unacknowledged = sum(1 for a in alerts if not a.acknowledged_by)
        count = f"{len(alerts):,}" + (f", {unacknowledged:,} new" if unacknowledged else "")
        self.title.setText(f"Open alerts ({count})" if alerts else "Open alerts: none")
        self._update_button()

    def alerting_miners(self) -> frozenset[uuid.UUID]:
        return frozenset(a.miner_id for a in self.model.records())

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
        if self.can_acknowledge and ids and self.ack_task is None:
            self.ack_button.setEnabled(False)
            self.ack_task = self.acknowledge(ids)

    @qasync.asyncSlot(object)
    async def acknowledge(self, alert_ids: list[uuid.UUID]) -> None:
        self.ack_task = asyncio.current_task()
        try:
            await asyncio.to_thread(self._acknowledge_in_thread, alert_ids)
        except ServiceError as exc:
            if shiboken6.isValid(self):
                show_error(self, "Alerts not acknowledged", str(exc))
        except Exception as exc:  # a lost connection must end in a message, not a dead button
            log.exception("acknowledging alerts failed")
            if shiboken6.isValid(self):
                show_error(self, "Alerts not acknowledged", f"The database could not be reached: {exc}")
        else:
            if shiboken6.isValid(self):
                self.acknowledged.emit()
        finally:
            self.ack_task = None
            if shiboken6.isValid(self):
                self._update_button()

    def _acknowledge_in_thread(self, alert_ids: list[uuid.UUID]) -> None:
        with unit_of_work(self._context.database.session_factory, "alert") as session:
            for alert_id in alert_ids:
                alert_rules.acknowledge(session, self._principal, alert_id, clock=self._context.clock)
