"""The formula against hand-computed cases, the halving switch, the projection, every error path."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from hashinsight_desktop.services.calculator.bitcoin import block_subsidy_btc, blocks_to_next_halving
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.errors import ValidationError

# 100 TH/s at difficulty 1e14 with the 3.125 BTC subsidy: 1e14 × 86,400 × 3.125 / (1e14 × 2^32) BTC/day.
BTC_PER_DAY = 270_000 / 2**32  # = 0.0000628642737865448


def base(**changes: object) -> CalculatorInputs:
    raw = {
        "hashrate_ths": 100,
        "power_w": 3000,
        "electricity_usd_per_kwh": "0.05",
        "btc_price_usd": 100_000,
        "difficulty": "1e14",
        "fees_per_block_btc": 0,
        "block_height": 900_000,
        "pool_fee_pct": 0,
        "uptime_pct": 100,
        "horizon_months": 36,
        "growth_pct_month": 0,  # the arithmetic below is for a flat difficulty (the default is 3 %/month)
        **changes,
    }
    return CalculatorInputs.parse(raw)


def test_subsidy_schedule() -> None:
    assert block_subsidy_btc(0) == Decimal(50)
    assert block_subsidy_btc(839_999) == Decimal("6.25")
    assert block_subsidy_btc(840_000) == Decimal("3.125")
    assert block_subsidy_btc(1_050_000) == Decimal("1.5625")
    assert block_subsidy_btc(64 * 210_000) == 0
    assert blocks_to_next_halving(900_000) == 150_000


def test_hand_computed_day() -> None:
    result = calculate(base())
    assert result.btc_per_day == Decimal("0.00006286")
    assert result.revenue_usd_per_day == Decimal("6.29")  # 6.2864
    assert result.power_cost_usd_per_day == Decimal("3.60")  # 3 kW × 24 h × $0.05
    assert result.profit_usd_per_day == Decimal("2.69")
    assert result.hashprice_usd_per_th_day == Decimal("0.0629")  # per TH/s: 6.2864 / 100
    assert result.breakeven_electricity_usd_per_kwh == Decimal("0.08731")  # 6.28643 / 72 kWh
    assert result.breakeven_btc_price_usd == Decimal("57266.23")  # 3.60 × 2^32 / 270,000
    assert result.subsidy_btc == Decimal("3.125")
    assert result.profit_usd_per_month == Decimal("81.77")  # 2.686427 × 30.4375


def test_fees_pool_fee_uptime_and_quantity_scale_as_the_formula_says() -> None:
    result = calculate(base(fees_per_block_btc="0.125", pool_fee_pct=2, uptime_pct=90, quantity=10))
    expected = BTC_PER_DAY * (3.25 / 3.125) * 0.98 * 0.90 * 10
    assert float(result.btc_per_day) == pytest.approx(expected, abs=5e-9)
    assert result.power_cost_usd_per_day == Decimal("32.40")  # 30 kW × 24 h × 0.9 × $0.05
    # Hashprice is gross of pool fee and uptime, per TH/s.
    assert float(result.hashprice_usd_per_th_day) == pytest.approx(BTC_PER_DAY * 3.25 / 3.125 * 1000, abs=1e-4)


def test_payback_without_halving_or_growth() -> None:
    result = calculate(base(hardware_cost_usd=2000))
    daily = BTC_PER_DAY * 100_000 - 3.6
    assert result.payback_days == math.ceil(2000 / daily) == 745
    assert result.roi_pct is not None and result.roi_pct > 0


def test_a_halving_inside_the_payback_window_lengthens_it() -> None:
    # Halving exactly 100 days ahead: 14,400 blocks before height 1,050,000.
    before_halving = dict(power_w=1000, hardware_cost_usd=2000, block_height=1_050_000 - 14_400)
    with_halving = calculate(base(**before_halving))
    no_halving_soon = calculate(base(power_w=1000, hardware_cost_usd=2000, block_height=840_000))
    full, half = BTC_PER_DAY * 100_000 - 1.2, BTC_PER_DAY / 2 * 100_000 - 1.2
    assert no_halving_soon.payback_days == math.ceil(2000 / full) == 394
    assert with_halving.payback_days == math.ceil(100 + (2000 - 100 * full) / half) == 868


def test_a_halving_mid_day_is_split_pro_rata() -> None:
    result = calculate(base(power_w=1000, hardware_cost_usd=0, block_height=1_050_000 - 72, horizon_months=1))
    curve = result.cumulative_profit_usd
    full, half = BTC_PER_DAY * 100_000, BTC_PER_DAY / 2 * 100_000
    assert curve[0] == pytest.approx(0.5 * full + 0.5 * half - 1.2)  # the halving is half a day away
    assert curve[1] - curve[0] == pytest.approx(half - 1.2)


def test_difficulty_growth_compounds_monthly() -> None:
    result = calculate(base(growth_pct_month=10, hardware_cost_usd=0, horizon_months=2))
    revenue = BTC_PER_DAY * 100_000
    # Days 0–30 are month 0 (30.4375 days a month), days 31–59 month 1.
    expected_day_60 = 31 * revenue + 29 * revenue / 1.1 - 60 * 3.6
    assert result.cumulative_profit_usd[59] == pytest.approx(expected_day_60)


def test_never_pays_back_gives_none() -> None:
    result = calculate(base(electricity_usd_per_kwh="0.20", hardware_cost_usd=1000))
    assert result.profit_usd_per_day < 0 and result.payback_days is None and result.roi_pct < -100


def test_dual_algorithm_compares_the_hashrate_share_estimate() -> None:
    # The network hashrate implied by difficulty 1e14: D × 2^32 / 600 s.
    implied_ehs = Decimal(1e14 * 2**32 / 600 / 1e18)
    same = calculate(base(network_hashrate_ehs=implied_ehs))
    assert same.algorithm_difference_pct == Decimal("0.00")
    higher = calculate(base(network_hashrate_ehs=implied_ehs * Decimal("1.25")))
    assert higher.algorithm_difference_pct == Decimal("-20.00")
    assert calculate(base()).algorithm_difference_pct is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hashrate_ths", "-1", "hashrate_ths: must be greater than 0"),
        ("hashrate_ths", 0, "hashrate_ths: must be greater than 0"),
        ("power_w", "nan", "power_w: 'nan' is not a finite number"),
        ("power_w", float("nan"), "power_w: nan is not a finite number"),
        ("btc_price_usd", "inf", "btc_price_usd: 'inf' is not a finite number"),
        ("electricity_usd_per_kwh", "five cents", "electricity_usd_per_kwh: 'five cents' is not a number"),
        ("electricity_usd_per_kwh", "-0.01", "electricity_usd_per_kwh: must be at least 0"),
        ("difficulty", "", "difficulty: a number is required"),
        ("quantity", "2.5", "quantity: must be a whole number"),
        ("quantity", 0, "quantity: must be at least 1"),
        ("uptime_pct", 101, "uptime_pct: must be greater than 0 and at most 100"),
        ("pool_fee_pct", "-2", "pool_fee_pct"),
        ("horizon_months", 0, "horizon_months"),
        ("block_height", "12a", "block_height: '12a' is not a number"),
    ],
)
def test_bad_input_names_the_field(field: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        base(**{field: value})
