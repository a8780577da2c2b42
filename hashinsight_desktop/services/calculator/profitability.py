"""One calculation: today's economics of a miner (or N of them) and its payback over the horizon."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np

from hashinsight_desktop.services.calculator.bitcoin import (
    BLOCKS_PER_DAY,
    DAYS_PER_MONTH,
    block_subsidy_btc,
    blocks_to_next_halving,
)
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.projection import btc_per_day, project

TH = 1e12
EH = 1e18
CENT = Decimal("0.01")


def money(value: float) -> Decimal:
    return Decimal(repr(float(value))).quantize(CENT, rounding=ROUND_HALF_UP)


def fixed(value: float, places: int) -> Decimal:
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ProfitabilityResult:
    btc_per_day: Decimal
    revenue_usd_per_day: Decimal
    power_cost_usd_per_day: Decimal
    profit_usd_per_day: Decimal
    revenue_usd_per_month: Decimal
    power_cost_usd_per_month: Decimal
    profit_usd_per_month: Decimal
    hashprice_usd_per_th_day: Decimal  # gross of pool fee and uptime
    breakeven_electricity_usd_per_kwh: Decimal
    breakeven_btc_price_usd: Decimal | None  # None when it uses no power (never happens for real hardware)
    payback_days: int | None  # None: does not pay back within the horizon
    roi_pct: Decimal | None  # over the horizon; None without a hardware cost
    profit_over_horizon_usd: Decimal
    subsidy_btc: Decimal
    days_to_halving: Decimal
    btc_per_day_hashrate_share: Decimal | None  # the second estimate, from the network hashrate
    algorithm_difference_pct: Decimal | None
    cumulative_profit_usd: tuple[float, ...]  # one value per day, for the chart
    # The rounded figures as computed (float64, every digit): what machine-readable output carries.
    unrounded: Mapping[str, float | None] = field(default_factory=dict, compare=False)

    def figures(self) -> dict[str, Decimal | int | None]:
        """Every figure but the per-day curve, rounded for people."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        del values["cumulative_profit_usd"], values["unrounded"]
        return values

    def exact_figures(self) -> dict[str, float | int | None]:
        """Every figure at full precision: the unrounded value where ``figures`` rounds one."""
        return {name: self.unrounded.get(name, _number(value)) for name, value in self.figures().items()}

    def headline(self) -> dict[str, Any]:
        """The figures JSON-ready with Decimals as exact strings: what the history keeps."""
        return {name: str(value) if isinstance(value, Decimal) else value for name, value in self.figures().items()}


def _number(value: Decimal | int | None) -> float | int | None:
    return float(value) if isinstance(value, Decimal) else value


def _one(value: Decimal | float | int) -> np.ndarray:
    return np.array([float(value)], dtype=np.float64)


@dataclass(frozen=True)
class DailyFigures:
    """Today's economics of the whole quantity, unrounded (rounding happens once, at the edge)."""

    btc: float
    revenue_usd: float
    power_cost_usd: float
    kwh: float
    hashprice_usd_per_th: float


def daily_figures(inputs: CalculatorInputs) -> DailyFigures:
    hashrate_hs = float(inputs.hashrate_ths) * TH * inputs.quantity
    uptime = float(inputs.uptime_pct) / 100.0
    subsidy = _one(block_subsidy_btc(inputs.block_height))
    fees, difficulty, price = _one(inputs.fees_per_block_btc), _one(inputs.difficulty), float(inputs.btc_price_usd)
    btc = float(
        btc_per_day(
            _one(hashrate_hs), subsidy, fees, difficulty, _one(float(inputs.pool_fee_pct) / 100.0), _one(uptime)
        )[0]
    )
    kwh = float(inputs.power_w) * inputs.quantity / 1000.0 * 24.0 * uptime
    hashprice = float(btc_per_day(_one(TH), subsidy, fees, difficulty, _one(0), _one(1))[0]) * price
    return DailyFigures(btc, btc * price, kwh * float(inputs.electricity_usd_per_kwh), kwh, hashprice)


