"""A lead becomes a deal in one transaction: the customer (an existing one when the lead's e-mail, phone or
company matches — never a duplicate), the deal, the lead won, a note on the deal, the audit record, the
outbox event and the owner's notice (console event, e-mail queued) commit together or not at all: every step
writes in the caller's session and nothing commits before the caller's ``unit_of_work`` ends.

A customer is matched in this order: the lead's own customer (already linked), its e-mail (the account's or a
contact's, any case), its phone (digits compared, the account's or a contact's), its company (the account's
name or company, any case); a new account is made only when none matches.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Activity, Customer, CustomerContact, Deal, Lead
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import activities, customers, deals, leads, owner_notify, stages
from hashinsight_desktop.services.crm.owner_notify import OwnerNotice
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate, render
from hashinsight_desktop.services.transaction import check_version, flush

PHONE_PUNCTUATION = (" ", "-", "(", ")", ".", "/", "+")
MIN_PHONE_DIGITS = 6  # fewer digits ("123") match too much to pick an account by


@dataclass(frozen=True)
class Conversion:
    deal: Deal
    customer: Customer
    customer_created: bool  # False: an existing account matched (``matched_by`` says how)
    matched_by: str | None  # "lead", "email", "phone", "company" or None when created
    activity: Activity
    notice: OwnerNotice


def _digits(column: Any) -> Any:
    for mark in PHONE_PUNCTUATION:
        column = func.replace(column, mark, "")
    return column


def match_customer(session: Session, lead: Lead) -> tuple[Customer, str] | None:
    """The existing account this lead is, and what matched (see the module's order)."""
    if lead.customer_id is not None:
        found = session.get(Customer, lead.customer_id)
        if found is not None:
            return found, "lead"
    checks: list[tuple[str, Any]] = []
    if lead.email:
        email = lead.email.strip().lower()
        by_contact = select(CustomerContact.customer_id).where(func.lower(CustomerContact.email) == email)
        checks.append(("email", or_(func.lower(Customer.contact_email) == email, Customer.id.in_(by_contact))))
    phone = "".join(ch for ch in (lead.phone or "") if ch.isdigit())
    if len(phone) >= MIN_PHONE_DIGITS:
        by_contact = select(CustomerContact.customer_id).where(_digits(CustomerContact.phone) == phone)
        checks.append(("phone", or_(_digits(Customer.phone) == phone, Customer.id.in_(by_contact))))
    name = (lead.company or "").strip().lower() or _new_name(lead).lower()
    checks.append(("company", or_(func.lower(Customer.name) == name, func.lower(Customer.company) == name)))
    for how, condition in checks:
        customer = session.scalars(select(Customer).where(condition).order_by(Customer.created_at, Customer.id)).first()
        if customer is not None:
            return customer, how
    return None


def _new_name(lead: Lead) -> str:
    return (lead.company or lead.contact_name or lead.title).strip()


def _customer(session: Session, principal: Principal, lead: Lead, clock: Clock) -> tuple[Customer, str | None]:
    matched = match_customer(session, lead)
    if matched is not None:
        return matched
    customer = customers.add_customer(
        session,
        principal,
        name=_new_name(lead),
        company=lead.company,
        contact_email=lead.email,
        phone=lead.phone or "",
        notes=f"From lead {lead.title} ({lead.source or 'no source'})",
        clock=clock,
    )
    return customer, None


def _deal(
    session: Session, principal: Principal, lead: Lead, customer: Customer, terms: dict[str, Any], clock: Clock
) -> Deal:
    return deals.add_deal(
        session,
        principal,
        customer_id=customer.id,
        lead_id=lead.id,
        title=terms["title"] or lead.title,
        value=terms["value"] if terms["value"] is not None else lead.value_estimate,
        owner_id=terms["owner_id"] or lead.owner_id,
        expected_close=terms["expected_close"],
        commission_rate_pct=terms["commission_rate_pct"],
        clock=clock,
    )


def _win_lead(session: Session, lead: Lead, customer: Customer, clock: Clock) -> None:
    lead.status, lead.status_changed_at, lead.customer_id = "won", clock(), customer.id
    flush(session, "lead")


def _activity(
    session: Session, principal: Principal, lead: Lead, deal: Deal, clock: Clock, translate: Translate | None
) -> Activity:
    """The deal's first note, written in the language of whoever converted the lead (a note users may edit, so it
    is stored as words, not as a template)."""
    title = Text(QT_TRANSLATE_NOOP("CrmNotes", "Converted from lead {title}"), title=lead.title)
    body = Text(
        QT_TRANSLATE_NOOP("CrmNotes", "Source: {source}; contact: {contact}; next step was: {step}"),
        source=lead.source or "–",
        contact=lead.contact_name or "–",
        step=lead.next_step or "–",
    )
    return activities.add_activity(
        session,
        principal,
        kind="note",
        subject_kind="deal",
        subject_id=deal.id,
        title=render(title, translate)[:200],
        body=render(body, translate),
        owner_id=deal.owner_id,
        clock=clock,
    )


def _audit(
    session: Session,
    principal: Principal,
    lead: Lead,
    before: dict[str, Any],
    deal: Deal,
    customer: Customer,
    matched_by: str | None,
    clock: Clock,
) -> None:
    how = (
        Text(QT_TRANSLATE_NOOP("Audit", "existing customer (matched by {matched_by})"), matched_by=matched_by)
        if matched_by
        else QT_TRANSLATE_NOOP("Audit", "new customer")
    )
    audit.append(
        session,
        principal,
        "lead.convert",
        "lead",
        lead.id,
        before=before,
        after=leads.lead_state(lead) | {"deal_id": str(deal.id)},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "lead {title} converted into deal {deal_title} for {name}, {how}"),
            title=lead.title,
            deal_title=deal.title,
            name=customer.name,
            how=how,
        ),
        clock=clock,
    )


