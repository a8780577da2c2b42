"""The people at a customer, each with a role; the billing contact receives invoices (next issue)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CustomerContact
from hashinsight_desktop.db.models.crm import CONTACT_ROLES
from hashinsight_desktop.services import records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.customers import EMAIL_RE, get_customer
from hashinsight_desktop.services.crm.scope import get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.validation import optional_text, required_text

KIND = "customer_contact"


def contact_state(contact: CustomerContact) -> dict[str, Any]:
    return {
        "customer_id": str(contact.customer_id),
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "role": contact.role,
        "is_billing": contact.is_billing,
        "version": contact.version,
    }


def _fields(name: str, email: str | None, phone: str | None, role: str, is_billing: bool) -> dict[str, Any]:
    address = optional_text("email", email, 254) or None
    if address and not EMAIL_RE.match(address):
        raise ValidationError(
            "email", Text(QT_TRANSLATE_NOOP("Errors", "{address!r} is not an e-mail address"), address=address)
        )
    role = (role or "").strip().lower()
    if role not in CONTACT_ROLES:
        raise ValidationError(
            "role",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{role!r} is not one of {value}"), role=role, value=", ".join(CONTACT_ROLES)
            ),
        )
    return {
        "name": required_text("name", name, 200),
        "email": address,
        "phone": optional_text("phone", phone, 64),
        "role": role,
        "is_billing": bool(is_billing),
    }


def list_contacts(session: Session, principal: Principal, customer_id: uuid.UUID) -> list[CustomerContact]:
    """A customer's contacts, the primary first, then by name."""
    get_customer(session, principal, customer_id)  # not found alike for another customer's
    query = scoped(
        select(CustomerContact).where(CustomerContact.customer_id == customer_id),
        principal,
        CustomerContact.customer_id,
    )
    rows = session.scalars(query.order_by(CustomerContact.name))
    return sorted(rows, key=lambda c: (CONTACT_ROLES.index(c.role), c.name.casefold()))


def add_contact(
    session: Session,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    name: str,
    email: str | None = None,
    phone: str | None = None,
    role: str = "other",
    is_billing: bool = False,
    clock: Clock = system_clock,
) -> CustomerContact:
    require(principal, Permission.CUSTOMERS_MANAGE, "edit customer contacts")
    customer = get_customer(session, principal, customer_id)
    contact = CustomerContact(customer_id=customer.id, **_fields(name, email, phone, role, is_billing))
    return records.save_new(
        session,
        principal,
        contact,
        KIND,
        contact_state,
        Text(
            QT_TRANSLATE_NOOP("Audit", "added contact {name} to {customer_name}"),
            name=contact.name,
            customer_name=customer.name,
        ),
        clock=clock,
    )


def update_contact(
    session: Session,
    principal: Principal,
    contact_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    email: str | None,
    phone: str | None,
    role: str,
    is_billing: bool,
    clock: Clock = system_clock,
) -> CustomerContact:
    require(principal, Permission.CUSTOMERS_MANAGE, "edit customer contacts")
    contact = get_scoped(session, principal, CustomerContact, contact_id, CustomerContact.customer_id, entity="contact")
    changes = _fields(name, email, phone, role, is_billing)
    return records.save_changes(
        session,
        principal,
        contact,
        KIND,
        contact_state,
        changes,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "updated contact {name}"), name=changes["name"]),
        clock=clock,
    )


def remove_contact(
    session: Session,
    principal: Principal,
    contact_id: uuid.UUID,
    *,
    expected_version: int,
    clock: Clock = system_clock,
) -> None:
    require(principal, Permission.CUSTOMERS_MANAGE, "edit customer contacts")
    contact = get_scoped(session, principal, CustomerContact, contact_id, CustomerContact.customer_id, entity="contact")
    records.delete(
        session,
        principal,
        contact,
        KIND,
        contact_state,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "removed contact {name}"), name=contact.name),
        clock=clock,
    )
