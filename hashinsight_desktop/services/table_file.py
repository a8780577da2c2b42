"""Tables people keep in CSV or XLSX files, read and written the same way wherever the console takes one
(the batch calculator's fleet file, the Fleet tab's miner list).

Reading: a CSV (UTF-8 with or without BOM, or Windows' cp1252; ``,`` ``;`` or tab sniffed from the
header) or the first sheet of an XLSX, every cell as text, headers as people type them, each row with the
number the spreadsheet shows (header = row 1), blank rows skipped. Writing: to a temporary file renamed over
the target (a failed export leaves no half-written file), text a spreadsheet would run as a formula
neutralised. openpyxl is imported inside the functions that use it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import uuid
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it: header = 1, first data row = 2
    column: str
    message: str | Text  # English by str(); a marked text is said in the reader's language

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


SHOWN_CELLS = 5  # the bad cells a message names; all of them are in BadCells.errors


class BadCells(ValidationError):
    """A table with bad cells, refused whole: the first few in the message, all of them in ``errors``;
    ``consequence`` (", nothing imported") a marked text too."""

    def __init__(self, errors: list[RowError], consequence: str | Text = "") -> None:
        shown = Joined(QT_TRANSLATE_NOOP("Errors", "; "), [e.text for e in errors[:SHOWN_CELLS]])
        more = len(errors) - SHOWN_CELLS
        template = (
            QT_TRANSLATE_NOOP("Errors", "{count} bad cell(s){consequence}: {shown} (and {more} more)")
            if more > 0
            else QT_TRANSLATE_NOOP("Errors", "{count} bad cell(s){consequence}: {shown}")
        )
        message = Text(template, count=len(errors), consequence=consequence, shown=shown, more=more)
        super().__init__("file", message)
        self.errors = errors


@dataclass(frozen=True)
class TableRows:
    """The rows of a table file: per known column the cells as text, and each row's number."""

    numbers: list[int]
    cells: dict[str, list[str]]
    problems: list[RowError]  # rows found wrong while reading (a value under no header)
    delimiter: str  # "" for a workbook
    present: frozenset[str] = frozenset()  # the known columns the header row has


def canonical_header(header: object) -> str:
    """A header as people type it: "Electricity Price ($/kWh)" is electricity_price."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(header or "")).strip().lower()
    return re.sub(r"[\s_\-./]+", "_", text).strip("_")


def cell_text(value: object) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def read_table(path: str | Path, columns: Sequence[str], required: Sequence[str], *, max_rows: int) -> TableRows:
    """The known ``columns`` of a table file (other columns are ignored); refused without a header row,
    with a required column missing or a column twice."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            is_xlsx = file.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise ValidationError(
            "file",
            Text(QT_TRANSLATE_NOOP("Errors", "cannot open {path}: {strerror}"), path=path, strerror=exc.strerror),
        ) from None
    if path.suffix.lower() == ".xls" and not is_xlsx:
        raise ValidationError(
            "file",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name}: old .xls workbooks are not read; save it as .xlsx or .csv"),
                name=path.name,
            ),
        )
    records, delimiter = (_xlsx_records(path), "") if is_xlsx else _csv_records(path)
    with contextlib.closing(records):
        header = next(records, [])
        headers = [canonical_header(h) for h in header]
        if not any(headers):
            raise ValidationError("file", Text(QT_TRANSLATE_NOOP("Errors", "{name} has no header row"), name=path.name))
        for name in columns:
            if headers.count(name) > 1:
                raise ValidationError(
                    "file",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "column {name!r} appears {value} times"),
                        name=name,
                        value=headers.count(name),
                    ),
                )
        missing = [name for name in required if name not in headers]
        if missing:
            found = ", ".join(h.strip() for h in header if h.strip())
            raise ValidationError(
                "file",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "missing column(s) {value} (the header row has: {found})"),
                    value=", ".join(missing),
                    found=found,
                ),
            )
        where = {name: headers.index(name) for name in columns if name in headers}
        unnamed = [i for i, h in enumerate(headers) if not h]
        body: dict[str, list[str]] = {name: [] for name in columns}
        numbers: list[int] = []
        problems: list[RowError] = []
        problem = (
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "a value stands under no column header; a value with a {delimiter!r} in it must be in quotes",
                ),
                delimiter=delimiter,
            )
            if delimiter
            else Text(QT_TRANSLATE_NOOP("Errors", "a value stands under no column header"))
        )
        for number, cells in enumerate(records, start=2):  # the header is row 1
            if not any(cell.strip() for cell in cells):
                continue
            for name in columns:
                index = where.get(name, len(cells))
                body[name].append(cells[index].strip() if index < len(cells) else "")
            numbers.append(number)
            if any(cells[i].strip() for i in unnamed if i < len(cells)) or any(c.strip() for c in cells[len(header) :]):
                problems.append(RowError(number, "columns", problem))
            if len(numbers) > max_rows:
                raise ValidationError(
                    "file",
                    Text(QT_TRANSLATE_NOOP("Errors", "more than {max_rows:,} rows; split the file"), max_rows=max_rows),
                )
    return TableRows(numbers, body, problems, delimiter, frozenset(where))


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
            raise ValidationError(
                "file",
                Text(QT_TRANSLATE_NOOP("Errors", "{name} is not a readable CSV table: {exc}"), name=path.name, exc=exc),
            ) from None

    return records(), delimiter


def _xlsx_records(path: Path) -> Generator[list[str], None, None]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged zip or a zip that is no workbook: tell the user, whatever the cause
        raise ValidationError(
            "file",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a readable Excel workbook ({exc})"), name=path.name, exc=exc
            ),
        ) from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read to the real end
        for values in sheet.iter_rows(values_only=True):  # empty rows come through: row numbers stay true
            yield [cell_text(value) for value in values]
    finally:
        workbook.close()


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(value: object) -> str:
    """Text for a CSV cell that no spreadsheet evaluates: formula-like text gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only when the block succeeds. Created as any file the
    user writes, mode 0666 less the umask (mkstemp's 0600 kept the result from those the user shares it with)."""
    temporary = path.parent / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp"
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


class TextCells:
    """Makes write-only cells typed as strings (in a given style), quote-prefixed when formula-like:
    openpyxl would otherwise turn "=..." into a formula and "#N/A" into an error value."""

    def __init__(self, sheet: Any, **style: Any) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        self._illegal = ILLEGAL_CHARACTERS_RE
        self._sheet, self._style = sheet, style
        self._cell = WriteOnlyCell

    def __call__(self, value: object) -> Any:
        text = self._illegal.sub("", "" if value is None else str(value))
        cell = self._cell(self._sheet, text)
        for name, setting in self._style.items():
            setattr(cell, name, setting)
        cell.data_type = "s"  # a literal string, whatever it starts with ("=", "#N/A", ...)
        cell.quotePrefix = is_formula_like(text)  # Excel's apostrophe: stays text even when edited
        return cell
