"""The miners table: a model over :class:`MinerRow` that updates in place (its columns: ``miner_columns``; its
filter proxy: ``miners_filter``; the view's widths and column order: ``miners_table_layout``).

Built for 10,000 rows refreshed every second:

- :meth:`MinersTableModel.set_rows` replaces only the rows that changed (one ``dataChanged`` per run
  of changed rows) and resets only when the set of miners changed, so selection, scroll position
  and sort survive a refresh; :meth:`MinersTableModel.take_rows` takes the row list a worker thread
  already compared, put together and sorted (the Fleet tab's refresh: 20,000 rows changed at every
  poll), and leaves ``dataChanged`` to the caller, which repaints only what is on screen;
- sorting is done by the source model on precomputed keys (a Python ``list.sort``, a few
  milliseconds), not by the proxy's per-comparison ``lessThan`` (about a second for 10,000 rows
  through Python ``data()`` calls); the proxy only filters, and passes ``sort`` on to the model.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.analytics.anomalies import ANOMALY_SCORE, CRITICAL_SCORE
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import HASHING_STATUSES, MinerHealth
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.fleet.formatting import is_dark, status_color
from hashinsight_desktop.ui.fleet.miner_columns import (
    COL_ANOMALY,
    COL_BOARDS,
    COL_CURTAILED,
    COL_FAMILY,
    COL_FIRMWARE,
    COL_LAST_SEEN,
    COL_MODEL,
    COL_NAME,
    COL_NOMINAL_PCT,
    COL_POOL,
    COL_STATUS,
    COL_TEMP,
    COLUMN_COUNT,
    COLUMNS,
    NO_HEALTH,
    RAW_ROLE,
    ROW_ROLE,
    TEMP_CRITICAL_C,
    TEMP_WARNING_C,
    capabilities_tooltip,
    nominal_pct,
    sort_value,
    sorted_positions,
    status_label,
)
from hashinsight_desktop.ui.theme import TONES

Index = QModelIndex | QPersistentModelIndex

_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        RAW_ROLE,
        ROW_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
PCT_OK, PCT_LOW = 95.0, 80.0  # % of nominal: below OK a note, below LOW bad (a curtailed miner is not judged)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_GAP_MERGE = 64  # changed rows this close share one dataChanged (fewer signals, a little more repaint)
# Rows compared by their field dicts (a C-level dict comparison, twice as fast as the dataclass __eq__).
_state: Callable[[MinerRow], object] = (lambda row: row) if "__slots__" in vars(MinerRow) else vars


class MinersTableModel(QAbstractTableModel):
    """One row per miner, in the order of the current sort (``sort`` is implemented here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MinerRow] = []
        self._health: dict[int, MinerHealth] = {}  # by miner id as int (hashed in C, like _positions)
        self._positions: dict[int, int] = {}  # miner id (as int: hashed in C) -> row
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.serial = 0  # rises whenever the rows are reset or reordered (a worker's order may be stale)

    # -- reading ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def row(self, position: int) -> MinerRow:
        return self._rows[position]

    def health(self, miner_id: uuid.UUID) -> MinerHealth:
        return self._health.get(miner_id.int, NO_HEALTH)

    def position_of(self, miner_id: uuid.UUID) -> int | None:
        return self._positions.get(miner_id.int)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MinersModel", str(COLUMNS[section][0]))  # QT_TRANSLATE_NOOP above
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][4]:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks ~8 roles per cell: answer the rest at once
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[column][4] else None
        health = self._health.get(row.id.int, NO_HEALTH)
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][3](row, health)
        if role == RAW_ROLE:
            return COLUMNS[column][1](row, health)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, health, column)
        return self._tooltip(row, health, column)

    @staticmethod
    def _foreground(row: MinerRow, health: MinerHealth, column: int) -> QColor | None:
        if column == COL_STATUS:
            return status_color(row.status)
        if column == COL_BOARDS and health.boards_dead and row.status in HASHING_STATUSES:
            return QColor(TONES["bad"][is_dark()])
        if column == COL_CURTAILED and health.curtailment and not health.curtailed:
            return QColor(TONES["note"][is_dark()])  # a plan's command that did not take: a warning
        if column == COL_NOMINAL_PCT and not health.curtailed:
            pct = nominal_pct(row, health)
            tone = None if pct is None or pct >= PCT_OK else "bad" if pct < PCT_LOW else "note"
            return QColor(TONES[tone][is_dark()]) if tone else None
        if column == COL_ANOMALY and health.anomaly_score is not None and health.anomaly_score >= ANOMALY_SCORE:
            return QColor(TONES["bad" if health.anomaly_score >= CRITICAL_SCORE else "note"][is_dark()])
        if column == COL_TEMP and row.max_chip_temp_c is not None and row.max_chip_temp_c >= TEMP_WARNING_C:
            tone = "bad" if row.max_chip_temp_c >= TEMP_CRITICAL_C else "note"
            return QColor(TONES[tone][is_dark()])
        return None

    @staticmethod
    def _tooltip(row: MinerRow, health: MinerHealth, column: int) -> str | None:
        if column == COL_FIRMWARE and health.firmware_reported:
            reports = QCoreApplication.translate("MinersModel", "Reports: {firmware}")
            return reports.format(firmware=health.firmware_reported) + "\n" + capabilities_tooltip(row)
        if column in (COL_FAMILY, COL_FIRMWARE, COL_MODEL):
            return capabilities_tooltip(row)
        if column in (COL_STATUS, COL_NAME):
            said, status = QCoreApplication.translate, status_label(row.status)
            lines = [f"{status}: {render(reason, said)}" for reason in (health.degraded, row.error) if reason]
            lines += [render(text, said) for text in (health.curtailment, health.maintenance) if text]
            return "\n".join(lines) or None
        if column == COL_CURTAILED:
            if health.curtailment and not health.curtailed and health.curtailment_detail:
                why = render(health.curtailment_detail, QCoreApplication.translate)  # "the Avalon refused sleep: …"
                return f"{health.curtailment}\n{why}"
            return health.curtailment
        if column == COL_POOL:
            return row.pool_url
        if column == COL_ANOMALY:  # the job's reason as stored, in the console's language
            return render(health.anomaly, QCoreApplication.translate) if health.anomaly else None
        if column == COL_LAST_SEEN and row.last_seen_at is not None:
            return row.last_seen_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        return None

    # -- updating -----------------------------------------------------------------------------------
    def same_miners(self, rows: Sequence[MinerRow]) -> bool:
        """Whether ``rows`` are the miners shown (then :meth:`set_rows` updates in place)."""
        positions = self._positions
        return len(rows) == len(self._rows) and all(row.id.int in positions for row in rows)

    def set_rows(self, rows: Sequence[MinerRow], health: dict[uuid.UUID, MinerHealth] | None = None) -> bool:
        """Show ``rows`` (and each miner's ``health``); True when the model was reset (the set of miners
        changed), False when changed rows were updated in place (selection and persistent indexes stay valid)."""
        positions = self._positions
        old_health = self._health
        self._health = {miner_id.int: h for miner_id, h in health.items()} if health else {}
        same_health = not old_health and not self._health
        if not self.same_miners(rows):
            self.beginResetModel()
            self._rows = list(rows)
            self._sort_rows()
            self.endResetModel()
            return True
        current = self._rows
        changed = []
        resort = False  # only when a changed row's sort value changed (20,000 rows: a re-sort costs the GUI)
        for row in rows:
            position = positions[row.id.int]
            old = current[position]
            if _state(old) != _state(row) or (
                not same_health and old_health.get(row.id.int) != self._health.get(row.id.int)
            ):
                resort = resort or self._sort_value(old, old_health) != self._sort_value(row, self._health)
                current[position] = row
                changed.append(position)
        if changed:
            changed.sort()
            self.emit_changed(changed)
            if resort:
                self._apply_sort()
        return False

    def emit_changed(self, positions: Sequence[int]) -> None:
        """``dataChanged`` over the sorted ``positions``, one signal per run of nearby rows."""
        if not positions:
            return
        last = COLUMN_COUNT - 1
        start = end = positions[0]
        for position in positions[1:]:
            if position - end > _GAP_MERGE:
                self.dataChanged.emit(self.index(start, 0), self.index(end, last))
                start = position
            end = position
        self.dataChanged.emit(self.index(start, 0), self.index(end, last))

    def sorting(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def shown_order(self) -> list[int]:
        """The miners' ids (as int) in the rows' order: what a worker thread sorts from."""
        return list(self._positions)

    def take_rows(self, rows: list[MinerRow], positions: dict[int, int] | None, health: dict[int, MinerHealth]) -> None:
        """Take the rows a worker thread put together from the ones shown (the same miners, changed rows
        replaced) in their new order: ``positions`` gives each miner's new row by id as int (None: the order
        shown, nothing moved); ``health`` (by miner id as int) replaces all. A move is one layout change that
        carries persistent indexes (selection) with their miners. No ``dataChanged``: the caller emits it for
        the rows it needs repainted (:meth:`emit_changed`)."""
        self._health = health
        if positions is None:
            self._rows = rows
            return
        self.serial += 1
        self.layoutAboutToBeChanged.emit()  # no arguments: PySide6 6.11 crashes on an empty parents list
        before = self._rows
        self._rows, self._positions = rows, positions
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(positions[before[index.row()].id.int], index.column()) for index in persistent]
        )
        self.layoutChanged.emit()

    def _sort_value(self, row: MinerRow, health: dict[int, MinerHealth]) -> object:
        return sort_value(self._sort_column, row, health)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.serial += 1
        self._apply_sort()

    def _order(self) -> list[int]:
        return sorted_positions(self._rows, self._health, self._sort_column, self._sort_order)

    def _sort_rows(self) -> None:
        if 0 <= self._sort_column < COLUMN_COUNT:
            self._rows = [self._rows[p] for p in self._order()]
        self._positions = {row.id.int: position for position, row in enumerate(self._rows)}
        self.serial += 1

    def _apply_sort(self) -> None:
        """Re-sort in place with a layout change that carries persistent indexes (selection)."""
        if 0 <= self._sort_column < COLUMN_COUNT and self._rows:
            self._reorder(self._order())

    def _reorder(self, order: list[int]) -> None:
        """Rows to ``order`` (old positions in their new order), persistent indexes following them."""
        if all(old == new for new, old in enumerate(order)):
            return
        self.serial += 1
        # No arguments: PySide6 6.11 crashes converting an empty parents list with a hint.
        self.layoutAboutToBeChanged.emit()
        moved_to = [0] * len(order)
        for new, old in enumerate(order):
            moved_to[old] = new
        self._rows = [self._rows[p] for p in order]
        self._positions = {row.id.int: position for position, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[index.row()], index.column()) for index in persistent]
        )
        self.layoutChanged.emit()
