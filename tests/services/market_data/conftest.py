"""Fixtures for market data tests: a fake clock, a recording sleep, and every API mocked by respx."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import respx

from tests.services.market_data import replies

START = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class RecordingSleep:
    """Stands in for asyncio.sleep: records the back-off delays and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """Every provider endpoint answering its documented reply; anything else is refused by respx."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.get(replies.COINGECKO_URL, name="coingecko").mock(
            return_value=httpx.Response(200, json=replies.COINGECKO_PRICE)
        )
        router.get(replies.MEMPOOL_HASHRATE_URL, name="mempool_hashrate").mock(
            return_value=httpx.Response(200, json=replies.MEMPOOL_HASHRATE_3D)
        )
        router.get(replies.MEMPOOL_ADJUSTMENT_URL, name="mempool_adjustment").mock(
            return_value=httpx.Response(200, json=replies.MEMPOOL_DIFFICULTY_ADJUSTMENT)
        )
        router.get(replies.MEMPOOL_TIP_URL, name="mempool_tip").mock(
            return_value=httpx.Response(200, text=replies.MEMPOOL_TIP_HEIGHT)
        )
        router.get(replies.MEMPOOL_FEES_URL, name="mempool_fees").mock(
            return_value=httpx.Response(200, json=replies.MEMPOOL_FEES_24H)
        )
        router.get(replies.BLOCKCHAIN_STATS_URL, name="blockchain_stats").mock(
            return_value=httpx.Response(200, json=replies.BLOCKCHAIN_STATS)
        )
        yield router
