"""The sales dashboard: the funnel (deals or leads) with conversion and drop-off per stage, won value by month,
the sales cycle's length and the commissions per person and month; everyone's or only mine; read off the GUI
thread and again when another console changes a lead or deal."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import commissions, dashboard
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import RecordTable
from hashinsight_desktop.ui.crm.dashboard_charts import (
    chart,
    month_label,
    show_funnel,
    show_sales_cycle,
    show_won_by_month,
    usd_axis,
)
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.paged_model import PagedTableModel
from hashinsight_desktop.ui.crm.paged_query import PagedColumn
from hashinsight_desktop.ui.crm.pipeline_cards import money
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

MONTHS = 12
CYCLE_DAYS = 365
DASHBOARD_TOPICS = frozenset({"deal", "lead"})
COMMISSION_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Month"), lambda c: month_label(c.month)),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda c: c.owner_name),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Deals"), lambda c: c.deals, None, True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Deal value"), lambda c: c.deal_value, None, True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Commission"), lambda c: c.amount, None, True),
]


@dataclass(frozen=True)
class DashboardData:
    funnel: list[dashboard.FunnelStage]
    won: list[dashboard.MonthValue]
    cycle: dashboard.SalesCycle
    commissions: list[commissions.CommissionLine]


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("funnelPipeline")
        self.pipeline.addItem(self.tr("Deals funnel"), "deals")
        self.pipeline.addItem(self.tr("Leads funnel"), "leads")
        self.mine = QCheckBox(self.tr("Only mine"))
        self.error = QLabel()
        set_tone(self.error, BAD_COLOR)
        self.error.hide()
        self.funnel_plot = chart()
        self.won_plot = chart(left=usd_axis())
        self.cycle_plot = chart()
        self.won_total = QLabel()
        self.cycle_text = QLabel()
        self.funnel_lines: list[str] = []
        self.commission_model = PagedTableModel(COMMISSION_COLUMNS, self)
        self.commission_table = RecordTable(self.tr("No commission yet: a completed deal earns its owner one."))
        self.commission_table.setObjectName("commissionsTable")
        self.commission_table.setSortingEnabled(False)  # newest month first, as the report gives it
        self.commission_table.setModel(self.commission_model)

        top = QHBoxLayout()
        top.addWidget(self.pipeline)
        top.addWidget(self.mine)
        top.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Funnel: conversion and drop-off per stage"), self.funnel_plot), 0, 0)
        grid.addWidget(self._box(self.tr("Won value by month (signed)"), self.won_plot, self.won_total), 0, 1)
        grid.addWidget(self._box(self.tr("Sales cycle length"), self.cycle_plot, self.cycle_text), 1, 0)
        grid.addWidget(self._box(self.tr("Commissions per person and month"), self.commission_table), 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(grid, 1)
        self._reader: FreshRead[Any] = FreshRead(self, self._read, self._show)
        self.pipeline.currentIndexChanged.connect(lambda _i: self.reload())
        self.mine.toggled.connect(lambda _on: self.reload())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        follow_changes(self, DASHBOARD_TOPICS, self.reload)
        self.reload()

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for widget in widgets:
            column.addWidget(widget, 1 if not isinstance(widget, QLabel) else 0)
        return box

    def reload(self) -> None:
        self._asked = (str(self.pipeline.currentData()), self.principal.user_id if self.mine.isChecked() else None)
        self._reader.request()

    def _read(self) -> Any:
        pipeline, owner = self._asked
        clock = self.context.clock
        try:
            with self.context.database.session_factory() as session:
                return DashboardData(
                    dashboard.funnel(session, self.principal, pipeline=pipeline, owner_id=owner),
                    dashboard.won_by_month(session, self.principal, months=MONTHS, owner_id=owner, clock=clock),
                    dashboard.sales_cycle(session, self.principal, days=CYCLE_DAYS, owner_id=owner, clock=clock),
                    commissions.commission_report(session, self.principal, owner_id=owner),
                )
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return database_error_text(exc)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch: the charts are drawn again in the new palette's colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "data"):
            self._show(self.data)
        super().changeEvent(event)

    def _show(self, data: Any) -> None:
        if isinstance(data, str):
            self.error.setText(self.tr("Could not read the dashboard: %1").replace("%1", data))
            self.error.show()
            return
        self.error.hide()
        self.data: DashboardData = data
        self.funnel_lines = show_funnel(self.funnel_plot, data.funnel)
        self.funnel_plot.setToolTip("\n".join(self.funnel_lines))
        show_won_by_month(self.won_plot, data.won)
        won_deals = sum(m.deals for m in data.won)
        won_value = sum((m.value for m in data.won), Decimal(0))
        self.won_total.setText(
            self.tr("Deals won in the last %2 months: %1, worth %3")
            .replace("%1", grouped(won_deals))
            .replace("%2", str(MONTHS))
            .replace("%3", money(won_value))
        )
        show_sales_cycle(self.cycle_plot, data.cycle)
        self.cycle_text.setText(
            self.tr("Deals won in the last %2 days: %1 (days from the first contact to signing).")
            .replace("%1", grouped(data.cycle.deals))
            .replace("%2", str(CYCLE_DAYS))
            if data.cycle.deals
            else self.tr("No deal signed in the last %1 days: no cycle to measure.").replace("%1", str(CYCLE_DAYS))
        )
        self.commission_model.set_rows(data.commissions)