def _announce(
    session: Session, principal: Principal, lead: Lead, source: str, deal: Deal, customer: Customer, clock: Clock
) -> OwnerNotice:
    payload = {"change": "updated", "from": source, "to": "won", "deal_id": str(deal.id)}
    outbox.emit(session, "lead.changed", "lead", lead.id, payload)
    return owner_notify.notify_owner(session, principal, deal, customer, lead_title=lead.title, clock=clock)


def convert_lead(
    session: Session,
    principal: Principal,
    lead_id: uuid.UUID,
    *,
    expected_version: int | None,
    title: str | None = None,
    value: object | None = None,
    owner_id: uuid.UUID | None = None,
    expected_close: date | None = None,
    commission_rate_pct: object = "0",
    clock: Clock = system_clock,
    translate: Translate | None = None,
) -> Conversion:
    """Convert a contacted or qualified lead into a draft deal (title, value and owner default to the lead's);
    the lead is won. Everything in the caller's transaction: a failure anywhere leaves nothing behind."""
    require(principal, Permission.CUSTOMERS_MANAGE, "convert leads")
    lead = leads.get_lead(session, principal, lead_id)
    check_version("lead", lead.version, expected_version)
    stages.check_convertible(lead.status)
    before, source = leads.lead_state(lead), lead.status
    terms = {
        "title": title,
        "value": value,
        "owner_id": owner_id,
        "expected_close": expected_close,
        "commission_rate_pct": commission_rate_pct,
    }
    customer, matched_by = _customer(session, principal, lead, clock)
    deal = _deal(session, principal, lead, customer, terms, clock)
    _win_lead(session, lead, customer, clock)
    activity = _activity(session, principal, lead, deal, clock, translate)
    _audit(session, principal, lead, before, deal, customer, matched_by, clock)
    notice = _announce(session, principal, lead, source, deal, customer, clock)
    return Conversion(deal, customer, matched_by is None, matched_by, activity, notice)
