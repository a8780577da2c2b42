"""A one-line status label that gives way when its window is narrow: its text cut with "…" at the end, the whole
text in its tooltip. The status bar's labels use it so a 1280-pixel window shows every one of them, each shortened
instead of one clipped mid-word.

``text()`` answers the whole text, ``shown_text()`` what fits; ``toolTip()`` has the whole text when it is cut,
then the caller's tooltip.
A label made with ``yields=True`` asks only for its ``minimum_chars`` characters' width and takes what the others leave:
the least important text gives way first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *, minimum_chars: int = 12, yields: bool = False) -> None:
        super().__init__(parent)
        self._full = ""
        self._detail = ""  # the caller's tooltip, below the whole text when the text is cut
        self._minimum_chars = minimum_chars  # never narrower than this many average characters (or the whole text)
        self._yields = yields
        self._kept = ""

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()
        self.updateGeometry()

    def keep_visible(self, start: str) -> None:
        """Never narrower than ``start`` (the text's most important words, e.g. the database's state)."""
        self._kept = start
        self.updateGeometry()

    def setToolTip(self, tip: str) -> None:
        self._detail = tip
        self._fit()

    def detail(self) -> str:
        """The caller's tooltip (``toolTip()`` adds the whole text when it is cut)."""
        return self._detail

    def sizeHint(self) -> QSize:
        width = self._minimum_width() if self._yields else self._width_of(self._full)
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum_width(), super().sizeHint().height())

    def _minimum_width(self) -> int:
        margins = self.contentsMargins()
        least = self.fontMetrics().averageCharWidth() * self._minimum_chars + margins.left() + margins.right()
        return min(max(least, self._width_of(self._kept + " …")), self._width_of(self._full))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a tone made it bold: wider
            self._fit()
            self.updateGeometry()

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2

    def _fit(self) -> None:
        margins = self.contentsMargins()
        room = max(0, self.width() - margins.left() - margins.right())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        QLabel.setText(self, shown)
        tip = [self._full] if shown != self._full else []
        QLabel.setToolTip(self, "\n".join([*tip, *([self._detail] if self._detail else [])]))
