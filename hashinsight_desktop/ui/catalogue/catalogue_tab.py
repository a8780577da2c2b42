"""The miner catalogue tab: browse, filter and (with CATALOGUE_EDIT) add, edit and delete ASIC models."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.catalogue.miner_model_dialog import MinerModelDialog, cooling_labels
from hashinsight_desktop.ui.common import (
    RECORD_ROLE,
    Column,
    FilterProxy,
    RecordTableModel,
    confirm,
    format_number,
    record_table,
    show_error,
)
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.locale_format import money, number
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import MUTED, set_tone

ALL = ""  # the combo value that filters nothing

CATALOGUE_COLUMNS: list[Column[MinerModel]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Manufacturer"), lambda m: m.manufacturer),
    Column(QT_TRANSLATE_NOOP("Columns", "Model"), lambda m: m.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "TH/s"),
        lambda m: format_number(m.hashrate_ths, 2),
        sort_value=lambda m: m.hashrate_ths,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Power W"),
        lambda m: format_number(m.power_w, 0),
        sort_value=lambda m: m.power_w,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "J/TH"),
        lambda m: number(m.efficiency_j_per_th, 1),
        sort_value=lambda m: m.efficiency_j_per_th,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Year"),
        lambda m: m.release_year,
        sort_value=lambda m: m.release_year or 0,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Cooling"), lambda m: cooling_labels().get(m.cooling, m.cooling)),
    Column(QT_TRANSLATE_NOOP("Columns", "Firmware"), lambda m: m.firmware_family),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Power modes"),
        lambda m: len(m.power_modes) or "—",
        sort_value=lambda m: len(m.power_modes),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Price"),
        lambda m: "—" if m.reference_price_usd is None else money(m.reference_price_usd, decimals=0),
        sort_value=lambda m: float(m.reference_price_usd or 0),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Price date"),  # translated by the model (at import: no translator yet)
        lambda m: "" if m.reference_price_date is None else m.reference_price_date.isoformat(),
        sort_value=lambda m: m.reference_price_date.isoformat() if m.reference_price_date else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda m: m.notes),
]
COL_MODEL, COL_NOTES = 1, 11


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


class CatalogueTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.can_edit = principal.can(Permission.CATALOGUE_EDIT)
        self.dialog: MinerModelDialog | None = None  # the open add/edit dialog, if any

        self.filter_box = QLineEdit(placeholderText=self.tr("Filter models  (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.maker_combo = QComboBox()
        self.maker_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cooling_combo = QComboBox()
        self.cooling_combo.addItem(self.tr("All cooling"), ALL)
        for cooling in catalogue.COOLING:
            self.cooling_combo.addItem(cooling_labels()[cooling], cooling)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        if not self.can_edit:
            reason = self.tr("Your role ({role}) may not edit the catalogue").format(role=principal.role.value)
            for button in (self.add_button, self.edit_button, self.delete_button):
                button.setToolTip(reason)

        self.model = CatalogueTableModel(CATALOGUE_COLUMNS, self)
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel()
        # An empty table looks broken: say why it is empty, in its place, with the way out.
        self.empty_label = QLabel(self.tr("No model matches these filters."))
        set_tone(self.empty_label, MUTED)
        clear_filters = QPushButton(self.tr("Clear filters"))
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
            show_error(self, self.tr("Miner catalogue"), str(exc))
        except SQLAlchemyError as exc:  # server gone: keep the rows shown
            show_error(
                self,
                self.tr("Miner catalogue"),
                self.tr("Cannot read the catalogue: {error}").format(error=database_error_text(exc)),
            )
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
        self.maker_combo.addItem(self.tr("All makers"), ALL)
        for maker in makers:
            self.maker_combo.addItem(maker, maker)
        self.maker_combo.setCurrentIndex(max(self.maker_combo.findData(current), 0))
        self.maker_combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self.proxy.setFilterFixedString(self.filter_box.text().strip())
        self.proxy.set_filters(self.maker_combo.currentData() or ALL, self.cooling_combo.currentData() or ALL)
        models = self.model.records()
        shown, makers = self.proxy.rowCount(), len({m.manufacturer for m in models})
        count = (
            self.tr("{count} models").format(count=len(models))
            if shown == len(models)
            else self.tr("{shown} of {count} models shown").format(shown=shown, count=len(models))
        )
        read_only = "" if self.can_edit else self.tr(" · read-only")
        self.summary_label.setText(
            self.tr("{count} · {makers} makers{read_only}").format(count=count, makers=makers, read_only=read_only)
        )
        self.empty_label.setText(
            self.tr("No model matches these filters.") if models else self.tr("The catalogue is empty.")
        )
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
        show_error(self, self.tr("Changed by someone else"), message)
        self.reload()

    def delete_selected(self) -> QMessageBox | None:
        model = self.selected_model()
        if not self.can_edit or model is None:
            return None
        return confirm(
            self,
            self.tr("Delete miner model"),
            self.tr(
                "Delete {maker} {model} from the catalogue?\nMiners of this model must be moved to another model first."
            ).format(maker=model.manufacturer, model=model.name),
            lambda: self._delete(model),
        )

    def _delete(self, model: MinerModel) -> None:
        try:
            with unit_of_work(self._context.database.session_factory, "miner model") as session:
                catalogue.delete_model(
                    session, self._principal, model.id, expected_version=model.version, clock=self._context.clock
                )
        except ServiceError as exc:
            show_error(self, self.tr("Not deleted"), str(exc))
        except SQLAlchemyError as exc:
            offer_retry(self, self.tr("Not deleted"), exc, lambda: self._delete(model))
            return
        self.reload()
