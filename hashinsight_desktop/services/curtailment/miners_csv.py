"""A fleet for the optimiser from a CSV file, for `curtail solve` and for sites planned outside the database.

Columns (header names are case-insensitive; other columns are ignored):

- ``miner_id``, ``hashrate_ths``, ``power_w`` (required): the miner at full (its current operating point);
- ``levels``: other operating points, ``;``-separated ``power_w:hashrate_ths`` pairs, e.g. ``2400:80;1800:62``;
- ``sleep_w``: the power drawn asleep (a sleep level with no hashrate). A miner with a ``sleep_w`` sleeps: it is
  never planned switched off (0 W) unless power-off is allowed (``allow_power_off``, ``--allow-power-off``);
  a miner without one can only stop by being switched off, so that is its deepest level;
- ``protected``: 1 to leave the miner untouched (also for miners changed too recently);
- ``customer_id`` and ``customer_cap_pct``: at most that % of the customer's hashrate may be curtailed;
- ``sla_weight``: the customer strategy's weight (default 1; higher protects more);
- ``group_id`` and ``group_max_shed_kw``: at most that many kW shed within the rack or feed.

A cap or a limit belongs to the customer or group: rows that state it must agree; rows that leave it blank
inherit it. Errors name the row as a spreadsheet shows it (header = row 1) and the column; a file with bad
cells raises ``MinersFileError`` listing every one of them, so a single run shows everything to fix.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from hashinsight_desktop.services.curtailment.fast_path import BoolArray, Fleet, FloatArray
from hashinsight_desktop.services.curtailment.problem import Problem
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

REQUIRED = ("miner_id", "hashrate_ths", "power_w")
OPTIONAL = (
    "levels",
    "sleep_w",
    "protected",
    "customer_id",
    "customer_cap_pct",
    "sla_weight",
    "group_id",
    "group_max_shed_kw",
)
_T = TypeVar("_T")
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"", "0", "false", "no", "n"}


@dataclass(frozen=True)
class MinersTable:
    miner_ids: tuple[str, ...]
    fleet: Fleet  # levels per miner: full, the ``levels`` pairs, sleep, off
    protected: BoolArray
    customer_of: tuple[str | None, ...]
    customer_cap_pct: dict[str, float]
    sla_weight: FloatArray
    group_of: tuple[str | None, ...]
    group_max_shed_w: dict[str, float]

    def problem(
        self,
        target_w: float,
        tolerance_w: float | None = None,
        *,
        strategy: str = "performance",
        hashprice_usd_per_th_h: float | None = None,
        power_price_usd_per_kwh: float = 0.0,
        switch_cost_ths: float = 0.0,
    ) -> Problem:
        return Problem(
            fleet=self.fleet,
            target_w=target_w,
            tolerance_w=tolerance_w,
            strategy=strategy,
            weights=self.sla_weight,
            hashprice_usd_per_th_h=hashprice_usd_per_th_h,
            power_price_usd_per_kwh=power_price_usd_per_kwh,
            protected=self.protected,
            customer_of=self.customer_of,
            customer_cap_pct=self.customer_cap_pct,
            group_of=self.group_of,
            group_max_shed_w=self.group_max_shed_w,
            switch_cost_ths=switch_cost_ths,
        )


def load_miners_csv(path: str | Path, *, allow_power_off: bool = False) -> MinersTable:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(
            "file",
            Text(QT_TRANSLATE_NOOP("Errors", "cannot open {path}: {strerror}"), path=path, strerror=exc.strerror),
        ) from None
    except UnicodeDecodeError:
        raise ValidationError(
            "file", Text(QT_TRANSLATE_NOOP("Errors", "{name} is not UTF-8 text; save it as CSV UTF-8"), name=path.name)
        ) from None
    return parse_miners_csv(text, allow_power_off=allow_power_off)


def parse_miners_csv(text: str, *, allow_power_off: bool = False) -> MinersTable:
    """The table, or ``MinersFileError`` listing every bad cell of the file (not only the first)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "the file is empty: it needs a header row")) from None
    except csv.Error as exc:
        raise ValidationError(
            "file", Text(QT_TRANSLATE_NOOP("Errors", "not a readable CSV table: {exc}"), exc=exc)
        ) from None
    columns = _columns(header)
    return _Builder(columns, allow_power_off).build(_records(reader))


