"""Tickets: the staff table (search by subject, customer or number; status, priority and SLA-breach filters;
sorting by the database), a new ticket, and a customer's own tickets in their view. A ticket opens in its own
window (ticket_detail) with its SLA timers, the conversation and a reply box."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import tickets
from hashinsight_desktop.services.crm.ticket_list import PRIORITIES, TICKET_STATES
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.ui.admin.admin_widgets import FormDialog
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog, CustomerPicker
from hashinsight_desktop.ui.crm.form_fields import miners_named
from hashinsight_desktop.ui.crm.labels import choices, stage_label
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TableFilter, TableQuery, TableSource, page_fetch
from hashinsight_desktop.ui.crm.paged_table import PagedTable
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.theme import BAD_COLOR

BREACHED = "breached"
TICKET_TOPICS = frozenset({"ticket", "customer"})


def ticket_filters(query: TableQuery, principal: Principal) -> dict[str, Any]:
    return {
        "status": query.filter("status"),
        "priority": query.filter("priority"),
        "breached": True if query.filter("sla") == BREACHED else None,
    }


def sla_text(row: Any) -> str:
    return stage_label(BREACHED) if row.breached else ""


TICKET_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Ticket"), lambda r: f"T-{r.number}", "number"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda r: r.subject, "subject"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name, "customer"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: stage_label(r.status), "status"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Priority"), lambda r: stage_label(r.priority), "priority"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "SLA"), sla_text, tone=lambda r: BAD_COLOR if r.breached else None),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Resolution due"), lambda r: r.resolution_due_at, "resolution_due_at"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda r: r.opened_at, "opened_at"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: r.updated_at, "updated_at"),
]
TICKET_FILTERS = [
    TableFilter("status", QT_TRANSLATE_NOOP("CrmFilters", "Every status"), choices(TICKET_STATES)),
    TableFilter("priority", QT_TRANSLATE_NOOP("CrmFilters", "Every priority"), choices(PRIORITIES)),
    TableFilter("sla", QT_TRANSLATE_NOOP("CrmFilters", "SLA met or not"), choices((BREACHED,))),
]
TICKETS = TableSource(
    "tickets",
    TICKET_COLUMNS,
    page_fetch(tickets.list_tickets, "opened_at", ticket_filters),
    TICKET_FILTERS,
    "opened_at",
    True,
)


def customer_tickets_source(customer_id: uuid.UUID | None) -> TableSource[Any]:
    """One customer's tickets (every ticket the principal may see when None: a customer's own)."""
    columns = [c for c in TICKET_COLUMNS if c.sort_key != "customer"]
    fetch = page_fetch(tickets.list_tickets, "opened_at", ticket_filters, customer_id=customer_id)
    return TableSource("tickets", columns, fetch, TICKET_FILTERS[:2], "opened_at", True)


def open_ticket_detail(context: AppContext, principal: Principal, ticket_id: uuid.UUID, parent: QWidget) -> QWidget:
    from hashinsight_desktop.ui.crm.ticket_detail import TicketDetail

    return TicketDetail.open_for(context, principal, ticket_id, parent)


class TicketDialog(CrmFormDialog):
    """A new ticket; staff name the customer, a customer's own ticket is theirs (the service decides)."""

    def __init__(
        self, context: AppContext, principal: Principal, parent: QWidget | None = None, customer_name: str = ""
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("New ticket"))
        self.customer: CustomerPicker | None = None
        if principal.role is not Role.CUSTOMER:
            self.customer = CustomerPicker(context, principal)
            self.customer.setText(customer_name)
            self.add_field("customer", self.tr("Customer"), self.customer)
        self.subject = self.add_text_field(
            "subject", self.tr("Subject"), "", self.tr("e.g. Two miners offline in rack 12"), 200
        )
        self.priority = QComboBox()
        self.priority.setObjectName("ticketPriority")
        for key in PRIORITIES:
            self.priority.addItem(stage_label(key), key)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.add_field("priority", self.tr("Priority"), self.priority)
        self.miners = self.add_text_field(
            "miners",
            self.tr("Miners"),
            "",
            self.tr("names, comma-separated, e.g. m0012, m0013"),
            hint=self.tr("The customer's miners the ticket is about (optional)."),
        )
        self.description = QPlainTextEdit()
        self.description.setObjectName("ticketDescription")
        self.add_field("description", self.tr("What happened"), self.description)
        (self.customer if self.customer is not None and not customer_name else self.subject).setFocus()

    def entity(self) -> str:
        return "ticket"

    def save(self, session: Session) -> None:
        customer_id = self.customer.customer_id(session) if self.customer is not None else None
        ticket = tickets.open_ticket(
            session,
            self.principal,
            subject=self.subject.text(),
            customer_id=customer_id,
            description=self.description.toPlainText(),
            priority=str(self.priority.currentData()),
            miner_ids=miners_named(session, self.principal, customer_id, "miners", self.miners.text()),
            clock=self.context.clock,
        )
        self.saved_id = ticket.id


class TicketsPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, TICKETS, TICKET_TOPICS, parent)
        self.button(self.tr("New ticket…"), self.new_ticket)
        self.button(self.tr("Open"), self.open_selected, lambda row: True)
        self.table.activated.connect(lambda row: open_ticket_detail(context, principal, row.id, self))

    def new_ticket(self) -> FormDialog:
        return self.open_form(TicketDialog(self.context, self.principal, self))

    def open_selected(self) -> QWidget | None:
        row = self.selected()
        return None if row is None else open_ticket_detail(self.context, self.principal, row.id, self)


class OwnTickets(QWidget):
    """A customer's tickets in their own view: open one (and reply in its window), or open a new one."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.table = PagedTable(context, principal, customer_tickets_source(None))
        self.new_button = self.table.add_button(QPushButton(self.tr("New ticket…")))
        self.new_button.clicked.connect(lambda _checked=False: self.new_ticket())
        self.table.activated.connect(lambda row: open_ticket_detail(context, principal, row.id, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        follow_changes(self, TICKET_TOPICS, self.table.reload)
        self.table.reload()

    def new_ticket(self) -> FormDialog:
        dialog = TicketDialog(self.context, self.principal, self)
        dialog.on_stale = lambda message: show_error(self, self.tr("Not saved"), message)
        dialog.accepted.connect(self.table.reload)
        dialog.open()
        return dialog
