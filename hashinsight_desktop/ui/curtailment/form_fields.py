"""The pieces of the plan form: a labelled field with its error line, number parsing as people type
numbers, and what each service field name is called on the form."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from hashinsight_desktop.services.errors import FIELD_AND_MESSAGE
from hashinsight_desktop.services.texts import Text, render
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color

# Field names as the services raise them (ValidationError.field) → what the form calls them.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("FormFields", "Plan name"),
    "target_kw": QT_TRANSLATE_NOOP("FormFields", "Power to shed"),
    "tolerance_kw": QT_TRANSLATE_NOOP("FormFields", "Tolerance"),
    "strategy": QT_TRANSLATE_NOOP("FormFields", "Strategy"),
    "hashprice": QT_TRANSLATE_NOOP("FormFields", "Hashprice"),
    "power_price": QT_TRANSLATE_NOOP("FormFields", "Power price"),
    "ramp_kw_per_min": QT_TRANSLATE_NOOP("FormFields", "Ramp"),
    "recover_after_h": QT_TRANSLATE_NOOP("FormFields", "Recover after"),
    "start_at": QT_TRANSLATE_NOOP("FormFields", "Scheduled start"),
    "trigger": QT_TRANSLATE_NOOP("FormFields", "Start"),
    "price_trigger": QT_TRANSLATE_NOOP("FormFields", "Price threshold"),
    "min_duration": QT_TRANSLATE_NOOP("FormFields", "For at least"),
    "hysteresis": QT_TRANSLATE_NOOP("FormFields", "Hysteresis"),
    "presets": QT_TRANSLATE_NOOP("FormFields", "Power presets"),
    "sleep_w": QT_TRANSLATE_NOOP("FormFields", "Sleep power"),
    "anti_flap_minutes": QT_TRANSLATE_NOOP("FormFields", "Anti-flap"),
    "customer_caps": QT_TRANSLATE_NOOP("FormFields", "Customer caps"),
    "feed_limits": QT_TRANSLATE_NOOP("FormFields", "Feed limits"),
    "time_limit_s": QT_TRANSLATE_NOOP("FormFields", "Time limit"),
}
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d*)?$")
NOTE_STYLE = "font-size: 8.5pt;"


def parse_number(text: str) -> float:
    """``1,500`` and ``1 500`` are thousands; ``2,5`` is a decimal comma. ValueError if not a number."""
    text = text.strip().replace(" ", "").replace("_", "").replace("\u202f", "")
    text = text.replace(",", "") if _THOUSANDS.match(text) else text.replace(",", ".")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def read_number(field: str, edit: QLineEdit, errors: dict[str, str], *, optional: bool = False) -> float | None:
    """The number typed in ``edit``; None, with the reason in ``errors[field]``, when there is none."""
    text = edit.text().strip()
    if not text:
        if not optional:
            errors[field] = QCoreApplication.translate("FormFields", "enter a number")
        return None
    try:
        return parse_number(text)
    except ValueError:
        errors[field] = QCoreApplication.translate("FormFields", "{text} is not a number").format(text=repr(text))
        return None


def field_label(field: str) -> str:
    if field in FIELD_LABELS:
        return QCoreApplication.translate("FormFields", FIELD_LABELS[field])  # QT_TRANSLATE_NOOP in FIELD_LABELS
    return field.replace("_", " ").capitalize()


class FormField:
    """A label, an input and the error line under it, on a grid."""

    def __init__(self, field: str, widget: QWidget, unit: str = "", tooltip: str = "") -> None:
        self.field = field
        self.label = QLabel(field_label(field))
        self.widget = widget
        widget.setObjectName(field)
        self.label.setBuddy(widget)
        self.unit = QLabel(unit)
        self.error_label = QLabel()
        self.error_label.setObjectName(f"{field}_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        if tooltip:
            self.label.setToolTip(tooltip)
            widget.setToolTip(tooltip)

    def add_to(self, grid: QGridLayout, row: int) -> int:
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.widget, row, 1)
        grid.addWidget(self.unit, row, 2)
        grid.addWidget(self.error_label, row + 1, 0, 1, 3)
        return row + 2

    def set_error(self, message: str | None) -> None:
        self.error_label.setVisible(bool(message))
        said = Text(FIELD_AND_MESSAGE, field=field_label(self.field), message=message or "")  # not a custom label
        self.error_label.setText(render(said, QCoreApplication.translate) if message else "")
        color = tone_color(self.widget.window(), BAD_COLOR)
        self.error_label.setStyleSheet(f"color: {color}; {NOTE_STYLE}")
        name = type(self.widget).__name__
        self.widget.setStyleSheet(f"{name} {{ border: 1px solid {color}; }}" if message else "")


def line_edit(placeholder: str = "", text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def form_grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setColumnStretch(1, 1)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(2)
    return grid
