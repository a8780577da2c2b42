"""MarketDataService: fallback chains, retries, the stale-while-revalidate cache, snapshots on both
engines, offline start, overrides and secrets kept out of URLs and logs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest
import respx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.market_data import (
    MarketDataService,
    MarketDataUnavailable,
    Quantity,
    describe_sources,
    fetch_market_values,
    latest_snapshots,
    remember_manual,
)
from hashinsight_desktop.services.secret_store import SecretStore
from tests.services.market_data import replies
from tests.services.market_data.conftest import START, FakeClock, RecordingSleep

T = TypeVar("T")
SF = sessionmaker[Session]
P = Quantity.BTC_PRICE_USD


def run_with_service(
    session_factory: SF,
    clock: FakeClock,
    sleep: RecordingSleep,
    body: Callable[[MarketDataService], Awaitable[T]],
    **kwargs: object,
) -> T:
    """Run ``body`` on a fresh event loop with a service over a real httpx client (mocked by respx)."""

    async def main() -> T:
        async with httpx.AsyncClient() as client:
            service = MarketDataService(
                client,
                session_factory,
                clock=clock,
                sleep=sleep,
                backoff_base_s=0.25,
                **kwargs,  # type: ignore[arg-type]
            )
            try:
                return await body(service)
            finally:
                await service.aclose()

    return asyncio.run(main())


def snapshots(session_factory: SF) -> list[MarketSnapshot]:
    with session_factory() as session:
        return list(session.scalars(select(MarketSnapshot).order_by(MarketSnapshot.id)))


def close(a: Decimal, b: Decimal) -> bool:
    """SQLite keeps Numeric as a float: equal to 15 significant digits."""
    return abs(a - b) <= abs(b) * Decimal("1e-14")


def reply(response: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    return lambda _request: response


FAILURES: dict[str, tuple[Any, int, list[float]]] = {
    # name: (respx side effect of CoinGecko, attempts made, back-off delays slept)
    "500": (reply(httpx.Response(500)), 3, [0.25, 0.5]),
    "429 with Retry-After": (reply(httpx.Response(429, headers={"Retry-After": "2"})), 3, [2.0, 2.0]),
    "timeout": (httpx.ReadTimeout, 3, [0.25, 0.5]),
    "malformed JSON": (reply(httpx.Response(200, content=b'{"bitcoin": {"usd": 9')), 1, []),
    "field missing": (reply(httpx.Response(200, json={"bitcoin": {"eur": 90000.0}})), 1, []),
    "negative": (reply(httpx.Response(200, json={"bitcoin": {"usd": -5.0}})), 1, []),
    "NaN": (reply(httpx.Response(200, content=b'{"bitcoin": {"usd": NaN}}')), 1, []),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_price_falls_back_to_blockchain_info(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep, failure: str
) -> None:
    effect, attempts, delays = FAILURES[failure]
    api["coingecko"].mock(side_effect=effect)
    value = run_with_service(session_factory, clock, sleep, lambda s: s.get(P))
    assert (value.source, value.value, value.stale) == ("blockchain.info", replies.EXPECTED_BI_PRICE, False)
    assert api["coingecko"].call_count == attempts
    assert api["blockchain_stats"].call_count == 1
    assert sleep.delays == delays


def test_no_retry_on_404_then_fallback(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    api["mempool_tip"].mock(return_value=httpx.Response(404))
    value = run_with_service(session_factory, clock, sleep, lambda s: s.get(Quantity.BLOCK_HEIGHT))
    assert value.source == "blockchain.info" and value.value == replies.EXPECTED_BI_HEIGHT
    assert api["mempool_tip"].call_count == 1 and sleep.delays == []


def test_get_many_one_request_per_endpoint(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    values = run_with_service(session_factory, clock, sleep, lambda s: s.get_many(list(Quantity)))
    assert list(values) == list(Quantity)
    assert {q: v.source for q, v in values.items()} == {
        P: "coingecko",
        **{q: "mempool.space" for q in Quantity if q is not P},
    }
    assert values[Quantity.NETWORK_HASHRATE_EHS].value == replies.EXPECTED_HASHRATE_EHS
    assert values[Quantity.FEES_PER_BLOCK_BTC].value == replies.EXPECTED_FEES_BTC
    for name in ("coingecko", "mempool_hashrate", "mempool_adjustment", "mempool_tip", "mempool_fees"):
        assert api[name].call_count == 1, name
    assert api["blockchain_stats"].call_count == 0


def test_fallback_asks_the_next_provider_once_for_all_it_missed(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    api["coingecko"].mock(return_value=httpx.Response(503))
    api["mempool_hashrate"].mock(return_value=httpx.Response(503))
    wanted = [P, Quantity.DIFFICULTY, Quantity.NETWORK_HASHRATE_EHS, Quantity.FEES_PER_BLOCK_BTC]
    values = run_with_service(session_factory, clock, sleep, lambda s: s.get_many(wanted))
    assert {q: v.source for q, v in values.items()} == {
        P: "blockchain.info",
        Quantity.DIFFICULTY: "blockchain.info",
        Quantity.NETWORK_HASHRATE_EHS: "blockchain.info",
        Quantity.FEES_PER_BLOCK_BTC: "mempool.space",
    }
    assert values[Quantity.NETWORK_HASHRATE_EHS].value == replies.EXPECTED_BI_HASHRATE_EHS
    assert api["blockchain_stats"].call_count == 1


def test_stale_while_revalidate(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    route = api["coingecko"]

    async def body(service: MarketDataService) -> None:
        first = await service.get(P)
        assert (first.value, first.stale, route.call_count) == (replies.EXPECTED_PRICE, False, 1)

        clock.advance(299)  # within the 300 s TTL: served from memory, no HTTP
        cached = await service.get(P)
        assert (cached.value, cached.stale, cached.fetched_at, route.call_count) == (first.value, False, START, 1)

        clock.advance(2)  # past the TTL: the old value at once, marked stale, one refresh in the background
        route.mock(return_value=httpx.Response(200, json={"bitcoin": {"usd": 98000.5}}))
        stale_a, stale_b = await asyncio.gather(service.get(P), service.get(P))
        again = await service.get(P)
        for stale in (stale_a, stale_b, again):
            assert (stale.value, stale.stale) == (replies.EXPECTED_PRICE, True)
        assert stale_a.describe(clock()) == "last known (coingecko, 5 min ago)"
        await service.wait_for_refreshes()
        assert route.call_count == 2  # one refresh, however many callers saw the stale value

        fresh = await service.get(P)
        assert (fresh.value, fresh.stale, fresh.fetched_at) == (Decimal("98000.5"), False, clock())
        assert route.call_count == 2

    run_with_service(session_factory, clock, sleep, body)
    stored = [s.value for s in snapshots(session_factory)]
    assert len(stored) == 2
    assert close(stored[0], replies.EXPECTED_PRICE) and close(stored[1], Decimal("98000.5"))


def test_network_quantities_live_for_900_s(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    async def body(service: MarketDataService) -> list[bool]:
        await service.get_many([P, Quantity.DIFFICULTY])
        clock.advance(600)
        values = await service.get_many([P, Quantity.DIFFICULTY])
        await service.wait_for_refreshes()
        return [values[P].stale, values[Quantity.DIFFICULTY].stale]

    assert run_with_service(session_factory, clock, sleep, body) == [True, False]
    assert api["mempool_hashrate"].call_count == 1 and api["coingecko"].call_count == 2


def test_concurrent_callers_share_one_request(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    async def body(service: MarketDataService) -> None:
        await asyncio.gather(*(service.get(P) for _ in range(5)))

    run_with_service(session_factory, clock, sleep, body)
    assert api["coingecko"].call_count == 1
    assert len(snapshots(session_factory)) == 1


def test_every_fetched_value_is_stored(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    run_with_service(session_factory, clock, sleep, lambda s: s.get_many(list(Quantity)))
    rows = {Quantity(r.quantity): r for r in snapshots(session_factory)}
    assert set(rows) == set(Quantity)
    assert all(r.fetched_at == START for r in rows.values())
    assert rows[P].source == "coingecko" and rows[Quantity.BLOCK_HEIGHT].source == "mempool.space"
    assert close(rows[P].value, replies.EXPECTED_PRICE)
    assert rows[Quantity.FEES_PER_BLOCK_BTC].value == replies.EXPECTED_FEES_BTC
    assert rows[Quantity.BLOCK_HEIGHT].value == replies.EXPECTED_HEIGHT
    assert close(rows[Quantity.DIFFICULTY].value, replies.EXPECTED_DIFFICULTY)
    assert close(rows[Quantity.NETWORK_HASHRATE_EHS].value, replies.EXPECTED_HASHRATE_EHS)


def test_offline_start_serves_the_last_snapshot_marked_stale(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    run_with_service(session_factory, clock, sleep, lambda s: s.get_many([P, Quantity.BLOCK_HEIGHT]))
    for route in api.routes:
        route.mock(side_effect=httpx.ConnectError)
    clock.advance(2 * 3600 + 60)

    last = latest_snapshots(session_factory)
    assert set(last) == {P, Quantity.BLOCK_HEIGHT}
    assert last[P].stale and last[P].describe(clock()) == "last known (coingecko, 2 h ago)"

    async def body(service: MarketDataService) -> None:
        value = await service.get(P)
        assert (value.value, value.source, value.stale) == (replies.EXPECTED_PRICE, "coingecko", True)
        assert value.fetched_at == START and value.age_s(clock()) == 2 * 3600 + 60
        assert value.describe(clock()) == "last known (coingecko, 2 h ago)"
        calls = api["coingecko"].call_count
        assert (await service.get(P)).stale  # served from memory; the failed refresh is not repeated at once
        await service.wait_for_refreshes()
        assert api["coingecko"].call_count == calls

    run_with_service(session_factory, clock, sleep, body)


def test_seeded_service_answers_without_waiting_for_the_network(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    run_with_service(session_factory, clock, sleep, lambda s: s.get(P))
    clock.advance(3600)

    async def body(service: MarketDataService) -> None:
        service.seed_cache(latest_snapshots(session_factory))
        value = await service.get(P)
        assert value.stale and api["coingecko"].call_count == 1  # no request before answering
        await service.wait_for_refreshes()
        assert api["coingecko"].call_count == 2 and not (await service.get(P)).stale

    run_with_service(session_factory, clock, sleep, body)


@pytest.mark.parametrize(
    ("quantities", "flags"),
    [
        ([P], ["--btc-price"]),
        ([Quantity.DIFFICULTY], ["--difficulty"]),
        ([Quantity.BLOCK_HEIGHT, Quantity.FEES_PER_BLOCK_BTC], ["--block-height", "--fees-per-block"]),
    ],
)
def test_nothing_anywhere_raises_naming_the_flag(
    api: respx.MockRouter,
    session_factory: SF,
    clock: FakeClock,
    sleep: RecordingSleep,
    quantities: list[Quantity],
    flags: list[str],
) -> None:
    for route in api.routes:
        route.mock(return_value=httpx.Response(503))
    with pytest.raises(MarketDataUnavailable) as info:
        run_with_service(session_factory, clock, sleep, lambda s: s.get_many(quantities), retries=0)
    assert info.value.quantities == tuple(quantities)
    for flag in flags:
        assert flag in str(info.value)


def test_manual_override_wins(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    async def body(service: MarketDataService) -> None:
        service.set_override(P, "50000")
        value = await service.get(P)
        assert (value.value, value.source, value.stale) == (Decimal(50000), "manual", False)
        assert value.describe(clock()) == "manual, 0 s ago"
        assert api["coingecko"].call_count == 0
        service.clear_override(P)
        assert (await service.get(P)).source == "coingecko"
        with pytest.raises(ValidationError, match="btc_price_usd"):
            service.set_override(P, "-1")
        with pytest.raises(ValidationError, match="btc_price_usd"):
            service.set_override(P, "a lot")

    run_with_service(session_factory, clock, sleep, body)
    assert [r.source for r in snapshots(session_factory)] == ["coingecko"]  # overrides are not snapshots


def test_api_key_only_in_the_header_never_in_urls_or_logs(
    api: respx.MockRouter,
    session_factory: SF,
    clock: FakeClock,
    sleep: RecordingSleep,
    secrets: SecretStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = "CG-sEcReT-demo-key-42"
    secrets.set("api:coingecko", key)
    caplog.set_level(logging.DEBUG)
    api["coingecko"].mock(
        side_effect=[httpx.Response(500), httpx.Response(401), httpx.Response(200, json=replies.COINGECKO_PRICE)]
    )

    async def body(service: MarketDataService) -> None:
        assert (await service.get(P)).source == "blockchain.info"  # 500, then 401: not retried, fall back
        clock.advance(301)
        await service.get(P)
        await service.wait_for_refreshes()
        assert (await service.get(P)).source == "coingecko"

    run_with_service(session_factory, clock, sleep, body, secrets=secrets)
    assert api["coingecko"].call_count == 3
    for call in api["coingecko"].calls:
        assert call.request.headers["x-cg-demo-api-key"] == key
        assert key not in str(call.request.url)
    assert "coingecko" in caplog.text and "HTTP 401" in caplog.text  # the failure is logged with its reason
    assert all(key not in record.getMessage() for record in caplog.records)
    assert key not in caplog.text
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING


def test_provider_failures_are_logged_at_warning(
    api: respx.MockRouter,
    session_factory: SF,
    clock: FakeClock,
    sleep: RecordingSleep,
    caplog: pytest.LogCaptureFixture,
) -> None:
    api["mempool_hashrate"].mock(return_value=httpx.Response(200, json={"currentHashrate": -1}))
    with caplog.at_level(logging.WARNING, logger="hashinsight_desktop.services.market_data"):
        run_with_service(session_factory, clock, sleep, lambda s: s.get(Quantity.NETWORK_HASHRATE_EHS))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("mempool.space" in r.getMessage() and "not positive" in r.getMessage() for r in warnings)


def test_fetch_market_values_sync_helper(api: respx.MockRouter, session_factory: SF) -> None:
    values = fetch_market_values(
        session_factory, [P, Quantity.DIFFICULTY, Quantity.BLOCK_HEIGHT], overrides={Quantity.BLOCK_HEIGHT: 900000}
    )
    assert values[P].value == replies.EXPECTED_PRICE and values[P].source == "coingecko"
    assert values[Quantity.DIFFICULTY].source == "mempool.space"
    assert values[Quantity.BLOCK_HEIGHT].value == 900000 and values[Quantity.BLOCK_HEIGHT].source == "manual"
    assert api["mempool_tip"].call_count == 0
    assert {r.quantity for r in snapshots(session_factory)} == {"btc_price_usd", "difficulty"}
    agent = api["coingecko"].calls.last.request.headers["user-agent"]
    assert agent.startswith("hashinsight-desktop/")


def test_unavailable_names_each_provider_asked_and_why_it_failed(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    api["coingecko"].mock(return_value=httpx.Response(503))
    api["blockchain_stats"].mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(MarketDataUnavailable) as info:
        run_with_service(session_factory, clock, sleep, lambda s: s.get(P), retries=0)
    assert info.value.failures == {
        "coingecko": "HTTP 503 from /api/v3/simple/price (1 attempts)",
        "blockchain.info": "connection failed (ConnectError) from /stats (1 attempts)",
    }
    assert str(info.value) == (
        "No BTC price (USD) available: coingecko failed: HTTP 503 from /api/v3/simple/price (1 attempts); "
        "blockchain.info failed: connection failed (ConnectError) from /stats (1 attempts); and no earlier value "
        "is stored. Pass --btc-price to give the value by hand."
    )
    assert "every" not in str(info.value)


def test_offline_unavailable_says_nothing_was_asked() -> None:
    message = str(MarketDataUnavailable(P, Quantity.DIFFICULTY, offline=True))
    assert message == (
        "No BTC price (USD), network difficulty available: offline, so no provider was asked, and no earlier "
        "value is stored. Pass --btc-price and --difficulty to give the value by hand."
    )


def test_typed_values_are_kept_as_manual_snapshots_and_served_when_providers_fail(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    from hashinsight_desktop.services.permissions import SYSTEM

    with session_factory.begin() as session:
        kept = remember_manual(session, SYSTEM, {P: Decimal("97000.5")}, clock=clock)
    assert [(v.source, v.value) for v in kept] == [("manual", Decimal("97000.5"))]
    with pytest.raises(ValidationError, match="btc_price_usd"), session_factory.begin() as session:
        remember_manual(session, SYSTEM, {P: Decimal(-1)}, clock=clock)
    assert [(r.quantity, r.source) for r in snapshots(session_factory)] == [("btc_price_usd", "manual")]

    clock.advance(7200)
    for route in api.routes:
        route.mock(return_value=httpx.Response(503))
    value = run_with_service(session_factory, clock, sleep, lambda s: s.get(P), retries=0)
    assert (value.value, value.source, value.stale) == (Decimal("97000.5"), "manual", True)
    assert describe_sources([value], clock()) == "manual (typed 2 h ago)"
