"""The miners table: a model over :class:`MinerRow` that updates in place, and its filter proxy.

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

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from hashinsight_desktop.services.analytics.anomalies import ANOMALY_SCORE, CRITICAL_SCORE
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import HASHING_STATUSES, MinerHealth
from hashinsight_desktop.ui.common import RECORD_ROLE, SORT_ROLE
from hashinsight_desktop.ui.fleet.action_gate import capabilities_of, family_label
from hashinsight_desktop.ui.fleet.formatting import (
    efficiency,
    ip_key,
    is_dark,
    local_time,
    natural_key,
    short_pool,
    status_color,
)
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import TONES

Index = QModelIndex | QPersistentModelIndex

(
    COL_NAME,
    COL_SITE,
    COL_IP,
    COL_MODEL,
    COL_FAMILY,
    COL_FIRMWARE,
    COL_CUSTOMER,
    COL_FEED,
    COL_RACK,
    COL_STATUS,
    COL_BOARDS,
    COL_NOMINAL_PCT,
    COL_HASHRATE,
    COL_POWER,
    COL_EFFICIENCY,
    COL_TEMP,
    COL_FAN,
    COL_HW_ERRORS,
    COL_REJECTED,
    COL_POWER_TARGET,
    COL_UPTIME,
    COL_CURTAILED,
    COL_LAST_SEEN,
    COL_POOL,
    COL_ANOMALY,
) = range(25)
COLUMN_COUNT = 25
RAW_ROLE = SORT_ROLE  # the cell's raw value (float, datetime, str or None), as sorted
ROW_ROLE = RECORD_ROLE  # the whole MinerRow

STATUSES = ("hashing", "degraded", "sleeping", "error", "offline", "unknown")
STATUS_LABELS = {  # as the table and the filter bar name each status (translated where shown)
    "hashing": QT_TRANSLATE_NOOP("MinerFilterBar", "Hashing"),
    "degraded": QT_TRANSLATE_NOOP("MinerFilterBar", "Degraded"),
    "sleeping": QT_TRANSLATE_NOOP("MinerFilterBar", "Sleeping"),
    "error": QT_TRANSLATE_NOOP("MinerFilterBar", "Error"),
    "offline": QT_TRANSLATE_NOOP("MinerFilterBar", "Offline"),
    "unknown": QT_TRANSLATE_NOOP("MinerFilterBar", "Unknown"),
}
ALERTING = "alerting"  # a status filter value: miners with an open alert
ANOMALOUS = "anomalous"  # a status filter value: miners whose anomaly score is at or above ANOMALY_SCORE
TEMP_WARNING_C, TEMP_CRITICAL_C = 85.0, 95.0


def status_label(status: str) -> str:
    """A miner status in the reader's language."""
    return QCoreApplication.translate("MinerFilterBar", STATUS_LABELS.get(status, status.capitalize()))


def _number(value: float | None, decimals: int) -> str:
    """Fixed decimals, so a column's figures line up."""
    return "—" if value is None else f"{value:,.{decimals}f}"


def _watts(value: float | None) -> str:
    return "—" if value is None else f"{number(value)} W"


def format_uptime(seconds: int | None) -> str:
    """``3 d 4 h``, ``5 h 12 m``, ``14 m``: as long as it matters."""
    if seconds is None:
        return "—"
    days, rest = divmod(seconds, 86_400)
    hours, minutes = rest // 3600, rest % 3600 // 60
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {minutes} m" if hours else f"{minutes} m"


def _boards_key(row: MinerRow, health: MinerHealth) -> tuple[int, int] | None:
    """Alive boards, then total (sorting puts the fewest alive first); None unless it hashes (a sleeping
    miner's boards make no hashrate and are not dead)."""
    if health.boards_total is None or row.status not in HASHING_STATUSES:
        return None
    return (health.boards_total - (health.boards_dead or 0), health.boards_total)


def _boards_text(row: MinerRow, health: MinerHealth) -> str:
    key = _boards_key(row, health)
    return "—" if key is None else f"{key[0]}/{key[1]}"


