"""A ticket's SLA timers from its status history: response and resolution, in business time.

The clocks count only while the ticket is ``open`` or ``in_progress`` and only in the calendar's working hours:
``waiting`` (for the customer) pauses both, ``resolved`` and ``closed`` stop the resolution clock (a reopened
ticket's clock goes on from where it stopped), and the response clock stops at the first response (a staff reply
or the first move out of ``open``). ``compute`` is pure; ``ticket_timers`` loads what it needs; ``refresh``
stores the due times and breach flags on the ticket row so breaches can be listed by the database.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BusinessCalendar, CalendarHoliday, Site, SlaPolicy, Ticket, TicketStatusChange
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.scope import get_scoped
from hashinsight_desktop.services.crm.sla_calendar import BusinessHours
from hashinsight_desktop.services.permissions import Principal

COUNTING_STATES: Final = frozenset({"open", "in_progress"})
WAITING: Final = "waiting"
# A timer's state: counting now, running but outside working hours, paused for the customer, ended, no target.
RUNNING, OFF_HOURS, PAUSED, STOPPED, NO_TARGET = "running", "off_hours", "waiting", "stopped", "none"


@dataclass(frozen=True)
class Timer:
    target_s: float | None
    elapsed_s: float  # business seconds counted so far
    state: str
    due_at: datetime | None  # when the target is reached at this pace (past when breached); None: paused or ended
    breached: bool

    @property
    def remaining_s(self) -> float | None:
        """Business seconds left (negative: over the target by that much); None without a target."""
        return None if self.target_s is None else self.target_s - self.elapsed_s

    @property
    def paused(self) -> bool:
        return self.state in (PAUSED, OFF_HOURS)


@dataclass(frozen=True)
class TicketTimers:
    response: Timer
    resolution: Timer


Periods = list[tuple[datetime, datetime]]


def _counting_periods(history: Sequence[tuple[datetime, str]], end: datetime) -> Periods:
    """The spans in which the ticket was open or in progress, up to ``end``."""
    periods: Periods = []
    for (at, status), following in zip(history, [*history[1:], (end, "")], strict=True):
        stop = min(following[0], end)
        if status in COUNTING_STATES and at < stop:
            periods.append((at, stop))
    return periods


def _timer(
    hours: BusinessHours, periods: Periods, target_s: float | None, *, live: bool, waiting: bool, now: datetime
) -> Timer:
    """``live``: the clock has not ended (no response yet / not resolved); ``waiting``: paused for the customer."""
    elapsed, reached_at = 0.0, None
    for start, stop in periods:
        seconds = hours.seconds_between(start, stop)
        if reached_at is None and target_s is not None and elapsed + seconds > target_s:
            reached_at = hours.add(start, target_s - elapsed)
        elapsed += seconds
    if target_s is None:
        return Timer(None, elapsed, NO_TARGET if live else STOPPED, None, False)
    breached = elapsed > target_s
    if not live:
        return Timer(target_s, elapsed, STOPPED, reached_at if breached else None, breached)
    if waiting:
        return Timer(target_s, elapsed, PAUSED, reached_at, breached)
    due = reached_at if breached else hours.add(now, target_s - elapsed)
    return Timer(target_s, elapsed, RUNNING if hours.is_open(now) else OFF_HOURS, due, breached)


def compute(
    hours: BusinessHours,
    history: Sequence[tuple[datetime, str]],
    first_response_at: datetime | None,
    targets: tuple[float | None, float | None],
    now: datetime,
) -> TicketTimers:
    """Both timers as of ``now``. ``history``: each status entered with its time, oldest first, starting with
    (opened at, "open"); ``targets``: (response, resolution) in business seconds, None for no target."""
    status = history[-1][1] if history else "open"
    response_end = min(first_response_at, now) if first_response_at is not None else now
    response = _timer(
        hours,
        _counting_periods(history, response_end),
        targets[0],
        live=first_response_at is None,
        waiting=status == WAITING,
        now=now,
    )
    resolution = _timer(
        hours,
        _counting_periods(history, now),
        targets[1],
        live=status in COUNTING_STATES or status == WAITING,
        waiting=status == WAITING,
        now=now,
    )
    return TicketTimers(response, resolution)


def policy_for(session: Session, customer_id: uuid.UUID) -> SlaPolicy | None:
    """The customer's own policy, else the default one (no customer), else none."""
    own = session.scalars(select(SlaPolicy).where(SlaPolicy.customer_id == customer_id)).first()
    return (
        own
        or session.scalars(select(SlaPolicy).where(SlaPolicy.customer_id.is_(None)).order_by(SlaPolicy.name)).first()
    )


