"""The deals table: search, stage and owner filters, sorting by the database; new, edit, move one stage on
or to lost (with a reason), log an activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import deals
from hashinsight_desktop.services.crm.stages import DEAL_OPEN, DEAL_STAGES, legal_moves
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.crm_dialogs import ActivityDialog, DealDialog
from hashinsight_desktop.ui.crm.labels import choices, stage_label
from hashinsight_desktop.ui.crm.leads_page import OWNER_FILTER, owner_filter
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TableFilter, TableQuery, TableSource, page_fetch
from hashinsight_desktop.ui.crm.record_page import RecordPage


def deal_filters(query: TableQuery, principal: Principal) -> dict[str, Any]:
    return {"stage": query.filter("stage"), "owner_id": owner_filter(query, principal)}


DEAL_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, "title"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name, "customer"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Stage"), lambda r: stage_label(r.stage), "stage"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Value"), lambda r: r.value, "value", True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: r.owner_name, "owner"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Expected close"), lambda r: r.expected_close, "expected_close"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Commission (%)"), lambda r: r.commission_rate_pct, None, True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Signed"), lambda r: r.signed_at),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Lost because"), lambda r: r.lost_reason or ""),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: r.updated_at, "updated_at"),
]
DEALS = TableSource(
    "deals",
    DEAL_COLUMNS,
    page_fetch(deals.list_deals, "updated_at", deal_filters),
    filters=[
        TableFilter("stage", QT_TRANSLATE_NOOP("CrmFilters", "Every stage"), choices(DEAL_STAGES)),
        OWNER_FILTER,
    ],
    default_order="updated_at",
    default_descending=True,
)
DEAL_TOPICS = frozenset({"deal", "customer", "deal_stage_probability"})


class DealsPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, DEALS, DEAL_TOPICS, parent)
        self.button(self.tr("New deal…"), self.new_deal)
        self.button(self.tr("Edit…"), self.edit_deal, lambda row: row.stage in DEAL_OPEN)
        self.move_button(self.tr("Move to"), lambda row: legal_moves(row.stage), self.move)
        self.button(self.tr("Log activity…"), self.log_activity, lambda row: True)
        self.table.activated.connect(lambda _row: self.edit_deal())

    def new_deal(self, customer_name: str = "") -> DealDialog:
        return self.open_form(DealDialog(self.context, self.principal, self, customer_name=customer_name))

    def edit_deal(self) -> DealDialog | None:
        row = self.selected()
        if row is None or row.stage not in DEAL_OPEN:
            return None
        return self.open_form(DealDialog(self.context, self.principal, self, deal=row))

    def move(self, row: Any, stage: str) -> object:
        return self.move_row("deal", deals.move_deal, row, stage, self.tr("Deal lost: %1").replace("%1", row.title))

    def log_activity(self) -> ActivityDialog | None:
        return self.log_activity_on("deal")