def _nominal_pct(row: MinerRow, health: MinerHealth) -> float | None:
    """Hashrate as a share of the catalogue's nominal (None: unknown model, no hashrate read, or a miner
    that does not hash: a sleeping or offline miner's 0 % says nothing of its health)."""
    if not row.nominal_ths or row.hashrate_ths is None or row.status not in HASHING_STATUSES:
        return None
    return 100 * row.hashrate_ths / row.nominal_ths


def _curtailed_text(health: MinerHealth) -> str:
    """The level and plan (the column's title says "curtailed"), or the maintenance it is under."""
    if health.curtailment:
        return health.curtailment.removeprefix("curtailed: ")
    return QCoreApplication.translate("MinersModel", "maintenance") if health.maintenance else ""


def _firmware(row: MinerRow, health: MinerHealth) -> str | None:
    """The firmware the miner reports at its latest poll ("bmminer 1.0.0"), else what identification
    recorded (the family's label, "Stock", says little: it is in the tooltip)."""
    return health.firmware_reported or row.firmware


def _firmware_key(row: MinerRow) -> Any:
    return natural_key(row.firmware.casefold()) if row.firmware else None


# title, raw value, sort key (None: the raw value), shown text, right-aligned
_Raw = Callable[[MinerRow, MinerHealth], Any]


def _rack_text(row: MinerRow, _health: MinerHealth) -> str:
    """Rack and position as the floor names them ("R12 · 7"); empty when neither is set."""
    return " · ".join(part for part in (row.rack, row.position) if part)