def hours_of(session: Session, calendar: BusinessCalendar, site_id: uuid.UUID | None) -> BusinessHours:
    """The calendar's hours in its own zone, or the site's (UTC without a site)."""
    zone = calendar.timezone
    if zone is None:
        site = None if site_id is None else session.get(Site, site_id)
        zone = site.timezone if site is not None else "UTC"
    days = session.scalars(select(CalendarHoliday.day).where(CalendarHoliday.calendar_id == calendar.id))
    return BusinessHours.parse(zone, calendar.hours, holidays=days)


def targets_of(policy: SlaPolicy | None, priority: str) -> tuple[float | None, float | None]:
    """(response, resolution) targets in business seconds for a priority; None where the policy has none."""
    pair = (policy.targets if policy is not None else {}).get(priority) or (None, None)
    return tuple(None if minutes is None else float(minutes) * 60 for minutes in pair)  # type: ignore[return-value]


def history_of(session: Session, ticket: Ticket) -> list[tuple[datetime, str]]:
    rows = session.execute(
        select(TicketStatusChange.at, TicketStatusChange.to_status)
        .where(TicketStatusChange.ticket_id == ticket.id)
        .order_by(TicketStatusChange.at, TicketStatusChange.id)
    )
    return [(at, status) for at, status in rows] or [(ticket.opened_at, "open")]


def timers_of(session: Session, ticket: Ticket, now: datetime) -> TicketTimers:
    """The timers of a ticket already loaded (no permission check: the caller fetched it scoped)."""
    policy = None if ticket.policy_id is None else session.get(SlaPolicy, ticket.policy_id)
    if policy is None:
        empty = Timer(None, 0.0, NO_TARGET, None, False)
        return TicketTimers(empty, empty)
    calendar = session.get(BusinessCalendar, policy.calendar_id)
    assert calendar is not None  # RESTRICT: a calendar in use is not deleted
    hours = hours_of(session, calendar, ticket.site_id)
    return compute(
        hours, history_of(session, ticket), ticket.first_response_at, targets_of(policy, ticket.priority), now
    )


def refresh(session: Session, ticket: Ticket, now: datetime) -> TicketTimers:
    """Store the due times and breach flags (after any change of status, priority, policy or response)."""
    timers = timers_of(session, ticket, now)
    _store(ticket, timers)
    return timers


def _store(ticket: Ticket, timers: TicketTimers) -> None:
    ticket.response_due_at = timers.response.due_at if timers.response.state != STOPPED else None
    ticket.resolution_due_at = timers.resolution.due_at if timers.resolution.state != STOPPED else None
    ticket.response_breached = timers.response.breached
    ticket.resolution_breached = timers.resolution.breached


def refresh_many(session: Session, tickets: Sequence[Ticket], now: datetime, *, chunk: int = 500) -> None:
    """``refresh`` for many tickets (a policy or calendar changed under thousands): their histories read in a few
    queries, each calendar's hours built once per zone, instead of three queries a ticket."""
    histories: dict[uuid.UUID, list[tuple[datetime, str]]] = defaultdict(list)
    ids = [t.id for t in tickets]
    for start in range(0, len(ids), chunk):
        rows = session.execute(
            select(TicketStatusChange.ticket_id, TicketStatusChange.at, TicketStatusChange.to_status)
            .where(TicketStatusChange.ticket_id.in_(ids[start : start + chunk]))
            .order_by(TicketStatusChange.ticket_id, TicketStatusChange.at, TicketStatusChange.id)
        )
        for ticket_id, at, status in rows:
            histories[ticket_id].append((at, status))
    wanted = {t.policy_id for t in tickets if t.policy_id is not None}
    policies = {p.id: p for p in session.scalars(select(SlaPolicy).where(SlaPolicy.id.in_(wanted)))} if wanted else {}
    hours: dict[tuple[uuid.UUID, uuid.UUID | None], BusinessHours] = {}
    empty = Timer(None, 0.0, NO_TARGET, None, False)
    for ticket in tickets:
        policy = policies.get(ticket.policy_id) if ticket.policy_id is not None else None
        if policy is None:
            _store(ticket, TicketTimers(empty, empty))
            continue
        calendar = session.get(BusinessCalendar, policy.calendar_id)
        assert calendar is not None  # RESTRICT: a calendar in use is not deleted
        key = (calendar.id, ticket.site_id if calendar.timezone is None else None)
        if key not in hours:
            hours[key] = hours_of(session, calendar, ticket.site_id)
        history = histories.get(ticket.id) or [(ticket.opened_at, "open")]
        targets = targets_of(policy, ticket.priority)
        _store(ticket, compute(hours[key], history, ticket.first_response_at, targets, now))


def ticket_timers(
    session: Session, principal: Principal, ticket_id: uuid.UUID, *, clock: Clock = system_clock
) -> TicketTimers:
    """Response and resolution timers of a ticket the principal may see (NotFound otherwise)."""
    ticket = get_scoped(session, principal, Ticket, ticket_id, Ticket.customer_id, entity="ticket")
    return timers_of(session, ticket, clock())
