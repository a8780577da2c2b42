"""Explain: Shapley parts of a daily-profit change over the calculator's own formula."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from hashinsight_desktop.services.analytics.explain import KEYS, daily_profit, explain, parse_inputs
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.errors import ValidationError

BEFORE = {
    "btc_price": "97000",
    "difficulty": "110T",
    "block_height": "870000",
    "fees_per_block": "0.15",
    "hashrate_ths": "20000",
    "power_w": "340000",
    "electricity": "0.05",
}
EVERYTHING_MOVED = {
    "btc_price": "89240",
    "difficulty": "121T",
    "block_height": "1050000",  # past the 2028 halving
    "fees_per_block": "0.1",
    "hashrate_ths": "20500",
    "uptime_pct": "97",
    "power_w": "345000",
    "electricity": "0.055",
    "pool_fee_pct": "1.5",
}
ONE_CHANGE = {
    "btc_price": "90000",
    "difficulty": "120T",
    "block_height": "1050000",
    "fees_per_block": "0.3",
    "hashrate_ths": "19000",
    "uptime_pct": "95",
    "power_w": "300000",
    "electricity": "0.07",
    "pool_fee_pct": "1",
}


def test_profit_is_the_calculators() -> None:
    values = parse_inputs(BEFORE)
    result = calculate(
        CalculatorInputs.parse(
            {
                "btc_price_usd": "97000",
                "difficulty": "110T",
                "block_height": "870000",
                "fees_per_block_btc": "0.15",
                "hashrate_ths": "20000",
                "power_w": "340000",
                "electricity_usd_per_kwh": "0.05",
            }
        )
    )
    assert daily_profit(values) == result.unrounded["profit_usd_per_day"]


def test_parts_sum_exactly_to_the_change() -> None:
    before = parse_inputs(BEFORE)
    result = explain(before, parse_inputs(EVERYTHING_MOVED, before))
    assert sum(result.exact_parts.values(), Fraction(0)) == result.exact_change  # exact, in rationals
    assert result.exact_change == Fraction(daily_profit(result.after)) - Fraction(daily_profit(result.before))
    assert sum(result.parts.values(), Decimal(0)) == result.change == result.profit_after - result.profit_before
    assert all(part != 0 for part in result.parts.values())  # every input moved profit
    # Each shown part is its exact part to within a cent (the largest-remainder apportionment).
    assert all(abs(Fraction(result.parts[k]) - result.exact_parts[k]) < Fraction(1, 100) for k in KEYS)
    texts = [sentence.text for sentence in result.sentences]
    assert texts[0].startswith("Block subsidy went from 3.125 to 1.5625 BTC: −$")
    assert "Difficulty rose 10 %: −$" in texts[1]
    assert f"BTC price fell 8.0 %: −${abs(result.parts['btc_price'])}/day" in texts
    assert len(texts) == len(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_a_change_of_one_input_is_attributed_to_it_alone(key: str) -> None:
    before = parse_inputs(BEFORE)
    result = explain(before, parse_inputs({key: ONE_CHANGE[key]}, before))
    assert result.exact_parts[key] == result.exact_change != 0
    assert all(result.exact_parts[other] == 0 for other in KEYS if other != key)
    assert result.parts[key] == result.change and [s.key for s in result.sentences] == [key]


def test_order_free_swapping_before_and_after_negates_every_part() -> None:
    before = parse_inputs(BEFORE)
    after = parse_inputs(EVERYTHING_MOVED, before)
    forward, backward = explain(before, after), explain(after, before)
    assert all(forward.exact_parts[k] == -backward.exact_parts[k] for k in KEYS)


def test_a_height_without_a_halving_explains_nothing() -> None:
    before = parse_inputs(BEFORE)
    result = explain(before, parse_inputs({"block_height": "880000"}, before))
    assert result.change == 0 and result.sentences == () and result.exact_parts["block_height"] == 0


def test_bad_values_are_named() -> None:
    with pytest.raises(ValidationError, match=r"^power_w: a value is required"):
        parse_inputs({k: v for k, v in BEFORE.items() if k != "power_w"})
    with pytest.raises(ValidationError, match=r"^btc_prize: not an input; the inputs are btc_price, difficulty"):
        parse_inputs({**BEFORE, "btc_prize": "1"})
    with pytest.raises(ValidationError, match=r"^electricity: must be at least 0"):
        parse_inputs({**BEFORE, "electricity": "-1"})
