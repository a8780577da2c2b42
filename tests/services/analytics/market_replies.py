"""Replies shaped as each exchange's documentation shows them (strings where the API sends strings), and URLs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import respx

from hashinsight_desktop.services.analytics.collectors.exchanges import EXCHANGES
from tests.services.market_data import replies as network_replies

URLS = {e.name: e.url for e in EXCHANGES}
FNG_URL = "https://api.alternative.me/fng/?limit=2"

BINANCE: dict[str, Any] = {
    "symbol": "BTCUSDT",
    "priceChange": "1200.00000000",
    "priceChangePercent": "1.250",
    "weightedAvgPrice": "96500.12000000",
    "prevClosePrice": "96000.00000000",
    "lastPrice": "97100.00000000",
    "lastQty": "0.00100000",
    "openPrice": "95900.00000000",
    "highPrice": "97500.00000000",
    "lowPrice": "95500.00000000",
    "volume": "20000.00000000",
    "quoteVolume": "1930000000.00000000",
    "openTime": 1735603200000,
    "closeTime": 1735689599999,
    "count": 3000000,
}
OKX: dict[str, Any] = {
    "code": "0",
    "msg": "",
    "data": [
        {
            "instType": "SPOT",
            "instId": "BTC-USDT",
            "last": "97120",
            "lastSz": "0.01",
            "open24h": "96000",
            "high24h": "97600",
            "low24h": "95400",
            "volCcy24h": "800000000",
            "vol24h": "8300",
            "ts": "1735689600000",
            "sodUtc0": "96100",
            "sodUtc8": "96200",
        }
    ],
}
BYBIT: dict[str, Any] = {
    "retCode": 0,
    "retMsg": "OK",
    "result": {
        "category": "spot",
        "list": [
            {
                "symbol": "BTCUSDT",
                "lastPrice": "97140.5",
                "prevPrice24h": "96485.0",
                "price24hPcnt": "0.0068",
                "highPrice24h": "97550.0",
                "lowPrice24h": "95450.0",
                "turnover24h": "600000000.5",
                "volume24h": "6200.1",
            }
        ],
    },
    "time": 1735689600000,
}
DERIBIT: dict[str, Any] = {
    "jsonrpc": "2.0",
    "result": {
        "instrument_name": "BTC-PERPETUAL",
        "index_price": 97160.25,
        "mark_price": 97257.41,
        "funding_8h": 0.00012,
        "current_funding": 0.0,
        "stats": {"volume_usd": 900000000.0, "price_change": 1.1, "high": 97700.0, "low": 95300.0},
    },
    "usIn": 1735689600000000,
    "usOut": 1735689600000100,
}
COINGECKO: dict[str, Any] = {"bitcoin": {"usd": 97123.45, "usd_24h_vol": 35000000000.5, "usd_24h_change": 1.2}}
FEAR_GREED: dict[str, Any] = {
    "name": "Fear and Greed Index",
    "data": [
        {"value": "18", "value_classification": "Extreme Fear", "timestamp": "1735689600", "time_until_update": "600"},
        {"value": "25", "value_classification": "Extreme Fear", "timestamp": "1735603200"},
    ],
    "metadata": {"error": None},
}
REPLIES = {"binance": BINANCE, "okx": OKX, "bybit": BYBIT, "deribit": DERIBIT, "coingecko": COINGECKO}


@contextlib.contextmanager
def mocked_api() -> Iterator[respx.MockRouter]:
    """Every source answering its documented reply; anything else refused by respx (no real network)."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        for name, url in URLS.items():
            router.get(url, name=name).mock(return_value=httpx.Response(200, json=REPLIES[name]))
        router.get(FNG_URL, name="fng").mock(return_value=httpx.Response(200, json=FEAR_GREED))
        for url, reply in (
            (network_replies.MEMPOOL_HASHRATE_URL, network_replies.MEMPOOL_HASHRATE_3D),
            (network_replies.MEMPOOL_ADJUSTMENT_URL, network_replies.MEMPOOL_DIFFICULTY_ADJUSTMENT),
            (network_replies.MEMPOOL_FEES_URL, network_replies.MEMPOOL_FEES_24H),
            (network_replies.BLOCKCHAIN_STATS_URL, network_replies.BLOCKCHAIN_STATS),
        ):
            router.get(url).mock(return_value=httpx.Response(200, json=reply))
        yield router
