"""Business calendars (working hours, time zone, holidays) and SLA policies (targets per priority, per customer
or the default): saved by staff who manage customers, audited. A change re-times the tickets still running on
them (their stored due times and breach flags), in the same transaction. Saving a policy also moves the running
tickets it now governs onto it (a customer given its own policy, a default added after tickets were opened):
an open ticket is always timed by the policy in force now; resolved and closed ones keep the policy that judged them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BusinessCalendar, CalendarHoliday, Customer, SlaPolicy, Ticket
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import sla_timers
from hashinsight_desktop.services.crm.sla_calendar import BusinessHours
from hashinsight_desktop.services.crm.ticket_list import PRIORITIES
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import required_text

MAX_TARGET_MIN = 365 * 24 * 60
RUNNING = ("open", "in_progress", "waiting")  # moved to the policy in force; resolved/closed keep theirs


def _require(principal: Principal) -> None:
    require(principal, Permission.CUSTOMERS_MANAGE, "change SLA policies and business calendars")


def list_calendars(session: Session, principal: Principal) -> list[BusinessCalendar]:
    _require(principal)
    return list(session.scalars(select(BusinessCalendar).order_by(BusinessCalendar.name)))


def list_policies(session: Session, principal: Principal) -> list[SlaPolicy]:
    _require(principal)
    return list(session.scalars(select(SlaPolicy).order_by(SlaPolicy.name)))


def holidays_of(session: Session, calendar_id: uuid.UUID) -> list[tuple[date, str]]:
    query = select(CalendarHoliday.day, CalendarHoliday.name).where(CalendarHoliday.calendar_id == calendar_id)
    return [(day, name) for day, name in session.execute(query.order_by(CalendarHoliday.day))]


def save_calendar(
    session: Session,
    principal: Principal,
    *,
    name: str,
    hours: Mapping[str, Sequence[Sequence[str]]],
    timezone: str | None = None,
    holidays: Iterable[tuple[date, str]] | None = None,
    calendar_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> BusinessCalendar:
    """Create (no ``calendar_id``) or change a calendar; ``timezone`` None: each ticket's site's zone.
    ``holidays`` (day, name) replace the calendar's list when given."""
    _require(principal)
    clean_name = required_text("name", name, 80)
    BusinessHours.parse(timezone or "UTC", hours)  # every bad day or zone named
    spec = {str(d): [list(span) for span in hours.get(str(d), ())] for d in range(7)}
    calendar = None if calendar_id is None else session.get(BusinessCalendar, calendar_id)
    if calendar_id is not None and calendar is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That business calendar no longer exists."))
    before = None
    if calendar is None:
        calendar = BusinessCalendar(id=uuid.uuid4())
        session.add(calendar)
    else:
        check_version("business calendar", calendar.version, expected_version)
        before = {"name": calendar.name, "timezone": calendar.timezone, "hours": calendar.hours}
    calendar.name, calendar.timezone, calendar.hours = clean_name, timezone or None, spec
    flush(session, "business calendar", "name")
    if holidays is not None:
        days = dict(holidays)
        session.execute(delete(CalendarHoliday).where(CalendarHoliday.calendar_id == calendar.id))
        session.add_all(CalendarHoliday(calendar_id=calendar.id, day=d, name=n[:120]) for d, n in sorted(days.items()))
        calendar.updated_at = clock()  # the holidays are the calendar's: its version moves with them
        flush(session, "business calendar")
    after: dict[str, Any] = {"name": clean_name, "timezone": calendar.timezone, "hours": spec}
    if holidays is not None:
        after["holidays"] = [d.isoformat() for d, _ in holidays_of(session, calendar.id)]
    audit.append(
        session,
        principal,
        "sla.calendar.save",
        "business_calendar",
        calendar.id,
        before=before,
        after=after,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "added business calendar {name}")
            if before is None
            else QT_TRANSLATE_NOOP("Audit", "changed business calendar {name}"),
            name=clean_name,
        ),
        clock=clock,
    )
    _retime(session, select(SlaPolicy.id).where(SlaPolicy.calendar_id == calendar.id), clock)
    return calendar


def _targets(targets: Mapping[str, Sequence[int | None]]) -> dict[str, list[int | None]]:
    clean: dict[str, list[int | None]] = {}
    for priority, pair in targets.items():
        if priority not in PRIORITIES:
            raise ValidationError(
                "priority",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{priority!r} is not one of {value}"),
                    priority=priority,
                    value=", ".join(PRIORITIES),
                ),
            )
        if len(pair) != 2:
            raise ValidationError(
                f"{priority} targets", QT_TRANSLATE_NOOP("Errors", "give the response and the resolution target")
            )
        for label, minutes in zip(("response", "resolution"), pair, strict=True):
            if minutes is not None and not (isinstance(minutes, int) and 1 <= minutes <= MAX_TARGET_MIN):
                raise ValidationError(
                    f"{priority} {label}",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "must be whole minutes from 1 to {MAX_TARGET_MIN}"),
                        MAX_TARGET_MIN=MAX_TARGET_MIN,
                    ),
                )
        clean[priority] = list(pair)
    return clean


