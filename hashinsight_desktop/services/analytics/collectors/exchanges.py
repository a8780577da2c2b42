"""BTC price and 24 h volume from each exchange, asked concurrently, each reply read as its API documents it.

Every adapter turns its reply into a :class:`Quote` in one shape: the price in USD (USDT taken at par), the
24 h traded value in USD and the 24 h change in percent. A source that does not answer in time is ``timeout``,
one that answers HTTP 451 ("unavailable from a restricted location", Binance and Bybit do this by country) is
``unavailable`` — the venue is closed to this place, not down — and any other failure or a reply without the
documented fields is ``failed`` with the reason. No source's failure stops the others.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from hashinsight_desktop.services.market_data.providers import CoinGeckoProvider
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 6.0
STATUSES = ("ok", "outlier", "unavailable", "failed", "timeout")


class BadReply(ValueError):
    """A reply without the documented shape."""


@dataclass(frozen=True)
class Quote:
    source: str
    status: str  # one of STATUSES
    price_usd: Decimal | None = None
    volume_24h_usd: Decimal | None = None
    change_24h_pct: Decimal | None = None
    detail: str | Text = ""  # why it failed or was set aside (English by str()); stored beside its English
    funding_8h_pct: Decimal | None = None  # Deribit's perpetual only
    basis_pct: Decimal | None = None

    @property
    def answered(self) -> bool:
        return self.price_usd is not None


def number(obj: Any, key: str) -> Decimal:
    """A documented numeric field, whether the API sends it as a JSON number or as a decimal string."""
    if not isinstance(obj, dict) or obj.get(key) is None:
        raise BadReply(f"field {key!r} missing")
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise BadReply(f"field {key!r} is not a number")
    try:
        result = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise BadReply(f"field {key!r} is not a number ({value!r})") from None
    if not result.is_finite():
        raise BadReply(f"field {key!r} is not finite")
    return result


def optional(obj: Any, key: str) -> Decimal | None:
    """A documented field the API may leave out or null."""
    return number(obj, key) if isinstance(obj, dict) and obj.get(key) is not None else None


def _positive(value: Decimal, what: str) -> Decimal:
    if value <= 0:
        raise BadReply(f"{what} is not positive ({value})")
    return value


def parse_binance(data: Any) -> Quote:
    """GET /api/v3/ticker/24hr?symbol=BTCUSDT: every number a string; ``priceChangePercent`` in percent,
    ``quoteVolume`` in USDT (https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
    "24hr ticker price change statistics")."""
    return Quote(
        "binance",
        "ok",
        _positive(number(data, "lastPrice"), "lastPrice"),
        number(data, "quoteVolume"),
        number(data, "priceChangePercent"),
    )


def parse_okx(data: Any) -> Quote:
    """GET /api/v5/market/ticker?instId=BTC-USDT: ``{"code": "0", "data": [{...}]}`` with strings; for SPOT
    ``volCcy24h`` is in the quote currency (USDT), ``vol24h`` in BTC; no change field, so it is worked out
    from ``open24h`` (https://www.okx.com/docs-v5/en/#public-data-rest-api-get-ticker)."""
    if not isinstance(data, dict) or data.get("code") != "0":
        message = data.get("msg") if isinstance(data, dict) else None
        raise BadReply(f"code {data.get('code') if isinstance(data, dict) else '?'} {message or ''}".strip())
    rows = data.get("data")
    if not isinstance(rows, list) or not rows:
        raise BadReply("no ticker in 'data'")
    row = rows[0]
    last, opened = _positive(number(row, "last"), "last"), _positive(number(row, "open24h"), "open24h")
    return Quote("okx", "ok", last, number(row, "volCcy24h"), (last - opened) / opened * 100)


def parse_bybit(data: Any) -> Quote:
    """GET /v5/market/tickers?category=spot&symbol=BTCUSDT: ``{"retCode": 0, "result": {"list": [{...}]}}``
    with strings; ``price24hPcnt`` is a FRACTION ("0.0068" = 0.68 %), ``turnover24h`` in USDT
    (https://bybit-exchange.github.io/docs/v5/market/tickers)."""
    if not isinstance(data, dict) or data.get("retCode") != 0:
        raise BadReply(f"retCode {data.get('retCode') if isinstance(data, dict) else '?'}")
    result = data.get("result")
    rows = result.get("list") if isinstance(result, dict) else None
    if not isinstance(rows, list) or not rows:
        raise BadReply("no ticker in 'result.list'")
    row = rows[0]
    return Quote(
        "bybit",
        "ok",
        _positive(number(row, "lastPrice"), "lastPrice"),
        number(row, "turnover24h"),
        number(row, "price24hPcnt") * 100,
    )


def parse_deribit(data: Any) -> Quote:
    """GET /api/v2/public/ticker?instrument_name=BTC-PERPETUAL: JSON-RPC ``{"result": {...}}`` with JSON
    numbers: ``index_price`` (Deribit's BTC index, the price used here), ``mark_price``, ``funding_8h`` (a
    FRACTION per 8 h) and ``stats.volume_usd``, ``stats.price_change`` (percent)
    (https://docs.deribit.com/api-reference/market-data/public-ticker; the index as in
    https://docs.deribit.com/api-reference/market-data/public-get_index_price.md; the ticker's ``stats`` and
    ``funding_8h`` fields as https://docs.rs/crate/deribit-http/0.7.0/source/src/model/ticker.rs models them)."""
    result = data.get("result") if isinstance(data, dict) else None
    if not isinstance(result, dict):
        error = data.get("error") if isinstance(data, dict) else None
        raise BadReply(f"no 'result' ({error.get('message') if isinstance(error, dict) else 'unexpected reply'})")
    index = _positive(number(result, "index_price"), "index_price")
    stats = result.get("stats")
    volume, change = optional(stats, "volume_usd"), optional(stats, "price_change")
    mark, funding = optional(result, "mark_price"), optional(result, "funding_8h")
    funding = funding * 100 if funding is not None else None
    basis = (mark - index) / index * 100 if mark is not None else None
    return Quote("deribit", "ok", index, volume, change, funding_8h_pct=funding, basis_pct=basis)


def parse_coingecko(data: Any) -> Quote:
    """GET /api/v3/simple/price?ids=bitcoin&vs_currencies=usd&include_24hr_vol=true&include_24hr_change=true:
    ``{"bitcoin": {"usd": n, "usd_24h_vol": n, "usd_24h_change": n}}`` with JSON numbers, the change in percent
    (https://docs.coingecko.com/reference/simple-price). Its volume is over every market it tracks."""
    coin = data.get("bitcoin") if isinstance(data, dict) else None
    price = _positive(number(coin, "usd"), "usd")
    return Quote("coingecko", "ok", price, optional(coin, "usd_24h_vol"), optional(coin, "usd_24h_change"))


@dataclass(frozen=True)
class Exchange:
    name: str
    url: str
    parse: Callable[[Any], Quote]
    venue: bool = True  # its volume is its own trading (CoinGecko's is every market's: not summed)


EXCHANGES: tuple[Exchange, ...] = (
    Exchange("binance", "https://api.binance.com/api/v3/ticker/24hr?symbol=BTCUSDT", parse_binance),
    Exchange("okx", "https://www.okx.com/api/v5/market/ticker?instId=BTC-USDT", parse_okx),
    Exchange("bybit", "https://api.bybit.com/v5/market/tickers?category=spot&symbol=BTCUSDT", parse_bybit),
    Exchange("deribit", "https://www.deribit.com/api/v2/public/ticker?instrument_name=BTC-PERPETUAL", parse_deribit),
    Exchange(
        "coingecko",
        "https://api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=usd"
        "&include_24hr_vol=true&include_24hr_change=true",
        parse_coingecko,
        venue=False,
    ),
)
VENUES = frozenset(e.name for e in EXCHANGES if e.venue)


async def fetch_quote(
    client: httpx.AsyncClient,
    exchange: Exchange,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    headers: dict[str, str] | None = None,
) -> Quote:
    """One source's quote; never raises (a failure is a Quote with its status and reason)."""
    path = httpx.URL(exchange.url).path
    try:
        response = await asyncio.wait_for(client.get(exchange.url, headers=headers, timeout=timeout_s), timeout_s)
    except (TimeoutError, httpx.TimeoutException):
        return Quote(
            exchange.name,
            "timeout",
            detail=Text(QT_TRANSLATE_NOOP("SourceQuotes", "no answer within {seconds:g} s"), seconds=timeout_s),
        )
    except httpx.HTTPError as exc:
        failed = Text(QT_TRANSLATE_NOOP("SourceQuotes", "{kind} from {path}"), kind=type(exc).__name__, path=path)
        return Quote(exchange.name, "failed", detail=failed)
    except Exception as exc:  # one source's surprise must not stop the round
        log.warning("%s: %s", exchange.name, exc)
        return Quote(exchange.name, "failed", detail=f"{type(exc).__name__}")
    if response.status_code == 451:
        return Quote(
            exchange.name,
            "unavailable",
            detail=QT_TRANSLATE_NOOP("SourceQuotes", "HTTP 451: not offered from this location"),
        )
    if response.status_code != 200:
        refused = Text(
            QT_TRANSLATE_NOOP("SourceQuotes", "HTTP {code} from {path}"), code=response.status_code, path=path
        )
        return Quote(exchange.name, "failed", detail=refused)
    try:
        data = json.loads(response.content, parse_float=Decimal)  # every digit of the reply, no binary float
        return exchange.parse(data)
    except (ValueError, BadReply) as exc:
        said = getattr(exc, "text", None) or f"{exc}"[:160]  # a marked reason reads in the reader's language
        return Quote(
            exchange.name,
            "failed",
            detail=Text(QT_TRANSLATE_NOOP("SourceQuotes", "{error} in {path}"), error=said, path=path),
        )


async def fetch_quotes(
    client: httpx.AsyncClient,
    exchanges: Sequence[Exchange] = EXCHANGES,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    coingecko: CoinGeckoProvider | None = None,
) -> list[Quote]:
    """Every source at once, in ``exchanges`` order; the calculator's CoinGecko key (if any) in its header."""
    cg_headers = await coingecko.headers() if coingecko is not None else None
    return list(
        await asyncio.gather(
            *(
                fetch_quote(client, e, timeout_s=timeout_s, headers=cg_headers if e.name == "coingecko" else None)
                for e in exchanges
            )
        )
    )
