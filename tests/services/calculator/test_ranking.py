"""Ranking every catalogue model at one set of inputs: the same figures as calculate(), best first, fast."""

from __future__ import annotations

import time
from dataclasses import replace
from decimal import Decimal

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.calculator.ranking import rank_models
from hashinsight_desktop.services.catalogue import shipped_catalogue

BASE = CalculatorInputs.parse(
    {
        "hashrate_ths": 100,  # replaced by each model's own
        "power_w": 3000,
        "quantity": 25,  # ranked per unit
        "hardware_cost_usd": 9999,  # replaced by each model's reference price
        "electricity_usd_per_kwh": "0.06",
        "btc_price_usd": 97_000,
        "difficulty": "1.3e14",
        "fees_per_block_btc": "0.02",
        "block_height": 900_000,
        "pool_fee_pct": 2,
        "uptime_pct": 97,
        "growth_pct_month": 2,
        "horizon_months": 36,
    }
)


def model(name: str, hashrate: float, power: float, price: str | None = None) -> MinerModel:
    return MinerModel(
        manufacturer="Bitmain",
        name=name,
        hashrate_ths=hashrate,
        power_w=power,
        reference_price_usd=Decimal(price) if price else None,
    )


def catalogue_models() -> list[MinerModel]:
    return [model(m["name"], m["hashrate_ths"], m["power_w"]) for m in shipped_catalogue()]


def test_figures_match_a_single_calculation_of_one_unit() -> None:
    models = [model("S21 XP", 270, 3645, "2500.00"), model("S19j Pro", 104, 3068), model("S9", 13.5, 1323)]
    ranked = {r.name: r for r in rank_models(models, BASE)}
    for m in models:
        hardware = m.reference_price_usd or Decimal(0)
        one = replace(
            BASE,
            hashrate_ths=Decimal(str(m.hashrate_ths)),
            power_w=Decimal(str(m.power_w)),
            quantity=1,
            hardware_cost_usd=hardware,
        )
        expected = calculate(one)
        row = ranked[m.name]
        assert row.revenue_usd_per_day == expected.revenue_usd_per_day
        assert row.power_cost_usd_per_day == expected.power_cost_usd_per_day
        assert row.profit_usd_per_day == expected.profit_usd_per_day
        assert row.breakeven_electricity_usd_per_kwh == expected.breakeven_electricity_usd_per_kwh
        assert row.efficiency_j_per_th == Decimal(str(round(m.power_w / m.hashrate_ths, 1)))
        if m.reference_price_usd:
            assert row.hardware_cost_usd == Decimal("2500.00")
            assert expected.payback_days is not None and row.payback_days == expected.payback_days
        else:
            assert row.hardware_cost_usd is None and row.payback_days is None  # no price: no payback to show


def test_sorted_by_daily_profit_best_first() -> None:
    ranked = rank_models(catalogue_models(), BASE)
    assert len(ranked) == 71
    profits = [r.profit_sort_key for r in ranked]
    assert profits == sorted(profits, reverse=True)
    assert ranked[-1].profit_usd_per_day < 0 < ranked[0].profit_usd_per_day  # an S9 at $0.06 loses money
    assert ranked[0].efficiency_j_per_th < ranked[-1].efficiency_j_per_th


def test_a_price_that_never_pays_back_within_the_horizon() -> None:
    (row,) = rank_models([model("S9", 13.5, 1323, "100.00")], BASE)
    assert row.profit_usd_per_day < 0 and row.payback_days is None


def test_71_models_rank_in_under_50_ms() -> None:
    models = catalogue_models()
    for index, m in enumerate(models):  # half of them priced: the projection runs too
        m.reference_price_usd = Decimal(1000 + 50 * index) if index % 2 else None
    best = min(_timed(models) for _ in range(5))
    assert best < 0.050, f"ranking took {best * 1000:.1f} ms"


def _timed(models: list[MinerModel]) -> float:
    start = time.perf_counter()
    rank_models(models, BASE)
    return time.perf_counter() - start
