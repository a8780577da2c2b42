"""Hosting customer accounts: company details, tags, the customers table (search, filter, sort, pages).

A customer-role user sees only their own account (services.crm.scope); staff need CUSTOMERS_MANAGE.
Contacts live in services.crm.contacts, assets in services.crm.assets.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, exists, func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    BillingContract,
    Customer,
    CustomerAsset,
    CustomerContact,
    CustomerTag,
    Deal,
    Invoice,
    Lead,
    Miner,
    MinerCustomerAssignment,
    Ticket,
    User,
)
from hashinsight_desktop.services import audit, languages, outbox, records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import search_terms
from hashinsight_desktop.services.crm.scope import get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import optional_text, required_text

# Records that keep a customer account alive, by the plural a refusal names them with.
_REFERRING: tuple[tuple[str, Any], ...] = (
    ("assets", CustomerAsset.customer_id),
    ("leads", Lead.customer_id),
    ("deals", Deal.customer_id),
    ("tickets", Ticket.customer_id),
    ("contracts", BillingContract.customer_id),
    ("invoices", Invoice.customer_id),
)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TAG_RE = re.compile(r"^[\w][\w .:/+-]{0,63}$")
# What the customers table sorts by; each is indexed (name unique, company, contact_email, created_at: 0024).
SORT_COLUMNS: dict[str, Any] = {
    "name": Customer.name,
    "company": Customer.company,
    "email": Customer.contact_email,
    "created_at": Customer.created_at,
}
SEARCH_KIND = "customer"  # crm_search_terms: the words of name, company, e-mail, phone and tax id


@dataclass(frozen=True)
class CustomerSummary:
    """What the customer's page heads with: the account, its tags and how much hangs on it."""

    customer: Customer
    tags: tuple[str, ...]
    contacts: int
    miners: int
    assets: int


def customer_state(customer: Customer, tags: Iterable[str] = ()) -> dict[str, Any]:
    return {
        "name": customer.name,
        "company": customer.company,
        "contact_email": customer.contact_email,
        "phone": customer.phone,
        "tax_id": customer.tax_id,
        "billing_address": customer.billing_address,
        "language": customer.language,
        "notes": customer.notes,
        "tags": sorted(tags),
        "version": customer.version,
    }


def _filtered(query: Select[Any], principal: Principal, search: str | None, tag: str | None) -> Select[Any]:
    query = scoped(query, principal, Customer.id, "see customer accounts")
    matched = search_terms.matching(SEARCH_KIND, search, Customer.id)
    if matched is not None:
        query = query.where(matched)
    if tag and tag.strip():
        has_tag = select(CustomerTag.customer_id).where(
            CustomerTag.customer_id == Customer.id, CustomerTag.tag == tag.strip().lower()
        )
        query = query.where(exists(has_tag))
    return query


def list_customers(
    session: Session,
    principal: Principal,
    *,
    search: str | None = None,
    tag: str | None = None,
    order_by: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Customer]:
    """One page of the customers a principal may see, sorted in the database (the id breaks ties, so pages
    neither overlap nor skip a row)."""
    if order_by not in SORT_COLUMNS:
        raise ValidationError(
            "order_by",
            Text(
                QT_TRANSLATE_NOOP("Errors", "sorts by one of {value}, not {order_by!r}"),
                value=", ".join(SORT_COLUMNS),
                order_by=order_by,
            ),
        )
    column = SORT_COLUMNS[order_by]
    query = _filtered(select(Customer), principal, search, tag)
    # The id breaks ties in the same direction, so one index scan (either way) serves the whole order.
    query = query.order_by(*((column.desc(), Customer.id.desc()) if descending else (column.asc(), Customer.id.asc())))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query.offset(offset)))


def count_customers(
    session: Session, principal: Principal, *, search: str | None = None, tag: str | None = None
) -> int:
    """How many rows ``list_customers`` would give without a limit (the table's total)."""
    query = _filtered(select(func.count()).select_from(Customer), principal, search, tag)
    return int(session.scalar(query) or 0)


