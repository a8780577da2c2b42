"""Leads: prospects before a deal. new → contacted → qualified → won (by conversion) or lost with a reason.

Every change is one audited record and one outbox event (``lead.changed``; a move's payload says from and
to); an illegal move is refused with one line and nothing is saved. Customers see none of the pipeline.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Lead, User
from hashinsight_desktop.services import audit, outbox, records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import CRM, in_sentence
from hashinsight_desktop.services.crm import listing, sales_people, search_terms, stages
from hashinsight_desktop.services.crm.stages import LEAD_STAGES
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import decimal_in_range, optional_text, required_text

__all__ = ["LEAD_STAGES", "LeadRow", "add_lead", "get_lead", "list_leads", "move_lead", "update_lead"]

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_VALUE = Decimal("999999999999.99")
CENT = Decimal("0.01")  # as stored: what a caller holds equals what a reader gets
SEE = "see the sales pipeline"


@dataclass(frozen=True)
class LeadRow:
    id: uuid.UUID
    title: str
    company: str
    contact_name: str
    email: str | None
    phone: str | None
    source: str
    value_estimate: Decimal
    owner_id: uuid.UUID
    owner_name: str
    status: str
    lost_reason: str | None
    next_step: str
    next_step_due: date | None
    customer_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    version: int


def lead_state(lead: Lead) -> dict[str, Any]:
    return {
        "title": lead.title,
        "company": lead.company,
        "contact_name": lead.contact_name,
        "email": lead.email,
        "phone": lead.phone,
        "source": lead.source,
        "value_estimate": str(lead.value_estimate),
        "owner_id": str(lead.owner_id),
        "status": lead.status,
        "lost_reason": lead.lost_reason,
        "next_step": lead.next_step,
        "next_step_due": lead.next_step_due.isoformat() if lead.next_step_due else None,
        "customer_id": str(lead.customer_id) if lead.customer_id else None,
        "version": lead.version,
    }


def _row(lead: Lead, owner_name: str) -> LeadRow:
    return LeadRow(
        lead.id,
        lead.title,
        lead.company,
        lead.contact_name,
        lead.email,
        lead.phone,
        lead.source,
        lead.value_estimate,
        lead.owner_id,
        owner_name,
        lead.status,
        lead.lost_reason,
        lead.next_step,
        lead.next_step_due,
        lead.customer_id,
        lead.created_at,
        lead.updated_at,
        lead.version,
    )


SORTABLE = {
    "title": Lead.title,
    "company": Lead.company,
    "status": Lead.status,
    "value_estimate": Lead.value_estimate,
    "next_step_due": Lead.next_step_due,
    "created_at": Lead.created_at,
    "updated_at": Lead.updated_at,
    "owner": User.username,
}


def search_texts(lead: Lead) -> tuple[str | None, ...]:
    """What a lead's search words come from (``search_terms``, kind "lead")."""
    return lead.title, lead.company, lead.contact_name, lead.email, lead.phone


def list_leads(
    session: Session,
    principal: Principal,
    *,
    search: str | None = None,
    status: str | None = None,
    owner_id: uuid.UUID | None = None,
    order_by: str = "updated_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> listing.Page[LeadRow]:
    """A page of leads; ``search``: every word typed starts a word of the title, company, contact, e-mail or
    phone."""
    ids = listing.visible(select(Lead.id), principal, Lead.customer_id, SEE)
    matched = listing.search_condition(session, search, Lead.id, (("lead", Lead.id),))
    if matched is not None:
        ids = ids.where(matched)
    if status:
        if status not in LEAD_STAGES:
            raise ValidationError(
                "status",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{status!r} is not a lead stage; one of {value}"),
                    status=status,
                    value=", ".join(LEAD_STAGES),
                ),
            )
        ids = ids.where(Lead.status == status)
    if owner_id is not None:
        ids = ids.where(Lead.owner_id == owner_id)
    if order_by == "owner":
        ids = ids.join(User, User.id == Lead.owner_id)
    found, total = listing.page_ids(
        session,
        ids,
        sortable=SORTABLE,
        order_by=order_by,
        descending=descending,
        tie_break=Lead.id,
        limit=limit,
        offset=offset,
    )
    query = select(Lead, *sales_people.OWNER_NAME).join(User, User.id == Lead.owner_id).where(Lead.id.in_(found))
    ordered = listing.in_order(session.execute(query).all(), found, lambda r: r[0].id)
    return listing.Page([_row(lead, sales_people.owner_label(user, display)) for lead, user, display in ordered], total)


def get_lead(session: Session, principal: Principal, lead_id: uuid.UUID) -> Lead:
    return listing.get_visible(session, principal, Lead, lead_id, "lead", SEE)


