"""The Fleet tab's site card draws every line inside the height it asks for (the last line was cut off by the
card's border; seen on the screenshots)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from hashinsight_desktop.services.telemetry.kpis import SiteKpi
from hashinsight_desktop.ui.fleet.sites_panel import KPI_ROLE, SiteCardDelegate


class RecordingPainter(QPainter):
    """Paints as usual and keeps the rectangle of every text drawn."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.text_rects: list[QRect] = []

    def drawText(self, rect: Any, *args: Any) -> None:  # type: ignore[override]
        self.text_rects.append(QRect(rect))
        super().drawText(rect, *args)


class OneCard(QModelIndex):
    def __init__(self, kpi: SiteKpi) -> None:
        super().__init__()
        self.kpi = kpi

    def data(self, role: int = 0) -> Any:  # type: ignore[override]
        return self.kpi if role == KPI_ROLE else None


def test_every_line_of_a_site_card_is_inside_its_border(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    option = QStyleOptionViewItem()
    option.initFrom(widget)
    kpi = SiteKpi(uuid.uuid4(), "Texas North", 28_310.0, 753.0, 26.6, 232, 8, 10, 240, degraded=10)
    delegate = SiteCardDelegate()
    index = OneCard(kpi)
    size = delegate.sizeHint(option, index)
    option.rect = QRect(0, 0, size.width(), size.height())
    image = QImage(size.width(), 2 * size.height(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    inside = option.rect.adjusted(0, delegate.MARGIN + delegate.PAD, 0, -(delegate.MARGIN + delegate.PAD) + 1)
    assert len(painter.text_rects) >= 4
    lowest = max(rect.bottom() for rect in painter.text_rects)
    assert lowest <= inside.bottom(), f"the last line ends at {lowest}, the card's inside at {inside.bottom()}"
