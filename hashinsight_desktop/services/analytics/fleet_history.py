"""The fleet as it was, day by day, for the historical replay: from the daily telemetry roll-ups (each miner's day
summed from its hourly roll-ups, services/telemetry/daily_rollups.py; a row per miner-day) of the miners the
principal may see (``list_miners``; optionally one site), and each day's market as stored (daily bars for the
close and difficulty, the network snapshots for the fees per block).

A day's fleet hashrate is its hash-time over 24 h — Σ (an hour's average hashrate × the time its samples answered)
÷ 86,400 s — so downtime counts; its energy the roll-ups' metered energy (power × covered time, to the mW·µs;
older rows without the billing columns: average power × answered time). A day with no roll-up row is *no telemetry*
(NaN, never zero); a day whose hours were not all rolled up yet (today) is *partial*, and said so. UTC days, like
the daily bars. The miners are those in the fleet now: a removed miner's history is not counted.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Float, Select, case, cast, func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import DailyBar, NetworkSnapshot, TelemetryDailyRollup
from hashinsight_desktop.services.analytics.replay import MarketHistory
from hashinsight_desktop.services.calculator.bitcoin import HALVING_INTERVAL
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.fleet.miners import list_miners
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry.rollups import bucket_start
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

Array = NDArray[np.float64]
DAY_S = 86_400
CHUNK = 2000  # miners per query

# The halvings that happened (date, height); later ones are projected at 144 blocks a day.
HALVINGS = (
    (date(2009, 1, 3), 0),
    (date(2012, 11, 28), 210_000),
    (date(2016, 7, 9), 420_000),
    (date(2020, 5, 11), 630_000),
    (date(2024, 4, 20), 840_000),
)
BLOCKS_PER_DAY = 144


def height_on(day: date) -> int:
    """A block height of ``day`` in its right halving era: interpolated between the halvings' dates (the stored
    daily bars carry no height; only its era is used, for the subsidy)."""
    i = bisect.bisect_right([d for d, _ in HALVINGS], day) - 1
    start, height = HALVINGS[max(i, 0)]
    if i + 1 < len(HALVINGS):
        end, next_height = HALVINGS[i + 1]
        share = (day - start).days / (end - start).days
        return min(height + int(share * HALVING_INTERVAL), next_height - 1)
    return height + (day - start).days * BLOCKS_PER_DAY


@dataclass(frozen=True, eq=False)
class FleetDays:
    dates: list[date]  # every calendar day from start to end
    hashrate_ths: Array  # the day's average over 24 h; NaN: no telemetry that day
    energy_kwh: Array  # NaN: no telemetry
    miner_hours: NDArray[np.int64]  # hours of roll-ups that day, summed over the miners (0: no telemetry)
    fleet_size: int  # the miners counted (visible, at the site)
    partial: NDArray[np.bool_]  # days whose hours were not all rolled up yet when read (today, as far as it went)

    @property
    def days_without_telemetry(self) -> int:
        return int(np.isnan(self.hashrate_ths).sum())

    @property
    def partial_days(self) -> list[date]:
        return [day for day, partial in zip(self.dates, self.partial, strict=True) if partial]


@dataclass(frozen=True, eq=False)
class MarketDays:
    history: MarketHistory  # the days with a stored close and difficulty
    fees_stored: int  # of them, days whose fees per block come from the stored network snapshots
    fees_stated: int  # days given the stated figure (no snapshot that day)


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            "dates", Text(QT_TRANSLATE_NOOP("Errors", "{end} is before {start}"), end=end, start=start)
        )


def fleet_days(
    session: Session, principal: Principal, start: date, end: date, site_id: uuid.UUID | None = None
) -> FleetDays:
    _check_range(start, end)
    ids = [row.id for row in list_miners(session, principal, site_id)]
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    hash_time = np.zeros(len(days))
    energy = np.zeros(len(days))
    miner_hours = np.zeros(len(days), dtype=np.int64)
    seen = np.zeros(len(days), dtype=bool)
    partial = np.zeros(len(days), dtype=bool)
    for first in range(0, len(ids), CHUNK):
        rows = session.execute(_daily_query(ids[first : first + CHUNK], start, end))
        for day, hours, hash_s, kwh, unfinished in rows:
            i = (_as_date(day) - start).days
            seen[i] = True
            miner_hours[i] += int(hours)
            hash_time[i] += float(hash_s)
            energy[i] += float(kwh)
            partial[i] |= bool(unfinished)
    hashrate = np.where(seen, hash_time / DAY_S, np.nan)
    return FleetDays(days, hashrate, np.where(seen, energy, np.nan), miner_hours, len(ids), partial)


def _daily_query(ids: Sequence[uuid.UUID], start: date, end: date) -> Select[date, int, float, float, int]:
    d = TelemetryDailyRollup
    return (
        select(
            d.day,
            func.sum(d.hours),
            func.sum(d.hash_time_ths_s),
            func.sum(d.energy_kwh),
            func.sum(case((d.complete, 0), else_=1)),
        )
        .where(d.miner_id.in_(ids), d.day >= start, d.day <= end)
        .group_by(d.day)
    )


def _utc_day(session: Session, column: Any) -> Any:
    """The UTC day of a time column. SQLite stores naive-UTC text 'YYYY-MM-DD HH:MM:SS.ffffff': its first ten
    characters are the day (cheaper than strftime on every row)."""
    dialect = session.get_bind().dialect.name
    return func.substr(column, 1, 10) if dialect == "sqlite" else bucket_start(dialect, column, DAY_S)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _as_date(value: datetime | date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def market_days(session: Session, start: date, end: date, stated_fees_btc: float) -> MarketDays:
    """The stored market of each day from ``start`` to ``end`` that has a close and a difficulty: fees per block
    the day's stored snapshots' average, or ``stated_fees_btc`` where there is none (counted)."""
    _check_range(start, end)
    b = DailyBar  # two columns as floats: ten years of whole bars as objects cost most of the replay's read
    bars = session.execute(
        select(b.day, cast(b.close, Float), cast(b.difficulty, Float))
        .where(b.difficulty.is_not(None), b.day >= start, b.day <= end)
        .order_by(b.day)
    ).all()
    n = NetworkSnapshot
    day = _utc_day(session, n.taken_at)
    fees = {
        _as_date(d): float(v)
        for d, v in session.execute(
            select(day, func.avg(n.fees_per_block_btc))
            .where(
                n.fees_per_block_btc.is_not(None),
                n.taken_at >= _midnight(start),
                n.taken_at < _midnight(end + timedelta(days=1)),
            )
            .group_by(day)
        )
    }
    days = [_as_date(day) for day, _, _ in bars]
    stored = sum(1 for day in days if day in fees)
    history = MarketHistory(
        days,
        np.array([close for _, close, _ in bars], dtype=np.float64),
        np.array([difficulty for _, _, difficulty in bars], dtype=np.float64),
        np.array([fees.get(day, stated_fees_btc) for day in days]),
        np.array([height_on(day) for day in days], dtype=np.int64),
    )
    return MarketDays(history, stored, len(bars) - stored)
