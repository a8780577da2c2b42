"""The analytics charts' value axes write their figures as the readouts do (65,000, not 65000)."""

from __future__ import annotations

import pytest

from hashinsight_desktop.ui.analytics.chart_axes import FigureAxis
from hashinsight_desktop.ui.analytics.explain_panel import ExplainPanel
from hashinsight_desktop.ui.analytics.forecast_panel import ForecastPanel
from hashinsight_desktop.ui.analytics.heatmap_panel import HeatmapPanel
from hashinsight_desktop.ui.analytics.price_chart import PriceChart
from hashinsight_desktop.ui.analytics.replay_panel import ReplayPanel

pytestmark = pytest.mark.gui


def test_value_axes_group_thousands_and_keep_the_decimals_that_tell_ticks_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart, forecast, replay, heatmap, explain = (
        PriceChart(),
        ForecastPanel(),
        ReplayPanel(),
        HeatmapPanel(),
        ExplainPanel(),
    )
    for widget in (chart, forecast, replay, heatmap, explain):
        qtbot.addWidget(widget)
    price = chart.price_plot.getAxis("left")
    assert price.tickStrings([60_000.0, 65_000.0, 70_000.0], 1.0, 5_000.0) == ["60,000", "65,000", "70,000"]
    axes = [price, *(plot.getAxis("left") for plot in chart.plots[1:])]
    axes += [forecast.plot_widget.getPlotItem().getAxis("left"), replay.plot_widget.getPlotItem().getAxis("left")]
    axes += [heatmap.plot_widget.getPlotItem().getAxis(name) for name in ("left", "bottom")]
    axes += [explain.plot_widget.getPlotItem().getAxis("bottom")]
    assert all(isinstance(axis, FigureAxis) for axis in axes)
    electricity = heatmap.plot_widget.getPlotItem().getAxis("left")
    assert electricity.tickStrings([0.0, 0.05, 0.1], 1.0, 0.05) == ["0.00", "0.05", "0.10"]
    assert electricity.tickStrings([-1e-13, 1_500.0], 1.0, 500.0) == ["0", "1,500"]  # no "-0"


def test_the_price_axis_has_room_for_six_figure_prices(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The demo's screenshot had no price labels: pyqtgraph 0.14 fixes an SI scale when the prefix is disabled
    (×1000 from the empty chart's range), so the labels read 120,000,000 and, wider than the axis, were dropped."""
    from datetime import date, timedelta
    from decimal import Decimal

    from PySide6.QtGui import QImage, QPainter

    from hashinsight_desktop.services.analytics.history import Bar

    closes = [Decimal(90_000 + 250 * i) for i in range(120)]
    bars = [
        Bar(date(2026, 1, 1) + timedelta(days=i), c, c, c, c, None, None, None, "imported", 0)
        for i, c in enumerate(closes)
    ]
    chart = PriceChart()
    qtbot.addWidget(chart)
    chart.resize(850, 600)
    chart.show()
    chart.set_bars([])  # as the tab first shows it: empty (an axis range of 0…1), then the history
    qtbot.wait(50)
    chart.set_bars(bars)
    qtbot.wait(50)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = chart.price_plot.getAxis("left").generateDrawSpecs(painter)
    finally:
        painter.end()
    assert "100,000" in [text for _, _, text in texts]


def test_the_heatmap_colour_bar_writes_its_scale_like_the_other_axes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """pyqtgraph's colour bar built a plain axis: the daily-profit scale read -1500 and 1500 (no separator)."""
    heatmap = HeatmapPanel()
    qtbot.addWidget(heatmap)
    figures = {"hashrate_ths": "200", "power_w": "3500", "btc_price_usd": "100000", "difficulty": "1.1e14"}
    for key, value in (figures | {"fees_per_block_btc": "0.05", "block_height": "930000"}).items():
        heatmap.form.edits[key].setText(value)
    heatmap.draw()  # the model scenario: drawn at once, the bar placed beside the map
    assert heatmap.result is not None and heatmap.bar.scene() is heatmap.plot_widget.scene()
    bar = heatmap.bar.axis
    assert isinstance(bar, FigureAxis)
    assert bar.tickStrings([-1_500.0, 0.0, 1_500.0], 1.0, 1_500.0) == ["-1,500", "0", "1,500"]
    assert heatmap.bar.getAxis("right") is bar and bar.style["showValues"]
    assert bar.range == list(heatmap.bar.values)  # the bar's own levels, not the plot's view
