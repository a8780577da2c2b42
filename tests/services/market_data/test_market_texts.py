"""Why a market data provider failed is said in the reader's language, inside the 'no value available' message too.
Pure: a dict stands in for Qt's translation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hashinsight_desktop.services.market_data.providers import ProviderError, _Malformed, validated
from hashinsight_desktop.services.market_data.quantities import MarketDataUnavailable, Quantity
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render, render_error

CHINESE = {
    ("MarketData", "{quantity} is not positive ({value})"): "{quantity} 不是正数（{value}）",
    ("MarketData", "HTTP {status} from {path}"): "{path} 返回 HTTP {status}",
    ("Errors", "{name} failed: {reason}"): "{name} 失败：{reason}",
    ("Errors", "{asked}; and no earlier value is stored"): "{asked}；且没有保存过的值",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_providers_failure_is_said_in_the_readers_language() -> None:
    with pytest.raises(_Malformed) as bad:
        validated(Quantity.BTC_PRICE_USD, Decimal(-1))
    assert str(bad.value) == "btc_price_usd is not positive (-1)"
    assert render(bad.value.text, chinese) == "btc_price_usd 不是正数（-1）"
    failed = ProviderError(
        "coingecko", Text(QT_TRANSLATE_NOOP("MarketData", "HTTP {status} from {path}"), status=404, path="/x")
    )
    assert failed.reason == "HTTP 404 from /x"
    missing = MarketDataUnavailable(Quantity.BTC_PRICE_USD, failures={"coingecko": failed.text})
    assert missing.reason == "coingecko failed: HTTP 404 from /x; and no earlier value is stored"
    assert render(missing.reason_text, chinese) == "coingecko 失败：/x 返回 HTTP 404；且没有保存过的值"
    assert "coingecko 失败：/x 返回 HTTP 404" in render_error(missing, chinese)
