"""Each provider parses its API's documented reply; malformed replies fail; retries follow the policy."""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from decimal import Decimal

import httpx
import pytest
import respx

from hashinsight_desktop.services.market_data import (
    BlockchainInfoProvider,
    CoinGeckoProvider,
    MempoolSpaceProvider,
    ProviderError,
    Quantity,
    RequestPolicy,
)
from hashinsight_desktop.services.market_data.providers import HttpProvider
from hashinsight_desktop.services.secret_store import SecretStore
from tests.services.market_data import replies
from tests.services.market_data.conftest import FakeClock, RecordingSleep

ALL = list(Quantity)


def fetch(
    provider: HttpProvider, quantities: Collection[Quantity], policy: RequestPolicy | None = None
) -> dict[Quantity, Decimal]:
    async def run() -> dict[Quantity, Decimal]:
        async with httpx.AsyncClient() as client:
            return await provider.fetch(client, quantities, policy=policy or RequestPolicy())

    return asyncio.run(run())


def policy(sleep: RecordingSleep, **kwargs: float) -> RequestPolicy:
    return RequestPolicy(sleep=sleep, backoff_base_s=0.25, **kwargs)  # type: ignore[arg-type]


def test_coingecko_price(api: respx.MockRouter) -> None:
    assert fetch(CoinGeckoProvider(), ALL) == {Quantity.BTC_PRICE_USD: replies.EXPECTED_PRICE}
    request = api["coingecko"].calls.last.request
    assert "x-cg-demo-api-key" not in request.headers  # no key stored: the keyless tier


def test_coingecko_key_goes_in_the_header_only(api: respx.MockRouter, secrets: SecretStore) -> None:
    secrets.set("api:coingecko", "CG-demo-key-0123456789")
    fetch(CoinGeckoProvider(secrets), [Quantity.BTC_PRICE_USD])
    request = api["coingecko"].calls.last.request
    assert request.headers["x-cg-demo-api-key"] == "CG-demo-key-0123456789"
    assert "CG-demo-key" not in str(request.url)


def test_mempool_every_quantity_one_request_per_endpoint(api: respx.MockRouter) -> None:
    values = fetch(MempoolSpaceProvider(), ALL)
    assert values == {
        Quantity.DIFFICULTY: replies.EXPECTED_DIFFICULTY,
        Quantity.NETWORK_HASHRATE_EHS: replies.EXPECTED_HASHRATE_EHS,
        Quantity.BLOCK_HEIGHT: replies.EXPECTED_HEIGHT,
        Quantity.FEES_PER_BLOCK_BTC: replies.EXPECTED_FEES_BTC,
        Quantity.NEXT_DIFFICULTY_CHANGE_PCT: replies.EXPECTED_CHANGE_PCT,
        Quantity.BLOCKS_TO_RETARGET: replies.EXPECTED_REMAINING,
    }
    for name in ("mempool_hashrate", "mempool_adjustment", "mempool_tip", "mempool_fees"):
        assert api[name].call_count == 1, name


def test_mempool_asks_only_the_endpoints_needed(api: respx.MockRouter) -> None:
    values = fetch(MempoolSpaceProvider(), [Quantity.DIFFICULTY, Quantity.NETWORK_HASHRATE_EHS])
    assert set(values) == {Quantity.DIFFICULTY, Quantity.NETWORK_HASHRATE_EHS}
    assert api["mempool_hashrate"].call_count == 1
    assert api["mempool_adjustment"].call_count == api["mempool_tip"].call_count == api["mempool_fees"].call_count == 0


def test_blockchain_info_stats(api: respx.MockRouter) -> None:
    values = fetch(BlockchainInfoProvider(), ALL)
    assert values == {
        Quantity.BTC_PRICE_USD: replies.EXPECTED_BI_PRICE,
        Quantity.DIFFICULTY: replies.EXPECTED_BI_DIFFICULTY,
        Quantity.NETWORK_HASHRATE_EHS: replies.EXPECTED_BI_HASHRATE_EHS,  # GH/s → EH/s
        Quantity.BLOCK_HEIGHT: replies.EXPECTED_BI_HEIGHT,
    }
    assert api["blockchain_stats"].call_count == 1


