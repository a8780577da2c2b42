"""Support tickets: opened by staff or by the customer, moved through their states, replied to, listed.

States and the legal moves (anything else is refused, naming the move, and nothing is saved)::

    open         → in_progress, waiting, resolved
    in_progress  → waiting, resolved
    waiting      → in_progress (also: the customer's reply), resolved        waiting: for the customer
    resolved     → in_progress (reopen; also: the customer's reply), closed
    closed       final: a new problem is a new ticket

Only staff move tickets; a customer opens tickets and replies (a reply to a closed ticket is refused). A staff
reply, or the first move out of ``open``, is the first response; staff replies are e-mailed to the customer's
contacts (crm_mail) when SMTP is configured. Every query is scoped
(``scope``): a customer sees only their tickets, another customer's by id is "not found".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    Customer,
    CustomerContact,
    EmailLog,
    Miner,
    Ticket,
    TicketMessage,
    TicketMiner,
    TicketStatusChange,
)
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import CRM, in_sentence
from hashinsight_desktop.services.crm import crm_mail, sla_timers
from hashinsight_desktop.services.crm.incidents import incidents_of_ticket
from hashinsight_desktop.services.crm.scope import customer_condition, get_scoped, not_found_message
from hashinsight_desktop.services.crm.ticket_list import (  # the lists, with the module that changes tickets
    PRIORITIES,
    TICKET_STATES,
    TicketRow,
    breached_tickets,
    check_choice,
    index_ticket,
    list_tickets,
)
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, Role, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import also_wrong, optional_text, required_text

__all__ = [  # the lists come from ticket_list; the CRM tab and the command line call them all here
    "LEGAL_MOVES",
    "PRIORITIES",
    "TICKET_STATES",
    "Reply",
    "TicketDetail",
    "TicketRow",
    "breached_tickets",
    "find_ticket",
    "get_ticket",
    "legal_moves",
    "list_tickets",
    "move_ticket",
    "open_ticket",
    "reply",
    "reply_recipients",
    "ticket_detail",
    "ticket_state",
    "update_ticket",
]
LEGAL_MOVES: Final = {
    "open": ("in_progress", "waiting", "resolved"),
    "in_progress": ("waiting", "resolved"),
    "waiting": ("in_progress", "resolved"),
    "resolved": ("in_progress", "closed"),
    "closed": (),
}


def legal_moves(status: str) -> tuple[str, ...]:
    return LEGAL_MOVES.get(status, ())


def get_ticket(session: Session, principal: Principal, ticket_id: uuid.UUID) -> Ticket:
    """The ticket if the principal may see it; "not found" alike for a missing one and another customer's."""
    return get_scoped(session, principal, Ticket, ticket_id, Ticket.customer_id, entity="ticket", action="see tickets")


def find_ticket(session: Session, principal: Principal, reference: str) -> Ticket:
    """A ticket by its number ("T-12", "12") or id, scoped like ``get_ticket``."""
    text = reference.strip().lower().removeprefix("t-").removeprefix("#")
    if text.isdigit() and len(text) < 10:
        found = session.scalar(select(Ticket.id).where(Ticket.number == int(text)))
        if found is None:
            raise NotFound(not_found_message(QT_TRANSLATE_NOOP("Errors", "ticket")))
        return get_ticket(session, principal, found)
    try:
        return get_ticket(session, principal, uuid.UUID(text))
    except ValueError:
        raise ValidationError(
            "ticket",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{reference!r} is neither a ticket number nor an id"), reference=reference
            ),
        ) from None


def ticket_state(ticket: Ticket) -> dict[str, Any]:
    """The audited state of a ticket."""
    return {
        "number": ticket.number,
        "customer_id": str(ticket.customer_id),
        "subject": ticket.subject,
        "priority": ticket.priority,
        "status": ticket.status,
        "assignee_id": None if ticket.assignee_id is None else str(ticket.assignee_id),
    }


def _miners(
    session: Session, principal: Principal, customer_id: uuid.UUID, miner_ids: Iterable[uuid.UUID]
) -> list[Miner]:
    wanted = list(dict.fromkeys(miner_ids))
    found = {m.id: m for m in session.scalars(select(Miner).where(Miner.id.in_(wanted)))} if wanted else {}
    # Another customer's miner never joins this customer's ticket (their login would read its name): staff are told,
    # a customer (who links only their own) gets the same answer as for a missing one.
    staff = principal.role is not Role.CUSTOMER
    foreign = [m.name for m in found.values() if m.customer_id not in (customer_id, None)]
    if staff and foreign:
        raise ValidationError(
            "miners",
            Text(QT_TRANSLATE_NOOP("Errors", "hosted for another customer: {value}"), value=", ".join(foreign)),
        )
    mine = {i: m for i, m in found.items() if m.customer_id == customer_id or (staff and m.customer_id is None)}
    missing = [str(i) for i in wanted if i not in mine]
    if missing:
        raise ValidationError(
            "miners", Text(QT_TRANSLATE_NOOP("Errors", "no such miner: {value}"), value=", ".join(missing))
        )
    return [mine[i] for i in wanted]


