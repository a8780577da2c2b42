"""The batch calculator: a fleet file (CSV or XLSX) read as text, checked cell by cell, then computed
vectorised with the same formula and projection as the single calculation.

Flow: ``read_fleet_file`` → ``validate_rows`` (every bad cell reported by spreadsheet row number, header =
row 1) → ``compute_batch`` (numpy, in chunks, with progress and cancel; run it in an executor). pandas is
imported inside the functions that use it, so importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import io
import re
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.calculator.bitcoin import (
    BLOCKS_PER_DAY,
    DAYS_PER_MONTH,
    block_subsidy_btc,
    blocks_to_next_halving,
)
from hashinsight_desktop.services.calculator.inputs import DEFAULTS, INTEGER_FIELDS, CalculatorInputs, parse_number
from hashinsight_desktop.services.calculator.profitability import TH
from hashinsight_desktop.services.calculator.projection import Array, btc_per_day, project
from hashinsight_desktop.services.errors import ServiceError, ValidationError

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy.orm import Session

    from hashinsight_desktop.services.permissions import Principal

T = TypeVar("T")
REQUIRED_COLUMNS = ("model", "quantity", "electricity_price")
COLUMNS = (*REQUIRED_COLUMNS, "hardware_cost", "site")
MAX_ROWS = 1_000_000
MAX_SITE_LENGTH = 100
CELL_BUDGET = 100_000  # rows × days per projection block: ≈ 0.8 MB per float array, cache-sized
RESULT_COLUMNS = (
    "row", "site", "model", "quantity", "hashrate_ths", "power_w", "electricity_price", "hardware_cost",
    "btc_per_day", "revenue_usd_day", "power_cost_usd_day", "profit_usd_day", "profit_usd_month",
    "breakeven_electricity", "payback_days", "roi_pct",
)  # fmt: skip
_MARKET_FIELDS = (
    "btc_price_usd", "difficulty", "fees_per_block_btc", "block_height", "pool_fee_pct", "uptime_pct",
    "growth_pct_month", "horizon_months", "network_hashrate_ehs",
)  # fmt: skip
_THOUSANDS_COMMA = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_THOUSANDS_DOT = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+")
_DIGIT_GROUPING = re.compile(r"(?<=\d)[ \u00a0\u202f'](?=\d)")


class BatchCancelled(ServiceError):
    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"Batch calculation cancelled after {done:,} of {total:,} rows.")
        self.done, self.total = done, total


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it: header = 1, first data row = 2
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}"


class FleetFileError(ValidationError):
    """A fleet file with bad cells: nothing is computed until every one is fixed."""

    def __init__(self, errors: list[RowError]) -> None:
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__("file", f"{len(errors)} bad cell(s): {shown}{more}")
        self.errors = errors


@dataclass(frozen=True)
class ModelSpec:
    name: str
    hashrate_ths: float  # per unit, nominal
    power_w: float


@dataclass(frozen=True)
class BatchMarket:
    """What every row shares: the market, the pool and the horizon."""

    btc_price_usd: Decimal
    difficulty: Decimal
    fees_per_block_btc: Decimal
    block_height: int
    pool_fee_pct: Decimal = DEFAULTS["pool_fee_pct"]
    uptime_pct: Decimal = DEFAULTS["uptime_pct"]
    growth_pct_month: Decimal = DEFAULTS["growth_pct_month"]
    horizon_months: int = 24
    network_hashrate_ehs: Decimal | None = None

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> BatchMarket:
        """From user text or numbers, each error naming its field; blank optional fields take defaults."""
        values: dict[str, Any] = {}
        for field in _MARKET_FIELDS:
            given = raw.get(field)
            if given is None or (isinstance(given, str) and not given.strip()):
                if field == "network_hashrate_ehs":
                    continue
                given = DEFAULTS.get(field, given)
            number = parse_number(field, given)
            values[field] = int(number) if field in INTEGER_FIELDS else number
        return cls(**values)

    @classmethod
    def from_inputs(cls, inputs: CalculatorInputs) -> BatchMarket:
        return cls(**{field: getattr(inputs, field) for field in _MARKET_FIELDS})

    @property
    def horizon_days(self) -> int:
        return round(self.horizon_months * DAYS_PER_MONTH)


@dataclass(frozen=True, eq=False)
class FleetTable:
    """A fleet file as typed: every cell text, canonical columns, index = the spreadsheet row number."""

    frame: pd.DataFrame
    source: str
    decimal_comma: bool = False  # a ``;`` CSV: "0,05" means 0.05
    problems: tuple[RowError, ...] = ()  # rows found wrong while reading (a value under no header)


@dataclass(frozen=True, eq=False)
class ValidRows:
    row: NDArray[np.int64]
    site: NDArray[np.object_]
    model: NDArray[np.object_]  # the catalogue name
    quantity: NDArray[np.int64]
    hashrate_ths: Array  # per unit
    power_w: Array  # per unit
    electricity_usd_per_kwh: Array
    hardware_cost_usd: Array  # per unit

    def __len__(self) -> int:
        return int(self.row.shape[0])

    def take(self, selector: Any) -> ValidRows:
        return ValidRows(**{f.name: getattr(self, f.name)[selector] for f in fields(self)})

    def calculator_inputs(self, index: int, market: BatchMarket) -> CalculatorInputs:
        """The single calculation of one row: what ``profitability.calculate`` would be given."""

        def dec(values: Array) -> Decimal:
            return Decimal(repr(float(values[index])))

        return CalculatorInputs(
            hashrate_ths=dec(self.hashrate_ths),
            power_w=dec(self.power_w),
            electricity_usd_per_kwh=dec(self.electricity_usd_per_kwh),
            quantity=int(self.quantity[index]),
            hardware_cost_usd=dec(self.hardware_cost_usd),
            model_name=str(self.model[index]),
            **{field: getattr(market, field) for field in _MARKET_FIELDS},
        )


@dataclass(frozen=True)
class BatchTotals:
    rows: int
    machines: int
    hashrate_ths: float
    power_mw: float
    btc_per_day: float
    revenue_usd_day: float
    power_cost_usd_day: float
    profit_usd_day: float
    profit_usd_month: float
    hardware_cost_usd: float
    network_share_pct: float | None  # with a network hashrate in the market inputs


@dataclass(frozen=True, eq=False)
class BatchResult:
    frame: pd.DataFrame  # RESULT_COLUMNS, one row per fleet line; money unrounded (format on display)
    totals: BatchTotals


def index_models(models: Iterable[MinerModel | Mapping[str, Any]]) -> dict[str, ModelSpec]:
    """Catalogue models (database rows or shipped-catalogue entries) by ``catalogue.lookup_key``."""
    index: dict[str, ModelSpec] = {}
    for model in models:
        if isinstance(model, Mapping):
            spec = ModelSpec(str(model["name"]), float(model["hashrate_ths"]), float(model["power_w"]))
        else:
            spec = ModelSpec(model.name, float(model.hashrate_ths), float(model.power_w))
        index[catalogue.lookup_key(spec.name)] = spec
    return index


def load_models(session: Session, principal: Principal) -> dict[str, ModelSpec]:
    return index_models(catalogue.list_models(session, principal))


def _canonical(header: object) -> str:
    """A header as people type it: "Electricity Price ($/kWh)" is electricity_price."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(header or "")).strip().lower()
    return re.sub(r"[\s_\-./]+", "_", text).strip("_")


