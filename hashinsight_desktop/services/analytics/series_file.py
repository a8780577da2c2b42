"""Daily series files (CSV or XLSX) for the analytics commands, read through services.table_file.

Prices: ``date, close`` and optionally ``open, high, low, volume`` (the indicators); a series: ``date, value``
(the forecast). Dates are ISO days (2024-03-01; a time of day is refused rather than guessed), strictly
increasing; a forecast series is one row per day with no day missing, since ARIMA assumes equal steps. Every
bad cell is reported at once by spreadsheet row (header = row 1) and column, and nothing is computed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.table_file import BadCells, RowError, read_table

Array = NDArray[np.float64]
MAX_ROWS = 2_000_000
PRICE_COLUMNS = ("date", "close", "open", "high", "low", "volume")
SERIES_COLUMNS = ("date", "value")


class SeriesFileError(BadCells):
    """A series file with bad cells: nothing is computed until every one is fixed."""


@dataclass(frozen=True, eq=False)
class PriceTable:
    dates: tuple[datetime, ...]
    close: Array
    open: Array | None  # None: the file has no such column
    high: Array | None
    low: Array | None
    volume: Array | None


@dataclass(frozen=True, eq=False)
class DailySeries:
    dates: tuple[datetime, ...]
    values: Array


def _number(text: str, row: int, column: str, errors: list[RowError], *, low: str | None, hint: str = "") -> float:
    """A finite number (thousands separators allowed) above 0 (``low="above"``), at least 0 (``"at least"``) or
    any (None); NaN, with the cell's error noted, when it is not one."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        errors.append(RowError(row, column, f"{text!r} is not a number" if text else "a number is required"))
        return math.nan
    if not math.isfinite(value) or (low == "above" and value <= 0) or (low == "at least" and value < 0):
        wanted = {"above": "a number above 0", "at least": "a number of at least 0"}.get(low or "", "a finite number")
        errors.append(RowError(row, column, f"must be {wanted}, not {text}{hint}"))
        return math.nan
    return value


def _dates(texts: list[str], rows: list[int], errors: list[RowError], *, daily: bool) -> tuple[datetime, ...]:
    """Strictly increasing ISO dates or date-times; ``daily``: days only, one row per day, none missing."""
    parsed: list[datetime] = []
    previous: tuple[int, datetime, str] | None = None  # row, when, as written
    for text, row in zip(texts, rows, strict=True):
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            problem = f"{text!r} is not a date (YYYY-MM-DD)" if text else "a date is required"
            errors.append(RowError(row, "date", problem))
            parsed.append(datetime.min)
            continue
        if moment.tzinfo is not None:  # compared and stepped as the file's own wall-clock times
            moment = moment.replace(tzinfo=None)
        if daily and moment.time() != time():
            errors.append(RowError(row, "date", f"{text!r} has a time of day; the series must be one row per day"))
        elif previous is not None and moment <= previous[1]:
            errors.append(RowError(row, "date", f"{text} does not come after row {previous[0]} ({previous[2]})"))
        elif previous is not None and daily and (moment - previous[1]).days != 1:
            missing = (moment - previous[1]).days - 1
            errors.append(RowError(row, "date", f"{text}: {missing} day(s) missing after row {previous[0]}"))
        previous = (row, moment, text)
        parsed.append(moment)
    return tuple(parsed)


def read_prices(path: str | Path) -> PriceTable:
    """A price history for the indicators; high, low and open are checked against the close where given."""
    table = read_table(path, PRICE_COLUMNS, ("date", "close"), max_rows=MAX_ROWS)
    errors = list(table.problems)
    rows, cells = table.numbers, table.cells
    if not rows:
        raise ValidationError("file", f"{Path(path).name} has no data rows")
    dates = _dates(cells["date"], rows, errors, daily=False)

    def column(name: str, low: str = "above") -> Array | None:
        if name not in table.present:
            return None
        texts = zip(cells[name], rows, strict=True)
        return np.array([_number(text, row, name, errors, low=low) for text, row in texts])

    close, open_, high, low = column("close"), column("open"), column("high"), column("low")
    volume = column("volume", "at least")
    assert close is not None  # a required column
    if (high is None) != (low is None):
        errors.append(RowError(1, "high" if high is None else "low", "high and low come together (ATR needs both)"))
    elif high is not None and low is not None:
        body = close if open_ is None else open_
        top, bottom = np.fmax(body, close), np.fmin(body, close)  # a bad cell is NaN: compares False, no 2nd error
        for i in np.flatnonzero((low > bottom) | (high < top) | (low > high)):
            errors.append(RowError(rows[i], "high", f"high {high[i]:g} and low {low[i]:g} do not enclose the bar"))
    if errors:
        raise SeriesFileError(sorted(errors, key=lambda e: e.row), "; nothing was computed")
    return PriceTable(dates, close, open_, high, low, volume)


def read_series(path: str | Path, *, positive: bool = False) -> DailySeries:
    """A daily series for the forecast: one row per day, no day missing; ``positive`` for a log model."""
    table = read_table(path, SERIES_COLUMNS, SERIES_COLUMNS, max_rows=MAX_ROWS)
    errors = list(table.problems)
    rows, cells = table.numbers, table.cells
    if not rows:
        raise ValidationError("file", f"{Path(path).name} has no data rows")
    dates = _dates(cells["date"], rows, errors, daily=True)
    low, hint = ("above", " (--log needs every value above 0)") if positive else (None, "")
    texts = zip(cells["value"], rows, strict=True)
    values = [_number(text, row, "value", errors, low=low, hint=hint) for text, row in texts]
    if errors:
        raise SeriesFileError(sorted(errors, key=lambda e: e.row), "; nothing was computed")
    return DailySeries(dates, np.array(values, dtype=np.float64))
