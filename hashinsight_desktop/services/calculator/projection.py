"""The day-by-day projection, vectorised over rows (one fleet line each) and days.

Difficulty grows by ``growth`` per month, compounding monthly; each halving takes effect at its
projected time (blocks left ÷ 144 per day), and the day it falls in is split pro rata, so a halving
inside the payback window lengthens it by exactly its share.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.calculator.bitcoin import (
    BLOCKS_PER_DAY,
    DAYS_PER_MONTH,
    HALVING_INTERVAL,
    HASHES_PER_DIFFICULTY,
    SECONDS_PER_DAY,
)

Array = NDArray[np.float64]
DAYS_BETWEEN_HALVINGS = HALVING_INTERVAL / BLOCKS_PER_DAY


def btc_per_day(
    hashrate_hs: Array, subsidy_btc: Array, fees_btc: Array, difficulty: Array, pool_fee: Array, uptime: Array
) -> Array:
    """BTC/day = H × 86,400 × (subsidy + fees) / (difficulty × 2^32) × (1 − pool fee) × uptime."""
    return (
        hashrate_hs
        * SECONDS_PER_DAY
        * (subsidy_btc + fees_btc)
        / (difficulty * HASHES_PER_DIFFICULTY)
        * (1.0 - pool_fee)
        * uptime
    )


def mean_daily_subsidy(subsidy_now: Array, days_to_halving: Array, horizon_days: int) -> Array:
    """Average subsidy over each day [d, d+1) for every row: shape (rows, days)."""
    day_start = np.arange(horizon_days, dtype=np.float64)[None, :]
    rows = subsidy_now.shape[0]
    result = np.zeros((rows, horizon_days))
    era_start = np.full((rows, 1), -np.inf)
    era_end = days_to_halving[:, None].astype(np.float64)
    subsidy = subsidy_now[:, None].astype(np.float64)
    while True:
        overlap = np.clip(np.minimum(day_start + 1.0, era_end) - np.maximum(day_start, era_start), 0.0, 1.0)
        result += subsidy * overlap
        if np.all(era_end >= horizon_days):
            return result
        era_start, era_end, subsidy = era_end, era_end + DAYS_BETWEEN_HALVINGS, subsidy / 2.0


@dataclass(frozen=True)
class Projection:
    cumulative_profit_usd: Array  # (rows, days): after day d, hardware cost already paid at day 0
    payback_days: NDArray[np.int64]  # -1 where it never pays back within the horizon
    profit_at_horizon_usd: Array
    revenue_at_horizon_usd: Array


def project(
    *,
    hashrate_hs: Array,
    power_kw: Array,
    electricity: Array,
    btc_price: Array,
    difficulty: Array,
    fees_btc: Array,
    subsidy_now: Array,
    days_to_halving: Array,
    pool_fee: Array,
    uptime: Array,
    capex_usd: Array,
    growth_per_month: Array,
    horizon_days: int,
    keep_curve: bool = True,
) -> Projection:
    days = np.arange(horizon_days, dtype=np.float64)
    months_elapsed = np.floor(days / DAYS_PER_MONTH)[None, :]
    difficulty_path = difficulty[:, None] * np.power(1.0 + growth_per_month[:, None], months_elapsed)
    subsidy_path = mean_daily_subsidy(subsidy_now, days_to_halving, horizon_days)
    btc = btc_per_day(
        hashrate_hs[:, None], subsidy_path, fees_btc[:, None], difficulty_path, pool_fee[:, None], uptime[:, None]
    )
    revenue = btc * btc_price[:, None]
    cost_per_day = (power_kw * 24.0 * uptime * electricity)[:, None]
    cumulative = np.cumsum(revenue - cost_per_day, axis=1) - capex_usd[:, None]
    paid_back = cumulative >= 0.0
    any_paid = paid_back.any(axis=1)
    # Day numbers count from 1: "pays back on day 412"; no hardware cost and a profit → day 0.
    payback = np.where(any_paid, paid_back.argmax(axis=1) + 1, -1)
    payback = np.where((capex_usd <= 0) & (cumulative[:, 0] >= 0), 0, payback)
    return Projection(
        cumulative_profit_usd=cumulative if keep_curve else cumulative[:, -1:],
        payback_days=payback.astype(np.int64),
        profit_at_horizon_usd=cumulative[:, -1] + capex_usd,
        revenue_at_horizon_usd=revenue.sum(axis=1),
    )
