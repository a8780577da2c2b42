"""Hosting customer accounts (the CRM builds on these)."""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Miner, MinerCustomerAssignment, User
from hashinsight_desktop.services import records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, Role, require
from hashinsight_desktop.services.validation import optional_text, required_text

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def customer_state(customer: Customer) -> dict[str, Any]:
    return {
        "name": customer.name,
        "contact_email": customer.contact_email,
        "notes": customer.notes,
        "version": customer.version,
    }


def list_customers(session: Session, principal: Principal) -> list[Customer]:
    """Everyone for staff who manage customers; a customer sees only their own account."""
    query = select(Customer).order_by(Customer.name)
    if principal.role is Role.CUSTOMER:
        query = query.where(Customer.id == principal.customer_id)
    else:
        require(principal, Permission.CUSTOMERS_MANAGE, "see customer accounts")
    return list(session.scalars(query))


def get_customer(session: Session, principal: Principal, customer_id: uuid.UUID) -> Customer:
    if principal.role is Role.CUSTOMER:
        if customer_id != principal.customer_id:
            raise PermissionDenied("You may only see your own customer account.")
    else:
        require(principal, Permission.CUSTOMERS_MANAGE, "see customer accounts")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("That customer account no longer exists.")
    return customer


def _fields(name: str, contact_email: str | None, notes: str | None) -> dict[str, Any]:
    email = optional_text("contact_email", contact_email, 254) or None
    if email and not EMAIL_RE.match(email):
        raise ValidationError("contact_email", f"{email!r} is not an e-mail address")
    fields = {"name": required_text("name", name, 200), "contact_email": email}
    if notes is not None:  # None: left as it is (the Admin page does not edit notes)
        fields["notes"] = optional_text("notes", notes, 4000)
    return fields


def create_customer(
    session: Session,
    principal: Principal,
    *,
    name: str,
    contact_email: str | None = None,
    notes: str | None = None,
    clock: Clock = system_clock,
) -> Customer:
    require(principal, Permission.CUSTOMERS_MANAGE, "create customer accounts")
    customer = Customer(**_fields(name, contact_email, notes))
    return records.save_new(
        session,
        principal,
        customer,
        "customer",
        customer_state,
        f"created customer {customer.name}",
        unique_field="name",
        clock=clock,
    )


def update_customer(
    session: Session,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    contact_email: str | None,
    notes: str | None = None,
    clock: Clock = system_clock,
) -> Customer:
    require(principal, Permission.CUSTOMERS_MANAGE, "edit customer accounts")
    customer = get_customer(session, principal, customer_id)
    changes = _fields(name, contact_email, notes)
    return records.save_changes(
        session,
        principal,
        customer,
        "customer",
        customer_state,
        changes,
        expected_version,
        f"updated customer {changes['name']}",
        unique_field="name",
        clock=clock,
    )


def delete_customer(
    session: Session,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    expected_version: int,
    clock: Clock = system_clock,
) -> None:
    require(principal, Permission.CUSTOMERS_MANAGE, "delete customer accounts")
    customer = get_customer(session, principal, customer_id)
    users = session.scalar(select(func.count()).select_from(User).where(User.customer_id == customer_id)) or 0
    miners = session.scalar(select(func.count()).select_from(Miner).where(Miner.customer_id == customer_id)) or 0
    if users or miners:
        raise ValidationError("customer", f"{customer.name} still has {users} user accounts and {miners} miners")
    hosted = select(func.count()).where(MinerCustomerAssignment.customer_id == customer_id)
    if session.scalar(hosted):  # the history billing bills by
        raise ValidationError(
            "customer", f"{customer.name} hosted miners before: its billing history keeps the account"
        )
    records.delete(
        session,
        principal,
        customer,
        "customer",
        customer_state,
        expected_version,
        f"deleted customer {customer.name}",
        clock=clock,
    )