def _cell_text(value: object) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def read_fleet_file(path: str | Path) -> FleetTable:
    """A CSV (UTF-8 with or without BOM, ``,`` ``;`` or tab sniffed from the header) or the first sheet of
    an XLSX. Columns: model, quantity, electricity_price, and optionally hardware_cost and site."""
    import pandas as pd

    path = Path(path)
    try:
        with path.open("rb") as file:
            is_xlsx = file.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise ValidationError("file", f"cannot open {path}: {exc.strerror}") from None
    if path.suffix.lower() == ".xls" and not is_xlsx:
        raise ValidationError("file", f"{path.name}: old .xls workbooks are not read; save it as .xlsx or .csv")
    records, delimiter = (_xlsx_records(path), "") if is_xlsx else _csv_records(path)
    with contextlib.closing(records):
        header = next(records, [])
        headers = [_canonical(h) for h in header]
        if not any(headers):
            raise ValidationError("file", f"{path.name} has no header row")
        for name in COLUMNS:
            if headers.count(name) > 1:
                raise ValidationError("file", f"column {name!r} appears {headers.count(name)} times")
        missing = [name for name in REQUIRED_COLUMNS if name not in headers]
        if missing:
            found = ", ".join(h.strip() for h in header if h.strip())
            raise ValidationError("file", f"missing column(s) {', '.join(missing)} (the header row has: {found})")
        where = {name: headers.index(name) for name in COLUMNS if name in headers}
        unnamed = [i for i, h in enumerate(headers) if not h]
        body: dict[str, list[str]] = {name: [] for name in COLUMNS}
        numbers: list[int] = []
        problems: list[RowError] = []
        hint = f"; a value with a {delimiter!r} in it must be in quotes" if delimiter else ""
        for number, cells in enumerate(records, start=2):  # the header is row 1
            if not any(cell.strip() for cell in cells):
                continue
            for name in COLUMNS:
                index = where.get(name, len(cells))
                body[name].append(cells[index].strip() if index < len(cells) else "")
            numbers.append(number)
            if any(cells[i].strip() for i in unnamed if i < len(cells)) or any(c.strip() for c in cells[len(header) :]):
                problems.append(RowError(number, "columns", f"a value stands under no column header{hint}"))
            if len(numbers) > MAX_ROWS:
                raise ValidationError("file", f"more than {MAX_ROWS:,} rows; split the file")
    frame = pd.DataFrame(body, index=np.array(numbers, dtype=np.int64), dtype=object)
    return FleetTable(frame, str(path), delimiter == ";", tuple(problems))


