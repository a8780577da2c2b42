"""The demo's market history: 90 days of plausible market values, stored as snapshots whose source says they
are the demo's, so the calculator of a demo with no internet has figures — labelled as what they are — and the
difficulty growth measured over the history has a history to measure; and a year of daily bars of origin
"simulated demo" for the Analytics tab (which says how many of its bars are the demo's). Both follow one made-up
price path (a seeded random walk ending at today's price: the same every run). Real fetched values, when the
machine is online, are newer and win (a collected day replaces the demo's bar); the demo's are never written to a
real database (demo mode has its own)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.db.models.market_history import SIMULATED_ORIGIN, DailyBar
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.market_data import Quantity
from hashinsight_desktop.services.market_data.providers import validated

DEMO_SOURCE = "simulated demo"  # what the calculator shows as the values' source: made up, not fetched
HISTORY_DAYS = 90
BAR_DAYS = 365  # the Analytics tab's bars: enough for every indicator's warm-up, the forecast and its back-test
PATH_SEED = 2024  # of a few seeds tried, one whose year stays in BTC's range of 2025–26 (59,000–117,000)
DAILY_VOLATILITY = 0.025  # of the log price, BTC-like
VOLUME_USD = 30e9
# Today's values of the made-up market, near those of late 2026, and the trend that leads to them.
PRICE_USD = 100_000.0
DIFFICULTY = 1.2e14
FEES_PER_BLOCK_BTC = 0.03
DIFFICULTY_GROWTH_PER_MONTH = 0.02
# Block height follows the calendar (one block per 600 s) from a known block, so the subsidy is today's.
_KNOWN_HEIGHT, _KNOWN_AT = 900_000, datetime(2025, 5, 31, tzinfo=UTC)
_BLOCKS_PER_DAY = 144
_RETARGET_BLOCKS = 2016


def has_history(session: Session) -> bool:
    return session.scalar(select(MarketSnapshot.id).where(MarketSnapshot.source == DEMO_SOURCE).limit(1)) is not None


def seed_history(session: Session, *, clock: Clock = system_clock) -> int:
    """Store the history once per demo database; returns how many snapshots were added."""
    if has_history(session):
        return 0
    now = clock()
    height_now = _KNOWN_HEIGHT + int((now - _KNOWN_AT).total_seconds() // 600)
    snapshots = []
    for day in range(HISTORY_DAYS, -1, -1):
        values = _day_values(day, height_now)
        if day == 0:  # the retarget figures only mean something today
            values[Quantity.BLOCKS_TO_RETARGET] = _RETARGET_BLOCKS - height_now % _RETARGET_BLOCKS
            values[Quantity.NEXT_DIFFICULTY_CHANGE_PCT] = round(DIFFICULTY_GROWTH_PER_MONTH * 100 * 14 / 30, 2)
        at = now - timedelta(days=day)
        for quantity, value in values.items():
            number = validated(quantity, Decimal(str(value)))
            snapshots.append(MarketSnapshot(quantity=quantity.value, value=number, source=DEMO_SOURCE, fetched_at=at))
    session.add_all(snapshots)
    return len(snapshots)


def seed_bars(session: Session, *, clock: Clock = system_clock) -> int:
    """Store the demo's daily bars once, and only where there are no bars at all (a demo database that collected
    or imported its own keeps them); returns how many were added."""
    if session.scalar(select(DailyBar.day).limit(1)) is not None:
        return 0
    today = clock().date()
    bars = []
    for days_ago in range(BAR_DAYS - 1, -1, -1):
        day = _price_day(days_ago)
        bars.append(
            DailyBar(
                day=today - timedelta(days=days_ago),
                open=Decimal(f"{day.open:.2f}"),
                high=Decimal(f"{day.high:.2f}"),
                low=Decimal(f"{day.low:.2f}"),
                close=Decimal(f"{day.close:.2f}"),
                volume_usd=Decimal(f"{day.volume_usd:.2f}"),
                difficulty=Decimal(round(_difficulty(days_ago))),
                hashrate_ehs=Decimal(f"{_hashrate_ehs(_difficulty(days_ago)):.3f}"),
                origin=SIMULATED_ORIGIN,
                samples=0,
            )
        )
    session.add_all(bars)
    return len(bars)


@dataclass(frozen=True)
class _PriceDay:
    open: float
    high: float
    low: float
    close: float
    volume_usd: float


@cache
def _price_path() -> tuple[_PriceDay, ...]:
    """The made-up price of each day, today first: a random walk (fixed seed) backwards from ``PRICE_USD``, each
    day opening at the day before's close, its range a little beyond both."""
    rng = random.Random(PATH_SEED)
    closes = [PRICE_USD]
    for _ in range(BAR_DAYS):
        closes.append(closes[-1] * math.exp(-rng.gauss(0.0, DAILY_VOLATILITY)))
    days = []
    for days_ago in range(BAR_DAYS):
        close, open_ = closes[days_ago], closes[days_ago + 1]
        high = max(open_, close) * (1 + abs(rng.gauss(0.0, DAILY_VOLATILITY / 2)))
        low = min(open_, close) * (1 - abs(rng.gauss(0.0, DAILY_VOLATILITY / 2)))
        days.append(_PriceDay(open_, high, low, close, VOLUME_USD * math.exp(rng.gauss(0.0, 0.3))))
    return tuple(days)


def _price_day(days_ago: int) -> _PriceDay:
    return _price_path()[days_ago]


def _difficulty(days_ago: int) -> float:
    return DIFFICULTY * (1 + DIFFICULTY_GROWTH_PER_MONTH) ** (-days_ago / 30)


def _hashrate_ehs(difficulty: float) -> float:
    """The hashrate that difficulty implies at one block per 600 s, in EH/s."""
    return difficulty * 2**32 / 600 / 1e18


def _day_values(days_ago: int, height_now: int) -> dict[Quantity, float | int]:
    """The made-up market ``days_ago`` days before today: difficulty on its trend, the price on the bars' path."""
    difficulty = _difficulty(days_ago)
    return {
        Quantity.BTC_PRICE_USD: round(_price_day(days_ago).close, 2),
        Quantity.DIFFICULTY: round(difficulty),
        Quantity.NETWORK_HASHRATE_EHS: round(_hashrate_ehs(difficulty), 3),
        Quantity.BLOCK_HEIGHT: height_now - days_ago * _BLOCKS_PER_DAY,
        Quantity.FEES_PER_BLOCK_BTC: round(FEES_PER_BLOCK_BTC * (1 + 0.2 * math.sin(days_ago / 5)), 6),
    }
