"""The price chart: candles or a line over every stored daily bar, SMA/EMA/Bollinger overlays and signal markers,
with RSI and MACD panels below sharing its X axis, one crosshair across the three, zoom by wheel or drag.

The indicators are computed once over the full history (``indicators.compute``) and the chart shows them as they
are: zooming only moves the view, it never recomputes an EMA or RSI on the visible window."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.ui.analytics.chart_axes import DayAxis, FigureAxis, style_chart
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, FAN_GREEN, POWER_BLUE, chart_colors

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics.history import Bar

DAY_S = 86_400.0
Array = np.ndarray


def day_x(days: Sequence[date]) -> Array:
    """Seconds since the epoch of each day at 00:00 UTC (what the date axis reads)."""
    return np.array([datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in days])


def _floats(values: Sequence[object]) -> Array:
    return np.array([math.nan if v is None else float(v) for v in values], dtype=np.float64)  # type: ignore[arg-type]


def crossings(a: Array, b: Array) -> tuple[Array, Array]:
    """Indexes where ``a`` crosses above ``b`` and where it crosses below (NaN warm-up never counts)."""
    diff = a - b
    before, after = diff[:-1], diff[1:]
    valid = ~(np.isnan(before) | np.isnan(after))
    up = np.flatnonzero(valid & (before <= 0) & (after > 0)) + 1
    down = np.flatnonzero(valid & (before >= 0) & (after < 0)) + 1
    return up, down


class PriceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.values: dict[str, Array] = {}
        self.x = np.zeros(0)
        self.style_combo = QComboBox()
        self.style_combo.addItem(self.tr("Candles"), "candles")
        self.style_combo.addItem(self.tr("Line"), "line")
        self.overlay_boxes = {
            "sma": QCheckBox(self.tr("SMA 20")),
            "ema": QCheckBox(self.tr("EMA 20")),
            "bb": QCheckBox(self.tr("Bollinger (20, 2)")),
            "signals": QCheckBox(self.tr("MACD crossings")),
        }
        self.readout = QLabel()
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Chart:")))
        controls.addWidget(self.style_combo)
        for box in self.overlay_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self.redraw)
            controls.addWidget(box)
        controls.addStretch(1)
        self.zoom_buttons = {}
        for days, label, key in ((90, self.tr("90 days"), "Ctrl+9"), (0, self.tr("Whole history"), "Ctrl+0")):
            button = QPushButton(label)
            button.setShortcut(QKeySequence(key))
            button.setToolTip(self.tr("Zoom ({key}); the wheel and a drag zoom and pan too").format(key=key))
            button.clicked.connect(lambda _=False, d=days: self.zoom_to_last(d))
            controls.addWidget(button)
            self.zoom_buttons[days] = button
        self.style_combo.currentIndexChanged.connect(self.redraw)

        self.view = pg.GraphicsLayoutWidget()
        self.price_plot, self.rsi_plot, self.macd_plot = (
            self.view.addPlot(row=row, col=0, axisItems={"bottom": DayAxis(), "left": FigureAxis("left")})
            for row in range(3)
        )
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.plots = (self.price_plot, self.rsi_plot, self.macd_plot)
        for plot in self.plots[1:]:
            plot.setXLink(self.price_plot)
        self.price_plot.sigXRangeChanged.connect(self._fit_y)
        self.price_plot.setLabel("left", self.tr("BTC (USD)"))
        self.rsi_plot.setLabel("left", self.tr("RSI 14"))
        self.macd_plot.setLabel("left", self.tr("MACD"))
        empty = np.zeros(0)
        self.items: dict[str, Any] = {
            "wicks": pg.ErrorBarItem(x=empty, y=empty, top=empty, bottom=empty),
            "rising": pg.BarGraphItem(x=empty, y0=empty, height=empty, width=DAY_S * 0.7),
            "falling": pg.BarGraphItem(x=empty, y0=empty, height=empty, width=DAY_S * 0.7),
            **{name: pg.PlotDataItem() for name in ("close", "sma_20", "ema_20", "bb_upper", "bb_lower")},
            "up": pg.ScatterPlotItem(symbol="t1", size=11, pen=None),
            "down": pg.ScatterPlotItem(symbol="t", size=11, pen=None),
            "rsi": pg.PlotDataItem(),
            "hist": pg.BarGraphItem(x=empty, height=empty, width=DAY_S * 0.8),
            "macd": pg.PlotDataItem(),
            "macd_signal": pg.PlotDataItem(),
        }
        self.items["band"] = pg.FillBetweenItem(self.items["bb_upper"], self.items["bb_lower"])
        self.crosshair = [pg.InfiniteLine(angle=90, movable=False) for _ in self.plots]
        self.rsi_levels = [pg.InfiniteLine(level, angle=0, movable=False) for level in (30, 70)]
        for plot, line in zip(self.plots, self.crosshair, strict=True):
            plot.addItem(line, ignoreBounds=True)
        for line in self.rsi_levels:
            self.rsi_plot.addItem(line, ignoreBounds=True)
        price_items = ("band", "wicks", "rising", "falling", "close", "sma_20", "ema_20", "bb_upper", "bb_lower")
        for name in (*price_items, "up", "down"):
            self.price_plot.addItem(self.items[name])
        self.rsi_plot.addItem(self.items["rsi"])
        for name in ("hist", "macd", "macd_signal"):
            self.macd_plot.addItem(self.items[name])
        # Which line is which: the check boxes name the overlays but not their colours.
        self.legends = [plot.addLegend(offset=(8, 4), colCount=3) for plot in (self.price_plot, self.macd_plot)]
        for legend, name, label in (
            (self.legends[0], "sma_20", self.tr("SMA 20")),
            (self.legends[0], "ema_20", self.tr("EMA 20")),
            (self.legends[0], "bb_upper", self.tr("Bollinger (20, 2)")),
            (self.legends[1], "macd", self.tr("MACD (12, 26)")),
            (self.legends[1], "macd_signal", self.tr("Signal (9)")),
        ):
            legend.addItem(self.items[name], label)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.readout)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.x = day_x([b.day for b in self.bars])
        if self.bars:
            from hashinsight_desktop.services.analytics import indicators  # TA-Lib: loaded when first needed

            close = _floats([b.close for b in self.bars])
            high, low = _floats([b.high for b in self.bars]), _floats([b.low for b in self.bars])
            whole = bool(np.isfinite(high).all() and np.isfinite(low).all())
            self.values = indicators.compute(close, high if whole else None, low if whole else None).values
        else:
            self.values = {}
        self.redraw()
        self.zoom_to_last(0)

    def zoom_to_last(self, days: int) -> None:
        """Show the last ``days`` (0: all of them). Only the view moves: the indicators stay the full series'."""
        if self.bars:
            first = self.x[max(0, len(self.x) - days)] if days else self.x[0]
            self.price_plot.setXRange(first, self.x[-1] + DAY_S, padding=0.02)

    def _fit_y(self) -> None:
        """Price and MACD scales fitted to the days shown (zoomed to 90 days, the price axis spans those days'
        prices, not the whole history's). pyqtgraph's own "auto-visible" cannot: candles and bands ignore it."""
        left, right = self.price_plot.viewRange()[0]
        shown = (self.x >= left - DAY_S) & (self.x <= right + DAY_S)
        if not shown.any():
            return
        v = self.values
        low = _floats([b.low if b.low is not None else b.close for b in self.bars]) * 0.97  # the signal marks
        high = _floats([b.high if b.high is not None else b.close for b in self.bars]) * 1.03
        price = [low, high] + [v[n] for n in ("sma_20", "ema_20", "bb_upper", "bb_lower") if n in v]
        macd = [v[n] for n in ("macd", "macd_signal", "macd_hist") if n in v]
        for plot, series in ((self.price_plot, price), (self.macd_plot, macd)):
            values = np.concatenate([s[shown] for s in series]) if series else np.zeros(0)
            values = values[np.isfinite(values)]
            if values.size:
                plot.setYRange(float(values.min()), float(values.max()), padding=0.02)

    def has_ohlc(self) -> bool:
        return bool(self.bars) and all(None not in (b.open, b.high, b.low) for b in self.bars)

    def redraw(self) -> None:
        """Give the chart's items their data again. The items are made once and kept (``setData``, hidden when
        unticked): items removed and made anew are reference cycles of Qt wrappers that the collector may free
        in a worker thread, which crashes Qt."""
        colors = chart_colors(self)
        self.view.setBackground(colors.base)
        dashed, dotted = (pg.mkPen(colors.muted, style=s) for s in (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine))
        for plot in self.plots:
            style_chart(plot, colors, has_data=bool(self.bars))
            plot.getAxis("left").setWidth(72)  # the three panels' plot areas line up
        for line in self.crosshair:
            line.setPen(dashed)
            line.setVisible(bool(self.bars))
        for line in self.rsi_levels:
            line.setPen(dotted)
        for legend in self.legends:
            legend.setLabelTextColor(colors.text)
            legend.setBrush(pg.mkBrush(colors.base + "c0"))  # the lines it sits on stay faintly visible
            for _, label in legend.items:  # pyqtgraph keeps the colour for labels added later: redraw these
                label.setText(label.text)
            legend.setVisible(bool(self.bars))
        it = self.items
        empty = np.zeros(0)
        x = self.x
        v = self.values or {name: empty for name in ("sma_20", "ema_20", "bb_upper", "bb_lower", "rsi_14")}
        close = _floats([b.close for b in self.bars])
        candles = self.style_combo.currentData() == "candles" and self.has_ohlc()
        self._candles(colors.ok, colors.bad, colors.muted, candles)
        it["close"].setData(x if not candles else empty, close if not candles else empty)
        it["close"].setPen(pg.mkPen(colors.text, width=1.5))
        for name, box, pen in (
            ("sma_20", "sma", pg.mkPen(BITCOIN_ORANGE, width=1.5)),
            ("ema_20", "ema", pg.mkPen(POWER_BLUE, width=1.5)),
            ("bb_upper", "bb", dashed),
            ("bb_lower", "bb", dashed),
        ):
            it[name].setData(x, v[name], connect="finite")
            it[name].setPen(pen)
            it[name].setVisible(self.overlay_boxes[box].isChecked())
        it["band"].setBrush(pg.mkBrush(colors.muted + "22"))
        it["band"].setVisible(self.overlay_boxes["bb"].isChecked())
        up = down = np.zeros(0, dtype=np.int64)
        if self.values:
            up, down = crossings(v["macd"], v["macd_signal"])
        # Beside the bar, not on it: below the low for a crossing up, above the high for one down.
        low = _floats([b.low if b.low is not None else b.close for b in self.bars])
        high = _floats([b.high if b.high is not None else b.close for b in self.bars])
        for name, marks, color, y in (("up", up, colors.ok, low * 0.97), ("down", down, colors.bad, high * 1.03)):
            it[name].setData(x[marks], y[marks], brush=color)
            it[name].setVisible(self.overlay_boxes["signals"].isChecked())
        it["rsi"].setData(x, v["rsi_14"], connect="finite")
        it["rsi"].setPen(pg.mkPen(FAN_GREEN, width=1.5))
        self.rsi_plot.setYRange(0, 100, padding=0.05)
        hist = np.nan_to_num(v["macd_hist"]) if self.values else empty
        brushes = [colors.ok if h >= 0 else colors.bad for h in hist]
        it["hist"].setOpts(x=x, height=hist, width=DAY_S * 0.8, brushes=brushes, pen=None)
        for name, pen in (("macd", POWER_BLUE), ("macd_signal", BITCOIN_ORANGE)):
            it[name].setData(x, v[name] if self.values else empty, connect="finite")
            it[name].setPen(pg.mkPen(pen, width=1.5))

    def _candles(self, up_color: str, down_color: str, wick_color: str, shown: bool) -> None:
        it = self.items
        if not shown:
            empty = np.zeros(0)
            it["wicks"].setData(x=empty, y=empty, top=empty, bottom=empty)
            for name in ("rising", "falling"):
                it[name].setOpts(x=empty, y0=empty, height=empty)
            return
        o, h, lo, c = (_floats([getattr(b, k) for b in self.bars]) for k in ("open", "high", "low", "close"))
        rising = c >= o
        it["wicks"].setData(x=self.x, y=c, top=h - c, bottom=c - lo, pen=pg.mkPen(wick_color))
        for name, mask, color in (("rising", rising, up_color), ("falling", ~rising, down_color)):
            it[name].setOpts(
                x=self.x[mask], y0=o[mask], height=(c - o)[mask], width=DAY_S * 0.7, brush=color, pen=pg.mkPen(color)
            )

    def _mouse_moved(self, position: QPointF) -> None:
        if not self.bars or not any(p.sceneBoundingRect().contains(position) for p in self.plots):
            return
        point = self.price_plot.vb.mapSceneToView(position)
        self.show_at(int(np.clip(np.searchsorted(self.x, point.x() - DAY_S / 2), 0, len(self.x) - 1)))

    def show_at(self, i: int) -> None:
        """Move the crosshair to bar ``i`` and say its values (— during an indicator's warm-up)."""
        for line in self.crosshair:
            line.setPos(self.x[i])
        bar, v = self.bars[i], self.values

        def text(name: str, digits: int) -> str:
            value = v[name][i]
            return "—" if math.isnan(value) else f"{value:,.{digits}f}"

        self.readout.setText(
            self.tr("{day}  close {close}  SMA {sma}  EMA {ema}  RSI {rsi}  MACD {macd} / {signal}").format(
                day=bar.day.isoformat(),
                close=f"{float(bar.close):,.2f}",
                sma=text("sma_20", 0),
                ema=text("ema_20", 0),
                rsi=text("rsi_14", 1),
                macd=text("macd", 1),
                signal=text("macd_signal", 1),
            )
        )

    def table(self) -> tuple[list[str], list[list[object]]] | None:
        if not self.bars:
            return None
        names = list(self.values)
        headers = ["date", "open", "high", "low", "close", "volume_usd", *names, "origin"]  # a demo's: simulated
        rows = []
        for i, b in enumerate(self.bars):
            prices = [None if p is None else float(p) for p in (b.open, b.high, b.low, b.close, b.volume_usd)]
            extra = [None if math.isnan(self.values[n][i]) else float(self.values[n][i]) for n in names]
            rows.append([b.day.isoformat(), *prices, *extra, b.origin])
        return headers, rows
