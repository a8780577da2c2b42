"""The add/edit dialog of one miner model, with its power-modes editor; field names in a ValidationError
are shown as the labels the user sees."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.errors import ConcurrentModificationError, ServiceError, ValidationError
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.common import format_number
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color


def _t(text: str) -> str:
    return QCoreApplication.translate("MinerModelDialog", text)


def form_fields() -> tuple[tuple[str, str], ...]:
    """The form's rows in order: service field name, label (also used to name the field in error messages)."""
    return (
        ("manufacturer", _t("Manufacturer")), ("name", _t("Model name")), ("hashrate_ths", _t("Hashrate")),
        ("power_w", _t("Power")), ("efficiency", _t("Efficiency")), ("release_year", _t("Release year")),
        ("cooling", _t("Cooling")), ("firmware_family", _t("Firmware family")),
        ("reference_price_usd", _t("Price per unit")), ("reference_price_date", _t("Price date")),
        ("notes", _t("Notes")),
    )  # fmt: skip


def mode_columns() -> tuple[tuple[str, str], ...]:
    return (("name", _t("Name")), ("hashrate_ths", _t("TH/s")), ("power_w", _t("W")), ("source", _t("Source")))


def cooling_labels() -> dict[str, str]:
    """Each cooling as the user reads it (literal strings, so the translation tools find them)."""
    labels = {"air": _t("Air"), "hydro": _t("Hydro"), "immersion": _t("Immersion")}
    assert set(labels) == set(catalogue.COOLING), "a cooling without a label"
    return labels


MODE_KEYS = ("name", "hashrate_ths", "power_w", "source")
_OPTIONAL_MODE_CELLS = frozenset({"source"})  # the vendor page or manual the figures are from
_MODE_FIELD = re.compile(r"power_modes\[(\d+)\]\.(\w+)")
NO_YEAR = 2008  # the year spin box's "Unknown"


def describe_field(field: str) -> str:
    """The label a user sees for a service field name, e.g. ``power_modes[2].power_w`` → row 2, W."""
    match = _MODE_FIELD.fullmatch(field)
    if match:
        column = dict(mode_columns()).get(match[2], match[2])
        return _t("Power modes, row {row}, {column}").format(row=match[1], column=column)
    return (dict(form_fields()) | {"power_modes": _t("Power modes")}).get(field, field)


