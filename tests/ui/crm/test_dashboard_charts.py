"""The sales dashboard's charts as drawn (no database: what services.crm.dashboard computed is given)."""

from __future__ import annotations

from decimal import Decimal

from hashinsight_desktop.services.crm.dashboard import MonthValue
from hashinsight_desktop.ui.crm.dashboard_charts import chart, show_won_by_month, usd_axis


def test_an_empty_won_chart_labels_each_tick_differently(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Nothing won: the axis spans $0–$1, whose ticks read "$1, $1, $0" when rounded to whole dollars."""
    plot = chart(left=usd_axis())
    qtbot.addWidget(plot)
    show_won_by_month(plot, [MonthValue(f"2026-{m:02d}", 0, Decimal(0)) for m in range(1, 13)])
    axis = plot.getAxis("left")
    low, high = plot.getViewBox().viewRange()[1]
    for spacing, values in axis.tickValues(low, high, 150):
        labels = axis.tickStrings(values, 1.0, spacing)
        assert len(set(labels)) == len(labels), labels
    assert axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == ["$0.0", "$0.5", "$1.0"]
    assert axis.tickStrings([0.0, 500.0, 1500.0], 1.0, 500.0) == ["$0", "$500", "$1.5k"]  # whole dollars as before
