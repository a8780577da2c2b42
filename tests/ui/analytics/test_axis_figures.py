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