@dataclass(frozen=True)
class CellError:
    row: int  # as a spreadsheet shows it: header = 1
    column: str
    value: str  # the cell's text
    message: str | Text  # why it is wrong (it quotes the value where that helps), in the reader's language

    @property
    def text(self) -> Text:
        return Text(
            QT_TRANSLATE_NOOP("Errors", "row {row}, {column}: {message}"),
            row=self.row,
            column=self.column,
            message=self.message,
        )

    def __str__(self) -> str:
        return str(self.text)


class MinersFileError(ValidationError):
    """A miners file with bad cells: every one of them, so one run shows everything to fix."""

    SHOWN = 5

    def __init__(self, errors: list[CellError]) -> None:
        self.errors = errors
        if len(errors) == 1:
            super().__init__(f"row {errors[0].row}, {errors[0].column}", errors[0].message)
            return
        rows = len({e.row for e in errors})
        shown = Joined(QT_TRANSLATE_NOOP("Errors", "; "), [e.text for e in errors[: self.SHOWN]])
        more = len(errors) - self.SHOWN
        template = (
            QT_TRANSLATE_NOOP("Errors", "{count} bad cells in {rows} row(s): {shown} (and {more} more)")
            if more > 0
            else QT_TRANSLATE_NOOP("Errors", "{count} bad cells in {rows} row(s): {shown}")
        )
        super().__init__("file", Text(template, count=len(errors), rows=rows, shown=shown, more=more))


EMPTY = QT_TRANSLATE_NOOP("Errors", "empty")


def _not_negative(value: float) -> Text:
    return Text(QT_TRANSLATE_NOOP("Errors", "must be 0 or more, not {value:g}"), value=value)


class _Bad(Exception):
    """One bad cell, caught by the builder, which goes on with the next cell."""

    def __init__(self, column: str, value: str, message: str | Text) -> None:
        super().__init__(message)
        self.column, self.value, self.message = column, value, message


def _columns(header: list[str]) -> dict[str, int]:
    names = [h.strip().lower() for h in header]
    known = REQUIRED + OPTIONAL
    for name in names:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
            if close:  # a typo in "protected" must not silently unprotect miners
                raise ValidationError(
                    "file",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "column {name!r} is not known; did you mean {value!r}?"),
                        name=name,
                        value=close[0],
                    ),
                )
    for name in set(names):
        if name in known and names.count(name) > 1:
            raise ValidationError(
                "file",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "column {name!r} appears {value} times"),
                    name=name,
                    value=names.count(name),
                ),
            )
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ValidationError(
            "file",
            Text(
                QT_TRANSLATE_NOOP("Errors", "missing column(s) {value} (the header row has: {value2})"),
                value=", ".join(missing),
                value2=", ".join(names),
            ),
        )
    return {name: names.index(name) for name in known if name in names}


def _records(reader: Iterable[list[str]]) -> Iterable[tuple[int, list[str]]]:
    number = 1
    try:
        for number, cells in enumerate(reader, start=2):  # the header is row 1
            if any(cell.strip() for cell in cells):
                yield number, cells
    except csv.Error as exc:
        raise ValidationError(
            f"row {number + 1}", Text(QT_TRANSLATE_NOOP("Errors", "not readable as CSV: {exc}"), exc=exc)
        ) from None


