"""Business-time arithmetic against hand-computed cases (no database): office hours, a holiday, a weekend, a
daylight-saving change, a 24-hour calendar across the change, and bad specs named by day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hashinsight_desktop.services.crm.sla_calendar import BusinessHours, office_hours
from hashinsight_desktop.services.errors import ValidationError

CHICAGO = ZoneInfo("America/Chicago")  # CST = UTC-6 in winter, CDT = UTC-5 from 2027-03-14 02:00
HOUR = 3600.0


def chicago(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CHICAGO)


OFFICE = BusinessHours.parse("America/Chicago", office_hours(), holidays=[date(2026, 12, 25)])


def test_friday_afternoon_to_monday_skips_the_weekend() -> None:
    # Fri 16:00: 1 h left on Friday; 3 more from Monday 09:00 -> Monday 12:00 CST (18:00 UTC).
    due = OFFICE.add(chicago(2026, 12, 4, 16, 0), 4 * HOUR)
    assert due == datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
    assert OFFICE.seconds_between(chicago(2026, 12, 4, 16, 0), due) == 4 * HOUR


def test_outside_hours_counts_nothing_and_starts_at_the_next_opening() -> None:
    assert OFFICE.seconds_between(chicago(2026, 12, 4, 17, 30), chicago(2026, 12, 7, 8, 59)) == 0
    assert OFFICE.add(chicago(2026, 12, 5, 11, 0), 30 * 60) == chicago(2026, 12, 7, 9, 30)  # a Saturday


def test_a_holiday_is_a_whole_day_off() -> None:
    # Thu 24 Dec 15:00: 2 h that day, Fri 25 Dec a holiday, the weekend, then 6 h on Mon 28 Dec -> 15:00.
    assert OFFICE.add(chicago(2026, 12, 24, 15, 0), 8 * HOUR) == chicago(2026, 12, 28, 15, 0)
    assert OFFICE.seconds_between(chicago(2026, 12, 24, 0, 0), chicago(2026, 12, 29, 0, 0)) == 16 * HOUR


def test_office_hours_across_the_spring_daylight_saving_change() -> None:
    # Fri 12 Mar 2027 16:00 CST (22:00 UTC) + 2 h: 1 h Friday, then Mon 09:00-10:00 CDT = 15:00 UTC, not 16:00.
    start = chicago(2027, 3, 12, 16, 0)
    assert start.astimezone(UTC) == datetime(2027, 3, 12, 22, 0, tzinfo=UTC)
    assert OFFICE.add(start, 2 * HOUR) == datetime(2027, 3, 15, 15, 0, tzinfo=UTC)
    # The whole week around the change is still 5 days x 8 hours.
    assert OFFICE.seconds_between(chicago(2027, 3, 8), chicago(2027, 3, 20)) == 2 * 5 * 8 * HOUR


def test_a_24_hour_calendar_has_a_23_hour_sunday_at_the_change() -> None:
    always = BusinessHours.parse("America/Chicago", {str(d): [["00:00", "24:00"]] for d in range(7)})
    assert always.seconds_between(chicago(2027, 3, 14), chicago(2027, 3, 15)) == 23 * HOUR
    assert always.seconds_between(chicago(2026, 11, 1), chicago(2026, 11, 2)) == 25 * HOUR  # autumn: 25 h
    assert always.add(chicago(2027, 3, 13, 12, 0), 24 * HOUR) == chicago(2027, 3, 14, 13, 0)


def test_split_shifts_and_is_open() -> None:
    split = BusinessHours.parse("UTC", office_hours("08:00", "12:00") | {"0": [["13:00", "17:00"], ["08:00", "12:00"]]})
    monday = datetime(2026, 12, 7, tzinfo=UTC)
    assert split.seconds_between(monday, monday + timedelta(days=1)) == 8 * HOUR
    assert split.add(monday + timedelta(hours=11), 2 * HOUR) == monday + timedelta(hours=14)
    assert split.is_open(monday + timedelta(hours=9)) and not split.is_open(monday + timedelta(hours=12, minutes=30))


@pytest.mark.parametrize(
    ("zone", "hours", "message"),
    [
        ("Mars/Olympus", office_hours(), r"^time zone: 'Mars/Olympus' is not a known time zone"),
        ("UTC", {"2": [["17:00", "09:00"]]}, r"^hours on Wednesday: each interval must end after it starts$"),
        ("UTC", {"4": [["09:00", "13:00"], ["12:00", "18:00"]]}, r"^hours on Friday: intervals overlap$"),
        ("UTC", {"0": [["9am", "17:00"]]}, r"^hours on Monday: '9am' is not a time of day"),
        ("UTC", {}, r"^hours: a calendar needs working hours on at least one day$"),
    ],
)
def test_bad_specs_name_the_day(zone: str, hours: dict[str, list[list[str]]], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        BusinessHours.parse(zone, hours)


def test_long_spans_sum_whole_days_exactly_as_day_by_day() -> None:
    """Spans of months (whole days summed from the anchor) equal the day-by-day intervals, across both DST changes,
    holidays and starts and ends inside and outside working hours, in any order of asking."""
    starts = [chicago(2026, 10, 30, 8, 59), chicago(2026, 12, 24, 16, 30), chicago(2027, 2, 1, 0, 0)]
    ends = [chicago(2027, 3, 20, 11, 0), chicago(2027, 11, 8, 9, 1), chicago(2026, 12, 26, 12, 0)]
    for order in (starts, starts[::-1]):  # later starts first: the summing anchor moves back
        split = BusinessHours.parse(
            "America/Chicago",
            office_hours() | {"5": [["10:00", "12:00"], ["13:00", "15:30"]], "6": [["00:00", "24:00"]]},
            holidays=[date(2026, 12, 25), date(2027, 1, 1), date(2027, 3, 15)],
        )
        for start in order:
            for end in ends:
                by_day = sum((b - a).total_seconds() for a, b in split.spans(start, end))
                assert split.seconds_between(start, end) == by_day, (start, end)
