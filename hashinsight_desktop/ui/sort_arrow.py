"""Sort arrows that point the way the rows run: ▼ for largest first, ▲ for smallest first.

QHeaderView hands the style ``SortUp`` for a descending sort (a Windows 95 convention it kept), so
Fusion draws ▲ over a column whose largest value is on top. The proxy style swaps the two for the
header arrow only; everything else is drawn by the application's style.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QHeaderView, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget


class TrueSortArrowStyle(QProxyStyle):
    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            if option.sortIndicator == QStyleOptionHeader.SortIndicator.SortUp:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            elif option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def use_true_sort_arrows(header: QHeaderView) -> None:
    """Draw ``header``'s sort arrow in the direction of the rows (the style belongs to the header)."""
    app = QApplication.instance()
    base = app.style().name() if isinstance(app, QApplication) else "Fusion"
    style = TrueSortArrowStyle(base)
    style.setParent(header)
    header.setStyle(style)
