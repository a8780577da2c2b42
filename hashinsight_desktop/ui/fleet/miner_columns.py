"""The miners table's columns: their identity (``COL_*``, the model's order), title, raw value, sort key, the text a
cell shows and its alignment, and the statuses the Status column names. The model (``miners_model``), its filter
(``miners_filter``) and a worker thread sorting a refresh (``fleet_delta``) all read a miner through these."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from hashinsight_desktop.services.code_labels import MINER_STATUSES, label
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import HASHING_STATUSES, MinerHealth
from hashinsight_desktop.ui.common import RECORD_ROLE, SORT_ROLE
from hashinsight_desktop.ui.fleet.action_gate import capabilities_of, family_label
from hashinsight_desktop.ui.fleet.formatting import efficiency, ip_key, local_time, natural_key, short_pool
from hashinsight_desktop.ui.locale_format import number

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
STATUS_LABELS = MINER_STATUSES  # as the table and the filter bar name each status (translated where shown)
TEMP_WARNING_C, TEMP_CRITICAL_C = 85.0, 95.0


def status_label(status: str) -> str:
    """A miner status in the reader's language."""
    return QCoreApplication.translate("MinerFilterBar", label(STATUS_LABELS, status).capitalize())


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


def nominal_pct(row: MinerRow, health: MinerHealth) -> float | None:
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


# title, raw value, sort key (None: the raw value), shown text, right-aligned
_Raw = Callable[[MinerRow, MinerHealth], Any]


def _rack_text(row: MinerRow, _health: MinerHealth) -> str:
    """Rack and position as the floor names them ("R12 · 7"); empty when neither is set."""
    return " · ".join(part for part in (row.rack, row.position) if part)


# The titles are marked for lupdate here and translated in headerData.
COLUMNS: list[tuple[object, _Raw, _Raw | None, Callable[[MinerRow, MinerHealth], str], bool]] = [
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
        nominal_pct,
        None,
        lambda r, h: _number(nominal_pct(r, h), 0),
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
HEALTH_COLUMNS = frozenset(
    {COL_BOARDS, COL_HW_ERRORS, COL_REJECTED, COL_POWER_TARGET, COL_UPTIME, COL_CURTAILED, COL_ANOMALY}
)
NO_HEALTH = MinerHealth()


def capabilities_tooltip(row: MinerRow) -> str:
    """What the miner's firmware can do (``Capabilities.describe``) and why something is missing."""
    caps = capabilities_of(row)
    lines = [f"{family_label(row)}" + (f" · {row.firmware}" if row.firmware else ""), caps.describe()]
    lines += list(caps.notes)
    if not row.family:
        lines.append(QCoreApplication.translate("MinersModel", "Not identified yet: select it and press Identify."))
    return "\n".join(lines)


def sort_value(column: int, row: MinerRow, health: dict[int, MinerHealth]) -> object:
    """The value ``row`` sorts by in ``column`` (health by miner id as int); None when unsorted."""
    if not 0 <= column < COLUMN_COUNT:
        return None
    _title, raw, sort_key, _shown, _right = COLUMNS[column]
    used = health.get(row.id.int, NO_HEALTH) if column in HEALTH_COLUMNS else NO_HEALTH
    return (sort_key or raw)(row, used)


def sorted_positions(
    rows: Sequence[MinerRow], health: dict[int, MinerHealth], column: int, order: Qt.SortOrder
) -> list[int]:
    """Positions of ``rows`` in sorted order (stable); missing values (None) last in either direction."""
    _title, raw, sort_key, _shown, _right = COLUMNS[column]
    key = sort_key or raw
    present, missing = [], []
    used = health if column in HEALTH_COLUMNS else {}
    for position, row in enumerate(rows):
        value = key(row, used.get(row.id.int, NO_HEALTH) if used else NO_HEALTH)
        if value is None:
            missing.append(position)
        else:
            present.append((value, position))
    present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
    return [position for _value, position in present] + missing