def calculate(inputs: CalculatorInputs) -> ProfitabilityResult:
    quantity = inputs.quantity
    hashrate_hs = float(inputs.hashrate_ths) * TH * quantity
    power_kw = float(inputs.power_w) * quantity / 1000.0
    uptime = float(inputs.uptime_pct) / 100.0
    pool_fee = float(inputs.pool_fee_pct) / 100.0
    price = float(inputs.btc_price_usd)
    subsidy = block_subsidy_btc(inputs.block_height)
    days_to_halving = blocks_to_next_halving(inputs.block_height) / BLOCKS_PER_DAY
    day = daily_figures(inputs)
    btc_day, revenue_day, cost_day = day.btc, day.revenue_usd, day.power_cost_usd

    horizon_days = round(inputs.horizon_months * DAYS_PER_MONTH)
    capex = float(inputs.hardware_cost_usd) * quantity
    projection = project(
        hashrate_hs=_one(hashrate_hs),
        power_kw=_one(power_kw),
        electricity=_one(inputs.electricity_usd_per_kwh),
        btc_price=_one(price),
        difficulty=_one(inputs.difficulty),
        fees_btc=_one(inputs.fees_per_block_btc),
        subsidy_now=_one(subsidy),
        days_to_halving=_one(days_to_halving),
        pool_fee=_one(pool_fee),
        uptime=_one(uptime),
        capex_usd=_one(capex),
        growth_per_month=_one(float(inputs.growth_pct_month) / 100.0),
        horizon_days=horizon_days,
    )
    payback = int(projection.payback_days[0])
    profit_horizon = float(projection.cumulative_profit_usd[0, -1])

    share_btc_day: float | None = None
    if inputs.network_hashrate_ehs is not None:
        share = hashrate_hs / (float(inputs.network_hashrate_ehs) * EH)
        share_btc_day = share * BLOCKS_PER_DAY * float(subsidy + inputs.fees_per_block_btc) * (1.0 - pool_fee) * uptime

    profit_day = revenue_day - cost_day
    breakeven_price = cost_day / btc_day if btc_day > 0 else None
    share_difference = None if share_btc_day is None else (share_btc_day / btc_day - 1.0) * 100.0
    unrounded: dict[str, float | None] = {
        "btc_per_day": btc_day,
        "revenue_usd_per_day": revenue_day,
        "power_cost_usd_per_day": cost_day,
        "profit_usd_per_day": profit_day,
        "revenue_usd_per_month": revenue_day * DAYS_PER_MONTH,
        "power_cost_usd_per_month": cost_day * DAYS_PER_MONTH,
        "profit_usd_per_month": profit_day * DAYS_PER_MONTH,
        "hashprice_usd_per_th_day": day.hashprice_usd_per_th,
        "breakeven_electricity_usd_per_kwh": revenue_day / day.kwh,
        "breakeven_btc_price_usd": breakeven_price,
        "roi_pct": profit_horizon / capex * 100.0 if capex > 0 else None,
        "profit_over_horizon_usd": profit_horizon,
        "days_to_halving": float(days_to_halving),
        "btc_per_day_hashrate_share": share_btc_day,
        "algorithm_difference_pct": share_difference,
    }
    return ProfitabilityResult(
        btc_per_day=fixed(btc_day, 8),
        revenue_usd_per_day=money(revenue_day),
        power_cost_usd_per_day=money(cost_day),
        profit_usd_per_day=money(revenue_day - cost_day),
        revenue_usd_per_month=money(revenue_day * DAYS_PER_MONTH),
        power_cost_usd_per_month=money(cost_day * DAYS_PER_MONTH),
        profit_usd_per_month=money((revenue_day - cost_day) * DAYS_PER_MONTH),
        hashprice_usd_per_th_day=fixed(day.hashprice_usd_per_th, 4),
        breakeven_electricity_usd_per_kwh=fixed(revenue_day / day.kwh, 5),
        breakeven_btc_price_usd=money(cost_day / btc_day) if btc_day > 0 else None,
        payback_days=payback if payback >= 0 else None,
        roi_pct=fixed(profit_horizon / capex * 100.0, 2) if capex > 0 else None,
        profit_over_horizon_usd=money(profit_horizon),
        subsidy_btc=subsidy,
        days_to_halving=fixed(days_to_halving, 1),
        btc_per_day_hashrate_share=None if share_btc_day is None else fixed(share_btc_day, 8),
        algorithm_difference_pct=None if share_btc_day is None else fixed((share_btc_day / btc_day - 1.0) * 100.0, 2),
        cumulative_profit_usd=tuple(projection.cumulative_profit_usd[0].tolist()),
        unrounded=unrounded,
    )