def tags_of(session: Session, customer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    """The tags of the customers on a page (callers pass ids they were allowed to list)."""
    found: dict[uuid.UUID, list[str]] = {}
    if customer_ids:
        rows = session.execute(
            select(CustomerTag.customer_id, CustomerTag.tag)
            .where(CustomerTag.customer_id.in_(customer_ids))
            .order_by(CustomerTag.tag)
        )
        for customer_id, tag in rows:
            found.setdefault(customer_id, []).append(tag)
    return {customer_id: tuple(tags) for customer_id, tags in found.items()}


def all_tags(session: Session, principal: Principal) -> list[str]:
    """Every tag in use among the customers a principal sees (the table's tag filter)."""
    query = scoped(select(CustomerTag.tag).distinct(), principal, CustomerTag.customer_id, "see customer accounts")
    return list(session.scalars(query.order_by(CustomerTag.tag)))


def get_customer(session: Session, principal: Principal, customer_id: uuid.UUID) -> Customer:
    return get_scoped(session, principal, Customer, customer_id, Customer.id, entity="customer account")


def customer_summary(session: Session, principal: Principal, customer_id: uuid.UUID) -> CustomerSummary:
    customer = get_customer(session, principal, customer_id)

    def count(model: Any, column: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(column == customer_id)) or 0)

    return CustomerSummary(
        customer,
        tags_of(session, [customer_id]).get(customer_id, ()),
        count(CustomerContact, CustomerContact.customer_id),
        int(
            session.scalar(select(func.count()).where(Miner.customer_id == customer_id, Miner.removed_at.is_(None)))
            or 0
        ),
        count(CustomerAsset, CustomerAsset.customer_id),
    )


def parse_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, lower case, each once; a bad one is refused naming it."""
    parsed: list[str] = []
    for raw in tags:
        tag = raw.strip().lower()
        if not tag:
            continue
        if not TAG_RE.match(tag):
            raise ValidationError(
                "tags",
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors", ("{raw!r}: letters, digits and . : / + - _ only, at most 64 characters")
                    ),
                    raw=raw,
                ),
            )
        if tag not in parsed:
            parsed.append(tag)
    return tuple(sorted(parsed))


def _email(field: str, value: str | None) -> str | None:
    email = optional_text(field, value, 254) or None
    if email and not EMAIL_RE.match(email):
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{email!r} is not an e-mail address"), email=email)
        )
    return email


def customer_fields(
    *,
    name: str | None,
    contact_email: str | None,
    notes: str | None,
    company: str | None,
    billing_address: str | None,
    tax_id: str | None,
    phone: str | None,
    language: str | None = None,
) -> dict[str, Any]:
    """The fields given (None: left as it is), validated; ``name`` and ``contact_email`` always given."""
    fields: dict[str, Any] = {"contact_email": _email("contact_email", contact_email)}
    if name is not None:
        fields["name"] = required_text("name", name, 200)
    for field, value, length in (
        ("notes", notes, 4000),
        ("company", company, 200),
        ("billing_address", billing_address, 1000),
        ("tax_id", tax_id, 64),
        ("phone", phone, 64),
    ):
        if value is not None:
            fields[field] = optional_text(field, value, length)
    if language is not None:
        fields["language"] = _language(language)
    return fields


def _language(value: str) -> str:
    """What the customer's documents are written in: en or zh_CN (zh, zh-CN, en_US… accepted)."""
    try:
        return languages.normalise(value)
    except languages.UnknownLanguage:
        raise ValidationError(
            "language",
            Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a language: choose en or zh_CN"), value=value),
        ) from None


def _index(session: Session, customer: Customer) -> None:
    texts = search_terms.customer_texts(
        customer.name, customer.company, customer.contact_email, customer.phone, customer.tax_id
    )
    search_terms.index(session, SEARCH_KIND, customer.id, *texts)


def _replace_tags(session: Session, customer_id: uuid.UUID, tags: tuple[str, ...]) -> None:
    session.execute(delete(CustomerTag).where(CustomerTag.customer_id == customer_id))
    session.add_all(CustomerTag(customer_id=customer_id, tag=tag) for tag in tags)


