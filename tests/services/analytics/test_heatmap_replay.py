"""The ROI heat-map and the historical replay say, cell by cell and day by day, what the calculator says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pytest

from hashinsight_desktop.services.analytics.heatmap import heatmap
from hashinsight_desktop.services.analytics.replay import MarketHistory, replay
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate, daily_figures
from hashinsight_desktop.services.errors import ValidationError

INPUTS = CalculatorInputs.parse(
    {
        "hashrate_ths": "200",
        "power_w": "3500",
        "quantity": "3",
        "electricity_usd_per_kwh": "0.05",
        "btc_price_usd": "97000",
        "difficulty": "110T",
        "fees_per_block_btc": "0.1",
        "block_height": "1040000",  # the 2028 halving ~69 days ahead: inside the payback window
        "hardware_cost_usd": "4000",
    }
)


def test_every_cell_is_the_calculators_profit_and_payback() -> None:
    electricity, price = np.linspace(0.02, 0.12, 200), np.linspace(40_000, 160_000, 200)
    result = heatmap(INPUTS, electricity, price)
    assert result.profit_usd_per_day.shape == (200, 200) and result.payback_days is not None
    for row in range(0, 200, 19):
        for column in range(0, 200, 23):
            cell = replace(
                INPUTS,
                electricity_usd_per_kwh=Decimal(repr(float(electricity[row]))),
                btc_price_usd=Decimal(repr(float(price[column]))),
            )
            expected = calculate(cell)
            profit = expected.unrounded["profit_usd_per_day"]
            assert result.profit_usd_per_day[row, column] == pytest.approx(profit, rel=1e-12, abs=1e-9)
            payback = result.payback_days[row, column]
            assert (None if payback < 0 else payback) == expected.payback_days, (row, column)
    assert (result.payback_days < 0).any() and (result.payback_days > 0).any()
    assert result.current_cell == (60, 95)
    assert result.current_profit_usd_per_day == calculate(INPUTS).unrounded["profit_usd_per_day"]


def test_no_hardware_cost_no_payback() -> None:
    free = replace(INPUTS, hardware_cost_usd=Decimal(0))
    assert heatmap(free, np.array([0.05]), np.array([97_000.0])).payback_days is None


def history(days: int, start_height: int) -> MarketHistory:
    rng = np.random.default_rng(4)
    return MarketHistory(
        dates=[date(2028, 1, 1) + timedelta(days=i) for i in range(days)],
        btc_price_usd=90_000 * np.exp(np.cumsum(rng.normal(0, 0.03, days))),
        difficulty=1.1e14 * np.exp(np.cumsum(rng.normal(0.001, 0.005, days))),
        fees_per_block_btc=np.abs(rng.normal(0.1, 0.03, days)),
        block_height=start_height + 144 * np.arange(days, dtype=np.int64),
    )


def test_each_day_is_the_calculators_day_and_the_halving_halves_the_subsidy() -> None:
    market = history(120, 1_040_000)
    result = replay(market, hashrate_ths=200, power_w=3500, electricity_usd_per_kwh=0.05, quantity=3, uptime_pct=97)
    halving_day = int(np.argmax(market.block_height >= 1_050_000))
    assert result.subsidy_btc[halving_day - 1] == 3.125 and result.subsidy_btc[halving_day] == 1.5625
    for day in (0, halving_day - 1, halving_day, 119):
        figures = daily_figures(
            replace(
                INPUTS,
                btc_price_usd=Decimal(repr(float(market.btc_price_usd[day]))),
                difficulty=Decimal(repr(float(market.difficulty[day]))),
                fees_per_block_btc=Decimal(repr(float(market.fees_per_block_btc[day]))),
                block_height=int(market.block_height[day]),
                uptime_pct=Decimal(97),
            )
        )
        assert result.profit_usd[day] == pytest.approx(figures.revenue_usd - figures.power_cost_usd, rel=1e-12)
    assert result.total_profit_usd == pytest.approx(float(result.profit_usd.sum()), rel=1e-12)


def test_a_date_window_and_an_empty_one() -> None:
    market = history(30, 900_000)
    kwargs = {"hashrate_ths": 200.0, "power_w": 3500.0, "electricity_usd_per_kwh": 0.05}
    window = replay(market, start=date(2028, 1, 10), end=date(2028, 1, 19), **kwargs)
    assert list(window.dates) == [date(2028, 1, 10) + timedelta(days=i) for i in range(10)]
    with pytest.raises(ValidationError, match="no day between"):
        replay(market, start=date(2029, 1, 1), **kwargs)
