"""Historical replay: what a miner (or N of them) would have earned day by day between two dates with each day's
actual BTC price, difficulty, fees per block and block height — halvings included, since each day's subsidy comes
from its own height. ``fleet_replay`` does it for the fleet as it was: each day's own measured hashrate and energy
(``fleet_history.FleetDays``); a day without telemetry or without market data stays NaN and is counted, never zero.

The calculator's formula, vectorised over the days: ``projection.btc_per_day`` for the coins and
``bitcoin.block_subsidy_btc`` for each halving era present (a handful of distinct values, not one call per day).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.calculator.bitcoin import HALVING_INTERVAL, block_subsidy_btc
from hashinsight_desktop.services.calculator.profitability import TH
from hashinsight_desktop.services.calculator.projection import btc_per_day
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics.fleet_history import FleetDays

Array = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class MarketHistory:
    """One row per day, as stored or imported."""

    dates: Sequence[date]
    btc_price_usd: Array
    difficulty: Array
    fees_per_block_btc: Array
    block_height: NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class Replay:
    dates: Sequence[date]
    subsidy_btc: Array
    btc: Array  # mined each day (NaN: a day not covered)
    revenue_usd: Array
    power_cost_usd: Array
    profit_usd: Array
    cumulative_profit_usd: Array  # over the covered days (NaN on a day not covered)
    # The fleet as it was: its measured figures per day, and why a day is not covered.
    hashrate_ths: Array | None = None
    energy_kwh: Array | None = None
    no_telemetry: NDArray[np.bool_] | None = None
    no_market: NDArray[np.bool_] | None = None

    @property
    def total_profit_usd(self) -> float:
        return float(np.nansum(self.profit_usd))

    @property
    def covered_days(self) -> int:
        return int(np.isfinite(self.profit_usd).sum())


def replay(
    history: MarketHistory,
    *,
    hashrate_ths: float,
    power_w: float,
    electricity_usd_per_kwh: float,
    quantity: int = 1,
    pool_fee_pct: float = 2.0,
    uptime_pct: float = 100.0,
    start: date | None = None,
    end: date | None = None,
) -> Replay:
    """The days of ``history`` from ``start`` to ``end`` (inclusive; default: all of it)."""
    dates = list(history.dates)
    first = 0 if start is None else bisect.bisect_left(dates, start)  # the history is in date order
    stop = len(dates) if end is None else bisect.bisect_right(dates, end)
    if first >= stop:
        no_day = QT_TRANSLATE_NOOP("Errors", "the history has no day between {start} and {end}")
        raise ValidationError("dates", Text(no_day, start=start, end=end))
    window = slice(first, stop)
    height = np.asarray(history.block_height[window], dtype=np.int64)
    eras, era_of_day = np.unique(height // HALVING_INTERVAL, return_inverse=True)
    subsidy = np.array([float(block_subsidy_btc(int(e) * HALVING_INTERVAL)) for e in eras])[era_of_day]
    uptime = uptime_pct / 100.0
    n = len(height)
    btc = btc_per_day(
        np.full(n, hashrate_ths * TH * quantity),
        subsidy,
        np.asarray(history.fees_per_block_btc[window], dtype=np.float64),
        np.asarray(history.difficulty[window], dtype=np.float64),
        np.full(n, pool_fee_pct / 100.0),
        np.full(n, uptime),
    )
    revenue = btc * np.asarray(history.btc_price_usd[window], dtype=np.float64)
    cost = np.full(n, power_w * quantity / 1000.0 * 24.0 * uptime * electricity_usd_per_kwh)
    profit = revenue - cost
    return Replay(dates[window], subsidy, btc, revenue, cost, profit, np.cumsum(profit))


def fleet_replay(
    history: MarketHistory,
    fleet: FleetDays,
    *,
    electricity_usd_per_kwh: float,
    pool_fee_pct: float = 2.0,
) -> Replay:
    """Every calendar day of ``fleet``: covered when it has telemetry and a stored market day. The hashrate is the
    day's average over 24 h (downtime included), so no uptime factor; the power cost is the metered energy."""
    n = len(fleet.dates)
    where = {day: i for i, day in enumerate(history.dates)}
    market_index = np.array([where.get(day, -1) for day in fleet.dates], dtype=np.int64)
    no_market = market_index < 0
    no_telemetry = np.isnan(fleet.hashrate_ths)
    covered = ~no_market & ~no_telemetry
    rows = market_index[covered]
    height = np.asarray(history.block_height, dtype=np.int64)[rows]
    eras, era_of_day = np.unique(height // HALVING_INTERVAL, return_inverse=True)
    subsidy_covered = np.array([float(block_subsidy_btc(int(e) * HALVING_INTERVAL)) for e in eras])[era_of_day]
    m = len(rows)
    btc_covered = btc_per_day(
        fleet.hashrate_ths[covered] * TH,
        subsidy_covered,
        np.asarray(history.fees_per_block_btc, dtype=np.float64)[rows],
        np.asarray(history.difficulty, dtype=np.float64)[rows],
        np.full(m, pool_fee_pct / 100.0),
        np.ones(m),
    )
    revenue_covered = btc_covered * np.asarray(history.btc_price_usd, dtype=np.float64)[rows]
    cost_covered = fleet.energy_kwh[covered] * electricity_usd_per_kwh

    def spread(values: Array) -> Array:
        out = np.full(n, np.nan)
        out[covered] = values
        return out

    profit = spread(revenue_covered - cost_covered)
    cumulative = np.where(covered, np.nancumsum(profit), np.nan)
    return Replay(
        list(fleet.dates),
        spread(subsidy_covered),
        spread(btc_covered),
        spread(revenue_covered),
        spread(cost_covered),
        profit,
        cumulative,
        fleet.hashrate_ths,
        fleet.energy_kwh,
        no_telemetry,
        no_market,
    )
