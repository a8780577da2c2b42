"""The forecast page: price (on log prices) or difficulty, N days ahead, with the 80 % and 95 % bands, the chosen
ARIMA order, the walk-forward back-test error (MAPE) and the bands' measured coverage beside the chart, and any
convergence warning. The fit runs in a worker thread; Cancel discards its result (statsforecast cannot be
interrupted mid-fit, so the thread ends on its own and nothing it returns is shown)."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.analytics import forecast
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.analytics.chart_axes import DayAxis, FigureAxis, style_chart
from hashinsight_desktop.ui.analytics.chart_export import ExportButtons, Table
from hashinsight_desktop.ui.background_read import LatestRun
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, chart_colors
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics.history import Bar

SHOWN_HISTORY_DAYS = 120  # the history drawn before the forecast (the fit uses all of it)
TERA = 1e12  # difficulty is drawn in T: 86 T reads, 86000000000000 does not


def _cell(value: float) -> float | None:
    return None if math.isnan(value) else value


def _stamp(moment: datetime) -> float:
    return moment.replace(tzinfo=UTC).timestamp() if moment.tzinfo is None else moment.timestamp()


class ForecastPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.result: forecast.Forecast | None = None
        self.history: tuple[list[datetime], np.ndarray] = ([], np.zeros(0))
        self._fit: LatestRun[forecast.Forecast] = LatestRun(self, self._finished)  # only the newest fit is shown
        self.series_combo = QComboBox()
        self.series_combo.addItem(self.tr("BTC price (log)"), "price")
        self.series_combo.addItem(self.tr("Difficulty"), "difficulty")
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(self.tr(" days"))
        self.run_button = QPushButton(self.tr("&Forecast"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the search reports no steps
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Series:")), self.series_combo, QLabel(self.tr("Ahead:")), self.days_spin):
            controls.addWidget(widget)
        for widget in (self.run_button, self.cancel_button, self.progress):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": DayAxis(), "left": FigureAxis("left")})
        self.curves = {name: pg.PlotDataItem(pen=pg.mkPen(None)) for name in ("lo95", "hi95", "lo80", "hi80")}
        self.curves["history"], self.curves["mean"] = pg.PlotDataItem(), pg.PlotDataItem()
        for low, high, alpha in (("lo95", "hi95", "30"), ("lo80", "hi80", "60")):
            band = pg.FillBetweenItem(self.curves[low], self.curves[high], brush=pg.mkBrush(BITCOIN_ORANGE + alpha))
            self.plot_widget.addItem(band)
        for curve in self.curves.values():
            self.plot_widget.addItem(curve)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setMinimumWidth(260)
        self.summary.setMaximumWidth(340)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export = ExportButtons("forecast", self.plot_widget, self.table)
        body = QHBoxLayout()
        body.addWidget(self.plot_widget, 1)
        side = QVBoxLayout()
        side.addWidget(self.summary, 1)
        side.addWidget(self.export)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        self._style(has_data=False)
        self.set_bars([])

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.run_button.setEnabled(bool(self.bars))
        if not self.bars:
            self._say(self.tr("No market history yet: import a file or wait for the 15-minute collection."), NOTE_COLOR)

    def inputs(self) -> tuple[list[datetime], np.ndarray, bool]:
        """The chosen series' dates and values (days without a value left out) and whether to model the log."""
        kind = self.series_combo.currentData()
        rows = [(b.day, b.close if kind == "price" else b.difficulty) for b in self.bars]
        kept = [(datetime(d.year, d.month, d.day), float(v)) for d, v in rows if v is not None]
        return [d for d, _ in kept], np.array([v for _, v in kept], dtype=np.float64), kind == "price"

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The fit running in a worker thread, if any."""
        running = self._fit.running
        return running[-1] if running else None

    def start(self) -> None:
        dates, values, log = self.inputs()
        days = self.days_spin.value()
        self.history = (dates, values)
        # Without an event loop (a script, a test) the fit runs here, at once.
        if self._fit.start(lambda: forecast.forecast(dates, values, days=days, log=log)):
            self._busy(True)
            self._say(self.tr("Choosing the ARIMA order and fitting {n} days…").format(n=len(values)), None)

    def cancel(self) -> None:
        self._fit.cancel()
        self._busy(False)
        self._say(self.tr("Cancelled: the fit still running in the background will be discarded."), NOTE_COLOR)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.run_button.setEnabled(not busy and bool(self.bars))

    def _say(self, text: str, tone: str | None) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def _finished(self, result: forecast.Forecast | ServiceError) -> None:
        self._busy(False)
        if isinstance(result, ServiceError):
            self.result = None
            text = (
                result.message
                if isinstance(result, ValidationError)
                else render_error(result, QCoreApplication.translate)
            )
            self._say(text, BAD_COLOR)
            return
        self.result = result
        self._say("", None)
        self._draw(result)
        self._summarise(result)

    def _style(self, has_data: bool) -> None:
        colors = chart_colors(self)
        self.plot_widget.setBackground(colors.base)
        style_chart(self.plot_widget.getPlotItem(), colors, has_data)

    def _draw(self, result: forecast.Forecast) -> None:
        """New data into the items made once (see PriceChart.redraw: no Qt items made anew per run)."""
        colors = chart_colors(self)
        plot = self.plot_widget.getPlotItem()
        self._style(has_data=True)
        price = result.log  # prices are modelled on their logarithm, difficulty as it is (see inputs)
        plot.setLabel("left", self.tr("BTC (USD)") if price else self.tr("Difficulty (T)"))
        plot.setLabel("bottom", self.tr("Date (UTC)"))
        dates, values = self.history
        values = values if price else values / TERA
        shown = slice(max(0, len(dates) - SHOWN_HISTORY_DAYS), len(dates))
        self.curves["history"].setData([_stamp(d) for d in dates[shown]], values[shown])
        self.curves["history"].setPen(pg.mkPen(colors.text, width=1.5))
        last = (_stamp(dates[-1]), float(values[-1]))  # the bands start from the last known value
        x = np.array([last[0]] + [_stamp(p.date) for p in result.points])
        for name in ("lo95", "hi95", "lo80", "hi80", "mean"):
            ahead = np.array([getattr(p, name) for p in result.points]) / (1.0 if price else TERA)
            self.curves[name].setData(x, np.concatenate([[last[1]], ahead]))
        self.curves["mean"].setPen(pg.mkPen(BITCOIN_ORANGE, width=2))
        plot.enableAutoRange()

    def _summarise(self, result: forecast.Forecast) -> None:
        p, d, q = result.order
        lines = [
            self.tr("ARIMA({p},{d},{q}){drift}, AIC {aic:,.1f}").format(
                p=p, d=d, q=q, drift=self.tr(" with constant") if result.constant else "", aic=result.aic
            ),
            self.tr("Modelled on log values") if result.log else self.tr("Modelled on the values"),
            self.tr("Fitted in {s:.2f} s ({n} models allowed)").format(s=result.elapsed_s, n=result.models_allowed),
            *self._band_method(result),
            self.tr("Inner band: 80 %; outer band: 95 %"),
            "",
        ]
        test = result.backtest
        if test is None:
            lines.append(self.tr("Back-test: the history is too short for one window."))
        else:
            lines += [
                self.tr("Walk-forward back-test: {w} windows, {n} forecasts").format(w=test.windows, n=test.points),
                self.tr("MAPE {m:.2f} %").format(m=test.mape_pct),
                self.tr("80 % band held the truth {c:.0f} % of the time").format(c=test.coverage_80_pct),
                self.tr("95 % band held the truth {c:.0f} % of the time").format(c=test.coverage_95_pct),
            ]
        end = result.points[-1]
        figure = "{:,.0f}".format if result.log else (lambda v: f"{v / TERA:,.2f} T")  # price in USD, difficulty in T
        lines += [
            "",
            self.tr("{day}: {mean} (80 %: {lo80} – {hi80}; 95 %: {lo95} – {hi95})").format(
                day=end.date.date().isoformat(),
                **{name: figure(getattr(end, name)) for name in ("mean", "lo80", "hi80", "lo95", "hi95")},
            ),
        ]
        if result.warnings:
            lines += ["", self.tr("Warnings:"), *(render(w, QCoreApplication.translate) for w in result.warnings)]
        self.summary.setText("\n".join(lines))

    def _band_method(self, result: forecast.Forecast) -> list[str]:
        """How the bands were drawn: wider than textbook ARIMA bands, which take the coefficients as exact."""
        lines = [
            self.tr("Bands include the fitted parameters' estimation error ({n} draws)").format(
                n=result.coefficient_draws
            )
            if result.coefficient_draws
            else self.tr(
                "Textbook ARIMA bands: the fitted parameters' estimation error is not included (it could not be"
                " estimated)"
            )
        ]
        if result.constant_weight is not None:
            lines.append(
                self.tr("Averaged with and without a constant (its Akaike weight {w:.0f} %)").format(
                    w=result.constant_weight * 100
                )
            )
        return lines

    def table(self) -> Table | None:
        if self.result is None:
            return None
        headers = ["date", "mean", "lo80", "hi80", "lo95", "hi95"]
        rows = [
            [
                p.date.date().isoformat(),
                *(None if math.isnan(v) else v for v in (p.mean, p.lo80, p.hi80, p.lo95, p.hi95)),
            ]
            for p in self.result.points
        ]
        return headers, rows
