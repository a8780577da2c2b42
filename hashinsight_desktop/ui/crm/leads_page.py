"""The leads table: search, status and owner filters, sorting by the database; new, edit, move to the next
stage or lost (with a reason), and convert into a deal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import leads
from hashinsight_desktop.services.crm.stages import CONVERTIBLE, LEAD_STAGES, lead_legal_moves
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.crm_dialogs import ActivityDialog, LeadDialog
from hashinsight_desktop.ui.crm.labels import choices, stage_label
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TableFilter, TableQuery, TableSource, page_fetch
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.theme import OK_COLOR

MINE = "mine"
OWNER_FILTER = TableFilter("owner", QT_TRANSLATE_NOOP("CrmFilters", "Every owner"), choices((MINE,)))


def owner_filter(query: TableQuery, principal: Principal) -> Any:
    return principal.user_id if query.filter("owner") == MINE else None


def lead_filters(query: TableQuery, principal: Principal) -> dict[str, Any]:
    return {"status": query.filter("status"), "owner_id": owner_filter(query, principal)}


LEAD_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, "title"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company, "company"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Contact"), lambda r: r.contact_name),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: stage_label(r.status), "status"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Value estimate"), lambda r: r.value_estimate, "value_estimate", True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: r.owner_name, "owner"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Next step"), lambda r: r.next_step),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.next_step_due, "next_step_due"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: r.source),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: r.updated_at, "updated_at"),
]
LEADS = TableSource(
    "leads",
    LEAD_COLUMNS,
    page_fetch(leads.list_leads, "updated_at", lead_filters),
    filters=[
        TableFilter("status", QT_TRANSLATE_NOOP("CrmFilters", "Every status"), choices(LEAD_STAGES)),
        OWNER_FILTER,
    ],
    default_order="updated_at",
    default_descending=True,
)
LEAD_TOPICS = frozenset({"lead", "deal", "customer"})


class LeadsPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, LEADS, LEAD_TOPICS, parent)
        self.button(self.tr("New lead…"), self.new_lead)
        self.button(self.tr("Edit…"), self.edit_lead, lambda row: row.status in ("new", "contacted", "qualified"))
        self.move_button(self.tr("Move to"), lambda row: lead_legal_moves(row.status), self.move)
        self.button(self.tr("Convert to deal…"), self.convert, lambda row: row.status in CONVERTIBLE)
        self.button(self.tr("Log activity…"), self.log_activity, lambda row: True)
        self.table.activated.connect(lambda _row: self.edit_lead())

    def new_lead(self) -> LeadDialog:
        return self.open_form(LeadDialog(self.context, self.principal, self))

    def edit_lead(self) -> LeadDialog | None:
        row = self.selected()
        return None if row is None else self.open_form(LeadDialog(self.context, self.principal, self, lead=row))

    def move(self, row: Any, stage: str) -> object:
        return self.move_row("lead", leads.move_lead, row, stage, self.tr("Lead lost: %1").replace("%1", row.title))

    def log_activity(self) -> ActivityDialog | None:
        return self.log_activity_on("lead")

    def convert(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        from hashinsight_desktop.ui.crm.crm_dialogs import DealDialog

        dialog = self.open_form(DealDialog(self.context, self.principal, self, lead=row))
        dialog.accepted.connect(lambda: self.say(dialog.outcome, OK_COLOR))
        return dialog
