"""Fleet files (CSV or XLSX) read as typed and checked cell by cell: what the batch calculator computes.

Flow: ``read_fleet_file`` (every cell as text, canonical columns, spreadsheet row numbers) →
``validate_rows`` (every bad cell reported by row and column, header = row 1; model names resolved against
the catalogue as people type them; numbers with digit grouping and a ``;`` file's decimal comma) →
``ValidRows`` for ``batch.compute_batch``. ``load_fleet`` does both and refuses a file with any bad cell.
pandas and openpyxl are imported inside the functions that use them, so importing this module stays cheap.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs, parse_number
from hashinsight_desktop.services.calculator.projection import Array
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.table_file import BadCells, RowError, read_table
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy.orm import Session

    from hashinsight_desktop.services.calculator.batch import BatchMarket
    from hashinsight_desktop.services.permissions import Principal

T = TypeVar("T")
REQUIRED_COLUMNS = ("model", "quantity", "electricity_price")
COLUMNS = (*REQUIRED_COLUMNS, "hardware_cost", "site")
MAX_ROWS = 1_000_000
MAX_SITE_LENGTH = 100
_THOUSANDS_COMMA = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_THOUSANDS_DOT = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+")
_DIGIT_GROUPING = re.compile(r"(?<=\d)[ \u00a0\u202f'](?=\d)")


class FleetFileError(BadCells):
    """A fleet file with bad cells: nothing is computed until every one is fixed."""


@dataclass(frozen=True)
class ModelSpec:
    name: str
    hashrate_ths: float  # per unit, nominal
    power_w: float


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
            **{field.name: getattr(market, field.name) for field in fields(market)},
        )


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


def read_fleet_file(path: str | Path) -> FleetTable:
    """A CSV or the first sheet of an XLSX (services.table_file). Columns: model, quantity,
    electricity_price, and optionally hardware_cost and site."""
    import pandas as pd

    table = read_table(path, COLUMNS, REQUIRED_COLUMNS, max_rows=MAX_ROWS)
    frame = pd.DataFrame(table.cells, index=np.array(table.numbers, dtype=np.int64), dtype=object)
    return FleetTable(frame, str(path), table.delimiter == ";", tuple(table.problems))


def _plain_number(field: str, text: str, decimal_comma: bool) -> str:
    """Digit grouping removed; a ``;`` file's decimal comma made a dot; ambiguous separators refused."""
    text = _DIGIT_GROUPING.sub("", text)
    if decimal_comma:
        if "," in text:
            return text.replace(".", "").replace(",", ".")
        if _THOUSANDS_DOT.fullmatch(text):
            raise ValidationError(
                field,
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{text!r} is ambiguous; write it without a thousands separator"),
                    text=text,
                ),
            )
    elif "," in text and not _THOUSANDS_COMMA.fullmatch(text):
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{text!r}: use a dot as the decimal separator"), text=text)
        )
    return text


def _number_parser(field: str, decimal_comma: bool, *, blank: float | None = None) -> Callable[[str], float]:
    def parse(text: str) -> float:
        if not text and blank is not None:
            return blank
        plain = _plain_number(field, text, decimal_comma)
        try:
            return float(parse_number(field, plain))
        except ValidationError as exc:  # the message quotes the cell as typed, not as cleaned
            said = exc.message_text
            if isinstance(said, Text):
                said = Text(said.template, **{k: text if v == plain else v for k, v in said.params.items()})
            raise ValidationError(field, said) from None

    return parse


def _model_parser(models_by_key: Mapping[str, ModelSpec]) -> Callable[[str], ModelSpec]:
    def parse(text: str) -> ModelSpec:
        if not text:
            raise ValidationError("model", QT_TRANSLATE_NOOP("Errors", "a model name is required"))
        key = catalogue.lookup_key(text)
        if key in models_by_key:
            return models_by_key[key]
        close = [models_by_key[k].name for k in difflib.get_close_matches(key, models_by_key, n=3, cutoff=0.6)]
        if close:
            closest = QT_TRANSLATE_NOOP("Errors", "unknown model {text!r}; closest: {close}")
            raise ValidationError("model", Text(closest, text=text, close=", ".join(close)))
        raise ValidationError("model", Text(QT_TRANSLATE_NOOP("Errors", "unknown model {text!r}"), text=text))

    return parse


def _site(text: str) -> str:
    if len(text) > MAX_SITE_LENGTH:
        raise ValidationError(
            "site",
            Text(
                QT_TRANSLATE_NOOP("Errors", "at most {MAX_SITE_LENGTH} characters (got {n_text})"),
                MAX_SITE_LENGTH=MAX_SITE_LENGTH,
                n_text=len(text),
            ),
        )
    return text


def _per_distinct(
    column: pd.Series, parse: Callable[[str], T]
) -> tuple[list[T | None], NDArray[np.intp], dict[int, str | Text]]:
    """Each distinct text parsed once (a 100k-row fleet has a few dozen): values, codes and messages."""
    import pandas as pd

    codes, distinct = pd.factorize(column, sort=False)
    values: list[T | None] = []
    messages: dict[int, str | Text] = {}
    for index, text in enumerate(distinct):
        try:
            values.append(parse(str(text)))
        except ValidationError as exc:
            values.append(None)
            messages[index] = exc.message_text
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
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "the file has a header but no fleet rows"))
    return rows
