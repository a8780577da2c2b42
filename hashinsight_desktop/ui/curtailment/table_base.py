"""What the curtailment tables share: a record model that updates rows in place (a refresh every
second keeps selection and scroll), state colours for plans and per-miner commands, and number
formats."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from hashinsight_desktop.services.curtailment.level_commands import level_label
from hashinsight_desktop.services.curtailment.plans import PlanSummary
from hashinsight_desktop.ui.common import Column, Index, RecordTableModel
from hashinsight_desktop.ui.fleet.formatting import is_dark
from hashinsight_desktop.ui.theme import TONES

T = TypeVar("T")
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # a state column's raw state name (planned, confirmed, …)

_GREY = ("#616161", "#9e9e9e")
_BLUE = ("#1565c0", "#90caf9")
# Per-miner command states: planned → sending → accepted | failed → confirmed | unconfirmed.
ITEM_STATE_COLORS: dict[str, tuple[str, str]] = {
    "planned": _GREY,
    "sending": _BLUE,
    "accepted": ("#00796b", "#80cbc4"),
    "confirmed": TONES["ok"],
    "unconfirmed": TONES["note"],
    "failed": TONES["bad"],
}
ITEM_STATE_LABELS = {  # in English, translated where shown (context "PlanProgress")
    "planned": QT_TRANSLATE_NOOP("PlanProgress", "Planned"),
    "sending": QT_TRANSLATE_NOOP("PlanProgress", "Sending…"),
    "accepted": QT_TRANSLATE_NOOP("PlanProgress", "Accepted"),
    "confirmed": QT_TRANSLATE_NOOP("PlanProgress", "Confirmed"),
    "unconfirmed": QT_TRANSLATE_NOOP("PlanProgress", "Unconfirmed"),
    "failed": QT_TRANSLATE_NOOP("PlanProgress", "Failed"),
}
PLAN_STATE_COLORS: dict[str, tuple[str, str]] = {
    "pending": TONES["note"],
    "approved": _BLUE,
    "executing": _BLUE,
    "executed": TONES["ok"],
    "partially_executed": TONES["note"],
    "failed": TONES["bad"],
    "stopped": TONES["note"],
    "recovering": _BLUE,
    "completed": TONES["ok"],
    "cancelled": _GREY,
}


def plan_color(plan: PlanSummary) -> QColor | None:
    """A plan's state in colour: an execution whose site measured above its target is not a green
    success, whatever its miners say — it takes the warning colour of a partial one."""
    state = plan.state
    if state == "executed" and plan.figures is not None and plan.figures.reached is False:
        state = "partially_executed"
    return state_color(state, PLAN_STATE_COLORS)


def state_color(state: str | None, colors: dict[str, tuple[str, str]], dark: bool | None = None) -> QColor | None:
    pair = colors.get(state or "")
    if pair is None:
        return None
    return QColor(pair[is_dark() if dark is None else dark])


def natural_text(text: str) -> str:
    """A sort key Qt's proxy can compare (a string): ``rig-9`` before ``rig-10``, case ignored."""
    return re.sub(r"\d+", lambda m: m.group().zfill(12), text.casefold())


def host_text(host: str, port: int = 4028) -> str:
    """A string sort key for addresses in numeric order (10.0.0.9 before 10.0.0.10), names after."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"9 {host.casefold()} {port:05d}"
    return f"{address.version} {int(address):040d} {port:05d}"


def kw(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else f"{value:,.{decimals}f}"


def level_text(kind: str, power_pct: int | None, power_w: float | None = None) -> str:
    """``75 %`` for a power target in percent, ``2,400 W`` in watts, ``low mode``, ``Sleep``, ``Full``."""
    return level_label(kind, power_pct, power_w)


class KeyedRecordModel(RecordTableModel[T]):
    """Records with a stable key: :meth:`update_records` changes rows in place when the keys are the
    same (one ``dataChanged`` per run of changed rows), and resets only when they differ.

    Subclasses may colour cells (:meth:`foreground`), give tooltips (:meth:`tooltip`) and a raw state
    for a state column (:meth:`state`)."""

    def __init__(
        self, columns: Sequence[Column[T]], key: Callable[[T], Hashable], parent: QWidget | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._key = key

    def update_records(self, records: Sequence[T]) -> bool:
        """Show ``records``; True when the model was reset."""
        current = self._records
        new = list(records)
        if len(new) != len(current) or any(self._key(a) != self._key(b) for a, b in zip(current, new, strict=True)):
            self.set_records(new)
            return True
        changed = [i for i, (a, b) in enumerate(zip(current, new, strict=True)) if a != b]
        self._records = new
        last = self.columnCount() - 1
        start = end = -1
        for row in changed:
            if start < 0:
                start = end = row
            elif row == end + 1:
                end = row
            else:
                self.dataChanged.emit(self.index(start, 0), self.index(end, last))
                start = end = row
        if start >= 0:
            self.dataChanged.emit(self.index(start, 0), self.index(end, last))
        return False

    def row_of(self, key: Hashable) -> int | None:
        for row, record in enumerate(self._records):
            if self._key(record) == key:
                return row
        return None

    def foreground(self, record: T, column: int) -> QColor | None:
        return None

    def tooltip(self, record: T, column: int) -> str | None:
        return None

    def state(self, record: T, column: int) -> str | None:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.foreground(self._records[index.row()], index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tooltip(self._records[index.row()], index.column())
            if role == STATE_ROLE:
                return self.state(self._records[index.row()], index.column())
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and self._columns[section].align_right
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


def size_columns(table: QTableView, samples: dict[int, str], stretch: int | None = None) -> None:
    """Widths from sample text (measuring thousands of rows would take a while); ``stretch`` (or the
    last column) takes the room left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(36)
    metrics = table.fontMetrics()
    for column, sample in samples.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
