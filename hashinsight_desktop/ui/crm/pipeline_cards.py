"""One pipeline column's deals as cards: a list model that can be dragged from and dropped on, and the
delegate that paints a card (title, customer, value, owner, expected close) in the palette's colours.

A drop does not move anything itself: the model says which deal landed on which stage (``dropped``) and the
board asks the service, which refuses an illegal move with its reason; the board then re-reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.common import RECORD_ROLE, Index

DEAL_MIME = "application/x-hashinsight-deal"
CARD_HEIGHT = 64


def money(value: Decimal | float | int | None) -> str:
    return "—" if value is None else locale_format.money(Decimal(value), decimals=0)


class StageCardsModel(QAbstractListModel):
    dropped = Signal(object, str)  # deal id, the stage it was dropped on

    def __init__(self, stage: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[Any] = []

    def set_cards(self, cards: Sequence[Any]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.title}\n{card.customer_name}\n{money(card.value)}"
        if role == RECORD_ROLE:
            return card
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(DEAL_MIME, QByteArray(str(self.cards[rows[0]].id).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(DEAL_MIME) and self.card_of(data) is None  # not back onto its own column

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(DEAL_MIME) or self.card_of(data) is not None:
            return False
        self.dropped.emit(uuid.UUID(bytes(data.data(DEAL_MIME).data()).decode()), self.stage)
        return False  # nothing is inserted here: the board re-reads after the service moved it

    def card_of(self, data: QMimeData) -> Any:
        """The card the drag carries if it is one of this column's own."""
        raw = bytes(data.data(DEAL_MIME).data()).decode()
        return next((card for card in self.cards if str(card.id) == raw), None)


class CardDelegate(QStyledItemDelegate):
    """A card: the title in bold; the customer and the owner; the value and the expected close."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(RECORD_ROLE)
        if card is None:
            return
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        inner = rect.adjusted(8, 4, -8, -4)
        line = (inner.height()) // 3
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(option.font)  # type: ignore[attr-defined]
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(card.customer_name, Qt.TextElideMode.ElideRight, inner.width() * 11 // 20),
        )
        second = QRect(inner.left(), inner.top() + line, inner.width(), line)
        third = QRect(inner.left(), inner.top() + 2 * line, inner.width(), line)
        painter.drawText(third, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), money(card.value))
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        close: date | None = getattr(card, "expected_close", None)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(third, int(right), locale_format.named(close, "date") if close else "")
        painter.drawText(
            second, int(right), metrics.elidedText(card.owner_name, Qt.TextElideMode.ElideRight, inner.width() // 2)
        )
        painter.restore()
