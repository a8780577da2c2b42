"""One input of the calculator form: label, text field, unit and the error shown under it; market
inputs also show where their value came from and can be typed over and reset to the live value."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from hashinsight_desktop.services.calculator.inputs import with_si_suffix
from hashinsight_desktop.services.market_data import MarketValue, Quantity
from hashinsight_desktop.ui.calculator.formatting import local_time, market_text, short_scale
from hashinsight_desktop.ui.calculator.source_texts import describe_source, describe_value_source
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, muted_color, tone_color

NOTE_STYLE = "font-size: 8.5pt;"
NOTE_POINTS = 8.5


def _t(text: str) -> str:
    return QCoreApplication.translate("MarketField", text)


class HintLabel(QLabel):
    """One line of small text under a field (its source, its error). Its height is reserved whether it
    is shown, hidden or empty, so the fields below never move while the user types; text wider than
    the form is elided (``text()`` is still all of it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        font = QFont(self.font())
        font.setPointSizeF(NOTE_POINTS)
        self.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(QFontMetrics(font).height() + 2)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = (
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width) if width > 0 else self._full
        )
        super().setText(shown)


class FieldRow(QObject):
    """The widgets of one numeric input; ``edited`` fires when the user (not the program) changes it."""

    edited = Signal()

    def __init__(self, field: str, label: str, unit: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = QLabel(label)
        self.edit = QLineEdit()
        self.edit.setObjectName(field)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The red border of an error is a style sheet, which drops the native frame's height: keep it.
        self.edit.setFixedHeight(self.edit.sizeHint().height())
        self.label.setBuddy(self.edit)
        if tooltip:
            self.label.setToolTip(tooltip)
            self.edit.setToolTip(tooltip)
        self.unit = QLabel(unit)
        self.error_label = HintLabel()
        self.error_label.setObjectName(f"{field}_error")
        self.error_label.hide()
        self._error: str | None = None
        self._hint = ""  # said in the error's place (muted) while there is no error
        self._hint_detail = ""  # the hint's tooltip
        self.edit.textEdited.connect(self._user_edited)

    def _user_edited(self) -> None:
        self.edited.emit()

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        """Set by the program: no ``edited`` signal (textEdited fires only for typing)."""
        self.edit.setText(text)
        self.edit.setCursorPosition(0)

    def error(self) -> str | None:
        return self._error

    def set_hint(self, hint: str, detail: str = "") -> None:
        """What an empty field stands for, e.g. where its default comes from; ``detail`` as its tooltip."""
        self._hint, self._hint_detail = hint, detail
        self.set_error(self._error)

    def hint(self) -> str:
        """The hint shown: only under an empty field without an error."""
        return self._hint if self._error is None and not self.text() else ""

    def set_error(self, message: str | None) -> None:
        self._error = message or None
        shown = message or self.hint()
        self.error_label.setVisible(bool(shown))
        self.error_label.setText(shown)
        self.error_label.setToolTip(message or self._hint_detail or shown)
        color = tone_color(self.edit.window(), BAD_COLOR) if message else muted_color(self.error_label)
        set_style(self.error_label, f"color: {color}; {NOTE_STYLE}")
        set_style(self.edit, f"QLineEdit {{ border: 1px solid {color}; }}" if message else "")

    def add_to(self, grid: QGridLayout, row: int) -> int:
        """Put the row's widgets on ``grid`` from ``row``; returns the next free grid row."""
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.edit, row, 1)
        grid.addWidget(self.unit, row, 2)
        grid.addWidget(self.error_label, row + 1, 1, 1, 3)
        return row + 2