def _fields(
    session: Session,
    principal: Principal,
    *,
    title: str,
    company: str,
    contact_name: str,
    email: str | None,
    phone: str | None,
    source: str,
    value_estimate: object,
    owner_id: uuid.UUID | None,
    next_step: str,
    next_step_due: date | None,
) -> dict[str, Any]:
    address = optional_text("email", email, 254) or None
    if address and not EMAIL_RE.match(address):
        raise ValidationError(
            "email", Text(QT_TRANSLATE_NOOP("Errors", "{address!r} is not an e-mail address"), address=address)
        )
    return {
        "title": required_text("title", title, 200),
        "company": optional_text("company", company, 200),
        "contact_name": optional_text("contact_name", contact_name, 200),
        "email": address,
        "phone": optional_text("phone", phone, 40) or None,
        "source": optional_text("source", source, 40),
        "value_estimate": decimal_in_range("value_estimate", value_estimate, Decimal(0), MAX_VALUE, places=2).quantize(
            CENT
        ),
        "owner_id": sales_people.owner_for(session, principal, owner_id).id,
        "next_step": optional_text("next_step", next_step, 200),
        "next_step_due": next_step_due,
    }


def add_lead(
    session: Session,
    principal: Principal,
    *,
    title: str,
    company: str = "",
    contact_name: str = "",
    email: str | None = None,
    phone: str | None = None,
    source: str = "",
    value_estimate: object = "0",
    owner_id: uuid.UUID | None = None,
    next_step: str = "",
    next_step_due: date | None = None,
    clock: Clock = system_clock,
) -> Lead:
    """A new lead (status new), owned by ``owner_id`` or the acting user."""
    require(principal, Permission.CUSTOMERS_MANAGE, "add leads")
    fields = _fields(
        session,
        principal,
        title=title,
        company=company,
        contact_name=contact_name,
        email=email,
        phone=phone,
        source=source,
        value_estimate=value_estimate,
        owner_id=owner_id,
        next_step=next_step,
        next_step_due=next_step_due,
    )
    now = clock()
    lead = Lead(id=uuid.uuid4(), status="new", status_changed_at=now, created_at=now, updated_at=now, **fields)
    search_terms.index(session, "lead", lead.id, *search_texts(lead))
    return records.save_new(
        session,
        principal,
        lead,
        "lead",
        lead_state,
        Text(QT_TRANSLATE_NOOP("Audit", "added lead {title}"), title=lead.title),
        clock=clock,
    )


def update_lead(
    session: Session,
    principal: Principal,
    lead_id: uuid.UUID,
    *,
    expected_version: int,
    title: str,
    company: str = "",
    contact_name: str = "",
    email: str | None = None,
    phone: str | None = None,
    source: str = "",
    value_estimate: object = "0",
    owner_id: uuid.UUID | None = None,
    next_step: str = "",
    next_step_due: date | None = None,
    clock: Clock = system_clock,
) -> Lead:
    """Edit a lead's details (not its status: ``move_lead``); a stale copy is refused."""
    require(principal, Permission.CUSTOMERS_MANAGE, "edit leads")
    lead = get_lead(session, principal, lead_id)
    changes = _fields(
        session,
        principal,
        title=title,
        company=company,
        contact_name=contact_name,
        email=email,
        phone=phone,
        source=source,
        value_estimate=value_estimate,
        owner_id=owner_id or lead.owner_id,
        next_step=next_step,
        next_step_due=next_step_due,
    )
    saved = records.save_changes(
        session,
        principal,
        lead,
        "lead",
        lead_state,
        changes,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "updated lead {title}"), title=title),
        clock=clock,
    )
    search_terms.index(session, "lead", lead.id, *search_texts(lead))
    return saved


def move_lead(
    session: Session,
    principal: Principal,
    lead_id: uuid.UUID,
    stage: str,
    *,
    expected_version: int | None,
    reason: str | None = None,
    clock: Clock = system_clock,
) -> Lead:
    """Move a lead to its next stage or to lost (``reason`` required); anything else is refused, nothing saved."""
    require(principal, Permission.CUSTOMERS_MANAGE, "move leads")
    lead = get_lead(session, principal, lead_id)
    check_version("lead", lead.version, expected_version)
    target = stages.check_lead_move(lead.status, stage, reason)
    before, source = lead_state(lead), lead.status
    lead.status, lead.status_changed_at = target, clock()
    if target == stages.LOST:
        lead.lost_reason, lead.lost_from = optional_text("reason", reason, 2000), source
    flush(session, "lead")
    record_move(session, principal, "lead", lead.id, lead.title, source, target, before, lead_state(lead), clock)
    return lead


def record_move(
    session: Session,
    principal: Principal,
    kind: str,
    entity_id: uuid.UUID,
    title: str,
    source: str,
    target: str,
    before: dict[str, Any],
    after: dict[str, Any],
    clock: Clock,
) -> None:
    """A stage move's audit record and its outbox event (``<kind>.changed`` saying from and to)."""
    summary = Text(
        QT_TRANSLATE_NOOP("Audit", "{kind} {title}: {source} → {target}"),
        kind=in_sentence(CRM, kind),
        title=title,
        source=in_sentence(CRM, source),
        target=in_sentence(CRM, target),
    )
    audit.append(
        session, principal, f"{kind}.move", kind, entity_id, before=before, after=after, summary=summary, clock=clock
    )
    outbox.emit(session, f"{kind}.changed", kind, entity_id, {"change": "updated", "from": source, "to": target})