# The titles are marked for lupdate here and translated in headerData.
_COLUMNS: list[tuple[object, _Raw, _Raw | None, Callable[[MinerRow, MinerHealth], str], bool]] = [
    (
        QT_TRANSLATE_NOOP("MinersModel", "Name"),
        lambda r, h: r.name,
        lambda r, h: natural_key(r.name),
        lambda r, h: r.name,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Site"),
        lambda r, h: r.site,
        lambda r, h: r.site.casefold(),
        lambda r, h: r.site,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "IP address"),
        lambda r, h: r.ip_address,
        lambda r, h: (ip_key(r.ip_address), r.port),
        lambda r, h: r.ip_address if r.port == 4028 else f"{r.ip_address}:{r.port}",
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Model"),
        lambda r, h: r.model,
        lambda r, h: r.model.casefold(),
        lambda r, h: r.model or "—",
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Family"),
        lambda r, h: family_label(r),
        lambda r, h: family_label(r).casefold(),
        lambda r, h: family_label(r),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Firmware"),
        _firmware,
        lambda r, h: (_firmware(r, h) or "").casefold() or None,
        lambda r, h: _firmware(r, h) or "—",
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Customer"),
        lambda r, h: r.customer,
        lambda r, h: r.customer.casefold(),
        lambda r, h: r.customer,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Feed"),
        lambda r, h: r.power_feed,
        lambda r, h: natural_key(r.power_feed or ""),
        lambda r, h: r.power_feed or "—",
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Rack"),
        _rack_text,
        lambda r, h: natural_key(_rack_text(r, h)),
        lambda r, h: _rack_text(r, h) or "—",
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Status"),
        lambda r, h: r.status,
        None,
        lambda r, h: status_label(r.status),
        False,
    ),
    (QT_TRANSLATE_NOOP("MinersModel", "Boards"), _boards_key, None, _boards_text, True),
    (
        QT_TRANSLATE_NOOP("MinersModel", "% nominal"),
        _nominal_pct,
        None,
        lambda r, h: _number(_nominal_pct(r, h), 0),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "TH/s"),
        lambda r, h: r.hashrate_ths,
        None,
        lambda r, h: _number(r.hashrate_ths, 1),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Power W"),
        lambda r, h: r.power_w,
        None,
        lambda r, h: _number(r.power_w, 0),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "J/TH"),
        lambda r, h: efficiency(r),
        None,
        lambda r, h: _number(efficiency(r), 1),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Chip °C"),
        lambda r, h: r.max_chip_temp_c,
        None,
        lambda r, h: _number(r.max_chip_temp_c, 0),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Fan RPM"),
        lambda r, h: r.fan_rpm_max,
        None,
        lambda r, h: _number(r.fan_rpm_max, 0),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "HW errors"),
        lambda r, h: h.hw_errors,
        None,
        lambda r, h: _number(h.hw_errors, 0),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Rejected %"),
        lambda r, h: h.rejected_pct,
        None,
        lambda r, h: _number(h.rejected_pct, 2),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Power target"),
        lambda r, h: h.power_limit_w,
        None,
        lambda r, h: _watts(h.power_limit_w),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Uptime"),
        lambda r, h: h.uptime_s,
        None,
        lambda r, h: format_uptime(h.uptime_s),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Curtailed"),
        lambda r, h: h.curtailment,
        None,
        lambda r, h: _curtailed_text(h),
        False,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Last seen"),
        lambda r, h: r.last_seen_at,
        None,
        lambda r, h: local_time(r.last_seen_at),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("MinersModel", "Pool"),
        lambda r, h: r.pool_url,
        None,
        lambda r, h: short_pool(r.pool_url),
        False,
    ),
    (  # the anomaly job's score (services/analytics/anomaly_scores.py): blank when suppressed or not scored
        QT_TRANSLATE_NOOP("MinersModel", "Anomaly"),
        lambda r, h: h.anomaly_score,
        None,
        lambda r, h: _number(h.anomaly_score, 1),
        True,
    ),
]
# Column widths from sample text: measuring 10,000 rows to fit them would take a while.
_WIDTH_SAMPLES = {
    COL_NAME: "10.100.100.100",
    COL_SITE: "Texas North 2",
    COL_IP: "255.255.255.255",
    COL_MODEL: "MicroBT Whatsminer M30S++",
    COL_FAMILY: "stock Antminer",
    COL_FIRMWARE: "Stock 4.11.1",  # longer versions are elided: the tooltip has them whole
    COL_CUSTOMER: "Bluewater Capital",
    COL_FEED: "rack10",
    COL_RACK: "R12 · 40",
    COL_STATUS: "Degraded",
    COL_BOARDS: "Boards",
    COL_NOMINAL_PCT: "% nominal",
    COL_HW_ERRORS: "HW errors",
    COL_REJECTED: "Rejected %",
    COL_POWER_TARGET: "Power target",
    COL_UPTIME: "10 d 23 h",
    COL_CURTAILED: "Sleep by plan Peak: not taken",
    COL_HASHRATE: "1,000.0",
    COL_POWER: "Power W",
    COL_EFFICIENCY: "100.0",
    COL_TEMP: "Chip °C",
    COL_FAN: "Fan RPM",
    COL_LAST_SEEN: "00 Mmm 00:00",
    COL_POOL: "btc.pool.example:3333",
    COL_ANOMALY: "Anomaly",
}


def configure_view(table: QTableView) -> QTableView:
    """Widths from samples, columns in :data:`SHOWN_ORDER`; the pool column, last, takes the room left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(40)
    metrics = table.fontMetrics()
    for column, sample in _WIDTH_SAMPLES.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
    for visual, column in enumerate(SHOWN_ORDER):  # health first: at 1280 px it is in view without scrolling
        header.moveSection(header.visualIndex(column), visual)
    return table


# The order the table shows its columns in (the model's order is the columns' identity).
SHOWN_ORDER = (
    COL_NAME,
    COL_STATUS,
    COL_BOARDS,
    COL_NOMINAL_PCT,
    COL_HASHRATE,
    COL_POWER,
    COL_EFFICIENCY,
    COL_TEMP,
    COL_CURTAILED,
    COL_ANOMALY,
    COL_CUSTOMER,
    COL_SITE,
    COL_IP,
    COL_MODEL,
    COL_FAMILY,
    COL_FIRMWARE,
    COL_FEED,
    COL_RACK,
    COL_FAN,
    COL_HW_ERRORS,
    COL_REJECTED,
    COL_POWER_TARGET,
    COL_UPTIME,
    COL_LAST_SEEN,
    COL_POOL,
)


def capabilities_tooltip(row: MinerRow) -> str:
    """What the miner's firmware can do (``Capabilities.describe``) and why something is missing."""
    caps = capabilities_of(row)
    lines = [f"{family_label(row)}" + (f" · {row.firmware}" if row.firmware else ""), caps.describe()]
    lines += list(caps.notes)
    if not row.family:
        lines.append(QCoreApplication.translate("MinersModel", "Not identified yet: select it and press Identify."))
    return "\n".join(lines)


