"""A chart as a PNG and its data as CSV or XLSX (by the file's suffix). Text is never written as a formula
(services.table_file's TextCells and csv_text) and the file replaces the target only when complete."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.table_file import TextCells, csv_text, replacing
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.common import show_error

Table = tuple[Sequence[str], Sequence[Sequence[Any]]]  # headers, rows


def write_table(path: str | Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Write the rows to a .csv or .xlsx file; how many were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("file", f"{path.name}: export to a .csv or .xlsx file")
    with replacing(path) as temporary:
        if suffix == ".csv":
            with temporary.open("w", newline="", encoding="utf-8-sig") as file:  # the BOM: Excel reads accents
                writer = csv.writer(file)
                writer.writerow([csv_text(h) for h in headers])
                for row in rows:
                    writer.writerow([csv_text(c) if isinstance(c, str) else c for c in row])
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("Data")
            text = TextCells(sheet)
            sheet.append([text(h) for h in headers])
            for row in rows:
                sheet.append([text(c) if isinstance(c, str) else c for c in row])
            workbook.save(temporary)
    return len(rows)


def save_png(widget: QWidget, path: str | Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise ValidationError("file", f"{Path(path).name}: the image could not be written")


class ExportButtons(QWidget):
    """ "Save image…" and "Save data…" for one chart: ``chart`` is grabbed, ``table()`` gives its data."""

    def __init__(self, name: str, chart: QWidget, table: Callable[[], Table | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._name, self._chart, self._table = name, chart, table
        self.png_button = QPushButton(self.tr("Save image…"))
        self.data_button = QPushButton(self.tr("Save data…"))
        self.png_button.clicked.connect(self._ask_png)
        self.data_button.clicked.connect(self._ask_data)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.png_button)
        row.addWidget(self.data_button)

    def export_png(self, path: str) -> None:
        save_png(self._chart, path)

    def export_data(self, path: str) -> int:
        table = self._table()
        if table is None:
            raise ValidationError("data", "nothing to export yet")
        return write_table(path, *table)

    def _ask_png(self) -> None:
        suggested = f"{self._name}.png"  # a file name, not prose
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save image"), suggested, self.tr("PNG (*.png)"))
        if path:
            self._run(lambda: self.export_png(path))

    def _ask_data(self) -> None:
        suggested = f"{self._name}.xlsx"  # a file name, not prose
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save data"), suggested, self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self._run(lambda: self.export_data(path))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except (ValidationError, OSError) as exc:
            show_error(self, self.tr("Export"), render_error(exc, QCoreApplication.translate))
