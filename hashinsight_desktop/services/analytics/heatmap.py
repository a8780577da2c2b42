"""ROI heat-map: a miner's (or a fleet's) daily profit, and its payback, over a grid of electricity price × BTC
price, by the calculator's own formula, with the current point marked.

Vectorised without copying the formula: BTC per day does not depend on either axis, so it is the calculator's
``daily_figures`` once; revenue is that × each price and power cost the day's kWh × each electricity price, so every
cell equals what ``profitability.calculate`` would say for it. Payback follows the calculator's projection
(difficulty growth, halvings at their projected day): ``project`` is run once at a price of 1 USD with no power
cost, giving the cumulative BTC B(T) after day T; a cell's cumulative profit is then price·B(T) − cost·T − hardware
cost, and its payback the first day that is ≥ 0 — found per price column with a running maximum and a binary search
instead of a days × cells array.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.calculator.bitcoin import (
    BLOCKS_PER_DAY,
    DAYS_PER_MONTH,
    block_subsidy_btc,
    blocks_to_next_halving,
)
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import TH, daily_figures
from hashinsight_desktop.services.calculator.projection import project

Array = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class HeatMap:
    electricity_usd_per_kwh: Array  # the rows
    btc_price_usd: Array  # the columns
    profit_usd_per_day: Array  # (rows, columns)
    payback_days: NDArray[np.int64] | None  # (rows, columns); -1: not within the horizon; None: no hardware cost
    current_cell: tuple[int, int]  # the cell nearest to the inputs' own electricity and BTC price
    current_profit_usd_per_day: float  # at the inputs exactly (not the cell's)


def heatmap(inputs: CalculatorInputs, electricity: Array, btc_price: Array) -> HeatMap:
    electricity = np.asarray(electricity, dtype=np.float64)
    btc_price = np.asarray(btc_price, dtype=np.float64)
    day = daily_figures(inputs)
    profit = day.btc * btc_price[None, :] - day.kwh * electricity[:, None]
    current = (
        int(np.abs(electricity - float(inputs.electricity_usd_per_kwh)).argmin()),
        int(np.abs(btc_price - float(inputs.btc_price_usd)).argmin()),
    )
    capex = float(inputs.hardware_cost_usd) * inputs.quantity
    payback = _payback_days(inputs, day.kwh, capex, electricity, btc_price) if capex > 0 else None
    return HeatMap(electricity, btc_price, profit, payback, current, day.revenue_usd - day.power_cost_usd)


def _payback_days(
    inputs: CalculatorInputs, kwh_per_day: float, capex: float, electricity: Array, btc_price: Array
) -> NDArray[np.int64]:
    horizon = round(inputs.horizon_months * DAYS_PER_MONTH)
    one = np.ones(1)
    cumulative_btc = project(  # at 1 USD per BTC, no power cost, no hardware cost: cumulative BTC after each day
        hashrate_hs=one * float(inputs.hashrate_ths) * TH * inputs.quantity,
        power_kw=one * 0.0,
        electricity=one * 0.0,
        btc_price=one,
        difficulty=one * float(inputs.difficulty),
        fees_btc=one * float(inputs.fees_per_block_btc),
        subsidy_now=one * float(block_subsidy_btc(inputs.block_height)),
        days_to_halving=one * (blocks_to_next_halving(inputs.block_height) / BLOCKS_PER_DAY),
        pool_fee=one * float(inputs.pool_fee_pct) / 100.0,
        uptime=one * float(inputs.uptime_pct) / 100.0,
        capex_usd=one * 0.0,
        growth_per_month=one * float(inputs.growth_pct_month) / 100.0,
        horizon_days=horizon,
    ).cumulative_profit_usd[0]
    days = np.arange(1, horizon + 1, dtype=np.float64)
    payback = np.full((len(electricity), len(btc_price)), -1, dtype=np.int64)
    cost_per_day = kwh_per_day * electricity  # for each row
    for column, price in enumerate(btc_price):
        # Paid back after day T at cost c ⇔ (price·B(T) − capex) / T ≥ c; the first such T, for every c at once.
        best_so_far = np.maximum.accumulate((price * cumulative_btc - capex) / days)
        first = np.searchsorted(best_so_far, cost_per_day, side="left")
        payback[:, column] = np.where(first < horizon, first + 1, -1)
    return payback