def _record_status(session: Session, ticket: Ticket, before: str | None, by: str, now: datetime) -> None:
    session.add(TicketStatusChange(ticket_id=ticket.id, from_status=before, to_status=ticket.status, at=now, by=by))


def open_ticket(
    session: Session,
    principal: Principal,
    *,
    subject: str,
    customer_id: uuid.UUID | None = None,
    description: str = "",
    priority: str = "normal",
    miner_ids: Iterable[uuid.UUID] = (),
    site_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
) -> Ticket:
    """A new ``open`` ticket of a customer (a customer-role user: always their own), its SLA clocks started."""
    customer_condition(principal, Ticket.customer_id, "open tickets")  # the permission, before anything is read
    if principal.role is Role.CUSTOMER:
        if customer_id not in (None, principal.customer_id) or principal.customer_id is None:
            raise ValidationError("customer", not_found_message(QT_TRANSLATE_NOOP("Errors", "customer")))
        customer_id = principal.customer_id
    if customer_id is None:
        raise ValidationError("customer", QT_TRANSLATE_NOOP("Errors", "choose the customer the ticket is for"))
    if session.get(Customer, customer_id) is None:
        raise ValidationError("customer", not_found_message(QT_TRANSLATE_NOOP("Errors", "customer")))
    problems: list[tuple[str, str | Text]] = []
    try:
        clean_subject = required_text("subject", subject, 200)
    except ValidationError as exc:
        problems.append((exc.field, exc.message_text))
    if priority not in PRIORITIES:
        one_of = QT_TRANSLATE_NOOP("Errors", "{priority!r} is not one of {values}")
        problems.append(("priority", Text(one_of, priority=priority, values=", ".join(PRIORITIES))))
    if problems:
        (field, message), rest = problems[0], problems[1:]
        raise ValidationError(field, also_wrong(message, rest))
    miners = _miners(session, principal, customer_id, miner_ids)
    sites = {m.site_id for m in miners}
    now = clock()
    ticket = Ticket(
        id=uuid.uuid4(),
        customer_id=customer_id,
        site_id=site_id or (sites.pop() if len(sites) == 1 else None),
        policy_id=getattr(sla_timers.policy_for(session, customer_id), "id", None),
        subject=clean_subject,
        subject_key=clean_subject.lower(),
        description=optional_text("description", description, 20_000),
        priority=priority,
        status="open",
        opened_by=principal.username[:64],
        opened_at=now,
    )
    number = _insert_numbered(session, ticket)
    session.add_all(TicketMiner(ticket_id=ticket.id, miner_id=m.id) for m in miners)
    _record_status(session, ticket, None, principal.username[:64], now)
    flush(session, "ticket")
    index_ticket(session, ticket)
    sla_timers.refresh(session, ticket, now)
    audit.append(
        session,
        principal,
        "ticket.create",
        "ticket",
        ticket.id,
        after=ticket_state(ticket) | {"miners": [str(m.id) for m in miners]},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "opened ticket T-{number}: {subject}"), number=number, subject=clean_subject
        ),
        clock=clock,
    )
    return ticket


def _insert_numbered(session: Session, ticket: Ticket, attempts: int = 5) -> int:
    """Insert the ticket with the next number. On PostgreSQL two desktops opening tickets at once read the same
    highest number: the second insert waits for the first and meets the unique number; it takes the next one (a
    savepoint). SQLite has one writer at a time (a stale read fails the write as busy), and pysqlite's savepoint
    would begin the transaction itself, so there the insert is plain."""
    if session.get_bind().dialect.name == "sqlite":
        ticket.number = (session.scalar(select(func.max(Ticket.number))) or 0) + 1
        session.add(ticket)
        flush(session, "ticket", "number")
        return ticket.number
    for _ in range(attempts):
        ticket.number = (session.scalar(select(func.max(Ticket.number))) or 0) + 1
        try:
            with session.begin_nested():
                session.add(ticket)
                session.flush()
            return ticket.number
        except IntegrityError:
            continue
    raise ValidationError("number", QT_TRANSLATE_NOOP("Errors", "several tickets were being opened at once: try again"))