def save_policy(
    session: Session,
    principal: Principal,
    *,
    name: str,
    calendar_id: uuid.UUID,
    targets: Mapping[str, Sequence[int | None]],
    customer_id: uuid.UUID | None = None,
    policy_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> SlaPolicy:
    """Create or change a policy: targets in business minutes per priority ({"urgent": [60, 240], ...});
    ``customer_id`` None: the default policy. Tickets opened later take it; running ones are re-timed."""
    _require(principal)
    clean_name = required_text("name", name, 80)
    clean = _targets(targets)
    if session.get(BusinessCalendar, calendar_id) is None:
        raise ValidationError("calendar", QT_TRANSLATE_NOOP("Errors", "no such business calendar"))
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise ValidationError("customer", QT_TRANSLATE_NOOP("Errors", "no such customer"))
    policy = None if policy_id is None else session.get(SlaPolicy, policy_id)
    if policy_id is not None and policy is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That SLA policy no longer exists."))
    clash = select(SlaPolicy.id).where(
        SlaPolicy.customer_id == customer_id if customer_id else SlaPolicy.customer_id.is_(None)
    )
    other = session.scalar(clash if policy is None else clash.where(SlaPolicy.id != policy.id))
    if other is not None:
        whose = "this customer" if customer_id else "the default (no customer)"
        raise ValidationError(
            "customer",
            Text(QT_TRANSLATE_NOOP("Errors", "{whose} already has an SLA policy: change that one"), whose=whose),
        )
    before: dict[str, Any] | None = None
    if policy is None:
        policy = SlaPolicy(id=uuid.uuid4())
        session.add(policy)
    else:
        check_version("SLA policy", policy.version, expected_version)
        before = _state(policy)
    previous_customer = policy.customer_id
    policy.name, policy.calendar_id, policy.customer_id, policy.targets = clean_name, calendar_id, customer_id, clean
    flush(session, "SLA policy", "name")
    audit.append(
        session,
        principal,
        "sla.policy.save",
        "sla_policy",
        policy.id,
        before=before,
        after=_state(policy),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "added SLA policy {name}")
            if before is None
            else QT_TRANSLATE_NOOP("Audit", "changed SLA policy {name}"),
            name=clean_name,
        ),
        clock=clock,
    )
    _reassign(session, policy, {previous_customer, customer_id}, clock)
    return policy


def _state(policy: SlaPolicy) -> dict[str, Any]:
    return {
        "name": policy.name,
        "calendar_id": str(policy.calendar_id),
        "customer_id": None if policy.customer_id is None else str(policy.customer_id),
        "targets": policy.targets,
    }


def _retime(session: Session, policy_ids: Any, clock: Clock) -> None:
    """Store new due times on the tickets still running under these policies."""
    running = select(Ticket).where(Ticket.policy_id.in_(policy_ids), Ticket.status != "closed")
    sla_timers.refresh_many(session, list(session.scalars(running)), clock())
    flush(session, "ticket")


def _reassign(session: Session, policy: SlaPolicy, customers: set[uuid.UUID | None], clock: Clock) -> None:
    """Give every running ticket the policy in force for its customer now (own, else default, else none), then
    re-time those moved and those under ``policy``. ``customers``: whose tickets the save can move (None in it:
    the default changed, so every customer without a policy of their own)."""
    owned = select(SlaPolicy.customer_id, SlaPolicy.id).where(SlaPolicy.customer_id.is_not(None))
    own = {customer: policy_id for customer, policy_id in session.execute(owned)}
    default = session.scalars(
        select(SlaPolicy.id).where(SlaPolicy.customer_id.is_(None)).order_by(SlaPolicy.name)
    ).first()
    running = select(Ticket).where(Ticket.status.in_(RUNNING))
    if None not in customers:
        running = running.where(Ticket.customer_id.in_(customers))
    moved = []
    for ticket in session.scalars(running):
        in_force = own.get(ticket.customer_id, default)
        if ticket.policy_id != in_force:
            ticket.policy_id = in_force
            if in_force != policy.id:  # those now under ``policy`` are re-timed with the rest of its tickets below
                moved.append(ticket)
    sla_timers.refresh_many(session, moved, clock())
    _retime(session, select(SlaPolicy.id).where(SlaPolicy.id == policy.id), clock)