def _number(column: str, text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise _Bad(
            column, text, Text(QT_TRANSLATE_NOOP("Errors", "not a number: {text!r}"), text=text.strip())
        ) from None
    if not math.isfinite(value):
        raise _Bad(column, text, Text(QT_TRANSLATE_NOOP("Errors", "not a finite number: {text!r}"), text=text.strip()))
    return value


class _Builder:
    def __init__(self, columns: dict[str, int], allow_power_off: bool) -> None:
        self.columns = columns
        self.allow_power_off = allow_power_off
        self.errors: list[CellError] = []
        self.ids: list[str] = []
        self.first_row: dict[str, int] = {}
        self.levels: list[list[tuple[float, float]]] = []
        self.protected: list[bool] = []
        self.customer_of: list[str | None] = []
        self.weights: list[float] = []
        self.group_of: list[str | None] = []
        self.caps: dict[str, tuple[float, int]] = {}
        self.group_limits: dict[str, tuple[float, int]] = {}

    def cell(self, cells: list[str], column: str) -> str:
        index = self.columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def build(self, records: Iterable[tuple[int, list[str]]]) -> MinersTable:
        for row, cells in records:
            self.add(row, cells)
        if self.errors:
            raise MinersFileError(self.errors)
        if not self.ids:
            raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "no miners: the file has a header row only"))
        return MinersTable(
            miner_ids=tuple(self.ids),
            fleet=Fleet.from_levels(self.levels),
            protected=np.asarray(self.protected, dtype=bool),
            customer_of=tuple(self.customer_of),
            customer_cap_pct={c: v for c, (v, _) in self.caps.items()},
            sla_weight=np.asarray(self.weights, dtype=np.float64),
            group_of=tuple(self.group_of),
            group_max_shed_w={g: v * 1000.0 for g, (v, _) in self.group_limits.items()},
        )

    def checked(self, row: int, parse: Callable[[], _T], default: _T) -> _T:
        """``parse()``, or ``default`` with the bad cell noted: the rest of the row is still checked."""
        try:
            return parse()
        except _Bad as bad:
            self.errors.append(CellError(row, bad.column, bad.value, bad.message))
            return default

    def add(self, row: int, cells: list[str]) -> None:
        errors_before = len(self.errors)
        miner_id = self.checked(row, lambda: self.miner_id(row, cells), "")
        power = self.checked(row, lambda: self.full_power(cells), math.nan)
        hashrate = self.checked(row, lambda: self.full_hashrate(cells), 0.0)
        presets: list[tuple[float, float]] = self.checked(row, lambda: self.presets(cells, power), [])
        sleep = self.checked(row, lambda: self.sleep(cells, power), None)
        protected = self.checked(row, lambda: self.flag(cells, "protected"), False)
        customer = self.cell(cells, "customer_id") or None
        self.checked(row, lambda: self.shared_limit(row, cells, customer, "customer_id", "customer_cap_pct"), None)
        weight = self.checked(row, lambda: self.weight(cells), 1.0)
        group = self.cell(cells, "group_id") or None
        self.checked(row, lambda: self.shared_limit(row, cells, group, "group_id", "group_max_shed_kw"), None)
        if len(self.errors) > errors_before:
            return
        levels = [(power, hashrate), *presets]
        if sleep is not None:
            levels.append((sleep, 0.0))
        if sleep is None or self.allow_power_off:
            levels.append((0.0, 0.0))  # switched off: only with power-off allowed, or when it cannot sleep
        self.first_row[miner_id] = row
        self.ids.append(miner_id)
        self.levels.append(levels)
        self.protected.append(protected)
        self.customer_of.append(customer)
        self.weights.append(weight)
        self.group_of.append(group)

    def miner_id(self, row: int, cells: list[str]) -> str:
        miner_id = self.cell(cells, "miner_id")
        if not miner_id:
            raise _Bad("miner_id", miner_id, EMPTY)
        if miner_id in self.first_row:
            already = QT_TRANSLATE_NOOP("Errors", "{miner_id!r} already on row {row}")
            raise _Bad("miner_id", miner_id, Text(already, miner_id=miner_id, row=self.first_row[miner_id]))
        self.first_row[miner_id] = row  # a later duplicate names this row even when this one has other faults
        return miner_id

    def required_number(self, cells: list[str], column: str) -> float:
        text = self.cell(cells, column)
        if not text:
            raise _Bad(column, text, EMPTY)
        return _number(column, text)

    def full_power(self, cells: list[str]) -> float:
        power = self.required_number(cells, "power_w")
        if power <= 0:
            more_than = Text(QT_TRANSLATE_NOOP("Errors", "must be more than 0, not {value:g}"), value=power)
            raise _Bad("power_w", self.cell(cells, "power_w"), more_than)
        return power

    def full_hashrate(self, cells: list[str]) -> float:
        hashrate = self.required_number(cells, "hashrate_ths")
        if hashrate < 0:
            raise _Bad("hashrate_ths", self.cell(cells, "hashrate_ths"), _not_negative(hashrate))
        return hashrate

    def presets(self, cells: list[str], full_power: float) -> list[tuple[float, float]]:
        text = self.cell(cells, "levels")
        out: list[tuple[float, float]] = []
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            power_text, sep, hashrate_text = part.partition(":")
            if not sep:
                raise _Bad(
                    "levels", text, Text(QT_TRANSLATE_NOOP("Errors", "{part!r} is not power_w:hashrate_ths"), part=part)
                )
            power = _number("levels", power_text)
            hashrate = _number("levels", hashrate_text)
            if power < 0 or hashrate < 0:
                raise _Bad("levels", text, Text(QT_TRANSLATE_NOOP("Errors", "{part!r}: negative values"), part=part))
            if power >= full_power:  # False against a bad full power (nan): that cell is reported already
                not_below = QT_TRANSLATE_NOOP("Errors", "{part!r}: {power:g} W is not below the full power {full:g} W")
                raise _Bad("levels", text, Text(not_below, part=part, power=power, full=full_power))
            out.append((power, hashrate))
        return out

    def sleep(self, cells: list[str], full_power: float) -> float | None:
        text = self.cell(cells, "sleep_w")
        if not text:
            return None
        sleep = _number("sleep_w", text)
        if sleep < 0 or sleep >= full_power:
            between = QT_TRANSLATE_NOOP("Errors", "{sleep:g} W is not between 0 and the full {full:g} W")
            raise _Bad("sleep_w", text, Text(between, sleep=sleep, full=full_power))
        if sleep == 0 and not self.allow_power_off:
            raise _Bad(
                "sleep_w",
                text,
                QT_TRANSLATE_NOOP(
                    "Errors", "0 W asleep is switched off: give what the miner draws asleep, or allow power-off"
                ),
            )
        return sleep

    def flag(self, cells: list[str], column: str) -> bool:
        text = self.cell(cells, column).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise _Bad(column, text, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not 0 or 1"), text=text))

    def weight(self, cells: list[str]) -> float:
        text = self.cell(cells, "sla_weight")
        weight = _number("sla_weight", text) if text else 1.0
        if weight < 0:
            raise _Bad("sla_weight", text, _not_negative(weight))
        return weight

    def shared_limit(self, row: int, cells: list[str], owner: str | None, owner_column: str, column: str) -> None:
        """A customer's cap or a group's limit: stated once (or the same on every row that states it)."""
        seen, upper = (self.caps, 100.0) if column == "customer_cap_pct" else (self.group_limits, math.inf)
        text = self.cell(cells, column)
        if not text:
            return
        if owner is None:
            needs = QT_TRANSLATE_NOOP("Errors", "a limit needs a {column} on the same row")
            raise _Bad(column, text, Text(needs, column=owner_column))
        value = _number(column, text)
        if not 0 <= value <= upper:
            if not math.isfinite(upper):
                raise _Bad(column, text, _not_negative(value))
            between = QT_TRANSLATE_NOOP("Errors", "must be between 0 and {upper:g}, not {value:g}")
            raise _Bad(column, text, Text(between, upper=upper, value=value))
        if owner in seen and seen[owner][0] != value:
            first, first_row = seen[owner]
            differs = QT_TRANSLATE_NOOP("Errors", "{value:g} for {owner!r} differs from {first:g} on row {row}")
            raise _Bad(column, text, Text(differs, value=value, owner=owner, first=first, row=first_row))
        seen.setdefault(owner, (value, row))
