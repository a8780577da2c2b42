"""The demo's market history: 90 days of plausible market values, stored as snapshots whose source says they
are the demo's, so the calculator of a demo with no internet has figures — labelled as what they are — and the
difficulty growth measured over the history has a history to measure. Real fetched values, when the machine is
online, are newer and win; the demo's are never written to a real database (demo mode has its own)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.market_data import Quantity
from hashinsight_desktop.services.market_data.providers import validated

DEMO_SOURCE = "simulated demo"  # what the calculator shows as the values' source: made up, not fetched
HISTORY_DAYS = 90
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


def _day_values(days_ago: int, height_now: int) -> dict[Quantity, float | int]:
    """The made-up market ``days_ago`` days before today: difficulty on its trend, the price on a slow swing."""
    difficulty = DIFFICULTY * (1 + DIFFICULTY_GROWTH_PER_MONTH) ** (-days_ago / 30)
    return {
        Quantity.BTC_PRICE_USD: round(PRICE_USD * (1 + 0.06 * math.sin(days_ago / 11)), 2),
        Quantity.DIFFICULTY: round(difficulty),
        # The hashrate that difficulty implies at one block per 600 s, in EH/s.
        Quantity.NETWORK_HASHRATE_EHS: round(difficulty * 2**32 / 600 / 1e18, 3),
        Quantity.BLOCK_HEIGHT: height_now - days_ago * _BLOCKS_PER_DAY,
        Quantity.FEES_PER_BLOCK_BTC: round(FEES_PER_BLOCK_BTC * (1 + 0.2 * math.sin(days_ago / 5)), 6),
    }
