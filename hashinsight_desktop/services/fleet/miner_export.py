"""The fleet as a miner list (CSV or XLSX by the file's suffix): the import's columns plus status, so an
exported list imports back unchanged."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Sequence
from pathlib import Path

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.table_file import TextCells, csv_text, replacing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

EXPORT_COLUMNS = ("ip", "port", "name", "rack", "position", "customer", "feed", "model", "status")


def _cells(row: MinerRow) -> tuple[object, ...]:
    return (
        row.ip_address,
        row.port,
        row.name,
        row.rack or "",
        row.position or "",
        row.customer,
        row.power_feed or "",
        row.model,
        row.status,
    )


def export_miners(rows: Sequence[MinerRow], path: str | Path) -> int:
    """Write the rows (as listed by ``list_miners``); how many were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            "file", Text(QT_TRANSLATE_NOOP("Errors", "{name}: export to a .csv or .xlsx file"), name=path.name)
        )
    if not path.parent.is_dir():
        raise ValidationError("file", Text(QT_TRANSLATE_NOOP("Errors", "no folder {parent}"), parent=path.parent))
    with replacing(path) as temporary:
        if suffix == ".csv":
            with temporary.open("w", newline="", encoding="utf-8-sig") as file:  # the BOM: Excel reads accents
                writer = csv.writer(file)
                writer.writerow(EXPORT_COLUMNS)
                writer.writerows(
                    [csv_text(cell) if isinstance(cell, str) else cell for cell in _cells(row)] for row in rows
                )
        else:
            _write_xlsx(rows, temporary)
    return len(rows)


def _write_xlsx(rows: Sequence[MinerRow], temporary: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Miners")
    sheet.freeze_panes = "A2"
    text, bold = TextCells(sheet), TextCells(sheet, font=Font(bold=True))
    try:
        sheet.append([bold(name) for name in EXPORT_COLUMNS])
        for row in rows:
            sheet.append([cell if isinstance(cell, int) else text(cell) for cell in _cells(row)])
    except BaseException:
        with contextlib.suppress(Exception):  # close openpyxl's streams; the file is then discarded
            workbook.save(temporary)
        raise
    workbook.save(temporary)