_NO_HEALTH = MinerHealth()


def anomalous_miners(health: dict[uuid.UUID, MinerHealth] | None) -> frozenset[uuid.UUID]:
    """Miners whose latest anomaly score is an anomaly (what the "With telemetry anomalies" filter shows)."""
    return frozenset(m for m, h in (health or {}).items() if (h.anomaly_score or 0.0) >= ANOMALY_SCORE)


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
_HEALTH_COLUMNS = frozenset(
    {COL_BOARDS, COL_HW_ERRORS, COL_REJECTED, COL_POWER_TARGET, COL_UPTIME, COL_CURTAILED, COL_ANOMALY}
)
PCT_OK, PCT_LOW = 95.0, 80.0  # % of nominal: below OK a note, below LOW bad (a curtailed miner is not judged)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_GAP_MERGE = 64  # changed rows this close share one dataChanged (fewer signals, a little more repaint)
# Rows compared by their field dicts (a C-level dict comparison, twice as fast as the dataclass __eq__).
_state: Callable[[MinerRow], object] = (lambda row: row) if "__slots__" in vars(MinerRow) else vars


def sort_value(column: int, row: MinerRow, health: dict[int, MinerHealth]) -> object:
    """The value ``row`` sorts by in ``column`` (health by miner id as int); None when unsorted."""
    if not 0 <= column < COLUMN_COUNT:
        return None
    _title, raw, sort_key, _shown, _right = _COLUMNS[column]
    used = health.get(row.id.int, _NO_HEALTH) if column in _HEALTH_COLUMNS else _NO_HEALTH
    return (sort_key or raw)(row, used)


def sorted_positions(
    rows: Sequence[MinerRow], health: dict[int, MinerHealth], column: int, order: Qt.SortOrder
) -> list[int]:
    """Positions of ``rows`` in sorted order (stable); missing values (None) last in either direction."""
    _title, raw, sort_key, _shown, _right = _COLUMNS[column]
    key = sort_key or raw
    present, missing = [], []
    used = health if column in _HEALTH_COLUMNS else {}
    for position, row in enumerate(rows):
        value = key(row, used.get(row.id.int, _NO_HEALTH) if used else _NO_HEALTH)
        if value is None:
            missing.append(position)
        else:
            present.append((value, position))
    present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
    return [position for _value, position in present] + missing


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
        return self._health.get(miner_id.int, _NO_HEALTH)

    def position_of(self, miner_id: uuid.UUID) -> int | None:
        return self._positions.get(miner_id.int)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MinersModel", str(_COLUMNS[section][0]))  # QT_TRANSLATE_NOOP above
        if role == Qt.ItemDataRole.TextAlignmentRole and _COLUMNS[section][4]:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks ~8 roles per cell: answer the rest at once
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if _COLUMNS[column][4] else None
        health = self._health.get(row.id.int, _NO_HEALTH)
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[column][3](row, health)
        if role == RAW_ROLE:
            return _COLUMNS[column][1](row, health)
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
            pct = _nominal_pct(row, health)
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
            lines = [f"{row.status}: {reason}" for reason in (health.degraded, row.error) if reason]
            lines += [text for text in (health.curtailment, health.maintenance) if text]
            return "\n".join(lines) or None
        if column == COL_CURTAILED:
            if health.curtailment and not health.curtailed and health.curtailment_detail:
                return f"{health.curtailment}\n{health.curtailment_detail}"  # why: "the Avalon refused sleep: …"
            return health.curtailment
        if column == COL_POOL:
            return row.pool_url
        if column == COL_ANOMALY:
            return health.anomaly
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


