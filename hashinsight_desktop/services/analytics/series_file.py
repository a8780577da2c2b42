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
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

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


NOTHING_COMPUTED = QT_TRANSLATE_NOOP("Errors", "; nothing was computed")


def no_data_rows(path: str | Path) -> Text:
    return Text(QT_TRANSLATE_NOOP("Errors", "{name} has no data rows"), name=Path(path).name)


def _number(
    text: str, row: int, column: str, errors: list[RowError], *, low: str | None, log_hint: bool = False
) -> float:
    """A finite number (thousands separators allowed) above 0 (``low="above"``), at least 0 (``"at least"``) or
    any (None); NaN, with the cell's error noted, when it is not one."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        why = (
            Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a number"), text=text)
            if text
            else QT_TRANSLATE_NOOP("Errors", "a number is required")
        )
        errors.append(RowError(row, column, why))
        return math.nan
    if not math.isfinite(value) or (low == "above" and value <= 0) or (low == "at least" and value < 0):
        wanted = {
            "above": QT_TRANSLATE_NOOP("Errors", "must be a number above 0, not {text}"),
            "at least": QT_TRANSLATE_NOOP("Errors", "must be a number of at least 0, not {text}"),
        }.get(low or "", QT_TRANSLATE_NOOP("Errors", "must be a finite number, not {text}"))
        why = Text(wanted, text=text)
        if log_hint:
            why = Text(QT_TRANSLATE_NOOP("Errors", "{why} (--log needs every value above 0)"), why=why)
        errors.append(RowError(row, column, why))
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
            problem = (
                Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date (YYYY-MM-DD)"), text=text)
                if text
                else QT_TRANSLATE_NOOP("Errors", "a date is required")
            )
            errors.append(RowError(row, "date", problem))
            parsed.append(datetime.min)
            continue
        if moment.tzinfo is not None:  # compared and stepped as the file's own wall-clock times
            moment = moment.replace(tzinfo=None)
        if daily and moment.time() != time():
            daily_only = QT_TRANSLATE_NOOP("Errors", "{text!r} has a time of day; the series must be one row per day")
            errors.append(RowError(row, "date", Text(daily_only, text=text)))
        elif previous is not None and moment <= previous[1]:
            after = QT_TRANSLATE_NOOP("Errors", "{text} does not come after row {row} ({earlier})")
            errors.append(RowError(row, "date", Text(after, text=text, row=previous[0], earlier=previous[2])))
        elif previous is not None and daily and (moment - previous[1]).days != 1:
            missing = QT_TRANSLATE_NOOP("Errors", "{text}: {missing} day(s) missing after row {row}")
            days = (moment - previous[1]).days - 1
            errors.append(RowError(row, "date", Text(missing, text=text, missing=days, row=previous[0])))
        previous = (row, moment, text)
        parsed.append(moment)
    return tuple(parsed)


def read_prices(path: str | Path) -> PriceTable:
    """A price history for the indicators; high, low and open are checked against the close where given."""
    table = read_table(path, PRICE_COLUMNS, ("date", "close"), max_rows=MAX_ROWS)
    errors = list(table.problems)
    rows, cells = table.numbers, table.cells
    if not rows:
        raise ValidationError("file", no_data_rows(path))
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
        together = QT_TRANSLATE_NOOP("Errors", "high and low come together (ATR needs both)")
        errors.append(RowError(1, "high" if high is None else "low", together))
    elif high is not None and low is not None:
        body = close if open_ is None else open_
        top, bottom = np.fmax(body, close), np.fmin(body, close)  # a bad cell is NaN: compares False, no 2nd error
        for i in np.flatnonzero((low > bottom) | (high < top) | (low > high)):
            enclose = QT_TRANSLATE_NOOP("Errors", "high {high:g} and low {low:g} do not enclose the bar")
            errors.append(RowError(rows[i], "high", Text(enclose, high=high[i], low=low[i])))
    if errors:
        raise SeriesFileError(sorted(errors, key=lambda e: e.row), NOTHING_COMPUTED)
    return PriceTable(dates, close, open_, high, low, volume)


def read_series(path: str | Path, *, positive: bool = False) -> DailySeries:
    """A daily series for the forecast: one row per day, no day missing; ``positive`` for a log model."""
    table = read_table(path, SERIES_COLUMNS, SERIES_COLUMNS, max_rows=MAX_ROWS)
    errors = list(table.problems)
    rows, cells = table.numbers, table.cells
    if not rows:
        raise ValidationError("file", no_data_rows(path))
    dates = _dates(cells["date"], rows, errors, daily=True)
    low = "above" if positive else None
    texts = zip(cells["value"], rows, strict=True)
    values = [_number(text, row, "value", errors, low=low, log_hint=positive) for text, row in texts]
    if errors:
        raise SeriesFileError(sorted(errors, key=lambda e: e.row), NOTHING_COMPUTED)
    return DailySeries(dates, np.array(values, dtype=np.float64))
