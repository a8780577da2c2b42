"""The ROI heat-map page: daily profit (or payback days) of the chosen miner — or of the user's fleet, optionally one
site — over electricity price × BTC price, the calculator's formula for every cell (services.analytics.heatmap), the
current point marked. The fleet's figures (services.analytics.fleet_profile: measured where telemetry has them,
nameplate where not, said which) are read in a worker thread and fill the form as its units. Profit uses a
diverging colour map centred on zero (loss and profit read apart on both themes and for colour-blind eyes)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.analytics.fleet_profile import FleetProfile
from hashinsight_desktop.services.analytics.heatmap import HeatMap, heatmap
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.analytics.chart_axes import FigureAxis, FigureColorBar, style_chart
from hashinsight_desktop.ui.analytics.chart_export import ExportButtons, Table
from hashinsight_desktop.ui.analytics.fleet_choice import (
    BusyRow,
    FleetChoice,
    FleetData,
    describe_profile,
)
from hashinsight_desktop.ui.analytics.scenario_form import ScenarioForm
from hashinsight_desktop.ui.background_read import LatestRun
from hashinsight_desktop.ui.chart_style import chart_colors
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

CELLS = 120  # per axis
FLEET_FIELDS = ("hashrate_ths", "power_w", "quantity")  # what the fleet's figures fill
PROFIT_MAP, PAYBACK_MAP = "CET-D1A", "CET-L17"  # colorcet: diverging blue–red; linear white–orange–purple


def loss_red_map() -> pg.ColorMap:
    """CET-D1A turned round: losses red, profits blue, zero pale (a copy: pyqtgraph caches the named map)."""
    positions, colors = pg.colormap.get(PROFIT_MAP).getStops()
    return pg.ColorMap(1.0 - positions[::-1], colors[::-1])


class HeatmapPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: HeatMap | None = None
        self.data: FleetData | None = None  # set by the tab: the fleet's reads as the signed-in user
        self.fleet_note = ""  # what the fleet's figures are, shown with the result
        self.choice = FleetChoice()
        self.choice.changed.connect(self._scenario_changed)
        self.form = ScenarioForm()
        self._fleet_read: LatestRun[FleetProfile] = LatestRun(self, self._fleet_read_done)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Daily profit (USD)"), "profit")
        self.measure.addItem(self.tr("Payback (days)"), "payback")
        self.max_power_price = QDoubleSpinBox(decimals=3, minimum=0.01, maximum=10.0, value=0.15, singleStep=0.01)
        self.price_span = QDoubleSpinBox(decimals=0, minimum=10, maximum=95, value=60, suffix=" %")
        self.draw_button = QPushButton(self.tr("&Draw"))
        self.draw_button.clicked.connect(self.draw)
        self.busy = BusyRow()
        self.busy.cancelled.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": FigureAxis("bottom"), "left": FigureAxis("left")})
        self.image = pg.ImageItem()
        self.plot_widget.addItem(self.image)
        self.marker = pg.ScatterPlotItem(symbol="+", size=22)
        self.plot_widget.addItem(self.marker)
        self.bar = FigureColorBar(interactive=False, width=14)
        self.export = ExportButtons("roi_heatmap", self.plot_widget, self.table)
        side = QVBoxLayout()
        side.addWidget(self.choice)
        side.addWidget(self.form)
        for label, widget in (
            (self.tr("Show"), self.measure),
            (self.tr("Electricity up to ($/kWh)"), self.max_power_price),
            (self.tr("BTC price ± around now"), self.price_span),
        ):
            side.addWidget(QLabel(label))
            side.addWidget(widget)
        side.addWidget(self.draw_button)
        side.addWidget(self.busy)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.export)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.plot_widget, 1)
        self._style(has_data=False)

    def _style(self, has_data: bool) -> None:
        colors = chart_colors(self)
        self.plot_widget.setBackground(colors.base)
        style_chart(self.plot_widget.getPlotItem(), colors, has_data)

    def _scenario_changed(self) -> None:
        fleet = self.choice.is_fleet()
        self.form.model_combo.setEnabled(not fleet)
        for field in FLEET_FIELDS:
            self.form.edits[field].setReadOnly(fleet)
            self.form.edits[field].setToolTip(self.tr("From the fleet: press Draw to read it again") if fleet else "")
        self.fleet_note = ""

    def draw(self) -> None:
        if not self.choice.is_fleet():
            self.fleet_note = ""
            self._draw_form()
            return
        if self.data is None:
            self._say(self.tr("The fleet cannot be read here (no database)."), BAD_COLOR)
            return
        data, site_id = self.data, self.choice.site_id()
        self.draw_button.setEnabled(False)
        self._say(self.tr("Reading the fleet's telemetry…"), None)
        self.busy.set_busy(self._fleet_read.start(lambda: data.profile(site_id)))

    def cancel(self) -> None:
        self._fleet_read.cancel()
        self.busy.set_busy(False)
        self.draw_button.setEnabled(True)
        self._say(self.tr("Cancelled: the read still running in the background will be discarded."), NOTE_COLOR)

    def _fleet_read_done(self, result: FleetProfile | ServiceError) -> None:
        self.busy.set_busy(False)
        self.draw_button.setEnabled(True)
        if isinstance(result, ServiceError):
            self._say(result.render(QCoreApplication.translate), BAD_COLOR)
            return
        self.fleet_note = describe_profile(result, self.choice.site_name())
        if not result.counted:
            self.result = None
            self._say(self.fleet_note + "\n" + self.tr("No miner with figures: nothing to draw."), NOTE_COLOR)
            return
        # The calculator takes a unit's figures: the fleet as `counted` units of its average miner (same totals).
        self.form.model_combo.setCurrentIndex(0)
        self.form.edits["quantity"].setText(str(result.counted))
        self.form.show_figure("hashrate_ths", result.hashrate_ths / result.counted, 2)
        self.form.show_figure("power_w", result.power_w / result.counted, 0)
        self._draw_form()

    def _say(self, text: str, tone: str | None) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def _draw_form(self) -> None:
        try:
            inputs = self.form.inputs()
        except ValidationError as exc:
            self._say(exc.render(QCoreApplication.translate), BAD_COLOR)
            return
        price = float(inputs.btc_price_usd)
        span = self.price_span.value() / 100
        electricity = np.linspace(0.0, self.max_power_price.value(), CELLS)
        prices = np.linspace(price * (1 - span), price * (1 + span), CELLS)
        self.result = heatmap(inputs, electricity, prices)
        self._show(self.result, float(inputs.btc_price_usd), float(inputs.electricity_usd_per_kwh))

    def _show(self, result: HeatMap, price_now: float, kwh_now: float) -> None:
        colors = chart_colors(self)
        plot = self.plot_widget.getPlotItem()
        self._style(has_data=True)  # 0.05 $/kWh, not 50 (×0.001)
        plot.setLabel("bottom", self.tr("BTC price (USD)"))
        plot.setLabel("left", self.tr("Electricity ($/kWh)"))
        payback = self.measure.currentData() == "payback" and result.payback_days is not None
        if payback:
            assert result.payback_days is not None
            data = np.where(result.payback_days < 0, np.nan, result.payback_days).astype(np.float64)
            finite = data[np.isfinite(data)]
            levels = (0.0, float(finite.max()) if finite.size else 1.0)
            cmap = pg.colormap.get(PAYBACK_MAP)
        else:
            data = result.profit_usd_per_day
            edge = float(np.abs(data).max()) or 1.0
            levels, cmap = (-edge, edge), loss_red_map()
        prices, power = result.btc_price_usd, result.electricity_usd_per_kwh
        # ImageItem's first axis is x: the price columns, so the (rows, columns) array is transposed.
        self.image.setImage(data.T, levels=levels)
        self.image.setColorMap(cmap)
        self.image.setRect(prices[0], power[0], prices[-1] - prices[0], power[-1] - power[0])
        self.bar.setColorMap(cmap)
        self.bar.setLevels(levels)
        self.bar.axis.enableAutoSIPrefix(False)
        self.bar.axis.setTextPen(pg.mkPen(colors.text))
        self.bar.setLabel("right", self.tr("Payback (days)") if payback else self.tr("Daily profit (USD)"))
        if self.bar.scene() is None:
            plot.layout.addItem(self.bar, 2, 5)
        row, column = result.current_cell
        self.marker.setData([prices[column]], [power[row]], pen=pg.mkPen(colors.text, width=2))
        text = self.tr("Now: {profit} USD/day at {price} USD and {kwh} $/kWh").format(
            profit=locale_format.number(result.current_profit_usd_per_day, 2),
            price=locale_format.number(price_now),
            kwh=locale_format.number(kwh_now, 3),  # the inputs', not the cell's
        )
        if self.measure.currentData() == "payback" and result.payback_days is None:
            text += "\n" + self.tr("No payback without a hardware cost: showing profit.")
        elif payback:
            assert result.payback_days is not None
            days = int(result.payback_days[row, column])  # the grid's own figure: payback is computed per cell
            marked = (
                self.tr("The marked cell ({price} USD, {kwh} $/kWh): payback in {days} days")
                if days >= 0
                else self.tr("The marked cell ({price} USD, {kwh} $/kWh): no payback within the horizon")
            )
            cell_price, cell_kwh = (
                locale_format.number(float(prices[column])),
                locale_format.number(float(power[row]), 3),
            )
            text += "\n" + marked.format(price=cell_price, kwh=cell_kwh, days=locale_format.grouped(days))
            text += "\n" + self.tr("Blank cells: no payback within the horizon.")
        if self.fleet_note:
            text = self.fleet_note + "\n" + text
        self._say(text, None)

    def table(self) -> Table | None:
        if self.result is None:
            return None
        r = self.result
        headers = ["electricity_usd_per_kwh", "btc_price_usd", "profit_usd_per_day", "payback_days"]
        rows = [
            [
                float(r.electricity_usd_per_kwh[i]),
                float(r.btc_price_usd[j]),
                float(r.profit_usd_per_day[i, j]),
                None if r.payback_days is None or r.payback_days[i, j] < 0 else int(r.payback_days[i, j]),
            ]
            for i in range(len(r.electricity_usd_per_kwh))
            for j in range(len(r.btc_price_usd))
        ]
        return headers, rows
