"""The replay page: what the chosen miner(s) — or the fleet as it was — would have earned each day between two dates
with that day's stored close, difficulty and fees (services.analytics.replay), the subsidy of each day's halving era
included.

The stored daily bars carry no block height: the era comes from the halvings' actual dates (fleet_history.height_on:
the height is interpolated between them, only its era is used). Fees per block are the day's stored network
snapshots, and the figure the user states on days without one; both counts are said beside the result. A model's
replay leaves out days without a stored difficulty and counts them; the fleet's replay takes each day's hash-time and
metered energy from the telemetry roll-ups and shows a day without telemetry or without market data as such (a gap
in the chart, a status in the data), never as zero. The reads and the sums run in a worker thread."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.analytics.fleet_history import FleetDays, MarketDays
from hashinsight_desktop.services.analytics.replay import Replay, fleet_replay, replay
from hashinsight_desktop.services.calculator.inputs import parse_number
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.validation import labelled
from hashinsight_desktop.ui.analytics.chart_axes import DayAxis, FigureAxis, style_chart
from hashinsight_desktop.ui.analytics.chart_export import ExportButtons, Table
from hashinsight_desktop.ui.analytics.fleet_choice import BusyRow, FleetChoice, FleetData
from hashinsight_desktop.ui.analytics.price_chart import day_x
from hashinsight_desktop.ui.analytics.scenario_form import LABELS, ScenarioForm
from hashinsight_desktop.ui.background_read import LatestRun
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, chart_colors
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics.history import Bar

MODEL_ONLY = ("hashrate_ths", "power_w", "quantity", "uptime_pct")  # the fleet brings its own, day by day
# The rows of this page besides the scenario form's, by the field an error names.
PAGE_LABELS = {
    "start": QT_TRANSLATE_NOOP("ReplayPanel", "From"),
    "end": QT_TRANSLATE_NOOP("ReplayPanel", "To"),
    "fees_per_block_btc": QT_TRANSLATE_NOOP("ReplayPanel", "Fees per block (BTC) on days without a stored one"),
}


@dataclass(frozen=True)
class Replayed:
    result: Replay
    market: MarketDays
    fleet: FleetDays | None
    start: date
    end: date


class ReplayPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.result: Replay | None = None
        self._dated = False  # the dates were set from a history once: a refresh keeps the user's choice
        self.replayed: Replayed | None = None
        self.data: FleetData | None = None  # set by the tab: the market and the fleet as the signed-in user
        self._runner: LatestRun[Replayed] = LatestRun(self, self._done)
        self.choice = FleetChoice()
        self.choice.changed.connect(self._scenario_changed)
        self.form = ScenarioForm(
            fields=("hashrate_ths", "power_w", "quantity", "electricity_usd_per_kwh", "pool_fee_pct", "uptime_pct")
        )
        self.start_edit, self.end_edit = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.fees_edit = QLineEdit("0.08")
        dates = QFormLayout()
        for field, edit in (("start", self.start_edit), ("end", self.end_edit), ("fees_per_block_btc", self.fees_edit)):
            dates.addRow(self.tr(PAGE_LABELS[field]), edit)  # QT_TRANSLATE_NOOP in PAGE_LABELS
        self.run_button = QPushButton(self.tr("&Replay"))
        self.run_button.clicked.connect(self.run)
        self.busy = BusyRow()
        self.busy.cancelled.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": DayAxis(), "left": FigureAxis("left")})
        self.curve, self.zero_line = pg.PlotDataItem(), pg.InfiniteLine(0, angle=0)  # made once, new data per run
        self.plot_widget.addItem(self.curve)
        self.plot_widget.addItem(self.zero_line)
        # The fleet's days not covered (no telemetry or no market data), on the zero line: said, not drawn as zero.
        self.uncovered = pg.ScatterPlotItem(symbol="x", size=9)
        self.plot_widget.addItem(self.uncovered)
        self.legend = self.plot_widget.getPlotItem().addLegend(offset=(10, 10))
        self.export = ExportButtons("replay", self.plot_widget, self.table)
        side = QVBoxLayout()
        side.addWidget(self.choice)
        side.addWidget(self.form)
        side.addLayout(dates)
        side.addWidget(self.run_button)
        side.addWidget(self.busy)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.export)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.plot_widget, 1)
        self._style(has_data=False)
        self.set_bars([])

    def _style(self, has_data: bool) -> None:
        colors = chart_colors(self)
        self.plot_widget.setBackground(colors.base)
        style_chart(self.plot_widget.getPlotItem(), colors, has_data)
        self.zero_line.setPen(pg.mkPen(colors.muted))  # not pyqtgraph's yellow
        self.zero_line.setVisible(has_data)

    def _scenario_changed(self) -> None:
        self.form.set_rows_visible(MODEL_ONLY, not self.choice.is_fleet())

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = [b for b in bars if b.difficulty is not None]
        self.run_button.setEnabled(bool(self.bars))
        if not bars:
            self._say(self.tr("No market history yet: import a file or wait for the 15-minute collection."), NOTE_COLOR)
        elif not self.bars:
            self._say(
                self.tr("No stored day has a difficulty: import a history file with a difficulty column."), NOTE_COLOR
            )
        else:
            # A refresh keeps the user's dates (clamped into the new range); a date at an end of the old range
            # follows that end, so a new day collected extends "to the last day".
            first, last = self.bars[0].day, self.bars[-1].day
            at_start = not self._dated or self.start_edit.date() == self.start_edit.minimumDate()
            at_end = not self._dated or self.end_edit.date() == self.end_edit.maximumDate()
            self._dated = True
            self.start_edit.setDateRange(
                QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
            )
            self.end_edit.setDateRange(self.start_edit.minimumDate(), self.start_edit.maximumDate())
            if at_start:
                self.start_edit.setDate(self.start_edit.minimumDate())
            if at_end:
                self.end_edit.setDate(self.end_edit.maximumDate())
            if self.result is None:  # a replay's summary stays beside its chart
                self._say("", None)

    def _say(self, text: str, tone: str | None) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def run(self) -> None:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        fleet, site_id = self.choice.is_fleet(), self.choice.site_id()
        try:
            with labelled({**LABELS, **PAGE_LABELS}):
                inputs = {k: parse_number(k, e.text()) for k, e in self.form.edits.items() if k in self.form.shown}
                fees = float(parse_number("fees_per_block_btc", self.fees_edit.text()))
                if end < start:
                    before = QT_TRANSLATE_NOOP("ReplayPanel", "{end} is before {start}")
                    raise ValidationError("end", Text(before, end=end, start=start))
        except ValidationError as exc:
            self.result = self.replayed = None
            self._say(exc.render(QCoreApplication.translate), BAD_COLOR)
            return
        if self.data is None:
            self.result = self.replayed = None
            self._say(self.tr("The stored history cannot be read here (no database)."), BAD_COLOR)
            return
        data = self.data
        electricity, pool_fee = float(inputs["electricity_usd_per_kwh"]), float(inputs["pool_fee_pct"])

        def work() -> Replayed:
            market = data.market(start, end, fees)
            if fleet:
                days = data.days(start, end, site_id)
                result = fleet_replay(market.history, days, electricity_usd_per_kwh=electricity, pool_fee_pct=pool_fee)
                return Replayed(result, market, days, start, end)
            result = replay(
                market.history,
                hashrate_ths=float(inputs["hashrate_ths"]),
                power_w=float(inputs["power_w"]),
                electricity_usd_per_kwh=electricity,
                quantity=int(inputs["quantity"]),
                pool_fee_pct=pool_fee,
                uptime_pct=float(inputs["uptime_pct"]),
                start=start,
                end=end,
            )
            return Replayed(result, market, None, start, end)

        self.run_button.setEnabled(False)
        self._say(self.tr("Reading the stored history…"), None)
        self.busy.set_busy(self._runner.start(work))

    def cancel(self) -> None:
        self._runner.cancel()
        self.busy.set_busy(False)
        self.run_button.setEnabled(bool(self.bars))
        self._say(self.tr("Cancelled: the read still running in the background will be discarded."), NOTE_COLOR)

    def _done(self, outcome: Replayed | ServiceError) -> None:
        self.busy.set_busy(False)
        self.run_button.setEnabled(bool(self.bars))
        if isinstance(outcome, ServiceError):
            self.result = self.replayed = None
            self._say(outcome.render(QCoreApplication.translate), BAD_COLOR)
            return
        self.replayed, self.result = outcome, outcome.result
        self._show(outcome)

    def _show(self, replayed: Replayed) -> None:
        result = replayed.result
        colors = chart_colors(self)
        plot = self.plot_widget.getPlotItem()
        self._style(has_data=True)
        plot.setLabel("left", self.tr("Cumulative profit (USD)"))
        x = day_x(result.dates)
        # A day not covered is NaN: a gap in the line, not a fall to zero; with dots while days are few enough to
        # see, so an isolated covered day shows too.
        dots = {"symbol": "o", "symbolSize": 7, "symbolBrush": BITCOIN_ORANGE, "symbolPen": None}
        self.curve.setData(
            x,
            result.cumulative_profit_usd,
            pen=pg.mkPen(BITCOIN_ORANGE, width=2),
            connect="finite",
            **(dots if len(x) <= 400 else {"symbol": None}),
        )
        missing = ~np.isfinite(result.profit_usd)
        self.uncovered.setData(x[missing], np.zeros(int(missing.sum())), pen=pg.mkPen(colors.muted, width=1.5))
        self.legend.clear()
        self.legend.setLabelTextColor(colors.text)
        self.legend.addItem(self.curve, self.tr("Cumulative profit, covered days"))
        if missing.any():
            self.legend.addItem(self.uncovered, self.tr("Day not covered (no telemetry or market data)"))
        text = self._fleet_summary(replayed) if replayed.fleet is not None else self._model_summary(replayed)
        fees = self.tr(
            "Fees per block: the stored network snapshots' on {stored} days, {fees} BTC as stated on {stated}; "
            "the subsidy follows each day's halving era."
        ).format(stored=replayed.market.fees_stored, stated=replayed.market.fees_stated, fees=self.fees_edit.text())
        tone = BAD_COLOR if result.total_profit_usd < 0 else NOTE_COLOR if result.covered_days == 0 else None
        self._say(text + "\n" + fees, tone)

    def _totals(self, result: Replay) -> dict[str, float]:
        return {
            "btc": float(np.nansum(result.btc)),
            "revenue": float(np.nansum(result.revenue_usd)),
            "cost": float(np.nansum(result.power_cost_usd)),
            "profit": result.total_profit_usd,
        }

    def _model_summary(self, replayed: Replayed) -> str:
        result = replayed.result
        calendar_days = (replayed.end - replayed.start).days + 1
        return self.tr(
            "{days} days with a stored close and difficulty ({gap} of {calendar} calendar days missing): "
            "{btc:.6f} BTC mined, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD."
        ).format(
            days=len(result.dates),
            gap=calendar_days - len(result.dates),
            calendar=calendar_days,
            **self._totals(result),
        )

    def _fleet_summary(self, replayed: Replayed) -> str:
        result, fleet = replayed.result, replayed.fleet
        assert fleet is not None and result.no_telemetry is not None and result.no_market is not None
        where = self.choice.site_name() or self.tr("all sites")
        summary = self.tr(
            "The fleet as it was at {where} ({miners} miners in it now): {covered} of {calendar} days covered, "
            "{no_telemetry} without telemetry and {no_market} without market data left out (gaps, not zero).\n"
            "Covered days: {btc:.6f} BTC mined, revenue {revenue:,.2f} USD, energy {kwh:,.1f} kWh costing "
            "{cost:,.2f} USD, profit {profit:,.2f} USD."
        ).format(
            where=where,
            miners=fleet.fleet_size,
            covered=result.covered_days,
            calendar=len(result.dates),
            no_telemetry=int(result.no_telemetry.sum()),
            no_market=int(result.no_market.sum()),
            kwh=float(np.nansum(np.where(np.isfinite(result.profit_usd), fleet.energy_kwh, np.nan))),
            **self._totals(result),
        )
        if not fleet.partial_days:
            return summary
        partial = self.tr("Partial, counted as far as its hours are rolled up: {days}.")
        return summary + "\n" + partial.format(days=", ".join(day.isoformat() for day in fleet.partial_days))

    def table(self) -> Table | None:
        r = self.result
        if r is None:
            return None
        headers = ["date", "subsidy_btc", "btc", "revenue_usd", "power_cost_usd", "profit_usd", "cumulative_usd"]
        columns = [r.subsidy_btc, r.btc, r.revenue_usd, r.power_cost_usd, r.profit_usd, r.cumulative_profit_usd]
        if r.hashrate_ths is None or r.energy_kwh is None or r.no_telemetry is None or r.no_market is None:
            return headers, [
                [d.isoformat(), *(None if math.isnan(c[i]) else float(c[i]) for c in columns)]
                for i, d in enumerate(r.dates)
            ]
        headers += ["fleet_hashrate_ths", "fleet_energy_kwh", "day"]  # covered, partial, no_telemetry, no_market_data
        fleet = self.replayed.fleet if self.replayed is not None else None
        partial = fleet.partial if fleet is not None else np.zeros(len(r.dates), dtype=bool)
        covered = np.where(partial, "partial", "covered")  # partial: not all its hours rolled up yet (today)
        status = np.where(r.no_telemetry, "no_telemetry", np.where(r.no_market, "no_market_data", covered))
        columns += [r.hashrate_ths, r.energy_kwh]
        return headers, [
            [
                d.isoformat(),
                *(None if math.isnan(c[i]) else float(c[i]) for c in columns),
                str(status[i]),
            ]
            for i, d in enumerate(r.dates)
        ]
