"""SLA timers from a status history against hand-computed cases (no database): a pause for the customer across
a weekend, outside business hours, a breach and when it happened, a reopened ticket, a holiday."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hashinsight_desktop.services.crm import sla_timers
from hashinsight_desktop.services.crm.sla_calendar import BusinessHours, office_hours

CHICAGO = ZoneInfo("America/Chicago")
OFFICE = BusinessHours.parse("America/Chicago", office_hours(), holidays=[date(2026, 12, 25)])
HOUR = 3600.0
TARGETS = (1 * HOUR, 4 * HOUR)  # respond within 1 business hour, resolve within 4


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=CHICAGO)


# Opened Fri 4 Dec 15:00, taken 15:10, waiting for the customer from 16:00, who answers Mon 7 Dec 10:00.
HISTORY = [(at(4, 15), "open"), (at(4, 15, 10), "in_progress"), (at(4, 16), "waiting"), (at(7, 10), "in_progress")]


def test_waiting_across_the_weekend_pauses_the_resolution_clock() -> None:
    timers = sla_timers.compute(OFFICE, HISTORY[:3], at(4, 15, 10), TARGETS, at(7, 9, 30))  # Monday, still waiting
    assert timers.response.state == "stopped" and timers.response.elapsed_s == 10 * 60
    assert not timers.response.breached
    assert timers.resolution.state == "waiting" and timers.resolution.paused
    assert timers.resolution.elapsed_s == 1 * HOUR  # Fri 15:00-16:00 only
    assert timers.resolution.due_at is None  # unknown until the customer answers
    # Monday 12:00, counting again since 10:00: 1 h Friday + 2 h Monday; 1 h left, due 13:00.
    timers = sla_timers.compute(OFFICE, HISTORY, at(4, 15, 10), TARGETS, at(7, 12))
    assert timers.resolution.state == "running"
    assert (timers.resolution.elapsed_s, timers.resolution.remaining_s) == (3 * HOUR, 1 * HOUR)
    assert timers.resolution.due_at == at(7, 13)
    # Counted without the pause (Fri 16-17 and Mon 9-10 too) it would have been due at 11:00.


def test_resolved_late_is_breached_at_the_moment_the_target_passed() -> None:
    history = [*HISTORY, (at(7, 14), "resolved")]
    timers = sla_timers.compute(OFFICE, history, at(4, 15, 10), TARGETS, at(8, 9))
    assert timers.resolution.state == "stopped" and timers.resolution.breached
    assert timers.resolution.elapsed_s == 5 * HOUR and timers.resolution.remaining_s == -1 * HOUR
    assert timers.resolution.due_at == at(7, 13)


def test_outside_business_hours_the_clock_runs_but_counts_nothing() -> None:
    opened = [(at(4, 16, 30), "open")]  # Friday 16:30, nobody answered
    saturday = sla_timers.compute(OFFICE, opened, None, TARGETS, at(5, 11))
    assert saturday.response.state == "off_hours" and saturday.response.paused
    assert saturday.response.elapsed_s == 30 * 60 and saturday.response.due_at == at(7, 9, 30)
    monday = sla_timers.compute(OFFICE, opened, None, TARGETS, at(7, 10))
    assert monday.response.breached and monday.response.state == "running"
    assert monday.response.due_at == at(7, 9, 30)  # when it was breached


def test_a_reopened_ticket_goes_on_from_where_its_clock_stopped() -> None:
    history = [(at(1, 9), "open"), (at(1, 9, 30), "in_progress"), (at(1, 11), "resolved"), (at(2, 9), "in_progress")]
    timers = sla_timers.compute(OFFICE, history, at(1, 9, 30), TARGETS, at(2, 10))
    assert timers.resolution.elapsed_s == 3 * HOUR and timers.resolution.due_at == at(2, 11)


def test_a_holiday_counts_nothing() -> None:
    history = [(at(24, 16), "open"), (at(24, 16, 5), "in_progress")]  # Thursday before Christmas
    timers = sla_timers.compute(OFFICE, history, at(24, 16, 5), TARGETS, at(25, 15))
    assert timers.resolution.elapsed_s == 1 * HOUR and timers.resolution.state == "off_hours"
    assert timers.resolution.due_at == at(28, 12)  # 3 h left from Monday 09:00


def test_no_targets_no_breach() -> None:
    timers = sla_timers.compute(OFFICE, HISTORY, None, (None, None), at(31, 12))
    assert timers.response.state == "none" and not timers.response.breached and timers.response.remaining_s is None
