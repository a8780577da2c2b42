"""Ticket lists: a page of the tickets a principal may see, searched, filtered and sorted in the database (the
indexes of schema 0019 serve the default order, the status filter and the breach filter), and the breaches.

A breach is a target missed (flag stored when the clock stopped late) or a due time already passed while the
clock still runs or is paused after passing it: the due times are stored at each change (``sla_timers.refresh``),
so the database answers without recomputing business time for every open ticket.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import and_, case, exists, false, func, or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CrmSearchTerm, Customer, Ticket
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import search_terms
from hashinsight_desktop.services.crm.listing import Page, page
from hashinsight_desktop.services.crm.scope import customer_condition
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

TICKET_STATES: Final = ("open", "in_progress", "waiting", "resolved", "closed")
PRIORITIES: Final = ("low", "normal", "high", "urgent")
WORD_COUNT_CAP: Final = 2000
SEARCH_KIND: Final = "ticket"  # crm_search_terms.kind of a ticket's words
_CUSTOMER_NAME = select(Customer.name).where(Customer.id == Ticket.customer_id).scalar_subquery()
_PRIORITY_RANK = case({p: i for i, p in enumerate(PRIORITIES)}, value=Ticket.priority, else_=-1)


def check_choice(field: str, value: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ValidationError(
            field,
            Text(
                QT_TRANSLATE_NOOP("Errors", "{value!r} is not one of {value2}"), value=value, value2=", ".join(choices)
            ),
        )
    return value


@dataclass(frozen=True)
class TicketRow:
    id: uuid.UUID
    number: int
    subject: str
    customer_id: uuid.UUID
    customer_name: str
    status: str
    priority: str
    opened_at: datetime
    updated_at: datetime
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    breached: bool  # a target missed (or passed while still open) as of the listing's clock
    version: int


SORTABLE: Final = {
    "number": Ticket.number,
    "subject": Ticket.subject_key,
    "customer": Customer.name,
    "status": Ticket.status,
    "priority": _PRIORITY_RANK,
    "opened_at": Ticket.opened_at,
    "updated_at": Ticket.updated_at,
    "resolution_due_at": Ticket.resolution_due_at,
}


def _breach_condition(now: datetime) -> Any:
    return or_(  # no NULL in it: "not breached" must hold the tickets without due times
        Ticket.response_breached,
        Ticket.resolution_breached,
        and_(Ticket.response_due_at.is_not(None), Ticket.response_due_at <= now),
        and_(Ticket.resolution_due_at.is_not(None), Ticket.resolution_due_at <= now),
    )


def _search_condition(session: Session, search: str | None) -> Any:
    """Every word typed starts a word of the subject, or of the customer's name (the CRM's word index), or the
    text is the ticket's number ("T-12", "#12", "12")."""
    text = (search or "").strip().lower()
    if not text:
        return None
    words = list(dict.fromkeys(word[: search_terms.TERM_MAX] for word in text.split()))
    matches: list[Any] = [
        _words_match(session, SEARCH_KIND, words, Ticket.id),
        _words_match(session, "customer", words, Ticket.customer_id),
    ]
    number = text.removeprefix("t-").removeprefix("#")
    if number.isdigit() and len(number) < 10:
        matches.append(Ticket.number == int(number))
    return or_(*matches)


def _word_range(kind: str, word: str) -> Any:
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    return and_(CrmSearchTerm.kind == kind, CrmSearchTerm.term >= word, CrmSearchTerm.term < upper)


def _words_match(session: Session, kind: str, words: list[str], id_column: Any) -> Any:
    """``id_column`` is a record of ``kind`` having a word that starts with each of ``words``. The candidates come
    from the rarest word's index range (a common word like "miner" would be every ticket), the other words are
    checked on those candidates only: milliseconds where an IN over every word's range took ~100-400 ms."""
    if len(words) == 1:
        counted = [(1, words[0])]  # nothing to choose between
    else:  # counted up to a cap: past it a word is common, whichever is commoner does not matter
        capped = [select(CrmSearchTerm.entity_id).where(_word_range(kind, w)).limit(WORD_COUNT_CAP) for w in words]
        counted = [
            (session.scalar(select(func.count()).select_from(q.subquery())) or 0, w)
            for q, w in zip(capped, words, strict=True)
        ]
    fewest, rarest = min(counted)
    if fewest == 0:
        return false()
    condition = id_column.in_(select(CrmSearchTerm.entity_id).where(_word_range(kind, rarest)))
    others = [
        exists().where(_word_range(kind, w), CrmSearchTerm.entity_id == id_column) for _, w in counted if w != rarest
    ]
    return and_(condition, *others)


def index_ticket(session: Session, ticket: Ticket) -> None:
    """(Re)write a ticket's searchable words (its subject) in the caller's transaction."""
    search_terms.index(session, SEARCH_KIND, ticket.id, ticket.subject)


def list_tickets(
    session: Session,
    principal: Principal,
    *,
    search: str | None = None,
    status: str | Iterable[str] | None = None,
    priority: str | None = None,
    customer_id: uuid.UUID | None = None,
    breached: bool | None = None,
    order_by: str = "opened_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
    clock: Clock = system_clock,
) -> Page[TicketRow]:
    """One page of the tickets the principal may see, filtered and sorted in the database, with the total.
    ``search``: words starting words of the subject or of the customer's name, or the number ("T-12", "12")."""
    now = clock()
    # The customer's name: joined only to sort by it; else looked up for the page's rows alone, so the total is
    # counted over the tickets table by itself.
    by_name = order_by == "customer"
    name = Customer.name if by_name else _CUSTOMER_NAME
    query = select(
        Ticket.id,
        Ticket.number,
        Ticket.subject,
        Ticket.customer_id,
        name,
        Ticket.status,
        Ticket.priority,
        Ticket.opened_at,
        Ticket.updated_at,
        Ticket.response_due_at,
        Ticket.resolution_due_at,
        _breach_condition(now),
        Ticket.version,
    )
    if by_name:
        query = query.join(Customer, Customer.id == Ticket.customer_id)
    conditions: list[Any] = [
        customer_condition(principal, Ticket.customer_id, "see tickets"),
        _search_condition(session, search),
    ]
    if status is not None:
        wanted = [status] if isinstance(status, str) else list(status)
        for one in wanted:
            check_choice("status", one, TICKET_STATES)
        conditions.append(Ticket.status.in_(wanted))
    if priority is not None:
        conditions.append(Ticket.priority == check_choice("priority", priority, PRIORITIES))
    if customer_id is not None:
        conditions.append(Ticket.customer_id == customer_id)
    if breached is not None:
        condition = _breach_condition(now)
        conditions.append(condition if breached else ~condition)
    query = query.where(*(c for c in conditions if c is not None))
    rows, total = page(
        session,
        query,
        sortable=SORTABLE,
        order_by=order_by,
        descending=descending,
        tie_break=Ticket.id,
        limit=limit,
        offset=offset,
    )
    return Page([_row(*row) for row in rows], total)


def _row(*values: Any) -> TicketRow:
    named = dict(zip(TicketRow.__dataclass_fields__, values, strict=True))
    return TicketRow(**named | {"breached": bool(named["breached"])})


def breached_tickets(
    session: Session, principal: Principal, *, limit: int = 200, clock: Clock = system_clock
) -> Page[TicketRow]:
    """Tickets that missed a target or have passed one while still open, the most overdue first."""
    return list_tickets(
        session, principal, breached=True, order_by="resolution_due_at", descending=False, limit=limit, clock=clock
    )