class MinerModelDialog(QDialog):
    """Add or edit one model. ``save`` does the write; a ValidationError keeps the dialog open."""

    conflict = Signal(str)  # the record changed under us: the tab shows the message and reloads

    def __init__(
        self,
        makers: list[str],
        model: MinerModel | None,
        save: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit {maker} {model}").format(maker=model.manufacturer, model=model.name)
            if model
            else self.tr("Add miner model")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        self.manufacturer = QComboBox(editable=True)
        self.manufacturer.addItems(makers)
        self.name = QLineEdit(placeholderText=self.tr("e.g. Antminer S21 XP"))
        self.hashrate = QDoubleSpinBox(decimals=2, maximum=10_000, suffix=" TH/s", singleStep=1)
        self.power = QDoubleSpinBox(decimals=0, maximum=100_000, suffix=" W", singleStep=10)
        self.efficiency = QLabel()
        self.release_year = QSpinBox(minimum=NO_YEAR, maximum=2100)
        self.release_year.setSpecialValueText(self.tr("Unknown"))  # shown for NO_YEAR
        self.cooling = QComboBox()
        self.firmware = QComboBox()
        for combo, values in ((self.cooling, catalogue.COOLING), (self.firmware, catalogue.FIRMWARE_FAMILIES)):
            for value in values:
                combo.addItem(cooling_labels()[value] if combo is self.cooling else value, value)
        self.price = QLineEdit(placeholderText=self.tr("none: no payback or $/TH in the ranking"))
        self.price.setToolTip(self.tr("What one unit costs you, in USD, for the calculator's payback and $/TH"))
        self.price_date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.price_date.setDate(QDate.currentDate())
        self.price_date.setMaximumDate(QDate.currentDate())
        self.price_date.setToolTip(self.tr("The day the price was quoted: prices move with the market"))
        self.price.textChanged.connect(lambda text: self.price_date.setEnabled(bool(text.strip())))
        self.price_date.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.modes = QTableWidget(0, len(MODE_KEYS))
        self.modes.setHorizontalHeaderLabels([label for _, label in mode_columns()])
        # The source (a vendor page or manual's name) is the long text: it takes the spare width.
        self.modes.horizontalHeader().setSectionResizeMode(len(MODE_KEYS) - 1, QHeaderView.ResizeMode.Stretch)
        self.modes.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 12)
        self.modes.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.modes.setMinimumHeight(self.fontMetrics().height() * 7)
        add_mode, remove_mode = QPushButton(self.tr("Add mode")), QPushButton(self.tr("Remove mode"))
        add_mode.clicked.connect(lambda: self.add_mode_row())  # noqa: PLW0108 (clicked's bool must not become `name`)
        remove_mode.clicked.connect(lambda: self.modes.removeRow(self.modes.currentRow()))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet(f"color: {tone_color(self, BAD_COLOR)}; font-weight: 600;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        self._field_widgets: dict[str, QWidget] = {
            "manufacturer": self.manufacturer, "name": self.name, "hashrate_ths": self.hashrate,
            "power_w": self.power, "efficiency": self.efficiency, "release_year": self.release_year,
            "cooling": self.cooling, "firmware_family": self.firmware, "notes": self.notes,
            "reference_price_usd": self.price, "reference_price_date": self.price_date,
            "power_modes": self.modes,
        }  # fmt: skip
        form = QFormLayout()
        for field, label in form_fields():
            form.addRow(f"{label}:", self._field_widgets[field])
        mode_buttons = QHBoxLayout()
        mode_buttons.addWidget(add_mode)
        mode_buttons.addWidget(remove_mode)
        mode_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Power modes (optional: eco, normal, turbo…):")))
        layout.addWidget(self.modes)
        layout.addLayout(mode_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.hashrate.valueChanged.connect(self._update_efficiency)
        self.power.valueChanged.connect(self._update_efficiency)
        if model is not None:
            self._fill(model)
        self._update_efficiency()
        self.resize(520, self.sizeHint().height())

    def _fill(self, model: MinerModel) -> None:
        self.manufacturer.setCurrentText(model.manufacturer)
        self.name.setText(model.name)
        self.hashrate.setValue(model.hashrate_ths)
        self.power.setValue(model.power_w)
        self.release_year.setValue(model.release_year or NO_YEAR)
        self.cooling.setCurrentIndex(max(self.cooling.findData(model.cooling), 0))
        self.firmware.setCurrentIndex(max(self.firmware.findData(model.firmware_family), 0))
        self.notes.setPlainText(model.notes)
        if model.reference_price_usd is not None:
            self.price.setText(f"{model.reference_price_usd:f}")
        if model.reference_price_date is not None:
            when = model.reference_price_date
            self.price_date.setDate(QDate(when.year, when.month, when.day))
        for mode in model.power_modes:
            self.add_mode_row(
                mode["name"],
                format_number(mode["hashrate_ths"], 2),
                format_number(mode["power_w"], 2),
                str(mode.get("source") or ""),
            )

    def add_mode_row(self, name: str = "", hashrate: str = "", power: str = "", source: str = "") -> None:
        row = self.modes.rowCount()
        self.modes.insertRow(row)
        for column, value in enumerate((name, hashrate, power, source)):
            item = QTableWidgetItem(value)
            if column in (1, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.modes.setItem(row, column, item)

    def _update_efficiency(self) -> None:
        hashrate, power = self.hashrate.value(), self.power.value()
        self.efficiency.setText(
            self.tr("{efficiency} J/TH").format(efficiency=number(power / hashrate, 1))
            if hashrate > 0 and power > 0
            else "—"
        )

    def _cell(self, row: int, column: int) -> str:
        item = self.modes.item(row, column)
        text = item.text().strip() if item else ""
        return text if MODE_KEYS[column] in ("name", "source") else text.replace(",", "")  # 2,400 W

    def values(self) -> dict[str, Any]:
        """The form as the service expects it; raises ValidationError for a half-filled power mode row."""
        modes = []
        for row in range(self.modes.rowCount()):
            cells = {key: self._cell(row, column) for column, key in enumerate(MODE_KEYS)}
            if not any(cells.values()):
                continue  # an added row left empty is not a mode
            for key, value in cells.items():
                if not value and key not in _OPTIONAL_MODE_CELLS:
                    raise ValidationError(f"power_modes[{row + 1}].{key}", "is required")
            modes.append(cells)
        year = self.release_year.value()
        return {
            "manufacturer": self.manufacturer.currentText().strip(),
            "name": self.name.text().strip(),
            "hashrate_ths": self.hashrate.value(),
            "power_w": self.power.value(),
            "release_year": None if year == NO_YEAR else year,
            "cooling": self.cooling.currentData(),
            "firmware_family": self.firmware.currentData(),
            "notes": self.notes.toPlainText().strip(),
            "power_modes": modes,
            "reference_price_usd": self.price.text().strip().replace("$", "") or None,
            "reference_price_date": self.price_date.date().toString("yyyy-MM-dd"),
        }

    def try_save(self) -> None:
        self._clear_error()
        try:
            self._save(self.values())
        except ValidationError as exc:
            self.show_field_error(exc.field, render(exc.message_text, QCoreApplication.translate))
        except ConcurrentModificationError as exc:
            self.reject()
            self.conflict.emit(render_error(exc, QCoreApplication.translate))
        except ServiceError as exc:  # permission lost: say so, keep input
            self.error_label.setText(self.tr("Not saved: {error}").format(error=exc))
            self.error_label.show()
        except SQLAlchemyError as exc:  # database gone: the input stays, Retry saves it
            offer_retry(self, self.tr("Not saved"), exc, self.try_save, form=self)
        else:
            self.accept()

    def show_field_error(self, field: str, message: str) -> None:
        self.error_label.setText(self.tr("{field}: {message}").format(field=describe_field(field), message=message))
        self.error_label.show()
        match = _MODE_FIELD.fullmatch(field)
        if match:
            column = MODE_KEYS.index(match[2]) if match[2] in MODE_KEYS else 0
            self.modes.setCurrentCell(int(match[1]) - 1, column)
            self.modes.setFocus()
            return
        widget = self._field_widgets.get(field)
        if widget is not None:
            widget.setStyleSheet(f"border: 1px solid {tone_color(self, BAD_COLOR)};")
            widget.setFocus()

    def _clear_error(self) -> None:
        self.error_label.hide()
        for widget in self._field_widgets.values():
            widget.setStyleSheet("")
