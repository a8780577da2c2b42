"""Back-fill of the daily bars from a history file (CSV or XLSX): ``date, close`` and optionally ``open, high,
low, volume`` (USD traded), ``difficulty`` and ``hashrate`` (EH/s) — read with the analytics series files' rules
(every bad cell reported at once by spreadsheet row, nothing written), dates whole UTC days.

An imported row replaces an earlier imported bar of its day; a day the console collected itself keeps its
collected bar (the import says how many it skipped). One transaction and one audit record per import.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import time
from decimal import Decimal
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models.market_history import DailyBar
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.analytics.history import COLLECTED, IMPORTED
from hashinsight_desktop.services.analytics.series_file import (
    MAX_ROWS,
    PriceTable,
    SeriesFileError,
    _dates,
    _number,
    no_data_rows,
)
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.table_file import RowError, read_table
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

HISTORY_COLUMNS = ("date", "close", "open", "high", "low", "volume", "difficulty", "hashrate")


@dataclass(frozen=True, eq=False)
class HistoryFile:
    prices: PriceTable
    difficulty: np.ndarray | None
    hashrate_ehs: np.ndarray | None


@dataclass(frozen=True)
class ImportResult:
    rows: int
    written: int  # new days
    replaced: int  # earlier imported bars overwritten
    skipped_collected: int  # days the console collected itself, left as they were
    first_day: str
    last_day: str


def read_history(path: str | Path) -> HistoryFile:
    """The file's rows, or SeriesFileError listing every bad cell (or ValidationError for an empty file)."""
    table = read_table(path, HISTORY_COLUMNS, ("date", "close"), max_rows=MAX_ROWS)
    errors = list(table.problems)
    rows, cells = table.numbers, table.cells
    if not rows:
        raise ValidationError("file", no_data_rows(path))
    dates = _dates(cells["date"], rows, errors, daily=False)
    for moment, row, text in zip(dates, rows, cells["date"], strict=True):
        if moment.time() != time():
            daily_only = QT_TRANSLATE_NOOP("Errors", "{text!r} has a time of day; a history file has one row per day")
            errors.append(RowError(row, "date", Text(daily_only, text=text)))

    def column(name: str, low: str = "above") -> np.ndarray | None:
        """An optional column's empty cell is a day without that figure (NaN, stored as null); close is required."""
        if name not in table.present:
            return None
        return np.array(
            [
                math.nan if not t and name != "close" else _number(t, r, name, errors, low=low)
                for t, r in zip(cells[name], rows, strict=True)
            ]
        )

    close, open_, high, low = column("close"), column("open"), column("high"), column("low")
    volume, difficulty, hashrate = column("volume", "at least"), column("difficulty"), column("hashrate")
    assert close is not None  # required
    for name, values in (("open", open_), ("high", high), ("low", low)):
        if values is None:
            continue
        if name == "high":
            bad = values < np.fmax(close, open_ if open_ is not None else close)
        elif name == "low":
            bad = values > np.fmin(close, open_ if open_ is not None else close)
        else:
            bad = np.zeros(len(values), dtype=bool)
        for i in np.flatnonzero(bad):
            side = (
                QT_TRANSLATE_NOOP("Errors", "{value:g} is below the bar's open or close")
                if name == "high"
                else QT_TRANSLATE_NOOP("Errors", "{value:g} is above the bar's open or close")
            )
            errors.append(RowError(rows[i], name, Text(side, value=values[i])))
    if errors:
        nothing = QT_TRANSLATE_NOOP("Errors", "; nothing was imported")
        raise SeriesFileError(sorted(errors, key=lambda e: (e.row, e.column)), nothing)
    return HistoryFile(PriceTable(dates, close, open_, high, low, volume), difficulty, hashrate)


def _decimal(values: np.ndarray | None, i: int) -> Decimal | None:
    """The cell as the file wrote it (repr keeps a float's shortest spelling), None for an empty one."""
    return None if values is None or math.isnan(values[i]) else Decimal(repr(float(values[i])))


def import_history(
    session: Session, principal: Principal, path: str | Path, *, clock: Clock = system_clock
) -> ImportResult:
    """Write the file's days as imported bars (caller's transaction; audited)."""
    require(principal, Permission.SETTINGS_MANAGE, "import market history")
    history = read_history(path)
    prices = history.prices
    days = [d.date() for d in prices.dates]
    existing = {
        bar.day: bar
        for bar in session.scalars(select(DailyBar).where(DailyBar.day >= days[0], DailyBar.day <= days[-1]))
    }
    written = replaced = skipped = 0
    for i, day in enumerate(days):
        bar = existing.get(day)
        if bar is not None and bar.origin == COLLECTED:
            skipped += 1
            continue
        if bar is None:
            bar = DailyBar(day=day, origin=IMPORTED, samples=0)
            written += 1
        else:
            replaced += 1
            bar.origin = IMPORTED  # over an imported day or a demo's simulated one
        bar.close = Decimal(repr(float(prices.close[i])))
        bar.open, bar.high, bar.low = (_decimal(prices.open, i), _decimal(prices.high, i), _decimal(prices.low, i))
        volume = _decimal(prices.volume, i)
        bar.volume_usd = None if volume is None else volume.quantize(Decimal("0.01"))
        bar.difficulty, bar.hashrate_ehs = _decimal(history.difficulty, i), _decimal(history.hashrate_ehs, i)
        session.add(bar)
    result = ImportResult(len(days), written, replaced, skipped, days[0].isoformat(), days[-1].isoformat())
    audit.append(
        session,
        principal,
        "import",
        "market_history",
        Path(path).name,
        after={"rows": result.rows, "written": written, "replaced": replaced, "skipped_collected": skipped},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "imported {count} daily bar(s) {first_day} – {last_day} from {name}"),
            count=written + replaced,
            first_day=result.first_day,
            last_day=result.last_day,
            name=Path(path).name,
        ),
        clock=clock,
    )
    return result
