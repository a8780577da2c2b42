"""A group of the plan form holding a small editable table of per-row terms (customer caps, feed limits):
a note when the site has no such rows, the table as tall as its rows (scrolling past six) and the error
line that names the row at fault."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hashinsight_desktop.ui.curtailment.form_fields import FormField

MAX_ROWS_SHOWN = 6


class TermsBox(QGroupBox):
    def __init__(
        self,
        title: str,
        model: QAbstractItemModel,
        *,
        object_name: str,
        field: str,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.table = QTableView()
        self.table.setObjectName(object_name)
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what is left
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.error = FormField(field, self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.error.error_label)
        self.show_rows(0)

    def show_rows(self, count: int) -> None:
        """The table for ``count`` rows, or the note when there are none."""
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        rows = min(max(count, 1), MAX_ROWS_SHOWN)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_height + 2 * self.table.frameWidth() + 2)
