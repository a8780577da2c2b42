"""The analytics charts' axes: day labels that never overlap, no invented scale on an empty chart, figures as they
are (no SI prefix on a USD axis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from hashinsight_desktop.services.analytics import history_import
from hashinsight_desktop.services.analytics.history import Bar
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab
from hashinsight_desktop.ui.analytics.chart_axes import DayAxis
from hashinsight_desktop.ui.analytics.explain_panel import ExplainPanel
from hashinsight_desktop.ui.analytics.forecast_panel import ForecastPanel
from hashinsight_desktop.ui.analytics.heatmap_panel import HeatmapPanel
from hashinsight_desktop.ui.analytics.price_chart import PriceChart
from hashinsight_desktop.ui.analytics.replay_panel import ReplayPanel
from tests.ui.analytics.test_replay_page import with_difficulty

pytestmark = pytest.mark.gui


def _ticks(axis: pg.DateAxisItem, width_px: float) -> np.ndarray:
    """Every label's position when the forecast's 120 days (late May to late September) fill width_px."""
    axis.fontMetrics = QFontMetrics(QApplication.font())  # what drawing sets, from the painter's (the app's) font
    start = datetime(2024, 5, 19, tzinfo=UTC).timestamp()
    end = datetime(2024, 9, 24, tzinfo=UTC).timestamp()
    return np.sort([v for _, values in axis.tickValues(start, end, width_px) for v in values])


@pytest.mark.parametrize("width_px", [700, 1000, 1600, 2400])
def test_day_labels_keep_clear_of_month_labels(qtbot, width_px: float) -> None:  # type: ignore[no-untyped-def]
    plain, axis = pg.DateAxisItem(utcOffset=0), DayAxis()
    before = _ticks(plain, width_px)
    ticks = _ticks(axis, width_px)
    assert np.diff(ticks).min() >= axis.minSpacing  # no two labels closer than a label's width
    assert set(ticks) <= set(before) and len(ticks) >= len(before) - 5  # only the crowding labels left out
    if width_px == 1600:  # what the screenshot at 1920 px showed: "31" one day before "Aug"
        assert np.diff(before).min() < plain.minSpacing
        assert datetime(2024, 7, 31, tzinfo=UTC).timestamp() not in ticks


def test_empty_charts_show_no_scale_and_drawn_ones_plain_figures(qtbot) -> None:  # type: ignore[no-untyped-def]
    panels = [ForecastPanel(), HeatmapPanel(), ReplayPanel(), ExplainPanel()]
    chart = PriceChart()
    for panel in panels:
        qtbot.addWidget(panel)
    qtbot.addWidget(chart)
    chart.set_bars([])
    plots = [p.plot_widget.getPlotItem() for p in panels] + list(chart.plots)
    for plot in plots:
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            assert not axis.style["showValues"]  # an empty chart's -0.5…0.5 and 00:00:00 are not data
            assert not axis.autoSIPrefix  # "BTC (USD) (x0.001)" never again
    lines = [*chart.crosshair, *chart.legends, panels[2].zero_line, panels[3].zero_line]
    assert not any(item.isVisible() for item in lines)  # nothing drawn at an invented 0 (in pyqtgraph's yellow)
    explain = panels[-1]
    figures = {"btc_price": "60000", "difficulty": "9.2e13", "block_height": "861000", "fees_per_block": "0.08"}
    figures |= {"hashrate_ths": "200", "uptime_pct": "100", "power_w": "3500", "electricity": "0.05"}
    for key, text in (figures | {"pool_fee_pct": "2"}).items():
        explain.before[key].setText(text)
        explain.after[key].setText(text)
    explain.run()  # a change of zero: its axis in USD/day (as drawn before, "(x0.001)")
    assert explain.result is not None
    assert explain.plot_widget.getPlotItem().getAxis("bottom").style["showValues"]


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the page over the services: one engine
def test_a_refresh_keeps_the_replays_dates_and_summary(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, owner: Principal, tmp_path: Path
) -> None:
    """The tab gives the page its bars again on every Refresh (and after an import): that reset the dates to the
    whole history and wiped the summary beside a chart that stayed."""
    with unit_of_work(context.database.session_factory, "market history") as session:
        history_import.import_history(session, owner, with_difficulty(tmp_path / "h.csv"))
    tab = AnalyticsTab(context, owner)
    qtbot.addWidget(tab)
    tab.refresh()
    page = tab.replay
    assert (page.start_edit.date(), page.end_edit.date()) == (QDate(2024, 1, 1), QDate(2024, 9, 16))
    for field, text in {"hashrate_ths": "200", "power_w": "3500", "electricity_usd_per_kwh": "0.05"}.items():
        page.form.edits[field].setText(text)
    page.start_edit.setDate(QDate(2024, 3, 1))
    page.run()
    summary = page.status.text()
    assert page.result is not None and "BTC mined" in summary, summary
    tab.refresh()
    assert (page.start_edit.date(), page.end_edit.date()) == (QDate(2024, 3, 1), QDate(2024, 9, 16))
    assert page.status.text() == summary


def test_payback_view_says_the_marked_cells_payback(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = HeatmapPanel()
    qtbot.addWidget(page)
    figures = {"hashrate_ths": "600", "power_w": "8700", "btc_price_usd": "57401.7", "difficulty": "92671576265161"}
    figures |= {"fees_per_block_btc": "0.08", "block_height": "861000", "hardware_cost_usd": "4000"}
    for field, text in figures.items():
        page.form.edits[field].setText(text)
    page.measure.setCurrentIndex(page.measure.findData("payback"))
    page.draw()
    assert page.result is not None and page.result.payback_days is not None
    row, column = page.result.current_cell
    days = int(page.result.payback_days[row, column])
    assert days > 4000 / 13.05  # 4,000 USD at 13.04 USD a day, or later: the calculator's payback, not a division
    assert f"payback in {days} days" in page.status.text(), page.status.text()


def test_a_zoom_fits_the_price_scale_to_the_days_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The last 90 days of a history that fell from 90,000 to 60,000: the price axis spans those days' prices."""
    closes = np.linspace(90_000, 60_000, 300)
    bars = [
        Bar(
            date(2024, 1, 1) + timedelta(days=i),
            *(Decimal(f"{c:.2f}") for c in (c, c + 500, c - 500, c)),
            None,
            None,
            None,
            "imported",
            1,
        )
        for i, c in enumerate(closes)
    ]
    chart = PriceChart()
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.show()
    chart.set_bars(bars)
    chart.zoom_to_last(90)
    low, high = chart.price_plot.viewRange()[1]
    assert low > 55_000 and high < 72_000, (low, high)  # before: the whole history's 59,500 … 90,500


def test_month_and_weekday_labels_are_in_the_readers_language(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pyqtgraph.graphicsItems import DateAxisItem as date_axis

    from hashinsight_desktop.ui import locale_format

    axis = DayAxis()
    feb_to_apr = [datetime(2026, month, 1, tzinfo=UTC).timestamp() for month in (2, 3, 4)]
    axis.zoomLevel = date_axis.MONTH_DAY_ZOOM_LEVEL  # labels written with strftime's %b
    saturday = [datetime(2026, 12, 5, tzinfo=UTC).timestamp()]
    assert axis.tickStrings(feb_to_apr, 1.0, date_axis.MONTH_SPACING) == ["Feb", "Mar", "Apr"]
    monkeypatch.setattr(locale_format, "language", lambda: "zh_CN")
    assert axis.tickStrings(feb_to_apr, 1.0, date_axis.MONTH_SPACING) == ["2月", "3月", "4月"]
    axis.zoomLevel = date_axis.DAY_HOUR_ZOOM_LEVEL  # "%a %d"
    assert axis.tickStrings(saturday, 1.0, date_axis.DAY_SPACING) == ["周六 05"]
