"""Every plan of the site (or of every site the user operates), newest first: its state, figures and
who did what. Selecting one makes it the plan the actions act on; double-click follows it in the
Execution view; Export writes its report."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.curtailment.plans import PlanSummary
from hashinsight_desktop.ui.common import RECORD_ROLE, FilteredTablePanel
from hashinsight_desktop.ui.curtailment.plans_model import COL_CREATED, COL_NAME, COL_SITE, PlansModel
from hashinsight_desktop.ui.locale_format import grouped


class HistoryPanel(FilteredTablePanel):
    plan_selected = Signal(object)  # uuid.UUID | None
    plan_opened = Signal(object)  # uuid.UUID: double-click or Enter
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        model = PlansModel()
        super().__init__(
            model,
            placeholder=QCoreApplication.translate("CurtailmentHistory", "Filter plans (name, site, state, user)"),
            object_name="plansTable",
            sort_column=COL_CREATED,
            stretch_column=COL_NAME,
            tooltip=QCoreApplication.translate(
                "CurtailmentHistory", "Double-click a plan to follow it in the Execution view"
            ),
            parent=parent,
        )
        self.model = model
        model.setParent(self)
        self.all_sites = QCheckBox(self.tr("All my sites"))
        self.all_sites.setObjectName("allSites")
        self.all_sites.setToolTip(self.tr("Show the plans of every site you operate, not only the chosen one"))
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(
            self.tr("Save the selected plan's report as CSV: its figures and every miner (Ctrl+E)")
        )
        self.export_button.setEnabled(False)
        self.actions_row = QHBoxLayout()  # the tab puts the plan actions here
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.all_sites)
        self.actions_row.addWidget(self.export_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, self.actions_row)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.all_sites.toggled.connect(self.scope_changed)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.filter_box.textChanged.connect(self._update_summary)

    def show_plans(self, plans: Sequence[PlanSummary], single_site: bool, current: uuid.UUID | None) -> None:
        """Show ``plans`` (in place when they are the same plans); ``current``, the plan the tab is
        about, stays selected."""
        self.model.update_records(plans)
        self.table.setColumnHidden(COL_SITE, single_site)
        if current is not None and self.selected_id() != current:
            self.select_plan(current, emit=False, clear_filter=False)
        self._update_summary()

    def selected_id(self) -> uuid.UUID | None:
        plan = self.selected_plan()
        return plan.id if plan is not None else None

    def selected_plan(self) -> PlanSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        plan: PlanSummary = index.data(RECORD_ROLE)
        return plan

    def plans(self) -> list[PlanSummary]:
        """Every plan listed, newest first (as read)."""
        return [self.model.record(row) for row in range(self.model.rowCount())]

    def plan(self, plan_id: uuid.UUID) -> PlanSummary | None:
        row = self.model.row_of(plan_id)
        return self.model.record(row) if row is not None else None

    def select_plan(self, plan_id: uuid.UUID, *, emit: bool = True, clear_filter: bool = True) -> bool:
        """Select the plan (clearing a filter that hides it, unless told not to)."""
        row = self.model.row_of(plan_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and clear_filter:
            self.filter_box.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        selection = self.table.selectionModel()
        if not emit:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if not emit:
            selection.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        plan = current.data(RECORD_ROLE) if current.isValid() else None
        self.export_button.setEnabled(plan is not None)
        self.plan_selected.emit(plan.id if plan is not None else None)

    def _open_current(self) -> None:
        self._double_clicked(self.table.currentIndex())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.plan_opened.emit(index.data(RECORD_ROLE).id)

    def _update_summary(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No plans yet: preview one and save it.")
        elif shown == total:
            text = self.tr("1 plan") if total == 1 else self.tr("{total} plans").format(total=grouped(total))
        else:
            text = self.tr("Showing {shown} of {total} plans").format(shown=grouped(shown), total=grouped(total))
        self.summary.setText(text)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