def move_ticket(
    session: Session,
    principal: Principal,
    ticket_id: uuid.UUID,
    to_status: str,
    *,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> Ticket:
    """Staff move a ticket along a legal edge of the graph above; anything else is refused, nothing saved."""
    require(principal, Permission.CUSTOMERS_MANAGE, "move tickets")
    ticket = get_ticket(session, principal, ticket_id)
    check_version("ticket", ticket.version, expected_version)
    check_choice("status", to_status, TICKET_STATES)
    before = ticket.status
    if to_status not in legal_moves(before):
        allowed = ", ".join(legal_moves(before)) or "none: a closed ticket is final"
        raise ValidationError(
            "status",
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors", ("T-{number} cannot move {before} → {to_status} (from {before}: {allowed})")
                ),
                number=ticket.number,
                before=before,
                to_status=to_status,
                allowed=allowed,
            ),
        )
    return _change_status(session, principal, ticket, to_status, clock)


def _change_status(session: Session, principal: Principal, ticket: Ticket, to_status: str, clock: Clock) -> Ticket:
    now, before, state = clock(), ticket.status, ticket_state(ticket)
    ticket.status = to_status
    if before == "open" and ticket.first_response_at is None and principal.role is not Role.CUSTOMER:
        ticket.first_response_at = now
    if to_status == "resolved":
        ticket.resolved_at = now
    elif to_status == "closed":
        ticket.closed_at = now
    elif before == "resolved":  # reopened
        ticket.resolved_at = None
    _record_status(session, ticket, before, principal.username[:64], now)
    flush(session, "ticket")
    sla_timers.refresh(session, ticket, now)
    flush(session, "ticket")
    audit.append(
        session,
        principal,
        "ticket.move",
        "ticket",
        ticket.id,
        before=state,
        after=ticket_state(ticket),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "moved ticket T-{number} {before} → {to_status}"),
            number=ticket.number,
            before=in_sentence(CRM, before),
            to_status=in_sentence(CRM, to_status),
        ),
        clock=clock,
    )
    return ticket


@dataclass(frozen=True)
class Reply:
    message: TicketMessage
    ticket: Ticket
    emailed_to: list[str]  # the customer's contacts a staff reply was queued for
    not_emailed: str | None = None  # why a staff reply was not e-mailed (no address, no SMTP server configured)


def reply_recipients(session: Session, customer_id: uuid.UUID) -> list[str]:
    """Who hears of a staff reply: the customer's primary and technical contacts with an address, else any
    contact with one, else the account's contact e-mail."""
    contacts = list(
        session.execute(
            select(CustomerContact.email, CustomerContact.role).where(
                CustomerContact.customer_id == customer_id, CustomerContact.email.is_not(None)
            )
        )
    )
    chosen = [e for e, role in contacts if role in ("primary", "technical") and e] or [e for e, _ in contacts if e]
    if not chosen:
        fallback = session.scalar(select(Customer.contact_email).where(Customer.id == customer_id))
        chosen = [fallback] if fallback else []
    return sorted(set(chosen))


