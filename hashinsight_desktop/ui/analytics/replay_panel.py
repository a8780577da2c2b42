"""The replay page: what the chosen miner(s) would have earned each day between two dates with that day's stored
close and difficulty (services.analytics.replay), the subsidy of each day's halving era included.

The stored daily bars carry no block height and no fees: the era comes from the halvings' actual dates (the height
is interpolated between them, only its era is used) and the fees per block are one figure the user states, said
beside the result. Days without a stored difficulty are left out and counted."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.analytics.replay import MarketHistory, Replay, replay
from hashinsight_desktop.services.calculator.bitcoin import HALVING_INTERVAL
from hashinsight_desktop.services.calculator.inputs import parse_number
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.ui.analytics.chart_export import ExportButtons, Table
from hashinsight_desktop.ui.analytics.price_chart import day_x
from hashinsight_desktop.ui.analytics.scenario_form import ScenarioForm
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, chart_colors, style_axes
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics.history import Bar

# The halvings that happened (date, height); later ones are projected at 144 blocks a day.
HALVINGS = (
    (date(2009, 1, 3), 0),
    (date(2012, 11, 28), 210_000),
    (date(2016, 7, 9), 420_000),
    (date(2020, 5, 11), 630_000),
    (date(2024, 4, 20), 840_000),
)
BLOCKS_PER_DAY = 144


def height_on(day: date) -> int:
    """A block height of ``day`` in its right halving era: interpolated between the halvings' dates."""
    i = bisect.bisect_right([d for d, _ in HALVINGS], day) - 1
    start, height = HALVINGS[max(i, 0)]
    if i + 1 < len(HALVINGS):
        end, next_height = HALVINGS[i + 1]
        share = (day - start).days / (end - start).days
        return min(height + int(share * HALVING_INTERVAL), next_height - 1)
    return height + (day - start).days * BLOCKS_PER_DAY


class ReplayPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.result: Replay | None = None
        self.form = ScenarioForm(
            fields=("hashrate_ths", "power_w", "quantity", "electricity_usd_per_kwh", "pool_fee_pct", "uptime_pct")
        )
        self.start_edit, self.end_edit = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.fees_edit = QLineEdit("0.08")
        dates = QFormLayout()
        dates.addRow(self.tr("From"), self.start_edit)
        dates.addRow(self.tr("To"), self.end_edit)
        dates.addRow(self.tr("Fees per block (BTC), every day"), self.fees_edit)
        self.run_button = QPushButton(self.tr("&Replay"))
        self.run_button.clicked.connect(self.run)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.curve, self.zero_line = pg.PlotDataItem(), pg.InfiniteLine(0, angle=0)  # made once, new data per run
        self.plot_widget.addItem(self.curve)
        self.plot_widget.addItem(self.zero_line)
        self.export = ExportButtons("replay", self.plot_widget, self.table)
        side = QVBoxLayout()
        side.addWidget(self.form)
        side.addLayout(dates)
        side.addWidget(self.run_button)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.export)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.plot_widget, 1)
        self.set_bars([])

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
            first, last = self.bars[0].day, self.bars[-1].day
            self.start_edit.setDateRange(
                QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
            )
            self.end_edit.setDateRange(self.start_edit.minimumDate(), self.start_edit.maximumDate())
            self.start_edit.setDate(self.start_edit.minimumDate())
            self.end_edit.setDate(self.end_edit.maximumDate())
            self._say("", None)

    def _say(self, text: str, tone: str | None) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def run(self) -> None:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        try:
            inputs = {k: parse_number(k, e.text()) for k, e in self.form.edits.items() if k in self.form.shown}
            fees = float(parse_number("fees_per_block_btc", self.fees_edit.text()))
            if end < start:
                raise ValidationError("dates", f"{end} is before {start}")
            history = MarketHistory(
                [b.day for b in self.bars],
                np.array([float(b.close) for b in self.bars]),
                np.array([float(b.difficulty or 0) for b in self.bars]),
                np.full(len(self.bars), fees),
                np.array([height_on(b.day) for b in self.bars], dtype=np.int64),
            )
            self.result = replay(
                history,
                hashrate_ths=float(inputs["hashrate_ths"]),
                power_w=float(inputs["power_w"]),
                electricity_usd_per_kwh=float(inputs["electricity_usd_per_kwh"]),
                quantity=int(inputs["quantity"]),
                pool_fee_pct=float(inputs["pool_fee_pct"]),
                uptime_pct=float(inputs["uptime_pct"]),
                start=start,
                end=end,
            )
        except ValidationError as exc:
            self.result = None
            self._say(str(exc), BAD_COLOR)
            return
        self._show(self.result, start, end)

    def _show(self, result: Replay, start: date, end: date) -> None:
        colors = chart_colors(self)
        plot = self.plot_widget.getPlotItem()
        self.plot_widget.setBackground(colors.base)
        style_axes(plot, colors)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setLabel("left", self.tr("Cumulative profit (USD)"))
        x = day_x(result.dates)
        self.curve.setData(x, result.cumulative_profit_usd, pen=pg.mkPen(BITCOIN_ORANGE, width=2))
        self.zero_line.setPen(pg.mkPen(colors.muted))
        calendar_days = (end - start).days + 1
        self._say(
            self.tr(
                "{days} days with a stored close and difficulty ({gap} of {calendar} calendar days missing): "
                "{btc:.6f} BTC mined, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD.\n"
                "Fees per block taken as {fees} BTC every day; the subsidy follows each day's halving era."
            ).format(
                days=len(result.dates),
                gap=calendar_days - len(result.dates),
                calendar=calendar_days,
                btc=float(result.btc.sum()),
                revenue=float(result.revenue_usd.sum()),
                cost=float(result.power_cost_usd.sum()),
                profit=result.total_profit_usd,
                fees=self.fees_edit.text(),
            ),
            BAD_COLOR if result.total_profit_usd < 0 else None,
        )

    def table(self) -> Table | None:
        r = self.result
        if r is None:
            return None
        headers = ["date", "subsidy_btc", "btc", "revenue_usd", "power_cost_usd", "profit_usd", "cumulative_usd"]
        columns = (r.subsidy_btc, r.btc, r.revenue_usd, r.power_cost_usd, r.profit_usd, r.cumulative_profit_usd)
        return headers, [
            [d.isoformat(), *(None if math.isnan(c[i]) else float(c[i]) for c in columns)]
            for i, d in enumerate(r.dates)
        ]
