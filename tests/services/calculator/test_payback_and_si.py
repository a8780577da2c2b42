"""What payback honestly says, and difficulty typed with SI suffixes (pure logic: no database)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hashinsight_desktop.services.calculator.inputs import parse_number, with_si_suffix
from hashinsight_desktop.services.calculator.payback import payback
from hashinsight_desktop.services.errors import ValidationError


@pytest.mark.parametrize(
    ("days", "cost", "profit", "value", "text"),
    [
        (0, 0, 12.5, "n/a", "n/a"),  # no hardware cost: nothing to pay back (it said "immediate")
        (None, 0, -3, "n/a", "n/a"),
        (412, 5000, 15, "412 days", "412 days"),
        (None, 5000, 4.66, "> 24 months", "> 24 months (≈ 1,073 days at today's figures)"),
        (None, 5000, 0, "never", "never"),  # truly never: no profit at all
        (None, 5000, -2, "never", "never"),
    ],
)
def test_payback_wording(days: int | None, cost: float, profit: float, value: str, text: str) -> None:
    found = payback(days, Decimal(str(cost)), profit, 24)
    assert (found.value, found.text()) == (value, text)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("110T", Decimal("1.1e14")),
        ("110 T", Decimal("1.1e14")),
        ("110t", Decimal("1.1e14")),
        ("1.1e14", Decimal("1.1e14")),
        ("109.78 T", Decimal("1.0978e14")),
        ("0.11P", Decimal("1.1e14")),
        ("110,000,000,000,000", Decimal("1.1e14")),
    ],
)
def test_difficulty_takes_si_suffixes(typed: str, number: Decimal) -> None:
    assert parse_number("difficulty", typed) == number
    assert with_si_suffix(typed) == number


@pytest.mark.parametrize("typed", ["110X", "T", "1e", "110 TT", "abc"])
def test_a_bad_difficulty_says_how_to_write_one(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_number("difficulty", typed)
    assert caught.value.field == "difficulty"
    assert caught.value.message == f"{typed!r} is not a number (e.g. 110T, 110 T or 1.1e14)"


def test_si_suffixes_only_where_they_mean_something() -> None:
    with pytest.raises(ValidationError, match="is not a number"):
        parse_number("btc_price_usd", "97k")


def test_beyond_the_horizon_only_through_difficulty_growth_says_so() -> None:
    found = payback(None, Decimal(5000), 7, 24)  # 715 days at today's figures: inside 24 months (730 days)
    assert found.text() == "> 24 months (≈ 715 days at today's figures; difficulty growth delays it)"
