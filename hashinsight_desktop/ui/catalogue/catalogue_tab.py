"""The miner catalogue tab: browse, filter and (with CATALOGUE_EDIT) add, edit and delete ASIC models."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ConcurrentModificationError, ServiceError, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import RECORD_ROLE, Column, FilterProxy, RecordTableModel, confirm, show_error
from hashinsight_desktop.ui.tab_registry import TabSpec, register_tab

ALL = ""  # the combo value that filters nothing


def format_number(value: float, decimals: int) -> str:
    """Thousands separators, no trailing zeros: 3,250 W, 13.5 TH/s."""
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if decimals else text


CATALOGUE_COLUMNS: list[Column[MinerModel]] = [
    Column("Manufacturer", lambda m: m.manufacturer),
    Column("Model", lambda m: m.name),
    Column("TH/s", lambda m: format_number(m.hashrate_ths, 2), sort_value=lambda m: m.hashrate_ths, align_right=True),
    Column("Power W", lambda m: format_number(m.power_w, 0), sort_value=lambda m: m.power_w, align_right=True),
    Column(
        "J/TH", lambda m: f"{m.efficiency_j_per_th:.1f}", sort_value=lambda m: m.efficiency_j_per_th, align_right=True
    ),
    Column("Year", lambda m: m.release_year, sort_value=lambda m: m.release_year or 0, align_right=True),
    Column("Cooling", lambda m: m.cooling.capitalize()),
    Column("Firmware", lambda m: m.firmware_family),
    Column(
        "Power modes", lambda m: len(m.power_modes) or "—", sort_value=lambda m: len(m.power_modes), align_right=True
    ),
    Column("Notes", lambda m: m.notes),
]
COL_MODEL, COL_NOTES = 1, 9


class CatalogueTableModel(RecordTableModel[MinerModel]):
    """Notes are long: the full text goes in a tooltip, the cell shows one line."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == COL_NOTES:
            return self.record(index.row()).notes or None
        return super().data(index, role)


