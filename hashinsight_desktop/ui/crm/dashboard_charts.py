"""The sales dashboard's three charts (pyqtgraph, palette colours): the funnel with each stage's conversion
and drop-off, won value by month, and the sales cycle's length. Each shows what services.crm.dashboard
computed; nothing is recomputed here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.crm.dashboard import FunnelStage, MonthValue, SalesCycle
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.calculator.profit_chart import UsdAxis
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, POWER_BLUE, chart_colors, style_axes
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.locale_format import grouped

LEFT_AXIS_WIDTH = 84


def _t(text: str) -> str:
    return QCoreApplication.translate("DashboardCharts", text)


def chart(parent: QWidget | None = None, left: pg.AxisItem | None = None) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent, axisItems={"left": left} if left is not None else None)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    plot.setMinimumHeight(180)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)  # room for stage names and dollar ticks: it does not grow
    return plot


def restyle(plot: pg.PlotWidget) -> None:
    colors = chart_colors(plot)
    plot.setBackground(colors.base)
    style_axes(plot.getPlotItem(), colors)


def show_funnel(plot: pg.PlotWidget, stages: Sequence[FunnelStage]) -> list[str]:
    """Horizontal bars of how many reached each stage, first stage on top, with conversion and drop-off
    written beside each; returns those lines (what the chart says, for tests and tooltips)."""
    plot.clear()
    restyle(plot)
    colors = chart_colors(plot)
    count = len(stages)
    rows = list(range(count - 1, -1, -1))  # the first stage on top
    reached = [s.reached for s in stages]
    plot.addItem(pg.BarGraphItem(x0=0, y=rows, height=0.6, width=reached, brush=BITCOIN_ORANGE, pen=None))
    lost = [s.lost for s in stages]
    plot.addItem(pg.BarGraphItem(x0=0, y=rows, height=0.25, width=lost, brush=colors.bad, pen=None))
    plot.getAxis("left").setTicks([[(row, stage_label(s.stage)) for row, s in zip(rows, stages, strict=True)]])
    widest = max(reached, default=0) or 1
    lines = []
    for row, stage in zip(rows, stages, strict=True):
        parts = [_t("%1 reached").replace("%1", grouped(stage.reached))]
        if stage.conversion_pct is not None:
            parts.append(_t("%1 % went on").replace("%1", f"{stage.conversion_pct:g}"))
        if stage.drop_off_pct is not None and stage.lost:
            parts.append(_t("%1 % lost").replace("%1", f"{stage.drop_off_pct:g}"))
        line = " · ".join(parts)
        lines.append(f"{stage_label(stage.stage)}: {line}")
        label = pg.TextItem(text=line, color=colors.text, anchor=(0, 0.5))
        label.setPos(stage.reached + widest * 0.02, row)
        plot.addItem(label)
    plot.setXRange(0, widest * 1.9, padding=0)
    plot.setYRange(-0.6, count - 0.4, padding=0)
    plot.getAxis("bottom").setLabel(_t("deals or leads (the thin red bar: lost at that stage)"))
    return lines


def month_label(month: str) -> str:
    """ "2026-03" as "Mar 26"."""
    return locale_format.named(date(int(month[:4]), int(month[5:]), 1), "month")


def show_won_by_month(plot: pg.PlotWidget, months: Sequence[MonthValue]) -> None:
    plot.clear()
    restyle(plot)
    xs = list(range(len(months)))
    heights = [float(m.value) for m in months]
    plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.7, brush=BITCOIN_ORANGE, pen=None))
    every = max(1, len(months) // 6)  # a label every other month for a year: they fit 1280 px
    plot.getAxis("bottom").setTicks([[(i, month_label(m.month)) for i, m in enumerate(months) if i % every == 0]])
    plot.setXRange(-0.6, max(len(months) - 0.4, 0.4), padding=0)
    plot.setYRange(0, max(heights, default=0) * 1.1 or 1, padding=0)


def show_sales_cycle(plot: pg.PlotWidget, cycle: SalesCycle) -> None:
    """Shortest, median, mean and longest days from first contact to signing, as bars."""
    plot.clear()
    restyle(plot)
    figures = [
        (_t("Shortest"), cycle.shortest_days),
        (_t("Median"), cycle.median_days),
        (_t("Mean"), cycle.mean_days),
        (_t("Longest"), cycle.longest_days),
    ]
    rows = list(range(len(figures) - 1, -1, -1))
    widths = [value or 0.0 for _name, value in figures]
    plot.addItem(pg.BarGraphItem(x0=0, y=rows, height=0.6, width=widths, brush=POWER_BLUE, pen=None))
    plot.getAxis("left").setTicks([[(row, name) for row, (name, _v) in zip(rows, figures, strict=True)]])
    colors = chart_colors(plot)
    widest = max(widths, default=0) or 1
    for row, (_name, value) in zip(rows, figures, strict=True):
        text = _t("%1 days").replace("%1", f"{value:g}") if value is not None else "—"
        label = pg.TextItem(text=text, color=colors.text, anchor=(0, 0.5))
        label.setPos((value or 0) + widest * 0.02, row)
        plot.addItem(label)
    plot.setXRange(0, widest * 1.35, padding=0)
    plot.setYRange(-0.6, len(figures) - 0.4, padding=0)
    plot.getAxis("bottom").setLabel(_t("days from first contact to signing"))


def usd_axis() -> UsdAxis:
    axis = UsdAxis("left")
    axis.enableAutoSIPrefix(False)
    return axis
