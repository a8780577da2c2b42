"""Every catalogue model ranked by daily profit at the current inputs; double-click loads one."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.payback import Payback, payback
from hashinsight_desktop.services.calculator.ranking import RankedModel
from hashinsight_desktop.ui.calculator.formatting import plain, usd
from hashinsight_desktop.ui.common import RECORD_ROLE, Column, FilteredTablePanel, RecordTableModel, format_number
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, tone_color


@dataclass(frozen=True)
class RankRow:
    rank: int  # 1 = most profitable
    model: RankedModel
    horizon_months: int


def _payback_of(row: RankRow) -> Payback | None:
    if row.model.hardware_cost_usd is None:
        return None
    return payback(row.model.payback_days, row.model.hardware_cost_usd, row.model.profit_sort_key, row.horizon_months)


def _payback_text(row: RankRow) -> str:
    found = _payback_of(row)
    return "—" if found is None else found.text()


def _payback_sort(row: RankRow) -> float:
    """Within the horizon by day; beyond it by today's-figures estimate; never, then unpriced, last."""
    found = _payback_of(row)
    if found is None:
        return math.inf
    if found.days is not None:
        return float(found.days)
    return 1e12


def _usd_per_th(row: RankRow) -> float | None:
    cost = row.model.hardware_cost_usd
    return None if cost is None else float(cost) / row.model.hashrate_ths


RANKING_COLUMNS: list[Column[RankRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "#"), lambda r: r.rank, align_right=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Model"),
        lambda r: r.model.full_name,
        sort_value=lambda r: r.model.full_name.lower(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "TH/s"),
        lambda r: format_number(r.model.hashrate_ths, 1),
        sort_value=lambda r: r.model.hashrate_ths,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Power W"),
        lambda r: format_number(r.model.power_w, 0),
        sort_value=lambda r: r.model.power_w,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "J/TH"),
        lambda r: number(r.model.efficiency_j_per_th, 1),
        sort_value=lambda r: float(r.model.efficiency_j_per_th),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Revenue"),
        lambda r: usd(r.model.revenue_usd_per_day),
        sort_value=lambda r: float(r.model.revenue_usd_per_day),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Power cost"),
        lambda r: usd(r.model.power_cost_usd_per_day),
        sort_value=lambda r: float(r.model.power_cost_usd_per_day),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Profit/day"),
        lambda r: usd(r.model.profit_usd_per_day),
        sort_value=lambda r: r.model.profit_sort_key,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Break-even"),
        lambda r: number(r.model.breakeven_electricity_usd_per_kwh, 4),
        sort_value=lambda r: float(r.model.breakeven_electricity_usd_per_kwh),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Price"),
        lambda r: usd(r.model.hardware_cost_usd, 0) if r.model.hardware_cost_usd is not None else "—",
        sort_value=lambda r: float(r.model.hardware_cost_usd or 0),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "$/TH"),
        lambda r: "—" if _usd_per_th(r) is None else f"${number(_usd_per_th(r), 2)}",
        sort_value=lambda r: _usd_per_th(r) or math.inf,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Payback"), _payback_text, sort_value=_payback_sort, align_right=True),
]
COL_RANK, COL_MODEL, COL_PROFIT, COL_BREAKEVEN, COL_PRICE, COL_USD_PER_TH, COL_PAYBACK = 0, 1, 7, 8, 9, 10, 11


class RankingTableModel(RecordTableModel[RankRow]):
    """Profit in green or red; the model loaded in the form in bold. New figures for the same models
    update the cells in place, so the selection and scroll position survive typing in the form."""

    def __init__(self, tone: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(RANKING_COLUMNS, parent)
        self._tone = tone
        self.current_model_id: uuid.UUID | None = None

    def update_rows(self, rows: Sequence[RankRow]) -> None:
        ordered = sorted(rows, key=lambda r: r.model.full_name.lower())
        if [r.model.model_id for r in ordered] != [r.model.model_id for r in self.records()]:
            self.set_records(ordered)
            return
        self._records = ordered
        if ordered:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ordered) - 1, len(RANKING_COLUMNS) - 1))

    def set_current(self, model_id: uuid.UUID | None) -> None:
        self.current_model_id = model_id
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(RANKING_COLUMNS) - 1))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_PROFIT:
            profit = self.record(index.row()).model.profit_usd_per_day
            return QColor(self._tone(OK_COLOR if profit > 0 else BAD_COLOR)) if profit else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_PRICE, COL_USD_PER_TH):
            quoted = self.record(index.row()).model.hardware_price_date
            return (
                self.tr("Catalogue price of one unit, quoted {day}").format(day=quoted.isoformat()) if quoted else None
            )
        if role == Qt.ItemDataRole.FontRole and self.record(index.row()).model.model_id == self.current_model_id:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class RankingPanel(FilteredTablePanel):
    model_chosen = Signal(object)  # the MinerModel id double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        model = RankingTableModel(lambda tone: tone_color(self.window(), tone), None)
        super().__init__(
            model,
            placeholder=QCoreApplication.translate("RankingPanel", "Filter models"),
            object_name="rankingTable",
            sort_column=COL_PROFIT,
            stretch_column=COL_MODEL,
            tooltip=QCoreApplication.translate("RankingPanel", "Double-click a model to load it into the calculator"),
            parent=parent,
        )
        self.model = model
        model.setParent(self)

    def show_ranking(self, ranked: Sequence[RankedModel], inputs: CalculatorInputs) -> None:
        rows = [RankRow(rank, model, inputs.horizon_months) for rank, model in enumerate(ranked, start=1)]
        self.model.update_rows(rows)
        priced = any(r.hardware_cost_usd is not None for r in ranked)
        for column in (COL_PRICE, COL_USD_PER_TH, COL_PAYBACK):  # no reference prices in the catalogue: nothing to show
            self.table.setColumnHidden(column, not priced)
        paying = sum(1 for r in ranked if r.profit_usd_per_day > 0)
        self.summary.setText(
            self.tr(
                "{models} models, one unit each, $ per day at ${price}/kWh and BTC {btc} (break-even in $/kWh): "
                "{paying} make a profit · double-click to load"
            ).format(
                models=len(ranked),
                price=plain(inputs.electricity_usd_per_kwh),
                btc=usd(inputs.btc_price_usd, 0),
                paying=paying,
            )
        )

    def set_current(self, model_id: uuid.UUID | None) -> None:
        self.model.set_current(model_id)

    def shown_models(self) -> list[RankedModel]:
        """The rows in the order shown (tests, and whoever wants the visible ranking)."""
        return [self.proxy.index(row, 0).data(RECORD_ROLE).model for row in range(self.proxy.rowCount())]

    def _double_clicked(self, index: QModelIndex) -> None:
        row: RankRow | None = index.data(RECORD_ROLE)
        if row is not None and row.model.model_id is not None:
            self.model_chosen.emit(row.model.model_id)
