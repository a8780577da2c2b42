"""A CRM table as a CSV or XLSX file (by the file's suffix): the shown columns of every row the search and
filters match, not just the page on screen. Text a user typed is never written as a formula
(services.table_file's TextCells and csv_text), and the file replaces the target only when complete."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.table_file import TextCells, csv_text, replacing
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, export_cell


def export_rows(
    path: str | Path,
    headers: Sequence[str],
    columns: Sequence[PagedColumn[Any]],
    rows: Iterable[Any],
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write the rows; how many were written. ``cancelled`` is asked between rows: a cancelled export
    leaves no file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("file", f"{path.name}: export to a .csv or .xlsx file")
    if not path.parent.is_dir():
        raise ValidationError("file", f"no folder {path.parent}")
    count = 0

    def cells() -> Iterable[list[Any]]:
        nonlocal count
        for row in rows:
            if cancelled():
                raise ExportCancelled
            count += 1
            yield [export_cell(column.value(row)) for column in columns]

    with replacing(path) as temporary:
        if suffix == ".csv":
            with temporary.open("w", newline="", encoding="utf-8-sig") as file:  # the BOM: Excel reads accents
                writer = csv.writer(file)
                writer.writerow([csv_text(h) for h in headers])
                for line in cells():
                    writer.writerow([csv_text(cell) if isinstance(cell, str) else cell for cell in line])
        else:
            _write_xlsx(temporary, headers, cells())
    return count


class ExportCancelled(Exception):
    """The user cancelled: nothing was written."""


def _write_xlsx(temporary: Path, headers: Sequence[str], lines: Iterable[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    sheet.freeze_panes = "A2"
    text, bold = TextCells(sheet), TextCells(sheet, font=Font(bold=True))
    try:
        sheet.append([bold(h) for h in headers])
        for line in lines:
            sheet.append([text(cell) if isinstance(cell, str) else cell for cell in line])
    except BaseException:
        with contextlib.suppress(Exception):  # close openpyxl's streams; the file is then discarded
            workbook.save(temporary)
        raise
    workbook.save(temporary)
