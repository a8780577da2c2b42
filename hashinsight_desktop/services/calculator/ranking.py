"""Every catalogue model at the same market and farm inputs, best daily profit first.

Each model runs as one unit at its own hashrate and power; its reference price (when the catalogue
has one) is the hardware cost for its payback. Today's figures come from ``daily_figures``; the
paybacks of all priced models come from one vectorised projection (the same one ``calculate`` runs
for a single row), so ranking the 71 shipped models takes about a millisecond.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import numpy as np

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services.calculator.bitcoin import (
    BLOCKS_PER_DAY,
    DAYS_PER_MONTH,
    block_subsidy_btc,
    blocks_to_next_halving,
)
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import TH, daily_figures, fixed, money
from hashinsight_desktop.services.calculator.projection import project


@dataclass(frozen=True)
class RankedModel:
    model_id: uuid.UUID | None
    manufacturer: str
    name: str
    hashrate_ths: float
    power_w: float
    efficiency_j_per_th: Decimal
    revenue_usd_per_day: Decimal
    power_cost_usd_per_day: Decimal
    profit_usd_per_day: Decimal
    breakeven_electricity_usd_per_kwh: Decimal
    hardware_cost_usd: Decimal | None  # the catalogue's reference price; None when it has none
    hardware_price_date: date | None  # the day that price was quoted
    payback_days: int | None  # None: no reference price, or no payback within the horizon
    profit_sort_key: float  # the unrounded daily profit: ties in cents still rank in the right order

    @property
    def full_name(self) -> str:
        return f"{self.manufacturer} {self.name}"


def model_inputs(model: MinerModel, base: CalculatorInputs) -> CalculatorInputs:
    """``base`` with one unit of ``model``, its reference price (if any) as the hardware cost."""
    return replace(
        base,
        hashrate_ths=Decimal(repr(float(model.hashrate_ths))),
        power_w=Decimal(repr(float(model.power_w))),
        quantity=1,
        hardware_cost_usd=Decimal(model.reference_price_usd or 0),
        model_name=f"{model.manufacturer} {model.name}",
    )


def _paybacks(priced: Sequence[CalculatorInputs], base: CalculatorInputs) -> list[int | None]:
    """Payback day of each priced row, from one projection over all of them."""
    if not priced:
        return []
    rows = len(priced)

    def column(values: Sequence[float]) -> np.ndarray:
        return np.asarray(values, dtype=np.float64)

    def same(value: float) -> np.ndarray:
        return np.full(rows, value, dtype=np.float64)

    projection = project(
        hashrate_hs=column([float(i.hashrate_ths) * TH for i in priced]),
        power_kw=column([float(i.power_w) / 1000.0 for i in priced]),
        electricity=same(float(base.electricity_usd_per_kwh)),
        btc_price=same(float(base.btc_price_usd)),
        difficulty=same(float(base.difficulty)),
        fees_btc=same(float(base.fees_per_block_btc)),
        subsidy_now=same(float(block_subsidy_btc(base.block_height))),
        days_to_halving=same(blocks_to_next_halving(base.block_height) / BLOCKS_PER_DAY),
        pool_fee=same(float(base.pool_fee_pct) / 100.0),
        uptime=same(float(base.uptime_pct) / 100.0),
        capex_usd=column([float(i.hardware_cost_usd) for i in priced]),
        growth_per_month=same(float(base.growth_pct_month) / 100.0),
        horizon_days=round(base.horizon_months * DAYS_PER_MONTH),
        keep_curve=False,
    )
    return [int(day) if day >= 0 else None for day in projection.payback_days.tolist()]


def rank_models(models: Sequence[MinerModel], base: CalculatorInputs) -> list[RankedModel]:
    """Every model at ``base``'s market and farm inputs, sorted by daily profit (best first)."""
    inputs = [model_inputs(model, base) for model in models]
    priced_rows = [row for row, model in enumerate(models) if model.reference_price_usd]
    paybacks = dict(zip(priced_rows, _paybacks([inputs[row] for row in priced_rows], base), strict=True))
    ranked = []
    for row, (model, one) in enumerate(zip(models, inputs, strict=True)):
        day = daily_figures(one)
        profit = day.revenue_usd - day.power_cost_usd
        ranked.append(
            RankedModel(
                model_id=model.id,
                manufacturer=model.manufacturer,
                name=model.name,
                hashrate_ths=float(model.hashrate_ths),
                power_w=float(model.power_w),
                efficiency_j_per_th=fixed(float(model.power_w) / float(model.hashrate_ths), 1),
                revenue_usd_per_day=money(day.revenue_usd),
                power_cost_usd_per_day=money(day.power_cost_usd),
                profit_usd_per_day=money(profit),
                breakeven_electricity_usd_per_kwh=fixed(day.revenue_usd / day.kwh, 5),
                hardware_cost_usd=Decimal(model.reference_price_usd) if model.reference_price_usd else None,
                hardware_price_date=model.reference_price_date if model.reference_price_usd else None,
                payback_days=paybacks.get(row),
                profit_sort_key=profit,
            )
        )
    ranked.sort(key=lambda r: (-r.profit_sort_key, r.manufacturer.lower(), r.name.lower()))
    return ranked
