"""Quantity names, how a value describes its origin, and the unavailable error naming the CLI flag."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from hashinsight_desktop.services.market_data import CLI_FLAGS, MarketDataUnavailable, MarketValue, Quantity
from tests.services.market_data.conftest import START


def test_quantity_values() -> None:
    assert [q.value for q in Quantity] == [
        "btc_price_usd",
        "difficulty",
        "network_hashrate_ehs",
        "block_height",
        "fees_per_block_btc",
        "next_difficulty_change_pct",
        "blocks_to_retarget",
    ]
    assert set(CLI_FLAGS) == set(Quantity)


@pytest.mark.parametrize(
    ("seconds", "stale", "text"),
    [
        (0, False, "coingecko, 0 s ago"),
        (45, False, "coingecko, 45 s ago"),
        (180, False, "coingecko, 3 min ago"),
        (2 * 3600 + 59 * 60, True, "last known (coingecko, 2 h ago)"),
        (3 * 86400, True, "last known (coingecko, 3 d ago)"),
    ],
)
def test_describe(seconds: int, stale: bool, text: str) -> None:
    value = MarketValue(Quantity.BTC_PRICE_USD, Decimal(97000), "coingecko", START, stale)
    now = START + timedelta(seconds=seconds)
    assert value.age_s(now) == seconds
    assert value.describe(now) == text


def test_unavailable_names_the_flag() -> None:
    error = MarketDataUnavailable(Quantity.FEES_PER_BLOCK_BTC)
    assert error.quantity is Quantity.FEES_PER_BLOCK_BTC
    assert "--fees-per-block" in str(error) and "fees per block" in str(error)
