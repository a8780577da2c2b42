"""A fleet for the optimiser from a CSV file, for `curtail solve` and for sites planned outside the database.

Columns (header names are case-insensitive; other columns are ignored):

- ``miner_id``, ``hashrate_ths``, ``power_w`` (required): the miner at full (its current operating point);
- ``levels``: other operating points, ``;``-separated ``power_w:hashrate_ths`` pairs, e.g. ``2400:80;1800:62``;
- ``sleep_w``: the power drawn asleep (a sleep level with no hashrate); every miner can also be switched off;
- ``protected``: 1 to leave the miner untouched (also for miners changed too recently);
- ``customer_id`` and ``customer_cap_pct``: at most that % of the customer's hashrate may be curtailed;
- ``sla_weight``: the customer strategy's weight (default 1; higher protects more);
- ``group_id`` and ``group_max_shed_kw``: at most that many kW shed within the rack or feed.

A cap or a limit belongs to the customer or group: rows that state it must agree; rows that leave it blank
inherit it. Errors name the row as a spreadsheet shows it (header = row 1) and the column.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hashinsight_desktop.services.curtailment.fast_path import BoolArray, Fleet, FloatArray
from hashinsight_desktop.services.curtailment.problem import Problem
from hashinsight_desktop.services.errors import ValidationError

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
        )


def load_miners_csv(path: str | Path) -> MinersTable:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError("file", f"cannot open {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ValidationError("file", f"{path.name} is not UTF-8 text; save it as CSV UTF-8") from None
    return parse_miners_csv(text)


def parse_miners_csv(text: str) -> MinersTable:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("file", "the file is empty: it needs a header row") from None
    except csv.Error as exc:
        raise ValidationError("file", f"not a readable CSV table: {exc}") from None
    columns = _columns(header)
    return _Builder(columns).build(_records(reader))


def _columns(header: list[str]) -> dict[str, int]:
    names = [h.strip().lower() for h in header]
    known = REQUIRED + OPTIONAL
    for name in names:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
            if close:  # a typo in "protected" must not silently unprotect miners
                raise ValidationError("file", f"column {name!r} is not known; did you mean {close[0]!r}?")
    for name in set(names):
        if name in known and names.count(name) > 1:
            raise ValidationError("file", f"column {name!r} appears {names.count(name)} times")
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ValidationError(
            "file", f"missing column(s) {', '.join(missing)} (the header row has: {', '.join(names)})"
        )
    return {name: names.index(name) for name in known if name in names}


def _records(reader: Iterable[list[str]]) -> Iterable[tuple[int, list[str]]]:
    number = 1
    try:
        for number, cells in enumerate(reader, start=2):  # the header is row 1
            if any(cell.strip() for cell in cells):
                yield number, cells
    except csv.Error as exc:
        raise ValidationError(f"row {number + 1}", f"not readable as CSV: {exc}") from None


def _number(row: int, column: str, text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise ValidationError(f"row {row}, {column}", f"not a number: {text.strip()!r}") from None
    if not math.isfinite(value):
        raise ValidationError(f"row {row}, {column}", f"not a finite number: {text.strip()!r}")
    return value


class _Builder:
    def __init__(self, columns: dict[str, int]) -> None:
        self.columns = columns
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
        if not self.ids:
            raise ValidationError("file", "no miners: the file has a header row only")
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

    def add(self, row: int, cells: list[str]) -> None:
        miner_id = self.cell(cells, "miner_id")
        if not miner_id:
            raise ValidationError(f"row {row}, miner_id", "empty")
        if miner_id in self.first_row:
            raise ValidationError(f"row {row}, miner_id", f"{miner_id!r} already on row {self.first_row[miner_id]}")
        power = self.required_number(row, cells, "power_w")
        if power <= 0:
            raise ValidationError(f"row {row}, power_w", f"must be more than 0, not {power:g}")
        hashrate = self.required_number(row, cells, "hashrate_ths")
        if hashrate < 0:
            raise ValidationError(f"row {row}, hashrate_ths", f"must be 0 or more, not {hashrate:g}")
        levels = [(power, hashrate), *self.presets(row, cells, power)]
        sleep_text = self.cell(cells, "sleep_w")
        if sleep_text:
            sleep = _number(row, "sleep_w", sleep_text)
            if not 0 <= sleep < power:
                raise ValidationError(f"row {row}, sleep_w", f"{sleep:g} W is not between 0 and the full {power:g} W")
            levels.append((sleep, 0.0))
        levels.append((0.0, 0.0))
        self.first_row[miner_id] = row
        self.ids.append(miner_id)
        self.levels.append(levels)
        self.protected.append(self.flag(row, cells, "protected"))
        customer = self.cell(cells, "customer_id") or None
        self.customer_of.append(customer)
        self.shared_limit(row, cells, customer, "customer_id", "customer_cap_pct", self.caps, upper=100.0)
        weight_text = self.cell(cells, "sla_weight")
        weight = _number(row, "sla_weight", weight_text) if weight_text else 1.0
        if weight < 0:
            raise ValidationError(f"row {row}, sla_weight", f"must be 0 or more, not {weight:g}")
        self.weights.append(weight)
        group = self.cell(cells, "group_id") or None
        self.group_of.append(group)
        self.shared_limit(row, cells, group, "group_id", "group_max_shed_kw", self.group_limits, upper=math.inf)

    def required_number(self, row: int, cells: list[str], column: str) -> float:
        text = self.cell(cells, column)
        if not text:
            raise ValidationError(f"row {row}, {column}", "empty")
        return _number(row, column, text)

    def presets(self, row: int, cells: list[str], full_power: float) -> list[tuple[float, float]]:
        text = self.cell(cells, "levels")
        out: list[tuple[float, float]] = []
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            power_text, sep, hashrate_text = part.partition(":")
            if not sep:
                raise ValidationError(f"row {row}, levels", f"{part!r} is not power_w:hashrate_ths")
            power = _number(row, "levels", power_text)
            hashrate = _number(row, "levels", hashrate_text)
            if power < 0 or hashrate < 0:
                raise ValidationError(f"row {row}, levels", f"{part!r}: negative values")
            if power >= full_power:
                raise ValidationError(
                    f"row {row}, levels", f"{part!r}: {power:g} W is not below the full power {full_power:g} W"
                )
            out.append((power, hashrate))
        return out

    def flag(self, row: int, cells: list[str], column: str) -> bool:
        text = self.cell(cells, column).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValidationError(f"row {row}, {column}", f"{text!r} is not 0 or 1")

    def shared_limit(
        self,
        row: int,
        cells: list[str],
        owner: str | None,
        owner_column: str,
        column: str,
        seen: dict[str, tuple[float, int]],
        *,
        upper: float,
    ) -> None:
        text = self.cell(cells, column)
        if not text:
            return
        if owner is None:
            raise ValidationError(f"row {row}, {column}", f"a limit needs a {owner_column} on the same row")
        value = _number(row, column, text)
        if not 0 <= value <= upper:
            bound = f"between 0 and {upper:g}" if math.isfinite(upper) else "0 or more"
            raise ValidationError(f"row {row}, {column}", f"must be {bound}, not {value:g}")
        if owner in seen and seen[owner][0] != value:
            first, first_row = seen[owner]
            raise ValidationError(
                f"row {row}, {column}", f"{value:g} for {owner!r} differs from {first:g} on row {first_row}"
            )
        seen.setdefault(owner, (value, row))