def test_a_negative_difficulty_change_is_a_value_not_an_error(api: respx.MockRouter) -> None:
    values = fetch(MempoolSpaceProvider(), [Quantity.NEXT_DIFFICULTY_CHANGE_PCT])
    assert values[Quantity.NEXT_DIFFICULTY_CHANGE_PCT] < 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"bitcoin": {"usd": 97123.45', "malformed JSON"),
        (b"<html>502 Bad Gateway</html>", "malformed JSON"),
        (b'{"bitcoin": {}}', "'usd' missing"),
        (b'{"bitcoin": {"usd": null}}', "'usd' missing"),
        (b"{}", "expected a JSON object"),
        (b"[]", "expected a JSON object"),
        (b'{"bitcoin": {"usd": "97123.45"}}', "not a number"),
        (b'{"bitcoin": {"usd": true}}', "not a number"),
        (b'{"bitcoin": {"usd": -97123.45}}', "not positive"),
        (b'{"bitcoin": {"usd": 0}}', "not positive"),
        (b'{"bitcoin": {"usd": NaN}}', "not finite"),
        (b'{"bitcoin": {"usd": Infinity}}', "not finite"),
        (b'{"bitcoin": {"usd": 1e40}}', "out of range"),
    ],
)
def test_malformed_reply_is_a_failure_not_retried(
    api: respx.MockRouter, sleep: RecordingSleep, content: bytes, reason: str
) -> None:
    api["coingecko"].mock(return_value=httpx.Response(200, content=content))
    with pytest.raises(ProviderError, match=reason) as info:
        fetch(CoinGeckoProvider(), [Quantity.BTC_PRICE_USD], policy(sleep))
    assert info.value.provider == "coingecko" and info.value.partial == {}
    assert api["coingecko"].call_count == 1 and sleep.delays == []


@pytest.mark.parametrize(
    ("route", "content", "quantity", "reason"),
    [
        ("mempool_tip", b"87987x", Quantity.BLOCK_HEIGHT, "plain-text integer"),
        ("mempool_tip", b"", Quantity.BLOCK_HEIGHT, "plain-text integer"),
        ("mempool_fees", b"[]", Quantity.FEES_PER_BLOCK_BTC, "non-empty list"),
        ("mempool_fees", b'[{"avgHeight": 1, "avgFees": -5}]', Quantity.FEES_PER_BLOCK_BTC, "not positive"),
        ("mempool_hashrate", b'{"hashrates": [], "difficulty": []}', Quantity.DIFFICULTY, "'currentDifficulty'"),
        ("mempool_hashrate", b'{"currentHashrate": NaN}', Quantity.NETWORK_HASHRATE_EHS, "not finite"),
        ("mempool_adjustment", b'{"remainingBlocks": 12.5}', Quantity.BLOCKS_TO_RETARGET, "whole number"),
        ("mempool_adjustment", b'{"remainingBlocks": 5000}', Quantity.BLOCKS_TO_RETARGET, "out of range"),
        ("mempool_adjustment", b'{"difficultyChange": -100}', Quantity.NEXT_DIFFICULTY_CHANGE_PCT, "impossible"),
        ("blockchain_stats", b'{"hash_rate": -1}', Quantity.NETWORK_HASHRATE_EHS, "not positive"),
    ],
)
def test_malformed_network_replies(
    api: respx.MockRouter, route: str, content: bytes, quantity: Quantity, reason: str
) -> None:
    api[route].mock(return_value=httpx.Response(200, content=content))
    provider: HttpProvider = BlockchainInfoProvider() if route == "blockchain_stats" else MempoolSpaceProvider()
    with pytest.raises(ProviderError, match=reason):
        fetch(provider, [quantity])


def test_one_failed_endpoint_keeps_the_others_as_partial(api: respx.MockRouter) -> None:
    api["mempool_fees"].mock(return_value=httpx.Response(404))
    with pytest.raises(ProviderError, match="HTTP 404 from /api/v1/mining/blocks/fees/24h") as info:
        fetch(MempoolSpaceProvider(), ALL)
    assert Quantity.FEES_PER_BLOCK_BTC not in info.value.partial
    assert info.value.partial[Quantity.BLOCK_HEIGHT] == replies.EXPECTED_HEIGHT
    assert len(info.value.partial) == 5


def test_5xx_is_retried_with_exponential_backoff(api: respx.MockRouter, sleep: RecordingSleep) -> None:
    ok = httpx.Response(200, json=replies.COINGECKO_PRICE)
    api["coingecko"].mock(side_effect=[httpx.Response(503), httpx.Response(502), ok])
    assert fetch(CoinGeckoProvider(), ALL, policy(sleep)) == {Quantity.BTC_PRICE_USD: replies.EXPECTED_PRICE}
    assert api["coingecko"].call_count == 3
    assert sleep.delays == [0.25, 0.5]


