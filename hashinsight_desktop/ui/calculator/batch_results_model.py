"""The batch results table: 100,000 rows held as numpy columns, sorted and filtered with numpy
(a sort proxy over Python rows took seconds); a cell is formatted only when it is drawn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QWidget,
)

from hashinsight_desktop.services.calculator.batch import (
    BatchResult,
)
from hashinsight_desktop.ui.calculator.formatting import usd
from hashinsight_desktop.ui.common import Column, Index, RecordTableModel
from hashinsight_desktop.ui.locale_format import grouped, number


@dataclass(frozen=True)
class ResultColumn:
    name: str  # in BatchResult.frame
    title: str
    tooltip: str
    text: Callable[[Any], str]  # a cell's value as shown
    numeric: bool = True


def _fixed(places: int) -> Callable[[Any], str]:
    return lambda value: f"{value:,.{places}f}"


def _payback(value: float, status: str) -> str:
    """The day count, else what the status says: "n/a" (no cost), "> horizon" or "never" (no profit)."""
    if status == "within_horizon":
        return QCoreApplication.translate("CalculatorSources", "{days} d").format(days=grouped(int(value)))
    if status == "beyond_horizon":
        return QCoreApplication.translate("CalculatorSources", "> horizon")
    if status == "never":
        return QCoreApplication.translate("CalculatorSources", "never")
    return QCoreApplication.translate("CalculatorSources", "n/a") if status == "n/a" else status


RESULT_VIEW = (
    ResultColumn("row", "Row", "The line's row in the fleet file (the header is row 1)", str),
    ResultColumn("site", "Site", "", str, numeric=False),
    ResultColumn("model", "Model", "The catalogue model the name resolved to", str, numeric=False),
    ResultColumn("quantity", "Qty", "Machines on this line", _fixed(0)),
    ResultColumn("hashrate_ths", "TH/s", "Nominal hashrate per machine", _fixed(1)),
    ResultColumn("power_w", "W", "Power per machine", _fixed(0)),
    ResultColumn("electricity_price", "$/kWh", "Electricity price", lambda v: number(v, 4)),
    ResultColumn("hardware_cost", "Cost/unit", "Hardware cost per machine (USD)", lambda v: usd(v, 0)),
    ResultColumn("btc_per_day", "BTC/day", "BTC mined per day by the line, after pool fee and uptime", _fixed(8)),
    ResultColumn("revenue_usd_day", "Revenue/day", "USD per day", usd),
    ResultColumn("power_cost_usd_day", "Power/day", "USD per day", usd),
    ResultColumn("profit_usd_day", "Profit/day", "USD per day", usd),
    ResultColumn("profit_usd_month", "Profit/month", "USD per month", usd),
    ResultColumn("breakeven_electricity", "Break-even $/kWh", "Power price at which the line stops paying", _fixed(4)),
    ResultColumn(
        "payback_days",
        "Payback",
        "Days to earn the hardware back ('> horizon': not within it; 'never': no profit)",
        str,
    ),
    ResultColumn(
        "roi_pct", "ROI", "Return over the horizon", lambda v: "—" if np.isnan(v) else f"{number(v, 1, signed=True)} %"
    ),
)
COL_ROW = 0
PROFIT_COLUMNS = frozenset({"profit_usd_day", "profit_usd_month"})


class BatchResultModel(RecordTableModel[int]):
    """The rows of a BatchResult, by position in its frame, sorted and filtered with numpy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column(c.title, self._cell(c), align_right=c.numeric) for c in RESULT_VIEW
        ]  # the shown value only: sorting never goes through Python per cell
        super().__init__(columns, parent)
        self._arrays: dict[str, np.ndarray] = {}
        self._text_keys: dict[str, tuple[np.ndarray, np.ndarray, list[str]]] = {}  # site, model: see _text_key
        self._order = np.arange(0)  # every row, in the current sort order
        self._shown = np.ones(0, dtype=bool)  # the filter, by position
        self._filter = ""
        self._negative = QColor()

    def _cell(self, column: ResultColumn) -> Callable[[int], str]:
        if column.name == "payback_days":  # the days alone cannot tell "n/a", beyond the horizon and never apart
            return lambda position: _payback(
                self._arrays["payback_days"][position], self._arrays["payback_status"][position]
            )
        return lambda position: column.text(self._arrays[column.name][position])

    def set_result(self, result: BatchResult | None) -> None:
        frame = result.frame if result is not None else None
        names = [c.name for c in RESULT_VIEW] + ["payback_status"]
        self._arrays = {} if frame is None else {name: frame[name].to_numpy() for name in names}
        self._text_keys = {}
        count = 0 if frame is None else len(frame)
        self._order = np.arange(count)
        self._shown = np.ones(count, dtype=bool)
        self._filter = ""
        self._apply()

    def set_negative_color(self, color: str) -> None:
        self._negative = QColor(color)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._arrays or not 0 <= column < len(RESULT_VIEW):
            return
        spec = RESULT_VIEW[column]
        if spec.numeric:
            key = self._arrays[spec.name].astype(np.float64)
        else:
            key = self._text_key(spec.name)[0].astype(np.float64)
        descending = order == Qt.SortOrder.DescendingOrder
        # Stable, and a missing value (never pays back, no ROI) last either way, as spreadsheets do.
        self._order = np.lexsort((-key if descending else key, np.isnan(key)))
        self._apply()

    def set_filter(self, text: str) -> None:
        """Rows whose site or model contains ``text``, ignoring case."""
        self._filter = text.strip().lower()
        if not self._arrays:
            return
        if not self._filter:
            self._shown = np.ones(len(self._order), dtype=bool)
        else:
            self._shown = np.zeros(len(self._order), dtype=bool)
            for name in ("site", "model"):
                codes, lowered = self._text_key(name)[1:]
                self._shown |= np.array([self._filter in u for u in lowered], dtype=bool)[codes]
        self._apply()

    def _text_key(self, name: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Per row: its rank in case-insensitive order and the code of its text; the distinct texts lowered.
        Computed once per column over the distinct texts (a 100,000-row fleet has a few dozen)."""
        if name not in self._text_keys:
            import pandas as pd

            codes, distinct = pd.factorize(self._arrays[name], sort=False)
            lowered = [str(text).lower() for text in distinct]
            rank = np.empty(len(lowered), dtype=np.int64)
            rank[np.argsort(np.array(lowered, dtype=object), kind="stable")] = np.arange(len(lowered))
            self._text_keys[name] = (rank[codes], np.asarray(codes), lowered)
        return self._text_keys[name]

    def _apply(self) -> None:
        self.set_records(self._order[self._shown[self._order]].tolist())

    def shown_positions(self) -> np.ndarray:
        return self._order[self._shown[self._order]]

    def column_values(self, name: str) -> np.ndarray:
        return self._arrays[name]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return RESULT_VIEW[section].tooltip or None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            name = RESULT_VIEW[index.column()].name
            if name in PROFIT_COLUMNS and self._arrays[name][self.record(index.row())] < 0:
                return self._negative
            return None
        return super().data(index, role)
