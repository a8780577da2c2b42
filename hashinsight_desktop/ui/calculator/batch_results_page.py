"""The batch calculator's results page: the computed rows (sorted and filtered by ``BatchResultModel``, vectorised),
a filter by site or model with how many rows and machines it shows, and the fleet's totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hashinsight_desktop.services.calculator.batch import BatchResult
from hashinsight_desktop.ui.calculator.batch_results_model import COL_ROW, RESULT_VIEW, BatchResultModel
from hashinsight_desktop.ui.calculator.batch_texts import totals_text
from hashinsight_desktop.ui.calculator.formatting import usd
from hashinsight_desktop.ui.common import record_table
from hashinsight_desktop.ui.locale_format import grouped


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchView", text)  # the view's texts, whichever widget shows them


def selectable_label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BatchResultsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: BatchResult | None = None
        self.model = BatchResultModel(self)
        self.table = record_table(self.model)
        self.table.setObjectName("batchResults")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(COL_ROW, Qt.SortOrder.AscendingOrder)
        self.filter_box = QLineEdit(placeholderText=_tr("Filter by site or model"))
        self.filter_box.setClearButtonEnabled(True)
        self.shown_label = selectable_label("batchShown")
        self.totals_label = selectable_label("batchTotals")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_box, 1)
        filter_row.addWidget(self.shown_label, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        self.filter_box.textChanged.connect(self._filter_changed)

    def show_result(self, result: BatchResult, negative: str) -> None:
        """``result`` unfiltered, in the table's current sort order; ``negative``: the colour of a loss."""
        self.result = result
        self.model.set_negative_color(negative)
        self.model.set_result(result)
        self.filter_box.clear()
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_columns()
        self.totals_label.setText(totals_text(result.totals))
        self._update_shown()

    def clear(self) -> None:
        self.result = None
        self.model.set_result(None)

    def _fit_columns(self) -> None:
        """Widths from the header and the first screenful (resizing to all 100,000 rows would be slow)."""
        metrics = self.table.fontMetrics()
        sample = self.model.shown_positions()[:200]
        for section, column in enumerate(RESULT_VIEW):
            values = self.model.column_values(column.name)
            widest = max([metrics.horizontalAdvance(column.text(values[p])) for p in sample] or [0])
            title = metrics.horizontalAdvance(column.title) + 24  # room for the sort arrow
            self.table.setColumnWidth(section, min(max(widest + 16, title), 260))

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_shown()

    def _update_shown(self) -> None:
        if self.result is None:
            self.shown_label.clear()
            return
        total, shown = self.result.totals.rows, self.model.rowCount()
        if shown == total:
            self.shown_label.setText(_tr("{total} rows · click a column title to sort").format(total=grouped(total)))
            return
        positions = self.model.shown_positions()
        profit = float(self.model.column_values("profit_usd_day")[positions].sum())
        machines = int(self.model.column_values("quantity")[positions].sum())
        self.shown_label.setText(
            _tr("Showing {shown} of {total} rows: {machines} machines, {profit}/day").format(
                shown=grouped(shown), total=grouped(total), machines=grouped(machines), profit=usd(profit)
            )
        )

    def shown_rows(self, column: str = "row") -> list[Any]:
        """One column of the rows as the table shows them (sorted, filtered)."""
        if self.result is None:
            return []
        return list(self.model.column_values(column)[self.model.shown_positions()].tolist())