class CatalogueFilterProxy(FilterProxy):
    """The text filter of FilterProxy plus exact maker and cooling filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manufacturer = ALL
        self.cooling = ALL

    def set_filters(self, manufacturer: str, cooling: str) -> None:
        self.beginFilterChange()  # invalidateFilter() is deprecated since Qt 6.10
        self.manufacturer, self.cooling = manufacturer, cooling
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: MinerModel = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        if self.manufacturer and model.manufacturer != self.manufacturer:
            return False
        if self.cooling and model.cooling != self.cooling:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


# The form's rows in order: service field name, label (also used to name the field in error messages).
FORM_FIELDS = (
    ("manufacturer", "Manufacturer"), ("name", "Model name"), ("hashrate_ths", "Hashrate"), ("power_w", "Power"),
    ("efficiency", "Efficiency"), ("release_year", "Release year"), ("cooling", "Cooling"),
    ("firmware_family", "Firmware family"), ("notes", "Notes"),
)  # fmt: skip
FIELD_LABELS = dict(FORM_FIELDS) | {"power_modes": "Power modes"}
MODE_COLUMNS = (("name", "Name"), ("hashrate_ths", "TH/s"), ("power_w", "W"))
_MODE_FIELD = re.compile(r"power_modes\[(\d+)\]\.(\w+)")
NO_YEAR = 2008  # the year spin box's "Unknown"


def describe_field(field: str) -> str:
    """The label a user sees for a service field name, e.g. ``power_modes[2].power_w`` → row 2, W."""
    match = _MODE_FIELD.fullmatch(field)
    if match:
        column = dict(MODE_COLUMNS).get(match[2], match[2])
        return f"Power modes, row {match[1]}, {column}"
    return FIELD_LABELS.get(field, field)


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
        self.setWindowTitle(f"Edit {model.manufacturer} {model.name}" if model else "Add miner model")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._save = save
        self.manufacturer = QComboBox(editable=True)
        self.manufacturer.addItems(makers)
        self.name = QLineEdit(placeholderText="e.g. Antminer S21 XP")
        self.hashrate = QDoubleSpinBox(decimals=2, maximum=10_000, suffix=" TH/s", singleStep=1)
        self.power = QDoubleSpinBox(decimals=0, maximum=100_000, suffix=" W", singleStep=10)
        self.efficiency = QLabel()
        self.release_year = QSpinBox(minimum=NO_YEAR, maximum=2100)
        self.release_year.setSpecialValueText("Unknown")  # shown for NO_YEAR
        self.cooling = QComboBox()
        self.firmware = QComboBox()
        for combo, values in ((self.cooling, catalogue.COOLING), (self.firmware, catalogue.FIRMWARE_FAMILIES)):
            for value in values:
                combo.addItem(value.capitalize() if combo is self.cooling else value, value)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.modes = QTableWidget(0, len(MODE_COLUMNS))
        self.modes.setHorizontalHeaderLabels([label for _, label in MODE_COLUMNS])
        self.modes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.modes.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.modes.setMinimumHeight(self.fontMetrics().height() * 7)
        add_mode, remove_mode = QPushButton("Add mode"), QPushButton("Remove mode")
        add_mode.clicked.connect(lambda: self.add_mode_row())  # noqa: PLW0108 (clicked's bool must not become `name`)
        remove_mode.clicked.connect(lambda: self.modes.removeRow(self.modes.currentRow()))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet(f"color: {self._error_color()}; font-weight: 600;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        self._field_widgets: dict[str, QWidget] = {
            "manufacturer": self.manufacturer, "name": self.name, "hashrate_ths": self.hashrate,
            "power_w": self.power, "efficiency": self.efficiency, "release_year": self.release_year,
            "cooling": self.cooling, "firmware_family": self.firmware, "notes": self.notes,
            "power_modes": self.modes,
        }  # fmt: skip
        form = QFormLayout()
        for field, label in FORM_FIELDS:
            form.addRow(f"{label}:", self._field_widgets[field])
        mode_buttons = QHBoxLayout()
        mode_buttons.addWidget(add_mode)
        mode_buttons.addWidget(remove_mode)
        mode_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Power modes (optional: eco, normal, turbo…):"))
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
        for mode in model.power_modes:
            self.add_mode_row(mode["name"], format_number(mode["hashrate_ths"], 2), format_number(mode["power_w"], 2))

    def add_mode_row(self, name: str = "", hashrate: str = "", power: str = "") -> None:
        row = self.modes.rowCount()
        self.modes.insertRow(row)
        for column, value in enumerate((name, hashrate, power)):
            item = QTableWidgetItem(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.modes.setItem(row, column, item)

    def _update_efficiency(self) -> None:
        hashrate, power = self.hashrate.value(), self.power.value()
        self.efficiency.setText(f"{power / hashrate:.1f} J/TH" if hashrate > 0 and power > 0 else "—")

    def _cell(self, row: int, column: int) -> str:
        item = self.modes.item(row, column)
        return item.text().strip().replace(",", "") if item else ""

    def values(self) -> dict[str, Any]:
        """The form as the service expects it; raises ValidationError for a half-filled power mode row."""
        modes = []
        for row in range(self.modes.rowCount()):
            cells = {key: self._cell(row, column) for column, (key, _) in enumerate(MODE_COLUMNS)}
            if not any(cells.values()):
                continue  # an added row left empty is not a mode
            for key, value in cells.items():
                if not value:
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
        }

    def try_save(self) -> None:
        self._clear_error()
        try:
            self._save(self.values())
        except ValidationError as exc:
            self.show_field_error(exc.field, exc.message)
        except ConcurrentModificationError as exc:
            self.reject()
            self.conflict.emit(str(exc))
        except (ServiceError, SQLAlchemyError) as exc:  # permission lost, database gone: say so, keep input
            self.error_label.setText(f"Not saved: {exc}")
            self.error_label.show()
        else:
            self.accept()

    def show_field_error(self, field: str, message: str) -> None:
        self.error_label.setText(f"{describe_field(field)}: {message}")
        self.error_label.show()
        match = _MODE_FIELD.fullmatch(field)
        if match:
            column = [key for key, _ in MODE_COLUMNS].index(match[2]) if match[2] in dict(MODE_COLUMNS) else 0
            self.modes.setCurrentCell(int(match[1]) - 1, column)
            self.modes.setFocus()
            return
        widget = self._field_widgets.get(field)
        if widget is not None:
            widget.setStyleSheet(f"border: 1px solid {self._error_color()};")
            widget.setFocus()

    def _error_color(self) -> str:
        return "#ef9a9a" if self.palette().window().color().lightness() < 128 else "#c62828"

    def _clear_error(self) -> None:
        self.error_label.hide()
        for widget in self._field_widgets.values():
            widget.setStyleSheet("")


class CatalogueTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.can_edit = principal.can(Permission.CATALOGUE_EDIT)
        self.dialog: MinerModelDialog | None = None  # the open add/edit dialog, if any

        self.filter_box = QLineEdit(placeholderText="Filter models  (Ctrl+F)")
        self.filter_box.setClearButtonEnabled(True)
        self.maker_combo = QComboBox()
        self.maker_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cooling_combo = QComboBox()
        self.cooling_combo.addItem("All cooling", ALL)
        for cooling in catalogue.COOLING:
            self.cooling_combo.addItem(cooling.capitalize(), cooling)
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete…")
        if not self.can_edit:
            reason = f"Your role ({principal.role.value}) may not edit the catalogue"
            for button in (self.add_button, self.edit_button, self.delete_button):
                button.setToolTip(reason)

        self.model = CatalogueTableModel(CATALOGUE_COLUMNS, self)
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel()
        # An empty table looks broken: say why it is empty, in its place, with the way out.
        self.empty_label = QLabel("No model matches these filters.")
        self.empty_label.setStyleSheet("color: gray;")
        clear_filters = QPushButton("Clear filters")
        clear_filters.clicked.connect(self.clear_filters)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(clear_filters, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(empty_page)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.filter_box, 1)
        toolbar.addWidget(self.maker_combo)
        toolbar.addWidget(self.cooling_combo)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.summary_label)

        self.filter_box.textChanged.connect(self._filters_changed)
        self.maker_combo.currentIndexChanged.connect(self._filters_changed)
        self.cooling_combo.currentIndexChanged.connect(self._filters_changed)
        self.add_button.clicked.connect(self.add_model)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

        self.reload()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_MODEL, max(self.table.columnWidth(COL_MODEL), 200))
        for column in range(COL_NOTES):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def clear_filters(self) -> None:
        self.filter_box.clear()
        self.maker_combo.setCurrentIndex(0)
        self.cooling_combo.setCurrentIndex(0)

    def reload(self) -> None:
        selected = self.selected_model()
        try:
            with self._context.database.session_factory() as session:
                models = catalogue.list_models(session, self._principal)
        except ServiceError as exc:
            models = []
            show_error(self, "Miner catalogue", str(exc))
        except SQLAlchemyError as exc:  # server gone: keep the rows shown
            show_error(self, "Miner catalogue", f"Cannot read the catalogue: {str(exc).splitlines()[0]}")
            return
        self.model.set_records(models)
        self._fill_maker_combo(sorted({m.manufacturer for m in models}, key=str.lower))
        if selected is not None:
            self.select_model(selected.id)
        self._filters_changed()

    def _fill_maker_combo(self, makers: list[str]) -> None:
        current = self.maker_combo.currentData() or ALL
        self.maker_combo.blockSignals(True)
        self.maker_combo.clear()
        self.maker_combo.addItem("All makers", ALL)
        for maker in makers:
            self.maker_combo.addItem(maker, maker)
        self.maker_combo.setCurrentIndex(max(self.maker_combo.findData(current), 0))
        self.maker_combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self.proxy.setFilterFixedString(self.filter_box.text().strip())
        self.proxy.set_filters(self.maker_combo.currentData() or ALL, self.cooling_combo.currentData() or ALL)
        models = self.model.records()
        shown, makers = self.proxy.rowCount(), len({m.manufacturer for m in models})
        count = f"{len(models)} models" if shown == len(models) else f"{shown} of {len(models)} models shown"
        read_only = "" if self.can_edit else " · read-only"
        self.summary_label.setText(f"{count} · {makers} makers{read_only}")
        self.empty_label.setText("No model matches these filters." if models else "The catalogue is empty.")
        self.table_stack.setCurrentIndex(1 if shown == 0 else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.selected_model() is not None
        self.add_button.setEnabled(self.can_edit)
        self.edit_button.setEnabled(self.can_edit and has_selection)
        self.delete_button.setEnabled(self.can_edit and has_selection)

    def selected_model(self) -> MinerModel | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_model(self, model_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == model_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    # -- Editing --------------------------------------------------------------------------------------
    def add_model(self) -> None:
        if not self.can_edit:
            return
        makers = sorted({m.manufacturer for m in self.model.records()}, key=str.lower)
        self._open_dialog(MinerModelDialog(makers, None, self._create, self))

    def edit_selected(self) -> None:
        model = self.selected_model()
        if not self.can_edit or model is None:
            return
        makers = sorted({m.manufacturer for m in self.model.records()}, key=str.lower)
        self._open_dialog(MinerModelDialog(makers, model, lambda data: self._update(model, data), self))

    def _open_dialog(self, dialog: MinerModelDialog) -> None:
        self.dialog = dialog
        dialog.conflict.connect(self._save_conflicted)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # not exec(): a nested event loop would stall qasync

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _create(self, data: dict[str, Any]) -> None:
        with unit_of_work(self._context.database.session_factory, "miner model") as session:
            created = catalogue.create_model(session, self._principal, data, clock=self._context.clock)
            created_id = created.id
        self.reload()
        self.select_model(created_id)

    def _update(self, model: MinerModel, data: dict[str, Any]) -> None:
        with unit_of_work(self._context.database.session_factory, "miner model") as session:
            catalogue.update_model(
                session, self._principal, model.id, data, expected_version=model.version, clock=self._context.clock
            )
        self.reload()

    def _save_conflicted(self, message: str) -> None:
        show_error(self, "Changed by someone else", message)
        self.reload()

    def delete_selected(self) -> QMessageBox | None:
        model = self.selected_model()
        if not self.can_edit or model is None:
            return None
        return confirm(
            self,
            "Delete miner model",
            f"Delete {model.manufacturer} {model.name} from the catalogue?\n"
            "Miners of this model must be moved to another model first.",
            lambda: self._delete(model),
        )

    def _delete(self, model: MinerModel) -> None:
        try:
            with unit_of_work(self._context.database.session_factory, "miner model") as session:
                catalogue.delete_model(
                    session, self._principal, model.id, expected_version=model.version, clock=self._context.clock
                )
        except ServiceError as exc:
            show_error(self, "Not deleted", str(exc))
        self.reload()


register_tab(
    TabSpec(
        key="catalogue",
        title="Miner catalogue",
        order=800,
        is_visible=lambda p: p.can(Permission.CATALOGUE_READ),
        build=CatalogueTab,  # called as build(context, principal)
    )
)