class MarketField(FieldRow):
    """A market input: the live value (with its source and age) until the user types over it."""

    def __init__(
        self, field: str, quantity: Quantity, label: str, unit: str, tooltip: str = "", optional: bool = False
    ) -> None:
        super().__init__(field, label, unit, tooltip)
        self.quantity = quantity
        self.optional = optional
        self.live: MarketValue | None = None
        self.overridden = False
        self.override_note = "manual"
        self.reset_button = QToolButton()
        self.reset_button.setObjectName(f"{field}_reset")
        self.reset_button.setText("↺")
        self.reset_button.setToolTip(self.tr("Back to the live market value"))
        self.reset_button.setAutoRaise(True)
        self.reset_button.hide()
        self.reset_button.clicked.connect(self.reset)
        self.source_label = HintLabel()
        self.source_label.setObjectName(f"{field}_source")
        self._now: datetime | None = None

    def _user_edited(self) -> None:
        self.overridden = True
        self.override_note = "manual"
        self.reset_button.show()
        self._show_source()
        self.edited.emit()

    def add_to(self, grid: QGridLayout, row: int) -> int:
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.edit, row, 1)
        grid.addWidget(self.unit, row, 2)
        grid.addWidget(self.reset_button, row, 3)
        grid.addWidget(self.source_label, row + 1, 1, 1, 3)
        grid.addWidget(self.error_label, row + 2, 1, 1, 3)
        return row + 3

    def missing(self) -> bool:
        """No value at all: none from market data and none typed."""
        return not self.overridden and self.live is None

    def set_error(self, message: str | None) -> None:
        super().set_error(message)
        if message and self.missing():
            self.error_label.hide()  # the source line under the field says it already, in red

    def set_live(self, value: MarketValue | None, now: datetime) -> None:
        """A new value from market data: shown unless the user typed over it."""
        self.live = value
        if not self.overridden:
            self.set_text("" if value is None else market_text(self.quantity, value.value))
        self.refresh_source(now)

    def override(self, text: str, note: str) -> None:
        """A value set by the program in the user's stead (a restored calculation)."""
        self.overridden = True
        self.override_note = note
        self.reset_button.show()
        self.set_text(text)
        self._show_source()

    def reset(self) -> None:
        was_overridden = self.overridden
        self.overridden = False
        self.reset_button.hide()
        self.set_text("" if self.live is None else market_text(self.quantity, self.live.value))
        self.set_error(None)
        self._show_source()
        if was_overridden:
            self.edited.emit()

    def refresh_source(self, now: datetime) -> None:
        self._now = now
        self._show_source()

    def source_text(self) -> str:
        return self.source_label.text()

    def _show_source(self) -> None:
        live, now = self.live, self._now
        tone = ""
        if self.overridden:
            text, tone = self.override_note, NOTE_COLOR
            tip = (
                _t("Typed over the market value (live: {value})").format(value=describe_value_source(live, now))
                if live and now
                else _t("Typed over the market value")
            )
        elif live is None and self.optional:
            text, tip = _t("none: optional"), _t("Optional: only the second, hashrate-share estimate needs it")
        elif live is None:
            text, tone = _t("no market value: type one, or refresh market data (F5)"), BAD_COLOR
            tip = ""
        else:
            text = describe_source(live, now) if now else live.source
            tone = NOTE_COLOR if live.stale else ""
            tip = _t("{value} — {source}, fetched {when}").format(
                value=f"{live.value:f}",
                source=describe_value_source(live, now) if now else live.source,
                when=local_time(live.fetched_at),
            )
        hint = self._scale_hint()
        text = f"{hint} · {text}" if hint else text
        color = tone_color(self.source_label.window(), tone) if tone else muted_color(self.source_label)
        set_style(self.source_label, f"color: {color}; {NOTE_STYLE}")
        self.source_label.setText(text)
        self.source_label.setToolTip(tip)

    def _scale_hint(self) -> str:
        """``109.78 T`` under a typed difficulty (a live one is shown with its SI suffix already)."""
        if self.quantity is not Quantity.DIFFICULTY or not self.overridden:
            return ""
        number = with_si_suffix(self.text())
        return short_scale(number) if number is not None and number.is_finite() else ""


def set_style(widget: QWidget, sheet: str, force: bool = False) -> None:
    """Set a style sheet only when it changes: re-polishing costs about 0.1 ms a widget, on every
    keystroke. ``force`` after a theme switch, for sheets that name palette roles."""
    if force or widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
