"""One collection round against respx-mocked APIs answering their documented replies: each adapter's
normalisation, and the aggregate's completeness and price with a source down, timed out, refused (451) or off."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
import respx

from hashinsight_desktop.services.analytics.collectors import fear_greed
from hashinsight_desktop.services.analytics.collectors.aggregate import aggregate
from hashinsight_desktop.services.analytics.collectors.exchanges import Quote
from hashinsight_desktop.services.analytics.history import Round, collect
from hashinsight_desktop.services.market_data.quantities import Quantity
from tests.services.analytics import market_replies as r


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with r.mocked_api() as router:
        yield router


def run_round() -> Round:
    async def go() -> Round:
        async with httpx.AsyncClient() as client:
            return await collect(client, timeout_s=2.0)

    return asyncio.run(go())


def by_source(collected: Round) -> dict[str, Quote]:
    return {q.source: q for q in collected.prices.quotes}


def test_every_reply_normalised_to_usd_and_percent(api: respx.MockRouter) -> None:
    collected = run_round()
    quotes = by_source(collected)
    assert quotes["binance"] == Quote(
        "binance", "ok", Decimal("97100.00000000"), Decimal("1930000000.00000000"), Decimal("1.250")
    )
    assert quotes["okx"].change_24h_pct == (Decimal(97120) - Decimal(96000)) / Decimal(96000) * 100  # from open24h
    assert quotes["okx"].volume_24h_usd == Decimal("800000000")  # volCcy24h (USDT), not vol24h (BTC)
    assert quotes["bybit"].change_24h_pct == Decimal("0.68")  # price24hPcnt is a fraction
    assert quotes["bybit"].volume_24h_usd == Decimal("600000000.5")  # turnover24h, not volume24h
    assert quotes["deribit"].price_usd == Decimal("97160.25")  # the index, not the perpetual's mark
    assert quotes["deribit"].funding_8h_pct == Decimal("0.012")  # funding_8h 0.00012 as a fraction
    assert quotes["coingecko"].price_usd == Decimal("97123.45")
    prices = collected.prices
    assert (prices.asked, prices.answered, prices.kept, prices.completeness) == (5, 5, 5, 1.0)
    assert prices.price_usd == Decimal("97123.45")  # the median of the five
    # The venues' own volumes summed; CoinGecko's all-market figure is not added to them.
    assert prices.volume_24h_usd == Decimal("1930000000") + Decimal("800000000") + Decimal("600000000.5") + Decimal(
        "900000000.0"
    )
    assert prices.basis_pct == (Decimal("97257.41") - Decimal("97160.25")) / Decimal("97160.25") * 100
    assert collected.network.values[Quantity.DIFFICULTY] == Decimal("109782075598905.6")
    assert collected.network.sources == ("mempool.space",)
    assert [(f.value, f.classification) for f in collected.fear_greed] == [(18, "Extreme Fear"), (25, "Extreme Fear")]


def test_one_down_one_timed_out_one_refused_here(api: respx.MockRouter) -> None:
    api.routes["binance"].mock(return_value=httpx.Response(451, json={"code": 0, "msg": "restricted location"}))
    api.routes["okx"].mock(side_effect=httpx.ReadTimeout("no answer"))
    api.routes["bybit"].mock(return_value=httpx.Response(503, text="maintenance"))
    collected = run_round()
    quotes = by_source(collected)
    assert {name: q.status for name, q in quotes.items()} == {
        "binance": "unavailable",
        "okx": "timeout",
        "bybit": "failed",
        "deribit": "ok",
        "coingecko": "ok",
    }
    assert "451" in quotes["binance"].detail and "503" in quotes["bybit"].detail
    prices = collected.prices
    assert (prices.asked, prices.answered, prices.kept, prices.completeness) == (5, 2, 2, 0.4)
    assert prices.price_usd == (Decimal("97160.25") + Decimal("97123.45")) / 2
    assert prices.volume_24h_usd == Decimal("900000000.0")  # Deribit's, the one venue left


def test_an_outlier_is_stored_but_not_counted(api: respx.MockRouter) -> None:
    off = {**r.DERIBIT, "result": {**r.DERIBIT["result"], "index_price": 105000}}
    api.routes["deribit"].mock(return_value=httpx.Response(200, json=off))
    collected = run_round()
    prices = collected.prices
    assert (prices.answered, prices.kept) == (5, 4)
    assert by_source(collected)["deribit"].status == "outlier"
    assert prices.price_usd == (Decimal("97120") + Decimal("97123.45")) / 2  # median of the four kept
    assert prices.volume_24h_usd == Decimal("1930000000") + Decimal("800000000") + Decimal("600000000.5")


def test_a_reply_without_its_documented_fields_is_a_failure_not_a_zero(api: respx.MockRouter) -> None:
    api.routes["okx"].mock(
        return_value=httpx.Response(200, json={"code": "51001", "msg": "Instrument ID does not exist"})
    )
    api.routes["bybit"].mock(
        return_value=httpx.Response(200, json={"retCode": 0, "result": {"list": [{"lastPrice": ""}]}})
    )
    quotes = by_source(run_round())
    assert quotes["okx"].status == "failed" and "51001" in quotes["okx"].detail
    assert quotes["bybit"].status == "failed" and "lastPrice" in quotes["bybit"].detail


def quote(source: str, price: str | None, status: str = "ok", volume: str | None = None) -> Quote:
    return Quote(source, status, None if price is None else Decimal(price), None if volume is None else Decimal(volume))


def test_aggregate_with_every_kind_of_absence_at_once() -> None:
    quotes = [
        quote("binance", None, "unavailable"),
        quote("okx", None, "timeout"),
        quote("bybit", None, "failed"),
        quote("deribit", "60000", volume="10"),
        quote("coingecko", "60030", volume="999"),
        quote("kraken", "60010", volume="20"),
        quote("bitstamp", "63000", volume="30"),  # 5 % off: an outlier
    ]
    result = aggregate(quotes, venues={"deribit", "kraken", "bitstamp"})
    assert (result.asked, result.answered, result.kept) == (7, 4, 3)
    assert result.completeness == 4 / 7
    assert result.price_usd == Decimal("60010")
    assert result.volume_24h_usd == Decimal("30")  # deribit + kraken; the outlier's and CoinGecko's not added
    assert [q.status for q in result.quotes] == ["unavailable", "timeout", "failed", "ok", "ok", "ok", "outlier"]


def test_nothing_answered_is_no_price_not_zero() -> None:
    result = aggregate([quote("binance", None, "failed"), quote("okx", None, "timeout")])
    assert (result.price_usd, result.volume_24h_usd, result.completeness) == (None, None, 0.0)


def test_fear_greed_reads_its_string_fields() -> None:
    readings = fear_greed.parse(r.FEAR_GREED)
    assert [(x.day.isoformat(), x.value) for x in readings] == [("2025-01-01", 18), ("2024-12-31", 25)]
    with pytest.raises(ValueError, match="value"):
        fear_greed.parse({"data": [{"value": "high", "timestamp": "1735689600"}], "metadata": {"error": None}})


def test_a_source_that_hangs_is_cut_at_its_timeout_while_the_others_answer(api: respx.MockRouter) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200, json=r.BYBIT)

    api.routes["bybit"].mock(side_effect=hang)

    async def go() -> Round:
        async with httpx.AsyncClient() as client:
            return await collect(client, timeout_s=0.2)

    started = time.perf_counter()
    collected = asyncio.run(go())
    assert time.perf_counter() - started < 5  # one per-source timeout, not one per source in turn
    assert by_source(collected)["bybit"].status == "timeout"
    assert (collected.prices.answered, collected.prices.kept) == (4, 4)
