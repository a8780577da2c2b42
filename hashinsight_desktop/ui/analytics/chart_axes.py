"""Axes the analytics charts share: a day axis whose labels never overlap, plain figures (no "×0.001" on a USD
axis) written as the readouts write them (65,000: the language's separators), and an empty chart that shows no
invented scale before it has data."""

from __future__ import annotations

import calendar
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale

from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.chart_style import ChartColors, style_axes

AXES = ("left", "bottom")


class DayAxis(pg.DateAxisItem):
    """pyqtgraph's date axis in UTC, minus a finer level's label that would overlap a coarser one's: at a 5-day
    spacing the day "31" falls one day before the month label "Aug", and both were drawn on top of each other."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        levels = super().tickValues(minVal, maxVal, size)
        # minSpacing: the widest label of this zoom level in seconds (set by the call above). A coarser label
        # (a month's name) is wider than a day's number, hence the margin.
        clearance = 1.25 * self.minSpacing
        taken = np.zeros(0)
        kept = []
        for spacing, ticks in levels:
            values = np.asarray(ticks, dtype=np.float64)
            if taken.size and values.size:
                values = values[np.abs(values[:, np.newaxis] - taken[np.newaxis, :]).min(axis=1) >= clearance]
            kept.append((spacing, values.tolist()))
            taken = np.concatenate([taken, values])
        return kept

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Month and weekday names in the reader's language: pyqtgraph writes them with strftime's %b and %a,
        always English here (Python runs in the C locale), so "Feb" and "Sat 05" stayed English in Chinese."""
        names = _date_names()
        labels = super().tickStrings(values, scale, spacing)
        return [" ".join(names.get(word, word) for word in text.split(" ")) for text in labels] if names else labels


def _date_names() -> dict[str, str]:
    """strftime's English month and weekday abbreviations → the chosen language's short stand-alone names."""
    if locale_format.language() == locale_format.ENGLISH:
        return {}
    here, short = locale_format.locale(), QLocale.FormatType.ShortFormat
    months = {calendar.month_abbr[month]: here.standaloneMonthName(month, short) for month in range(1, 13)}
    # calendar's weekdays start on Monday (0), as Qt's do (1).
    return months | {calendar.day_abbr[day]: here.standaloneDayName(day + 1, short) for day in range(7)}


class FigureAxis(pg.AxisItem):
    """A value axis whose ticks read like the figures beside the chart: ``65,000``, ``0.05`` (pyqtgraph wrote
    ``65000``), with as many decimals as tell two ticks apart."""

    def updateAutoSIPrefix(self) -> None:
        """Never a prefix scale: pyqtgraph 0.14 computes one even with the prefix disabled, from the range the axis
        has at that moment (an empty chart's 0…1: ×1000), and keeps it, so 100,000 USD read 100,000,000."""
        self.autoSIPrefixScale = 1.0
        self.labelUnitPrefix = ""
        self._updateLabel()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing > 0 else 0
        return [locale_format.number(round(v * scale, places) + 0.0, places) for v in values]  # + 0.0: no "-0"


class FigureColorBar(pg.ColorBarItem):
    """pyqtgraph's colour bar with its scale written as ``FigureAxis`` writes figures (it built a plain AxisItem:
    ``-1500``, ``0.05`` with no thousands separator, and an SI scale of its own)."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        plain = self.axis
        side = str(plain.orientation)
        axis = FigureAxis(side)
        self.setAxisItems({side: axis})
        # What ColorBarItem did to its own axis: in front of the gradient, values shown, its own fixed range.
        axis.setZValue(0.5)
        if side == "right":
            axis.setWidth(45)
        axis.setStyle(showValues=True)
        axis.unlinkFromView()
        axis.setRange(*self.values)
        self.axis = axis


def style_chart(plot: pg.PlotItem, colors: ChartColors, has_data: bool) -> None:
    """The theme's colours, figures as they are (an axis titled in USD never rescaled by an SI prefix) and, while
    the chart has nothing to show, no tick values: an empty chart's -0.5…0.5 and 00:00:00 would read as data."""
    style_axes(plot, colors)
    for name in AXES:
        axis = plot.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.setStyle(showValues=has_data)
    plot.showGrid(x=has_data, y=has_data, alpha=0.15)
