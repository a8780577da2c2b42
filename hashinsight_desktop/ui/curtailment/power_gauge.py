"""The site's power now against the level a plan aims at: the power drawn now filled in, the part the
plan would shed shaded out of it and the target level marked."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import OK_COLOR, tone_color


class PowerGauge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("powerGauge")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.power_kw: float | None = None
        self.target_level_kw: float | None = None
        self.capacity_kw = 0.0
        self.setAccessibleName("Site power now against the target level")

    def sizeHint(self) -> QSize:
        return QSize(320, 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 22)

    def set_values(self, power_kw: float | None, target_level_kw: float | None, capacity_kw: float) -> None:
        self.power_kw = power_kw
        self.target_level_kw = target_level_kw
        self.capacity_kw = capacity_kw
        parts = []
        if power_kw is not None:
            parts.append(self.tr("drawing {kw} kW").format(kw=number(power_kw)))
        if target_level_kw is not None:
            parts.append(self.tr("target level {kw} kW").format(kw=number(target_level_kw)))
        if capacity_kw:
            parts.append(self.tr("capacity {kw} kW").format(kw=number(capacity_kw)))
        self.setToolTip(
            self.tr("Site {figures}").format(figures=", ".join(parts)) if parts else self.tr("No power figures yet")
        )
        self.update()

    def scale_kw(self) -> float:
        """The bar's full length: the power now with some headroom (a site far below its capacity
        would show as a sliver against it; the capacity is in the tooltip)."""
        if not self.power_kw:
            return 0.0
        return max(self.power_kw * 1.1, self.target_level_kw or 0.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 4, 4)
        scale = self.scale_kw()
        if scale <= 0 or self.power_kw is None:
            painter.end()
            return
        width = rect.width() * min(self.power_kw / scale, 1.0)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))  # the theme's accent (orange in both)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width, rect.height()), 4, 4)
        if self.target_level_kw is not None:
            x = rect.left() + rect.width() * min(max(self.target_level_kw / scale, 0.0), 1.0)
            shed = QColor(palette.color(QPalette.ColorRole.Base))
            shed.setAlpha(150)
            if x < rect.left() + width:  # the power to shed, hatched out of the bar
                painter.setBrush(shed)
                painter.drawRect(QRectF(x, rect.top(), rect.left() + width - x, rect.height()))
            pen = QPen(QColor(tone_color(self.window(), OK_COLOR)), 3)
            painter.setPen(pen)
            painter.drawLine(int(x), int(rect.top()) - 3, int(x), int(rect.bottom()) + 3)
        painter.end()
