"""Business time: working hours per weekday in a time zone, minus holidays (pure arithmetic, no database).

Hours are local wall-clock intervals ("09:00"–"17:00", "24:00" ends a day), so a day across a daylight-saving
change still has its written hours (09:00–17:00 is 8 hours either side of the change), while a 24-hour day
that contains the change has 23 or 25 (what the clocks on the wall say). Holidays are whole local days off.
Every instant given and returned is timezone-aware.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_SEARCH_DAYS = 3 * 366  # add_business_time looks this far ahead (a target of years is a typo)
_HHMM = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")
Interval = tuple[int, int]  # minutes from local midnight, start < end <= 1440


def office_hours(
    start: str = "09:00", end: str = "17:00", days: Iterable[int] = range(5)
) -> dict[str, list[list[str]]]:
    """The usual spec: the same hours on the given weekdays (Monday = 0), the rest off."""
    wanted = set(days)
    return {str(d): ([[start, end]] if d in wanted else []) for d in range(7)}


def _minutes(text: str, field: str) -> int:
    match = _HHMM.match(text.strip())
    minutes = int(match.group(1)) * 60 + int(match.group(2)) if match else -1
    if not 0 <= minutes <= 1440:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a time of day (HH:MM, 00:00 to 24:00)"), text=text)
        )
    return minutes


@dataclass(frozen=True)
class BusinessHours:
    zone: ZoneInfo
    week: tuple[tuple[Interval, ...], ...]  # seven days, Monday first; each sorted, not overlapping
    holidays: frozenset[date] = frozenset()
    # Business seconds of whole local days, summed from an anchor day: a span of years costs two look-ups (a ticket
    # open for long, thousands re-timed at once). Filled lazily; not part of the value.
    _sums: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def parse(
        cls, zone: str, hours: Mapping[str, Sequence[Sequence[str]]], holidays: Iterable[date] = ()
    ) -> BusinessHours:
        """From the stored spec ({"0": [["09:00", "17:00"]], ...}); ValidationError names the bad day or zone."""
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                "time zone",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{zone!r} is not a known time zone (e.g. America/Chicago)"), zone=zone
                ),
            ) from None
        week: list[tuple[Interval, ...]] = []
        for day in range(7):
            field = f"hours on {DAY_NAMES[day]}"
            spans = sorted((_minutes(a, field), _minutes(b, field)) for a, b in hours.get(str(day), ()))
            if any(start >= end for start, end in spans):
                raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "each interval must end after it starts"))
            if any(following[0] < earlier[1] for earlier, following in pairwise(spans)):
                raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "intervals overlap"))
            week.append(tuple(spans))
        if not any(week):
            raise ValidationError(
                "hours", QT_TRANSLATE_NOOP("Errors", "a calendar needs working hours on at least one day")
            )
        return cls(tz, tuple(week), frozenset(holidays))

    def _day_spans(self, day: date) -> Iterator[tuple[datetime, datetime]]:
        """The working intervals of a local day, as UTC instants."""
        if day in self.holidays:
            return
        midnight = datetime.combine(day, time(0), tzinfo=self.zone)
        for start, end in self.week[day.weekday()]:
            yield _utc(midnight, start), _utc(midnight, end)

    def spans(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The working intervals within [start, end), clipped, in time order (UTC)."""
        if end <= start:
            return
        day = start.astimezone(self.zone).date() - timedelta(days=1)
        last = end.astimezone(self.zone).date() + timedelta(days=1)
        while day <= last:
            for day_start, day_end in self._day_spans(day):
                a, b = max(day_start, start), min(day_end, end)
                if a < b:
                    yield a, b
            day += timedelta(days=1)

    def seconds_between(self, start: datetime, end: datetime) -> float:
        """Business seconds in [start, end) (0 when end is not after start). A local day's working intervals lie
        within that day, so the first and last days are clipped and the whole days between are summed."""
        if end <= start:
            return 0.0
        first, last = start.astimezone(self.zone).date(), end.astimezone(self.zone).date()
        edges = sum(
            (min(b, end) - max(a, start)).total_seconds()
            for day in ({first, last})
            for a, b in self._day_spans(day)
            if max(a, start) < min(b, end)
        )
        if last - first < timedelta(days=2):
            return edges
        earlier = self._before(first + timedelta(days=1))  # first: both sums then count from the same anchor
        return edges + self._before(last) - earlier

    def _before(self, day: date) -> float:
        """Business seconds of the whole local days from the anchor day up to ``day`` (excluded); an earlier day
        moves the anchor back, keeping what was summed (shifted by the days put in front)."""
        anchor: date | None = self._sums.get("anchor")
        if anchor is None:
            anchor, self._sums["totals"] = day, [0.0]
        elif day < anchor:
            front = [0.0]
            for offset in range((anchor - day).days):
                front.append(front[-1] + self._day_seconds(day + timedelta(days=offset)))
            self._sums["totals"] = front + [front[-1] + t for t in self._sums["totals"][1:]]
            anchor = day
        self._sums["anchor"] = anchor
        totals: list[float] = self._sums["totals"]
        for offset in range(len(totals) - 1, (day - anchor).days):
            totals.append(totals[-1] + self._day_seconds(anchor + timedelta(days=offset)))
        return totals[(day - anchor).days]

    def _day_seconds(self, day: date) -> float:
        return sum((b - a).total_seconds() for a, b in self._day_spans(day))

    def add(self, start: datetime, seconds: float) -> datetime:
        """The instant at which ``seconds`` of business time have passed since ``start`` (``start`` itself for
        0 or less, moved to no working time: the clock has nothing left to count)."""
        if seconds <= 0:
            return start.astimezone(UTC)
        left = seconds
        day = start.astimezone(self.zone).date() - timedelta(days=1)
        for _ in range(MAX_SEARCH_DAYS):
            for day_start, b in self._day_spans(day):
                a = max(day_start, start)
                if a >= b:
                    continue
                span = (b - a).total_seconds()
                if left <= span:
                    return a + timedelta(seconds=left)
                left -= span
            day += timedelta(days=1)
        raise ValidationError(
            "target",
            Text(
                QT_TRANSLATE_NOOP("Errors", "not reached within {MAX_SEARCH_DAYS} days of business hours"),
                MAX_SEARCH_DAYS=MAX_SEARCH_DAYS,
            ),
        )

    def is_open(self, instant: datetime) -> bool:
        return any(a <= instant < b for a, b in self.spans(instant - timedelta(days=1), instant + timedelta(days=1)))


def _utc(midnight: datetime, minutes: int) -> datetime:
    """Local wall-clock ``minutes`` after ``midnight`` (24:00 is the next midnight) as a UTC instant."""
    if minutes >= 1440:
        nxt = midnight.date() + timedelta(days=1)
        return datetime.combine(nxt, time(0), tzinfo=midnight.tzinfo).astimezone(UTC)
    return midnight.replace(hour=minutes // 60, minute=minutes % 60).astimezone(UTC)