def test_retries_are_bounded(api: respx.MockRouter, sleep: RecordingSleep) -> None:
    api["coingecko"].mock(return_value=httpx.Response(500))
    with pytest.raises(ProviderError, match=r"HTTP 500 from /api/v3/simple/price \(3 attempts\)"):
        fetch(CoinGeckoProvider(), ALL, policy(sleep))
    assert api["coingecko"].call_count == 3 and sleep.delays == [0.25, 0.5]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410])
def test_other_4xx_is_not_retried(api: respx.MockRouter, sleep: RecordingSleep, status: int) -> None:
    api["coingecko"].mock(return_value=httpx.Response(status))
    with pytest.raises(ProviderError, match=f"HTTP {status}"):
        fetch(CoinGeckoProvider(), ALL, policy(sleep))
    assert api["coingecko"].call_count == 1 and sleep.delays == []


def test_429_honours_retry_after(api: respx.MockRouter, sleep: RecordingSleep) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "3"})
    api["coingecko"].mock(side_effect=[limited, httpx.Response(200, json=replies.COINGECKO_PRICE)])
    fetch(CoinGeckoProvider(), ALL, policy(sleep))
    assert api["coingecko"].call_count == 2 and sleep.delays == [3.0]


def test_429_retry_after_as_http_date(api: respx.MockRouter, sleep: RecordingSleep) -> None:
    clock = FakeClock()
    limited = httpx.Response(429, headers={"Retry-After": "Wed, 01 Jan 2025 12:00:05 GMT"})
    api["coingecko"].mock(side_effect=[limited, httpx.Response(200, json=replies.COINGECKO_PRICE)])
    fetch(CoinGeckoProvider(), ALL, RequestPolicy(sleep=sleep, clock=clock))
    assert sleep.delays == [5.0]


def test_429_asking_too_long_a_wait_is_not_retried(api: respx.MockRouter, sleep: RecordingSleep) -> None:
    api["coingecko"].mock(return_value=httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(ProviderError, match="asked to wait 3600 s"):
        fetch(CoinGeckoProvider(), ALL, policy(sleep, retry_after_cap_s=30))
    assert api["coingecko"].call_count == 1 and sleep.delays == []


def test_429_without_retry_after_backs_off(api: respx.MockRouter, sleep: RecordingSleep) -> None:
    api["coingecko"].mock(return_value=httpx.Response(429))
    with pytest.raises(ProviderError, match="HTTP 429"):
        fetch(CoinGeckoProvider(), ALL, policy(sleep))
    assert api["coingecko"].call_count == 3 and sleep.delays == [0.25, 0.5]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (httpx.ConnectTimeout, "timed out after 8 s"),
        (httpx.ReadTimeout, "timed out after 8 s"),
        (httpx.ConnectError, "connection failed"),
        (httpx.RemoteProtocolError, "connection failed"),
    ],
)
def test_timeouts_and_connection_errors_are_retried(
    api: respx.MockRouter, sleep: RecordingSleep, error: type[Exception], reason: str
) -> None:
    api["mempool_tip"].mock(side_effect=error)
    with pytest.raises(ProviderError, match=reason):
        fetch(MempoolSpaceProvider(), [Quantity.BLOCK_HEIGHT], policy(sleep))
    assert api["mempool_tip"].call_count == 3 and sleep.delays == [0.25, 0.5]


def test_the_timeout_is_passed_to_each_request(api: respx.MockRouter) -> None:
    fetch(MempoolSpaceProvider(), [Quantity.BLOCK_HEIGHT], RequestPolicy(timeout_s=2.5))
    timeouts = api["mempool_tip"].calls.last.request.extensions["timeout"]
    assert timeouts == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_backoff_is_capped() -> None:
    assert RequestPolicy(backoff_base_s=1, backoff_max_s=5).backoff_s(10) == 5


def test_an_unusable_stored_key_is_ignored_without_being_logged(
    api: respx.MockRouter, secrets: SecretStore, caplog: pytest.LogCaptureFixture
) -> None:
    secrets.set("api:coingecko", "CG-bad\nkey")
    assert fetch(CoinGeckoProvider(secrets), ALL) == {Quantity.BTC_PRICE_USD: replies.EXPECTED_PRICE}
    assert "x-cg-demo-api-key" not in api["coingecko"].calls.last.request.headers
    assert "not a valid header value" in caplog.text and "CG-bad" not in caplog.text