def add_customer(
    session: Session,
    principal: Principal,
    *,
    name: str,
    contact_email: str | None = None,
    notes: str | None = None,
    company: str | None = None,
    billing_address: str | None = None,
    tax_id: str | None = None,
    phone: str | None = None,
    language: str | None = None,
    tags: Iterable[str] = (),
    clock: Clock = system_clock,
) -> Customer:
    require(principal, Permission.CUSTOMERS_MANAGE, "create customer accounts")
    fields = customer_fields(
        name=name,
        contact_email=contact_email,
        notes=notes,
        company=company,
        billing_address=billing_address,
        tax_id=tax_id,
        phone=phone,
        language=language,
    )
    wanted_tags = parse_tags(tags)
    customer = Customer(**fields)
    session.add(customer)
    flush(session, "customer", unique_field="name")
    _replace_tags(session, customer.id, wanted_tags)
    _index(session, customer)
    audit.append(
        session,
        principal,
        "customer.create",
        "customer",
        customer.id,
        after=customer_state(customer, wanted_tags),
        summary=Text(QT_TRANSLATE_NOOP("Audit", "created customer {name}"), name=customer.name),
        clock=clock,
    )
    outbox.emit(session, "customer.changed", "customer", customer.id)
    return customer


def update_customer(
    session: Session,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    contact_email: str | None,
    notes: str | None = None,
    company: str | None = None,
    billing_address: str | None = None,
    tax_id: str | None = None,
    phone: str | None = None,
    language: str | None = None,
    tags: Iterable[str] | None = None,
    clock: Clock = system_clock,
) -> Customer:
    """Save an edit made on ``expected_version``; fields given as None stay as they are. A stale version
    raises ConcurrentModificationError ("changed by someone else"), tags included: changing only the tags
    still moves the account's version, so two people tagging at once cannot overwrite each other."""
    require(principal, Permission.CUSTOMERS_MANAGE, "edit customer accounts")
    customer = get_customer(session, principal, customer_id)
    check_version("customer", customer.version, expected_version)
    changes = customer_fields(
        name=name,
        contact_email=contact_email,
        notes=notes,
        company=company,
        billing_address=billing_address,
        tax_id=tax_id,
        phone=phone,
        language=language,
    )
    old_tags = tags_of(session, [customer_id]).get(customer_id, ())
    new_tags = old_tags if tags is None else parse_tags(tags)
    before = customer_state(customer, old_tags)
    for field, value in changes.items():
        setattr(customer, field, value)
    if new_tags != old_tags:
        customer.updated_at = clock()  # the row itself changes, so its version moves
        _replace_tags(session, customer_id, new_tags)
    flush(session, "customer", unique_field="name")
    after = customer_state(customer, new_tags)
    if {**after, "version": None} == {**before, "version": None}:
        return customer  # nothing changed: no audit record, no event
    _index(session, customer)
    audit.append(
        session,
        principal,
        "customer.update",
        "customer",
        customer.id,
        before=before,
        after=after,
        summary=Text(QT_TRANSLATE_NOOP("Audit", "updated customer {name}"), name=customer.name),
        clock=clock,
    )
    outbox.emit(session, "customer.changed", "customer", customer.id)
    return customer


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
        raise ValidationError(
            "customer",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} still has {users} user accounts and {miners} miners"),
                name=customer.name,
                users=users,
                miners=miners,
            ),
        )
    hosted = select(func.count()).where(MinerCustomerAssignment.customer_id == customer_id)
    if session.scalar(hosted):  # the history billing bills by
        raise ValidationError(
            "customer",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} hosted miners before: its billing history keeps the account"),
                name=customer.name,
            ),
        )
    held = [
        (n, kind)
        for kind, column in _REFERRING
        if (n := session.scalar(select(func.count()).where(column == customer_id)))
    ]
    if held:  # their rows refer to the account (ON DELETE RESTRICT): say which, not an IntegrityError
        listed = ", ".join(f"{n} {kind}" for n, kind in held)
        raise ValidationError(
            "customer",
            Text(QT_TRANSLATE_NOOP("Errors", "{name} still has {listed} on record"), name=customer.name, listed=listed),
        )
    search_terms.forget(session, SEARCH_KIND, [customer.id])
    records.delete(
        session,
        principal,
        customer,
        "customer",
        customer_state,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "deleted customer {name}"), name=customer.name),
        clock=clock,
    )
