"""Historical replay: what a miner (or N of them) would have earned day by day between two dates with each day's
actual BTC price, difficulty, fees per block and block height — halvings included, since each day's subsidy comes
from its own height.

The calculator's formula, vectorised over the days: ``projection.btc_per_day`` for the coins and
``bitcoin.block_subsidy_btc`` for each halving era present (a handful of distinct values, not one call per day).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.calculator.bitcoin import HALVING_INTERVAL, block_subsidy_btc
from hashinsight_desktop.services.calculator.profitability import TH
from hashinsight_desktop.services.calculator.projection import btc_per_day
from hashinsight_desktop.services.errors import ValidationError

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
    btc: Array  # mined each day
    revenue_usd: Array
    power_cost_usd: Array
    profit_usd: Array
    cumulative_profit_usd: Array

    @property
    def total_profit_usd(self) -> float:
        return float(self.cumulative_profit_usd[-1]) if len(self.cumulative_profit_usd) else 0.0


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
        raise ValidationError("dates", f"the history has no day between {start} and {end}")
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