def _csv_records(path: Path) -> tuple[Generator[list[str], None, None], str]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # Excel's "CSV (comma delimited)" on Windows
        text = data.decode("cp1252", errors="replace")
    delimiter = max((",", ";", "\t"), key=text.split("\n", 1)[0].count)

    def records() -> Generator[list[str], None, None]:
        try:
            yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        except csv.Error as exc:
            raise ValidationError("file", f"{path.name} is not a readable CSV table: {exc}") from None

    return records(), delimiter


def _xlsx_records(path: Path) -> Generator[list[str], None, None]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged zip or a zip that is no workbook: tell the user, whatever the cause
        raise ValidationError("file", f"{path.name} is not a readable Excel workbook ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read to the real end
        for values in sheet.iter_rows(values_only=True):  # empty rows come through: row numbers stay true
            yield [_cell_text(value) for value in values]
    finally:
        workbook.close()


def _plain_number(field: str, text: str, decimal_comma: bool) -> str:
    """Digit grouping removed; a ``;`` file's decimal comma made a dot; ambiguous separators refused."""
    text = _DIGIT_GROUPING.sub("", text)
    if decimal_comma:
        if "," in text:
            return text.replace(".", "").replace(",", ".")
        if _THOUSANDS_DOT.fullmatch(text):
            raise ValidationError(field, f"{text!r} is ambiguous; write it without a thousands separator")
    elif "," in text and not _THOUSANDS_COMMA.fullmatch(text):
        raise ValidationError(field, f"{text!r}: use a dot as the decimal separator")
    return text


def _number_parser(field: str, decimal_comma: bool, *, blank: float | None = None) -> Callable[[str], float]:
    def parse(text: str) -> float:
        if not text and blank is not None:
            return blank
        plain = _plain_number(field, text, decimal_comma)
        try:
            return float(parse_number(field, plain))
        except ValidationError as exc:
            raise ValidationError(field, exc.message.replace(repr(plain), repr(text))) from None

    return parse


def _model_parser(models_by_key: Mapping[str, ModelSpec]) -> Callable[[str], ModelSpec]:
    def parse(text: str) -> ModelSpec:
        if not text:
            raise ValidationError("model", "a model name is required")
        key = catalogue.lookup_key(text)
        if key in models_by_key:
            return models_by_key[key]
        close = [models_by_key[k].name for k in difflib.get_close_matches(key, models_by_key, n=3, cutoff=0.6)]
        raise ValidationError("model", f"unknown model {text!r}" + (f"; closest: {', '.join(close)}" if close else ""))

    return parse


def _site(text: str) -> str:
    if len(text) > MAX_SITE_LENGTH:
        raise ValidationError("site", f"at most {MAX_SITE_LENGTH} characters (got {len(text)})")
    return text


def _per_distinct(
    column: pd.Series, parse: Callable[[str], T]
) -> tuple[list[T | None], NDArray[np.intp], dict[int, str]]:
    """Each distinct text parsed once (a 100k-row fleet has a few dozen): values, codes and messages."""
    import pandas as pd

    codes, distinct = pd.factorize(column, sort=False)
    values: list[T | None] = []
    messages: dict[int, str] = {}
    for index, text in enumerate(distinct):
        try:
            values.append(parse(str(text)))
        except ValidationError as exc:
            values.append(None)
            messages[index] = exc.message
    return values, np.asarray(codes, dtype=np.intp), messages


def validate_rows(table: FleetTable, models_by_key: Mapping[str, ModelSpec]) -> tuple[ValidRows, list[RowError]]:
    """Every bad cell of the table, by row and column, and the rows without one.

    Compute nothing while the error list is not empty: the user fixes the file and loads it again.
    """
    frame = table.frame
    row_numbers = frame.index.to_numpy(dtype=np.int64)
    parsers: dict[str, Callable[[str], Any]] = {
        "model": _model_parser(models_by_key),
        "quantity": _number_parser("quantity", table.decimal_comma),
        "electricity_price": _number_parser("electricity_usd_per_kwh", table.decimal_comma),
        "hardware_cost": _number_parser("hardware_cost_usd", table.decimal_comma, blank=0.0),
        "site": _site,
    }
    errors = list(table.problems)
    ok = ~np.isin(row_numbers, [e.row for e in errors])
    columns: dict[str, Any] = {}
    for name, parse in parsers.items():
        values, codes, messages = _per_distinct(frame[name], parse)
        bad = np.flatnonzero(np.isin(codes, list(messages)))
        errors.extend(RowError(int(row_numbers[p]), name, messages[int(codes[p])]) for p in bad)
        ok[bad] = False
        columns[name] = (values, codes)

    def gather(name: str, fill: Any, dtype: Any) -> Any:
        values, codes = columns[name]
        return np.array([fill if v is None else v for v in values], dtype=dtype)[codes]

    def model_field(name: str, fill: Any, dtype: Any) -> Any:
        specs, codes = columns["model"]
        return np.array([fill if s is None else getattr(s, name) for s in specs], dtype=dtype)[codes]

    valid = ValidRows(
        row=row_numbers,
        site=gather("site", "", object),
        model=model_field("name", "", object),
        quantity=gather("quantity", 0, np.int64),
        hashrate_ths=model_field("hashrate_ths", np.nan, np.float64),
        power_w=model_field("power_w", np.nan, np.float64),
        electricity_usd_per_kwh=gather("electricity_price", np.nan, np.float64),
        hardware_cost_usd=gather("hardware_cost", np.nan, np.float64),
    )
    errors.sort(key=lambda e: (e.row, COLUMNS.index(e.column) if e.column in COLUMNS else -1))
    return valid.take(ok), errors


def load_fleet(path: str | Path, models_by_key: Mapping[str, ModelSpec]) -> ValidRows:
    """Read and check a fleet file; any bad cell raises ``FleetFileError`` listing them all."""
    rows, errors = validate_rows(read_fleet_file(path), models_by_key)
    if errors:
        raise FleetFileError(errors)
    if not len(rows):
        raise ValidationError("file", "the file has a header but no fleet rows")
    return rows


def compute_batch(
    rows: ValidRows,
    market: BatchMarket,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = 5000,
) -> BatchResult:
    """Today's economics and the payback of every row, with ``profitability.calculate``'s definitions.

    ``cancelled()`` is asked before each ``chunk`` of rows and ``progress(done, total)`` told after it.
    Inside a chunk the projection runs in blocks of ``CELL_BUDGET`` rows × days that stay in the CPU
    cache: memory is bounded whatever the file size, and it is twice as fast as one big block.
    """
    import pandas as pd

    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    total, horizon_days = len(rows), market.horizon_days
    quantity = rows.quantity
    hashrate_hs = rows.hashrate_ths * TH * quantity  # the same operations, in the same order, as calculate()
    power_kw = rows.power_w * quantity / 1000.0
    electricity = rows.electricity_usd_per_kwh
    capex = rows.hardware_cost_usd * quantity
    shared = {
        "btc_price": float(market.btc_price_usd),
        "difficulty": float(market.difficulty),
        "fees_btc": float(market.fees_per_block_btc),
        "subsidy_now": float(block_subsidy_btc(market.block_height)),
        "days_to_halving": blocks_to_next_halving(market.block_height) / BLOCKS_PER_DAY,
        "pool_fee": float(market.pool_fee_pct) / 100.0,
        "uptime": float(market.uptime_pct) / 100.0,
        "growth_per_month": float(market.growth_pct_month) / 100.0,
    }

    def full(name: str, n: int = total) -> Array:
        return np.full(n, shared[name], dtype=np.float64)

    btc_day = btc_per_day(
        hashrate_hs, full("subsidy_now"), full("fees_btc"), full("difficulty"), full("pool_fee"), full("uptime")
    )
    revenue = btc_day * shared["btc_price"]
    kwh = power_kw * 24.0 * shared["uptime"]
    cost = kwh * electricity
    payback, horizon_profit = np.full(total, np.nan), np.zeros(total)
    block = max(1, min(chunk, CELL_BUDGET // horizon_days))
    for chunk_start in range(0, total, chunk):
        if cancelled is not None and cancelled():
            raise BatchCancelled(chunk_start, total)
        chunk_stop = min(chunk_start + chunk, total)
        for start in range(chunk_start, chunk_stop, block):
            part = slice(start, min(start + block, chunk_stop))
            projection = project(
                hashrate_hs=hashrate_hs[part],
                power_kw=power_kw[part],
                electricity=electricity[part],
                capex_usd=capex[part],
                horizon_days=horizon_days,
                keep_curve=False,
                **{name: full(name, part.stop - start) for name in shared},
            )
            payback[part] = np.where(projection.payback_days >= 0, projection.payback_days, np.nan)
            horizon_profit[part] = projection.cumulative_profit_usd[:, -1]
        if progress is not None:
            progress(chunk_stop, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        roi = np.where(capex > 0, horizon_profit / capex * 100.0, np.nan)
    profit = revenue - cost
    columns = (
        rows.row, rows.site, rows.model, quantity, rows.hashrate_ths, rows.power_w, electricity,
        rows.hardware_cost_usd, btc_day, revenue, cost, profit, profit * DAYS_PER_MONTH, revenue / kwh, payback, roi,
    )  # fmt: skip
    fleet_ths = float((rows.hashrate_ths * quantity).sum())
    network = market.network_hashrate_ehs
    totals = BatchTotals(
        rows=total,
        machines=int(quantity.sum()),
        hashrate_ths=fleet_ths,
        power_mw=float(power_kw.sum()) / 1000.0,
        btc_per_day=float(btc_day.sum()),
        revenue_usd_day=float(revenue.sum()),
        power_cost_usd_day=float(cost.sum()),
        profit_usd_day=float(profit.sum()),
        profit_usd_month=float(profit.sum()) * DAYS_PER_MONTH,
        hardware_cost_usd=float(capex.sum()),
        network_share_pct=None if network is None else fleet_ths * TH / (float(network) * 1e18) * 100.0,
    )
    return BatchResult(pd.DataFrame(dict(zip(RESULT_COLUMNS, columns, strict=True))), totals)
