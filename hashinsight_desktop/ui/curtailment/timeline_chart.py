"""The planned power of the site over time: shedding batch by batch, holding, then the staggered
recovery; with the target level (and its tolerance band) and the shed area shaded. A target below
0 kW (a request beyond what the site draws) is drawn at 0 kW and said in words. Follows the light or
dark palette."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, chart_colors, style_axes
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import NOTE_COLOR, set_tone

HOURS_FROM_MIN = 180.0  # a timeline longer than this is labelled in hours


def power_text(kw: float) -> str:
    return f"{number(kw / 1000, 2)} MW" if abs(kw) >= 10_000 else f"{number(kw)} kW"


class PowerAxis(pg.AxisItem):
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        big = max((abs(v) for v in values), default=0.0) >= 10_000
        return [f"{number(v / 1000, 1)} MW" if big else number(v) for v in values]


class TimeAxis(pg.AxisItem):
    """Minutes on the data side; ticks in minutes or, for a long timeline, hours."""

    hours = False

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.hours:
            return [f"{v / 60:g} h" for v in values]
        return [f"{v:g}" for v in values]

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        if not self.hours:
            return super().tickSpacing(minVal, maxVal, size)  # type: ignore[no-any-return]
        span_h = (maxVal - minVal) / 60
        major = next((h for h in (0.5, 1, 2, 3, 6, 12, 24, 48) if span_h / h <= 8), 96)
        return [(major * 60, 0), (major * 15, 0)]


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Planned site power"))
        self.title.setObjectName("timelineTitle")
        self.readout = QLabel()
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_axis = TimeAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"left": PowerAxis("left"), "bottom": self.time_axis})
        self.plot.setObjectName("timelinePlot")
        self.plot.setMinimumHeight(170)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.plot.getPlotItem().getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.setLabel("left", self.tr("site kW"))
        self.beyond = QLabel()  # a request beyond the site's power, said in words (the line stays at 0 kW)
        self.beyond.setObjectName("timelineBeyond")
        self.beyond.setWordWrap(True)
        self.beyond.hide()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.beyond)
        layout.addWidget(self.plot, 1)

        self.baseline = pg.PlotDataItem()
        self.curve = pg.PlotDataItem()
        self.shed_fill = pg.FillBetweenItem(self.baseline, self.curve)
        self.band = pg.LinearRegionItem(orientation="horizontal", movable=False)
        self.band.setZValue(-20)
        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        self.recovery_line = pg.InfiniteLine(angle=90, movable=False)
        self.target_label = pg.InfLineLabel(self.target_line, text="", position=0.5, anchor=(0.5, 0), movable=False)
        self.recovery_label = pg.InfLineLabel(
            self.recovery_line, text="", position=0.92, anchor=(1, 0.5), movable=False
        )
        self.empty_text = pg.TextItem(self.tr("Preview a plan to see its power timeline"), anchor=(0.5, 0.5))
        for item in (self.band, self.shed_fill, self.baseline, self.curve, self.target_line, self.recovery_line):
            self.plot.addItem(item)
        self.plot.addItem(self.empty_text)
        self._minutes: np.ndarray = np.zeros(0)
        self._kw: np.ndarray = np.zeros(0)
        self._target: tuple[float, float | None] | None = None  # (target level kW, tolerance kW)
        self._recovery_at: float | None = None
        self._manual_recovery = False
        self._start_text = self.tr("from start")
        self._recovery_note: str | None = None
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)
        self.apply_palette()

    # -- data -----------------------------------------------------------------------------------------
    def show_timeline(
        self,
        points: Sequence[tuple[float, float]],
        target_level_kw: float | None = None,
        tolerance_kw: float | None = None,
        recovery_at_min: float | None = None,
        *,
        manual_recovery: bool = False,
        start_text: str | None = None,
        recovery_note: str | None = None,
        title: str | None = None,
    ) -> None:
        """``points``: (minutes from start, site kW) steps; ``target_level_kw``: the site's power the
        plan aims at (power now − the power to shed); ``start_text`` says when minute 0 is ("from 17:00",
        "after the price trigger"); ``recovery_note`` labels a recovery that is not at a fixed time."""
        self._minutes = np.fromiter((p[0] for p in points), dtype=np.float64, count=len(points))
        self._kw = np.fromiter((p[1] for p in points), dtype=np.float64, count=len(points))
        self._target = (target_level_kw, tolerance_kw) if target_level_kw is not None else None
        self._recovery_at = recovery_at_min
        self._manual_recovery = manual_recovery
        self._start_text = start_text if start_text is not None else self.tr("from start")
        self._recovery_note = recovery_note
        self.title.setText(title if title is not None else self.tr("Planned site power"))
        self._redraw()

    def clear(self) -> None:
        self.show_timeline([])

    def has_data(self) -> bool:
        return bool(self._minutes.size)

    def _redraw(self) -> None:
        empty = not self._minutes.size
        self.empty_text.setVisible(empty)
        for item in (self.band, self.target_line, self.recovery_line, self.shed_fill):
            item.setVisible(not empty)
        if empty:
            self.beyond.hide()
            self.baseline.setData([], [])
            self.curve.setData([], [])
            self.plot.setXRange(0, 60, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            self.plot.getAxis("left").setTicks([[]])  # no made-up kW scale before there is a plan
            self.empty_text.setPos(30, 0.5)
            self.readout.setText("")
            self.time_axis.hours = False
            self.plot.setLabel("bottom", self.tr("minutes from start"))
            return
        minutes, power = self._minutes, self._kw
        self.plot.getAxis("left").setTicks(None)
        self.time_axis.hours = float(minutes[-1]) > HOURS_FROM_MIN
        axis = self.tr("hours {start}") if self.time_axis.hours else self.tr("minutes {start}")
        self.plot.setLabel("bottom", axis.format(start=self._start_text))
        self.baseline.setData(minutes, np.full_like(power, power[0]))
        self.curve.setData(minutes, power)
        low, high = float(power.min()), float(power.max())
        self.beyond.setVisible(False)
        if self._target is not None:
            level, tolerance = self._target
            if level < 0:  # more than the site draws: a site cannot draw less than nothing
                self.target_line.setPos(0.0)
                self.target_label.setFormat(self.tr("target 0 kW: the request exceeds the site's power"))
                self.beyond.setText(
                    self.tr("The request is {kw} more than the site draws now: the target is drawn at 0 kW").format(
                        kw=power_text(-level)
                    )
                )
                self.beyond.setVisible(True)
                self.band.setVisible(False)
                level = 0.0
            else:
                self.target_line.setPos(level)
                self.target_label.setFormat(self.tr("target {power}").format(power=power_text(level)))
                self.band.setVisible(bool(tolerance))
                if tolerance:
                    self.band.setRegion((max(level - tolerance, 0.0), level))
                    low = min(low, max(level - tolerance, 0.0))
            low = min(low, level)
        self.target_line.setVisible(self._target is not None)
        if self._recovery_at is not None:
            self.recovery_line.setPos(self._recovery_at)
            note = self._recovery_note or (self.tr("manual recovery") if self._manual_recovery else None)
            self.recovery_label.setFormat(
                self.tr("{note} (shown at 1 h)").format(note=note)
                if note and self._manual_recovery
                else self.tr("recovery")
            )
        self.recovery_line.setVisible(self._recovery_at is not None)
        margin = max((high - low) * 0.12, high * 0.01, 1.0)
        self.plot.setYRange(max(low - margin, 0.0) if low >= 0 else low - margin, high + margin, padding=0)
        self.plot.setXRange(0, float(minutes[-1]), padding=0.02)
        self.readout.setText(
            self.tr("now {power} → {least} while shed").format(
                power=power_text(float(power[0])), least=power_text(float(power.min()))
            )
        )

    # -- theme ----------------------------------------------------------------------------------------
    def apply_palette(self) -> None:
        colors = chart_colors(self)
        self.plot.setBackground(colors.base)
        style_axes(self.plot.getPlotItem(), colors)
        self.curve.setPen(pg.mkPen(BITCOIN_ORANGE, width=2))
        self.baseline.setPen(pg.mkPen(colors.muted, width=1, style=Qt.PenStyle.DotLine))
        shed = QColor(BITCOIN_ORANGE)
        shed.setAlpha(45)
        self.shed_fill.setBrush(pg.mkBrush(shed))
        band = QColor(colors.ok)
        band.setAlpha(40)
        self.band.setBrush(pg.mkBrush(band))
        for line in self.band.lines:
            line.setPen(pg.mkPen(None))
        self.target_line.setPen(pg.mkPen(colors.ok, width=1.5, style=Qt.PenStyle.DashLine))
        self.target_label.setColor(colors.ok)
        self.recovery_line.setPen(pg.mkPen(colors.muted, width=1, style=Qt.PenStyle.DashLine))
        self.recovery_label.setColor(colors.text)
        self.empty_text.setColor(colors.muted)
        set_tone(self.beyond, NOTE_COLOR)
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)

    def _mouse_moved(self, event: tuple[QPointF]) -> None:
        if not self._minutes.size:
            return
        point = self.plot.getViewBox().mapSceneToView(event[0])
        t = float(point.x())
        index = int(np.searchsorted(self._minutes, t, side="right")) - 1
        index = min(max(index, 0), self._minutes.size - 1)
        when = (
            self.tr("{hours} h").format(hours=number(t / 60, 1))
            if self.time_axis.hours
            else self.tr("{minutes} min").format(minutes=number(t))
        )
        self.readout.setText(self.tr("at {when}: {power}").format(when=when, power=power_text(float(self._kw[index]))))
