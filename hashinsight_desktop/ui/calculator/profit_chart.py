"""Cumulative profit over the horizon (hardware paid on day 0), with the payback point and the next
halving marked, and the band between lower and higher difficulty growth (low/base/high, in the
legend); in days or months; follows the light or dark palette."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hashinsight_desktop.services.calculator.bitcoin import DAYS_PER_MONTH
from hashinsight_desktop.services.calculator.difficulty_trend import GrowthBand
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import ProfitabilityResult
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.calculator.formatting import plain, usd
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, chart_colors, style_axes
from hashinsight_desktop.ui.locale_format import grouped, number, significant

UNITS = ("days", "months")


def short_usd(value: float, places: int = 0) -> str:
    """Axis ticks: ``$0``, ``$850``, ``$12.5k``, ``-$1.2M``; ``$0.25`` with ``places`` (ticks under a dollar apart)."""
    sign, amount = ("-" if value < 0 else ""), abs(value)
    if amount >= 1e6:
        text = f"{significant(amount / 1e6, 3)}M"
    elif amount >= 1e3:
        text = f"{significant(amount / 1e3, 3)}k"
    else:
        text = number(amount, places)
    return f"{sign}${text}"


def tick_places(step: float) -> int:
    """Decimals that tell ticks ``step`` dollars apart: 0 from a dollar up, else as many as the step has (at most 2).
    A range under a dollar (an empty chart's 0–1) was labelled $0, $0, $1, $1."""
    for places in range(3):
        if step >= 1 or abs(step * 10**places - round(step * 10**places)) < 1e-6:
            return places
    return 2


class UsdAxis(pg.AxisItem):
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = tick_places(spacing * scale)
        return [short_usd(v * scale, places) for v in values]


class ProfitChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units_combo = QComboBox()
        self.units_combo.addItems([self._unit_labels()[u].capitalize() for u in UNITS])
        self.units_combo.setToolTip(self.tr("Horizontal axis in days or months"))
        self.title = QLabel(self.tr("Cumulative profit (after hardware cost)"))
        self.readout = QLabel()
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.plot = pg.PlotWidget(axisItems={"left": UsdAxis("left")})
        self.plot.setMinimumHeight(140)  # the figures above it and the tabs below share 800 px
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.readout)
        header.addWidget(self.units_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)

        self.curve = pg.PlotDataItem(antialias=True)
        self.gain_fill = pg.PlotDataItem(fillLevel=0.0, pen=None, antialias=True)
        self.loss_fill = pg.PlotDataItem(fillLevel=0.0, pen=None, antialias=True)
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0)
        self.payback_marker: pg.ScatterPlotItem | None = None
        self.payback_line: pg.InfiniteLine | None = None
        self.halving_line: pg.InfiniteLine | None = None
        self.empty_text = pg.TextItem(self.tr("No figures yet"), anchor=(0.5, 1.2))
        # The growth band: cumulative profit at lower (better) and higher difficulty growth than the base.
        self.low_curve = pg.PlotDataItem(antialias=True)
        self.high_curve = pg.PlotDataItem(antialias=True)
        self.band = pg.FillBetweenItem(self.low_curve, self.high_curve)
        for item in (self.band, self.loss_fill, self.gain_fill, self.zero_line, self.low_curve, self.high_curve):
            self.plot.addItem(item)
        for item in (self.curve, self.empty_text):
            self.plot.addItem(item)
        self.legend = pg.LegendItem(offset=(10, 6), labelTextSize="8pt")
        self.legend.setParentItem(self.plot.getPlotItem().vb)
        self._band: GrowthBand | None = None
        self._growth = Decimal(0)
        self._days: np.ndarray = np.zeros(0)
        self._profit: np.ndarray = np.zeros(0)
        self._last: tuple[ProfitabilityResult, date] | None = None
        self._capex = 0.0
        self.units_combo.currentIndexChanged.connect(self._redraw)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)
        self.apply_palette()

    def sizeHint(self) -> QSize:
        """No taller than needed: the calculator's figures scroll when their height is short, and the
        scroll area sizes its content by this hint (pyqtgraph's 480 px made it scroll even at 1080 px)."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    @property
    def units(self) -> str:
        return UNITS[self.units_combo.currentIndex()]

    def _unit_labels(self) -> dict[str, str]:
        return {"days": self.tr("days"), "months": self.tr("months")}

    def set_units(self, units: str) -> None:
        if units in UNITS:
            self.units_combo.setCurrentIndex(UNITS.index(units))

    def show_result(
        self, result: ProfitabilityResult, inputs: CalculatorInputs, today: date, band: GrowthBand | None = None
    ) -> None:
        self._last = (result, today)
        self._capex = float(inputs.hardware_cost_usd * inputs.quantity)
        self._band = band
        self._growth = inputs.growth_pct_month
        self._redraw()

    def legend_labels(self) -> list[str]:
        return [label.text for _sample, label in self.legend.items]

    def has_payback_marker(self) -> bool:
        return self.payback_marker is not None

    def has_halving_line(self) -> bool:
        return self.halving_line is not None

    def _x(self, days: np.ndarray | float) -> np.ndarray | float:
        return days / DAYS_PER_MONTH if self.units == "months" else days

    def _redraw(self) -> None:
        for item in (self.payback_marker, self.payback_line, self.halving_line):
            if item is not None:
                self.plot.removeItem(item)
        self.payback_marker = self.payback_line = self.halving_line = None
        self.empty_text.setVisible(self._last is None)
        if self._last is None:
            self.plot.setXRange(0, 730 if self.units == "days" else 24, padding=0)
            self.plot.setYRange(-1000, 1000, padding=0)
            self.empty_text.setPos(365 if self.units == "days" else 12, 0)
            return
        result, _today = self._last
        curve: Sequence[float] = result.cumulative_profit_usd
        self._days = np.arange(len(curve) + 1, dtype=np.float64)
        self._profit = np.concatenate(([-self._capex], np.asarray(curve, dtype=np.float64)))
        x = self._x(self._days)
        self.curve.setData(x, self._profit)
        self.gain_fill.setData(x, np.maximum(self._profit, 0.0))
        self.loss_fill.setData(x, np.minimum(self._profit, 0.0))
        self._draw_band(x)
        colors = chart_colors(self)
        payback = result.payback_days
        if payback:  # 0 (no hardware cost) has no point to mark
            point = QPointF(float(self._x(float(payback))), float(self._profit[payback]))
            self.payback_line = pg.InfiniteLine(
                pos=point.x(),
                angle=90,
                pen=pg.mkPen(colors.ok, width=1, style=Qt.PenStyle.DashLine),
                label=self.tr("payback · day {day}").format(day=grouped(payback)),
                labelOpts={"position": 0.92, "color": colors.ok, "anchors": [(0, 0.5), (0, 0.5)]},
            )
            self.payback_marker = pg.ScatterPlotItem(
                [point.x()], [point.y()], size=11, brush=pg.mkBrush(colors.ok), pen=pg.mkPen(colors.base, width=2)
            )
            self.plot.addItem(self.payback_line)
            self.plot.addItem(self.payback_marker)
        halving_day = float(result.days_to_halving)
        if halving_day < len(curve):
            self.halving_line = pg.InfiniteLine(
                pos=float(self._x(halving_day)),
                angle=90,
                pen=pg.mkPen(colors.muted, width=1, style=Qt.PenStyle.DashLine),
                label=self.tr("halving"),
                labelOpts={"position": 0.08, "color": colors.muted, "anchors": [(0, 0.5), (0, 0.5)]},
            )
            self.plot.addItem(self.halving_line)
        self.plot.setLabel("bottom", self._unit_labels()[self.units])
        self.plot.getViewBox().enableAutoRange()
        self.readout.setText(self.tr("end of horizon: {profit}").format(profit=usd(self._profit[-1])))

    def _draw_band(self, x: np.ndarray | float) -> None:
        band = self._band
        self.legend.clear()
        shown = band is not None and len(band.low_curve) == len(self._profit) - 1
        for item in (self.band, self.low_curve, self.high_curve):
            item.setVisible(shown)
        if band is None or not shown:
            self.low_curve.setData([], [])
            self.high_curve.setData([], [])
            return
        self.low_curve.setData(x, np.concatenate(([-self._capex], band.low_curve)))
        self.high_curve.setData(x, np.concatenate(([-self._capex], band.high_curve)))
        self.legend.addItem(self.low_curve, self.tr("low: difficulty {pct} %/month").format(pct=plain(band.low_pct)))
        self.legend.addItem(self.curve, self.tr("base: {pct} %/month").format(pct=plain(self._growth)))
        self.legend.addItem(self.high_curve, self.tr("high: {pct} %/month").format(pct=plain(band.high_pct)))
        self._style_legend()

    def _style_legend(self) -> None:
        colors = chart_colors(self)
        background = QColor(colors.base)
        background.setAlpha(220)
        self.legend.setBrush(pg.mkBrush(background))
        self.legend.setPen(pg.mkPen(colors.muted))
        self.legend.setLabelTextColor(colors.text)
        for _sample, label in self.legend.items:
            label.setText(label.text, color=colors.text)

    def apply_palette(self) -> None:
        """Background, axes and fills from the current palette (light or dark theme)."""
        colors = chart_colors(self)
        self.plot.setBackground(colors.base)
        style_axes(self.plot.getPlotItem(), colors)
        self.curve.setPen(pg.mkPen(BITCOIN_ORANGE, width=2))
        gain, loss = QColor(colors.ok), QColor(colors.bad)
        gain.setAlpha(40)
        loss.setAlpha(40)
        self.gain_fill.setBrush(pg.mkBrush(gain))
        self.loss_fill.setBrush(pg.mkBrush(loss))
        self.zero_line.setPen(pg.mkPen(colors.muted, width=1))
        band = self.palette().color(QPalette.ColorRole.Highlight)
        band.setAlpha(45)
        self.band.setBrush(pg.mkBrush(band))
        self.low_curve.setPen(pg.mkPen(colors.ok, width=1, style=Qt.PenStyle.DashLine))
        self.high_curve.setPen(pg.mkPen(colors.bad, width=1, style=Qt.PenStyle.DashLine))
        self.band.setPen(pg.mkPen(None))
        self.empty_text.setColor(colors.muted)
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)

    def _mouse_moved(self, event: tuple[QPointF]) -> None:
        if not len(self._days) or self._last is None:
            return
        point = self.plot.getViewBox().mapSceneToView(event[0])
        day = float(point.x()) * (DAYS_PER_MONTH if self.units == "months" else 1.0)
        index = int(np.clip(round(day), 0, len(self._days) - 1))
        when = self._last[1] + timedelta(days=index)
        self.readout.setText(
            self.tr("day {day} ({date}): {profit}").format(
                day=grouped(index), date=locale_format.named(when, "date"), profit=usd(self._profit[index])
            )
        )
