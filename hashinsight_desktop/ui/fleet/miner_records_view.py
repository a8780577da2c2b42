"""The miner detail's lower half: hash boards, the miner's alerts (open and past) and the commands sent
to it, one tab each, from :func:`services.telemetry.miner_records.miner_records`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QWidget

from hashinsight_desktop.services.code_labels import COMMAND_OUTCOMES, label
from hashinsight_desktop.services.telemetry.miner_records import (
    AlertRecord,
    BoardReading,
    CommandRecord,
    MinerRecords,
)
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.admin.notification_dialogs import alert_kind_labels, severity_labels
from hashinsight_desktop.ui.common import Column, RecordTableModel, record_table


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment is not None else ""


def _num(value: float | int | None, fmt: str) -> str:
    return "—" if value is None else format(value, fmt)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinerRecords", text)


BOARD_COLUMNS: list[Column[BoardReading]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda b: str(b.number), sort_value=lambda b: b.number),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda b: _tr("dead") if b.dead else _tr("hashing")),
    Column(
        QT_TRANSLATE_NOOP("Columns", "TH/s"),
        lambda b: _num(b.hashrate_ths, ",.2f"),
        sort_value=lambda b: b.hashrate_ths,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Chips"),
        lambda b: _num(b.chips, ","),
        sort_value=lambda b: b.chips,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Chip °C"),
        lambda b: _num(b.chip_temp_c, ".0f"),
        sort_value=lambda b: b.chip_temp_c,
        align_right=True,
    ),
]
ALERT_COLUMNS: list[Column[AlertRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Raised"), lambda a: _when(a.raised_at), sort_value=lambda a: a.raised_at),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Cleared"),
        lambda a: _when(a.cleared_at) or _tr("open"),
        sort_value=lambda a: a.cleared_at,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Severity"), lambda a: severity_labels().get(a.severity, a.severity).capitalize()
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Alert"), lambda a: alert_kind_labels().get(a.kind, a.kind.replace("_", " "))),
    Column(QT_TRANSLATE_NOOP("Columns", "At raise"), lambda a: a.message_in(QCoreApplication.translate)),
    Column(QT_TRANSLATE_NOOP("Columns", "Latest"), lambda a: a.current_message_in(QCoreApplication.translate) or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Acknowledged"),
        lambda a: (a.acknowledged_by or "") + (f": {a.acknowledged_note}" if a.acknowledged_note else ""),
    ),
]
COMMAND_COLUMNS: list[Column[CommandRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Sent"), lambda c: _when(c.requested_at), sort_value=lambda c: c.requested_at),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda c: c.actor),
    Column(QT_TRANSLATE_NOOP("Columns", "Command"), lambda c: c.command + (f" {c.parameter}" if c.parameter else "")),
    Column(QT_TRANSLATE_NOOP("Columns", "Plan"), lambda c: c.plan or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Result"),
        lambda c: render(label(COMMAND_OUTCOMES, c.outcome), QCoreApplication.translate),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Detail"), lambda c: render(c.detail or "", QCoreApplication.translate)),
]


def _table(model: RecordTableModel) -> QTableView:  # type: ignore[type-arg]
    table = record_table(model)
    table.setWordWrap(True)  # whole messages: no truncated text
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class MinerRecordsView(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boards = RecordTableModel(BOARD_COLUMNS, self)
        self.alerts = RecordTableModel(ALERT_COLUMNS, self)
        self.commands = RecordTableModel(COMMAND_COLUMNS, self)
        self.tables = [_table(model) for model in (self.boards, self.alerts, self.commands)]
        titles = (self.tr("Hash boards"), self.tr("Alerts"), self.tr("Commands"))
        for table, title in zip(self.tables, titles, strict=True):
            self.addTab(table, title)

    def show_records(self, records: MinerRecords) -> None:
        self.boards.set_records(records.boards)
        self.alerts.set_records(records.alerts)
        self.commands.set_records(records.commands)
        dead = sum(1 for b in records.boards if b.dead)
        boards = self.tr("Hash boards ({alive}/{total} alive)").format(
            alive=len(records.boards) - dead, total=len(records.boards)
        )
        opened = sum(1 for a in records.alerts if a.cleared_at is None)
        self.setTabText(0, boards if records.boards else self.tr("Hash boards (none reported)"))
        self.setTabText(1, self.tr("Alerts ({open} open, {all} in all)").format(open=opened, all=len(records.alerts)))
        self.setTabText(2, self.tr("Commands ({count})").format(count=len(records.commands)))
        for table in self.tables:
            table.resizeRowsToContents()
