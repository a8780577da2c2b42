"""Incidents: site-wide events (power loss, cooling, network…) with the tickets and miners they affected.
Record one (optionally every active miner of its site), link more tickets by number, end it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.code_labels import INCIDENT_KINDS, label
from hashinsight_desktop.services.crm import incidents, tickets
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.common import confirm
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog
from hashinsight_desktop.ui.crm.labels import choices
from hashinsight_desktop.ui.crm.paged_query import (
    UNKNOWN_TOTAL,
    PagedColumn,
    TableFilter,
    TablePage,
    TableQuery,
    TableSource,
)
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.theme import NOTE_COLOR

KIND_LABELS = INCIDENT_KINDS
ONGOING = "ongoing"


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Incidents", label(KIND_LABELS, kind))  # QT_TRANSLATE_NOOP in code_labels


@dataclass(frozen=True)
class IncidentLine:
    id: uuid.UUID
    version: int
    kind: str
    title: str
    site_name: str
    started_at: datetime
    ended_at: datetime | None
    tickets: int
    miners: int


def fetch_incidents(session: Session, principal: Principal, query: TableQuery) -> TablePage[IncidentLine]:
    ongoing = True if query.filter("state") == ONGOING else None
    rows = []
    for incident in incidents.list_incidents(
        session, principal, ongoing=ongoing, limit=query.limit, offset=query.offset
    ):
        view = incidents.get_incident(session, principal, incident.id)  # its links (at most a page of them)
        rows.append(
            IncidentLine(
                incident.id,
                incident.version,
                incident.kind,
                incident.title,
                view.site_name or "",
                incident.started_at,
                incident.ended_at,
                len(view.ticket_ids),
                len(view.miner_ids),
            )
        )
    return TablePage(rows, UNKNOWN_TOTAL)


INCIDENTS = TableSource(
    "incidents",
    [
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Started"), lambda i: i.started_at),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda i: kind_label(i.kind)),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Title"), lambda i: i.title),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Site"), lambda i: i.site_name),
        PagedColumn(
            QT_TRANSLATE_NOOP("Columns", "Ended"),
            lambda i: i.ended_at or QCoreApplication.translate("Incidents", "ongoing"),
            tone=lambda i: NOTE_COLOR if i.ended_at is None else None,
        ),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Tickets"), lambda i: i.tickets, None, True),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Miners"), lambda i: i.miners, None, True),
    ],
    fetch_incidents,
    filters=[TableFilter("state", QT_TRANSLATE_NOOP("CrmFilters", "Ongoing or ended"), choices((ONGOING,)))],
    searchable=False,
)


def ticket_ids(session: Session, principal: Principal, field: str, text: str) -> list[uuid.UUID]:
    """Ticket references ("T-12, 14") as ids; every one not found named at once."""
    found, missing = [], []
    for reference in (r.strip() for r in text.replace(";", ",").split(",")):
        if not reference:
            continue
        try:
            found.append(tickets.find_ticket(session, principal, reference).id)
        except (NotFound, ValidationError):
            missing.append(reference)
    if missing:
        raise ValidationError(
            field,
            QCoreApplication.translate("IncidentsPage", "no such ticket: {tickets}").format(tickets=", ".join(missing)),
        )
    return found


class IncidentDialog(CrmFormDialog):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("Record an incident"))
        self.kind = QComboBox()
        for key in incidents.INCIDENT_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.title = self.add_text_field("title", self.tr("Title"), "", self.tr("e.g. Feeder 2 tripped"), 200)
        self.site = QComboBox()
        self.site.addItem(self.tr("No site"), None)
        for site in self.read(self.tr("sites"), lambda s: sites.list_sites(s, principal)) or []:
            self.site.addItem(site.name, site.id)
        self.add_field("site", self.tr("Site"), self.site)
        self.all_miners = QCheckBox(self.tr("It affected every active miner of the site"))
        self.add_field("all_site_miners", self.tr("Miners"), self.all_miners)
        self.tickets = self.add_text_field("tickets", self.tr("Tickets"), "", self.tr("e.g. T-12, T-14"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        self.add_field("description", self.tr("What happened"), self.description)
        self.title.setFocus()

    def entity(self) -> str:
        return "incident"

    def save(self, session: Session) -> None:
        saved = incidents.open_incident(
            session,
            self.principal,
            kind=str(self.kind.currentData()),
            title=self.title.text(),
            site_id=self.site.currentData(),
            description=self.description.toPlainText(),
            ticket_ids=ticket_ids(session, self.principal, "tickets", self.tickets.text()),
            all_site_miners=self.all_miners.isChecked(),
            clock=self.context.clock,
        )
        self.saved_id = saved.id


class IncidentsPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, INCIDENTS, frozenset({"incident", "ticket"}), parent)
        self.button(self.tr("Record incident…"), lambda: self.open_form(IncidentDialog(context, principal, self)))
        self.button(self.tr("Link tickets…"), self.link_tickets, lambda row: True)
        self.button(self.tr("End…"), self.end, lambda row: row.ended_at is None)

    def link_tickets(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None

        def submit(session: Session, text: str) -> None:
            ids = ticket_ids(session, self.principal, "body", text)
            incidents.link(session, self.principal, row.id, ticket_ids=ids, clock=self.context.clock)

        from hashinsight_desktop.ui.crm.crm_dialogs import TextDialog

        dialog = TextDialog(
            self.context,
            self.principal,
            self.tr("Link tickets to %1").replace("%1", row.title),
            self.tr("Tickets (T-12, T-14)"),
            "incident",
            submit,
            self,
        )
        return self.open_form(dialog)

    def end(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        return confirm(
            self,
            self.tr("End incident"),
            self.tr("Mark “%1” as ended now?").replace("%1", row.title),
            lambda: self.act(
                "incident",
                lambda s: incidents.end_incident(
                    s, self.principal, row.id, expected_version=row.version, clock=self.context.clock
                ),
            ),
        )