class MinersFilterProxy(QSortFilterProxyModel):
    """Filters by site, status (or alerting), model, firmware family, customer and a text matching IP, name
    or firmware;
    ``sort`` goes to the source model, which sorts much faster than a proxy can.

    The filters are compiled into one predicate over a MinerRow (None when nothing is filtered), so
    the per-row ``filterAcceptsRow`` the proxy calls on every change stays cheap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: MinersTableModel | None = None
        self._accept: Callable[[MinerRow], bool] | None = None
        self.site_id: uuid.UUID | None = None
        self.status = ""
        self.model = ""
        self.family = ""  # a family label as the Family column shows it; "": any
        self.customer: str | None = None  # None: any; "": no customer
        self.text = ""
        self.alerting: frozenset[uuid.UUID] = frozenset()
        self.anomalous: frozenset[uuid.UUID] = frozenset()  # scored at or above ANOMALY_SCORE

    def setSourceModel(self, model: MinersTableModel) -> None:  # type: ignore[override]
        self._source = model
        super().setSourceModel(model)

    def set_filters(
        self,
        *,
        site_id: uuid.UUID | None = None,
        status: str = "",
        model: str = "",
        customer: str | None = None,
        text: str = "",
        family: str = "",
    ) -> None:
        self.beginFilterChange()  # invalidateFilter() is deprecated since Qt 6.10
        self.site_id, self.status, self.model, self.customer = site_id, status, model, customer
        self.family = family
        self.text = text.strip().casefold()
        self._accept = self._predicate()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_alerting(self, miner_ids: frozenset[uuid.UUID]) -> None:
        """Miners with an open alert; refilters only when the alerting filter is on and the set changed."""
        self._set_members("alerting", ALERTING, miner_ids)

    def set_anomalous(self, miner_ids: frozenset[uuid.UUID]) -> None:
        """Miners with a telemetry anomaly (:func:`anomalous_miners`), as :meth:`set_alerting`."""
        self._set_members("anomalous", ANOMALOUS, miner_ids)

    def _set_members(self, name: str, status: str, miner_ids: frozenset[uuid.UUID]) -> None:
        if miner_ids == getattr(self, name):
            return
        if self.status != status:
            setattr(self, name, miner_ids)
            return
        self.beginFilterChange()
        setattr(self, name, miner_ids)
        self._accept = self._predicate()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _predicate(self) -> Callable[[MinerRow], bool] | None:
        checks: list[Callable[[MinerRow], bool]] = []
        site_id, status, model, customer, text = self.site_id, self.status, self.model, self.customer, self.text
        if site_id is not None:
            checks.append(lambda r: r.site_id == site_id)
        if status == ALERTING:
            alerting = self.alerting
            checks.append(lambda r: r.id in alerting)
        elif status == ANOMALOUS:
            anomalous = self.anomalous
            checks.append(lambda r: r.id in anomalous)
        elif status:
            checks.append(lambda r: r.status == status)
        if model:
            checks.append(lambda r: r.model == model)
        family = self.family
        if family:
            checks.append(lambda r: family_label(r) == family)
        if customer is not None:
            checks.append(lambda r: r.customer == customer)
        if text:
            checks.append(
                lambda r: text in r.ip_address or text in r.name.casefold() or text in (r.firmware or "").casefold()
            )
        if not checks:
            return None
        if len(checks) == 1:
            return checks[0]
        return lambda r: all(check(r) for check in checks)

    @property
    def predicate(self) -> Callable[[MinerRow], bool] | None:
        """The filters compiled (None: nothing filtered out); a new object whenever they change."""
        return self._accept

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accept = self._accept
        return accept is None or self._source is None or accept(self._source._rows[source_row])