def reply(
    session: Session,
    principal: Principal,
    ticket_id: uuid.UUID,
    body: str,
    *,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> Reply:
    """Add a reply. The customer's reply resumes a waiting ticket and reopens a resolved one; a staff reply is
    the first response if none was yet, and is e-mailed to the customer's contacts."""
    ticket = get_ticket(session, principal, ticket_id)
    check_version("ticket", ticket.version, expected_version)
    text = required_text("reply", body, 20_000)
    if ticket.status == "closed":
        raise ValidationError(
            "reply", Text(QT_TRANSLATE_NOOP("Errors", "T-{number} is closed: open a new ticket"), number=ticket.number)
        )
    now = clock()
    from_customer = principal.role is Role.CUSTOMER
    message = TicketMessage(
        id=uuid.uuid4(),
        ticket_id=ticket.id,
        author=principal.username[:64],
        from_customer=from_customer,
        body=text,
        created_at=now,
    )
    session.add(message)
    emailed: list[str] = []
    not_emailed = None
    if from_customer and ticket.status in ("waiting", "resolved"):
        _change_status(session, principal, ticket, "in_progress", clock)
    else:
        if not from_customer and ticket.first_response_at is None:
            ticket.first_response_at = now
        ticket.updated_at = now  # a reply changes the ticket: its version moves, a stale editor is told
        flush(session, "ticket")
        sla_timers.refresh(session, ticket, now)
    if not from_customer:
        emailed = reply_recipients(session, ticket.customer_id)
        if not emailed:
            not_emailed = "the customer has no contact with an e-mail address"
        elif not crm_mail.smtp_configured(session):
            emailed, not_emailed = [], crm_mail.NO_SMTP
        else:
            crm_mail.queue_email(
                session,
                emailed,
                f"[T-{ticket.number}] {ticket.subject}",
                f"{text}\n\n(Reply from {principal.username} on ticket T-{ticket.number}.)",
                related=("ticket", ticket.id),
                queued_by=principal.username,
                clock=clock,
            )
    flush(session, "ticket")
    audit.append(
        session,
        principal,
        "ticket.reply",
        "ticket",
        ticket.id,
        after={"message_id": str(message.id), "from_customer": from_customer, "emailed_to": emailed},
        summary=Text(QT_TRANSLATE_NOOP("Audit", "replied on ticket T-{number}"), number=ticket.number),
        clock=clock,
    )
    return Reply(message, ticket, emailed, not_emailed)


def update_ticket(
    session: Session,
    principal: Principal,
    ticket_id: uuid.UUID,
    *,
    expected_version: int,
    subject: str | None = None,
    priority: str | None = None,
    assignee_id: uuid.UUID | None = None,
    miner_ids: Iterable[uuid.UUID] | None = None,
    clock: Clock = system_clock,
) -> Ticket:
    """Staff edit a ticket (None: unchanged); a copy older than the row is refused ("changed by someone else")."""
    require(principal, Permission.CUSTOMERS_MANAGE, "edit tickets")
    ticket = get_ticket(session, principal, ticket_id)
    check_version("ticket", ticket.version, expected_version)
    miners = None if miner_ids is None else _miners(session, principal, ticket.customer_id, miner_ids)
    before = ticket_state(ticket)
    if subject is not None:
        ticket.subject = required_text("subject", subject, 200)
        ticket.subject_key = ticket.subject.lower()
    if priority is not None:
        ticket.priority = check_choice("priority", priority, PRIORITIES)
    if assignee_id is not None:
        ticket.assignee_id = assignee_id
    if miners is not None:
        ticket.updated_at = clock()
    flush(session, "ticket")  # a stale row is told here, before the links and words are rewritten
    if miners is not None:
        session.execute(delete(TicketMiner).where(TicketMiner.ticket_id == ticket.id))
        session.add_all(TicketMiner(ticket_id=ticket.id, miner_id=m.id) for m in miners)
    if subject is not None:
        index_ticket(session, ticket)
    sla_timers.refresh(session, ticket, clock())
    flush(session, "ticket")
    audit.append(
        session,
        principal,
        "ticket.update",
        "ticket",
        ticket.id,
        before=before,
        after=ticket_state(ticket),
        summary=Text(QT_TRANSLATE_NOOP("Audit", "edited ticket T-{number}"), number=ticket.number),
        clock=clock,
    )
    return ticket


@dataclass(frozen=True)
class TicketDetail:
    ticket: Ticket
    customer_name: str
    miners: list[tuple[uuid.UUID, str]]  # (id, name)
    messages: list[TicketMessage]  # oldest first
    history: list[TicketStatusChange]  # oldest first
    timers: sla_timers.TicketTimers
    incidents: list[tuple[uuid.UUID, str]]  # (id, title)
    emails: list[EmailLog]  # the replies e-mailed for it, newest first (staff only; empty for a customer)
    legal_moves: tuple[str, ...]


def ticket_detail(
    session: Session, principal: Principal, ticket_id: uuid.UUID, *, clock: Clock = system_clock
) -> TicketDetail:
    """Everything a ticket's page shows, scoped like ``get_ticket``."""
    ticket = get_ticket(session, principal, ticket_id)
    miners = session.execute(
        select(Miner.id, Miner.name)
        .join(TicketMiner, TicketMiner.miner_id == Miner.id)
        .where(TicketMiner.ticket_id == ticket.id)
        .order_by(Miner.name)
    )
    messages = session.scalars(
        select(TicketMessage).where(TicketMessage.ticket_id == ticket.id).order_by(TicketMessage.created_at)
    )
    history = session.scalars(
        select(TicketStatusChange)
        .where(TicketStatusChange.ticket_id == ticket.id)
        .order_by(TicketStatusChange.at, TicketStatusChange.id)
    )
    staff = principal.role is not Role.CUSTOMER
    return TicketDetail(
        ticket=ticket,
        customer_name=session.scalar(select(Customer.name).where(Customer.id == ticket.customer_id)) or "",
        miners=[(i, n) for i, n in miners],
        messages=list(messages),
        history=list(history),
        timers=sla_timers.timers_of(session, ticket, clock()),
        incidents=[(i.id, i.title) for i in incidents_of_ticket(session, ticket.id)],
        emails=crm_mail.send_log(session, principal, related=("ticket", ticket.id)) if staff else [],
        legal_moves=legal_moves(ticket.status) if staff else (),
    )
