"""Chart colours from the current palette (light or dark theme), the same for every pyqtgraph plot."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, tone_color

# Series colours that read on both themes; a quantity keeps its hue on every chart.
BITCOIN_ORANGE = "#f7931a"  # hashrate, profit, site power over a plan
TEMPERATURE_RED = "#e5484d"
POWER_BLUE = "#3e8ed0"
FAN_GREEN = "#2fa58a"


@dataclass(frozen=True)
class ChartColors:
    ok: str
    bad: str
    base: str  # plot background
    text: str
    muted: str  # axes, reference lines


def chart_colors(widget: QWidget) -> ChartColors:
    palette = widget.palette()
    return ChartColors(
        ok=tone_color(widget.window(), OK_COLOR),
        bad=tone_color(widget.window(), BAD_COLOR),
        base=palette.color(QPalette.ColorRole.Base).name(),
        text=palette.color(QPalette.ColorRole.WindowText).name(),
        muted=muted_color(),
    )


def style_axes(plot: pg.PlotItem, colors: ChartColors) -> None:
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colors.muted))
        axis.setTextPen(pg.mkPen(colors.text))
