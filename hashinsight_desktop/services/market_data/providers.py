"""Market data providers: one class per public API, each parsing exactly that API's documented replies.

A provider fetches only the endpoints the requested quantities need, each endpoint once. HTTP goes
through :func:`get_with_retries` (timeout, exponential back-off on timeouts, connection errors, 5xx
and 429). A malformed reply — bad JSON, a missing field, a value that is not finite or out of range —
is a provider failure (:class:`ProviderError`), never a zero.
"""

from __future__ import annotations

import asyncio
import decimal
import email.utils
import json
import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar, Protocol

import httpx

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.market_data.quantities import Quantity
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
COINGECKO_API_KEY = "api:coingecko"  # SecretStore entry of the optional CoinGecko demo API key

_SATOSHIS_PER_BTC = Decimal(100_000_000)
_HS_PER_EHS = Decimal(10) ** 18
_GHS_PER_EHS = Decimal(10) ** 9
_SCALE = Decimal("1e-12")  # MarketSnapshot.value is Numeric(38, 12)
_MAX_VALUE = Decimal("1e25")
_WIDE = decimal.Context(prec=60)


class ProviderError(Exception):
    """One provider could not deliver; ``reason`` is safe to log (no headers, no keys, no query).

    ``partial`` holds the quantities it did deliver when only some of its endpoints failed."""

    def __init__(self, provider: str, reason: str | Text, partial: Mapping[Quantity, Decimal] | None = None) -> None:
        super().__init__(f"{provider}: {reason}")
        self.provider = provider
        self.reason = str(reason)  # English, as logged and stored
        self.text = reason  # in the reader's language by render
        self.partial: dict[Quantity, Decimal] = dict(partial or {})


@dataclass(frozen=True)
class RequestPolicy:
    """How hard to try one endpoint: per-request timeout, retries and back-off (sleep injectable)."""

    timeout_s: float = 8.0
    retries: int = 2  # extra attempts after the first
    backoff_base_s: float = 0.5  # waits base, 2*base, 4*base, … capped at backoff_max_s
    backoff_max_s: float = 8.0
    retry_after_cap_s: float = 30.0  # a 429 asking for a longer wait is not retried: the next provider answers
    sleep: Sleep = field(default=asyncio.sleep, compare=False)
    clock: Clock = field(default=system_clock, compare=False)

    def backoff_s(self, attempt: int) -> float:
        return float(min(self.backoff_max_s, self.backoff_base_s * (2**attempt)))


DEFAULT_POLICY = RequestPolicy()


def _retry_after_s(response: httpx.Response, now: datetime) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), or None when absent or unreadable."""
    raw = response.headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


async def get_with_retries(
    client: httpx.AsyncClient,
    url: str,
    *,
    provider: str,
    policy: RequestPolicy = DEFAULT_POLICY,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    """GET ``url``; retry timeouts, connection errors, 5xx and 429, never other 4xx."""
    path = httpx.URL(url).path  # what a failure reason names: never the query string
    attempt = 0
    while True:
        try:
            response = await client.get(url, headers=headers, timeout=policy.timeout_s)
        except httpx.TimeoutException:
            reason, delay = (
                Text(QT_TRANSLATE_NOOP("MarketData", "timed out after {seconds:g} s"), seconds=policy.timeout_s),
                policy.backoff_s(attempt),
            )
        except httpx.TransportError as exc:
            reason, delay = (
                Text(QT_TRANSLATE_NOOP("MarketData", "connection failed ({error})"), error=type(exc).__name__),
                policy.backoff_s(attempt),
            )
        except httpx.RequestError as exc:
            failed = Text(
                QT_TRANSLATE_NOOP("MarketData", "request to {path} failed ({error})"),
                path=path,
                error=type(exc).__name__,
            )
            raise ProviderError(provider, failed) from exc
        else:
            status = response.status_code
            if 200 <= status < 300:
                return response
            if status != 429 and status < 500:
                raise ProviderError(
                    provider,
                    Text(QT_TRANSLATE_NOOP("MarketData", "HTTP {status} from {path}"), status=status, path=path),
                )
            reason, delay = (
                Text(QT_TRANSLATE_NOOP("MarketData", "HTTP {status}"), status=status),
                policy.backoff_s(attempt),
            )
            if status == 429:
                wait = _retry_after_s(response, policy.clock())
                if wait is not None and wait > policy.retry_after_cap_s:
                    asked = QT_TRANSLATE_NOOP("MarketData", "HTTP 429 from {path}, asked to wait {wait:.0f} s")
                    raise ProviderError(provider, Text(asked, path=path, wait=wait))
                if wait is not None:
                    delay = wait
        if attempt >= policy.retries:
            attempts = QT_TRANSLATE_NOOP("MarketData", "{reason} from {path} ({attempts} attempts)")
            raise ProviderError(provider, Text(attempts, reason=reason, path=path, attempts=attempt + 1))
        attempt += 1
        log.debug("%s: %s from %s, retry %d in %.2f s", provider, reason, path, attempt, delay)
        await policy.sleep(delay)


# ---- parsing helpers --------------------------------------------------------------------------------


class _Malformed(ValueError):
    """A reply that does not have the documented shape; becomes a ProviderError with the endpoint named."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def _field(obj: Any, key: str) -> Decimal:
    if not isinstance(obj, dict):
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "expected a JSON object holding {key!r}"), key=key))
    if key not in obj or obj[key] is None:
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "field {key!r} missing"), key=key))
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "field {key!r} is not a number"), key=key))
    return Decimal(value)


def _integral(value: Decimal, what: str) -> Decimal:
    if value.is_finite() and value != value.to_integral_value():
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "{what} is not a whole number"), what=what))
    return value


def validated(quantity: Quantity, value: Decimal) -> Decimal:
    """The value if plausible for ``quantity`` (finite, in range), rounded to the stored 12 places."""
    if not value.is_finite():
        raise _Malformed(
            Text(
                QT_TRANSLATE_NOOP("MarketData", "{quantity} is not finite ({value})"),
                quantity=str(quantity),
                value=value,
            )
        )
    if abs(value) >= _MAX_VALUE:
        raise _Malformed(
            Text(
                QT_TRANSLATE_NOOP("MarketData", "{quantity} is out of range ({value:.3e})"),
                quantity=str(quantity),
                value=value,
            )
        )
    if quantity is Quantity.NEXT_DIFFICULTY_CHANGE_PCT:
        if value <= -100:  # difficulty cannot fall by 100 % or more; a rise or a fall is otherwise normal
            raise _Malformed(
                Text(
                    QT_TRANSLATE_NOOP("MarketData", "{quantity} is impossible ({value})"),
                    quantity=str(quantity),
                    value=value,
                )
            )
    elif quantity is Quantity.BLOCKS_TO_RETARGET:
        if value < 0 or value > 2016:
            raise _Malformed(
                Text(
                    QT_TRANSLATE_NOOP("MarketData", "{quantity} is out of range ({value})"),
                    quantity=str(quantity),
                    value=value,
                )
            )
        _integral(value, str(quantity))
    elif value <= 0:
        raise _Malformed(
            Text(
                QT_TRANSLATE_NOOP("MarketData", "{quantity} is not positive ({value})"),
                quantity=str(quantity),
                value=value,
            )
        )
    if quantity is Quantity.BLOCK_HEIGHT:
        _integral(value, str(quantity))
    return value.quantize(_SCALE, context=_WIDE)


def _decode_json(response: httpx.Response) -> Any:
    try:
        # Decimal keeps every digit of the reply; NaN/Infinity literals become Decimal too and fail validation.
        return json.loads(response.content, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "malformed JSON"))) from exc


def _decode_int_text(response: httpx.Response) -> Any:
    text = response.text.strip()
    if not text.isdigit():
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "expected a plain-text integer")))
    return Decimal(text)


Extractor = Callable[[Any], Decimal]


@dataclass(frozen=True)
class Endpoint:
    url: str
    extractors: Mapping[Quantity, Extractor]  # one per quantity this endpoint delivers
    decode: Callable[[httpx.Response], Any] = _decode_json

    @property
    def quantities(self) -> frozenset[Quantity]:
        return frozenset(self.extractors)


class MarketDataProvider(Protocol):
    """What the service needs of a provider; tests can hand it fakes."""

    @property
    def name(self) -> str: ...

    @property
    def provides(self) -> frozenset[Quantity]: ...

    async def fetch(
        self, client: httpx.AsyncClient, quantities: Collection[Quantity], *, policy: RequestPolicy = ...
    ) -> dict[Quantity, Decimal]: ...


class HttpProvider:
    """A provider made of endpoints; fetches each endpoint the request needs once, concurrently."""

    name: ClassVar[str]
    endpoints: ClassVar[tuple[Endpoint, ...]]

    @property
    def provides(self) -> frozenset[Quantity]:
        return frozenset().union(*(e.quantities for e in self.endpoints))

    async def headers(self) -> dict[str, str]:
        return {"Accept": "application/json"}

    async def fetch(
        self, client: httpx.AsyncClient, quantities: Collection[Quantity], *, policy: RequestPolicy = DEFAULT_POLICY
    ) -> dict[Quantity, Decimal]:
        """The requested quantities this provider has; raises ProviderError (with ``partial``) on any failure."""
        wanted = set(quantities) & self.provides
        jobs = [(e, wanted & e.quantities) for e in self.endpoints if wanted & e.quantities]
        if not jobs:
            return {}
        headers = await self.headers()
        outcomes = await asyncio.gather(
            *(self._fetch_endpoint(client, e, qs, headers, policy) for e, qs in jobs), return_exceptions=True
        )
        values: dict[Quantity, Decimal] = {}
        reasons: list[str | Text] = []
        for outcome in outcomes:
            if isinstance(outcome, ProviderError):
                reasons.append(outcome.text)
            elif isinstance(outcome, BaseException):
                raise outcome
            else:
                got, failed = outcome
                values.update(got)
                reasons.extend(failed)
        if reasons:
            raise ProviderError(self.name, Joined(QT_TRANSLATE_NOOP("MarketData", "; "), reasons), partial=values)
        return values

    async def _fetch_endpoint(
        self,
        client: httpx.AsyncClient,
        endpoint: Endpoint,
        wanted: set[Quantity],
        headers: Mapping[str, str],
        policy: RequestPolicy,
    ) -> tuple[dict[Quantity, Decimal], list[str | Text]]:
        response = await get_with_retries(client, endpoint.url, provider=self.name, policy=policy, headers=headers)
        path = httpx.URL(endpoint.url).path
        try:
            data = endpoint.decode(response)
        except _Malformed as exc:
            raise ProviderError(
                self.name, Text(QT_TRANSLATE_NOOP("MarketData", "{why} from {path}"), why=exc.text, path=path)
            ) from exc
        values: dict[Quantity, Decimal] = {}
        failed: list[str | Text] = []
        for quantity in sorted(wanted):
            try:
                values[quantity] = validated(quantity, endpoint.extractors[quantity](data))
            except _Malformed as exc:
                failed.append(Text(QT_TRANSLATE_NOOP("MarketData", "{why} in {path}"), why=exc.text, path=path))
        return values, failed


# ---- the providers ----------------------------------------------------------------------------------


def _coingecko_price(data: Any) -> Decimal:
    return _field(data.get("bitcoin") if isinstance(data, dict) else None, "usd")


class CoinGeckoProvider(HttpProvider):
    """BTC price. The optional demo API key (SecretStore ``api:coingecko``) goes in a header only."""

    name = "coingecko"
    endpoints = (
        Endpoint(
            "https://api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=usd",
            {Quantity.BTC_PRICE_USD: _coingecko_price},
        ),
    )

    def __init__(self, secrets: SecretStore | None = None) -> None:
        self._secrets = secrets

    async def headers(self) -> dict[str, str]:
        headers = await super().headers()
        if self._secrets is None:
            return headers
        try:
            key = await asyncio.to_thread(self._secrets.get, COINGECKO_API_KEY)
        except SecretStoreError as exc:
            log.warning("coingecko: API key not read from the keyring, using the keyless tier: %s", exc)
            key = None
        key = (key or "").strip()
        if key and not (key.isascii() and key.isprintable() and " " not in key):
            # Never echo it: an invalid header value would end up in an exception message.
            log.warning("coingecko: the stored API key is not a valid header value; using the keyless tier")
            key = ""
        if key:
            headers["x-cg-demo-api-key"] = key
        return headers


def _mempool_fees_btc(data: Any) -> Decimal:
    if not isinstance(data, list) or not data:
        raise _Malformed(Text(QT_TRANSLATE_NOOP("MarketData", "expected a non-empty list of blocks")))
    total = sum((_field(item, "avgFees") for item in data), Decimal(0))
    return total / len(data) / _SATOSHIS_PER_BTC


class MempoolSpaceProvider(HttpProvider):
    """Difficulty, hashrate, tip height, fees per block and the coming difficulty adjustment."""

    name = "mempool.space"
    endpoints = (
        Endpoint(
            "https://mempool.space/api/v1/mining/hashrate/3d",
            {
                Quantity.DIFFICULTY: lambda d: _field(d, "currentDifficulty"),
                Quantity.NETWORK_HASHRATE_EHS: lambda d: _field(d, "currentHashrate") / _HS_PER_EHS,
            },
        ),
        Endpoint(
            "https://mempool.space/api/v1/difficulty-adjustment",
            {
                Quantity.NEXT_DIFFICULTY_CHANGE_PCT: lambda d: _field(d, "difficultyChange"),
                Quantity.BLOCKS_TO_RETARGET: lambda d: _field(d, "remainingBlocks"),
            },
        ),
        Endpoint(
            "https://mempool.space/api/blocks/tip/height",
            {Quantity.BLOCK_HEIGHT: lambda d: d},
            decode=_decode_int_text,
        ),
        Endpoint(
            "https://mempool.space/api/v1/mining/blocks/fees/24h", {Quantity.FEES_PER_BLOCK_BTC: _mempool_fees_btc}
        ),
    )


class BlockchainInfoProvider(HttpProvider):
    """Fallback for price, difficulty, hashrate and height: all from the one ``/stats`` reply."""

    name = "blockchain.info"
    endpoints = (
        Endpoint(
            "https://api.blockchain.info/stats",
            {
                Quantity.BTC_PRICE_USD: lambda d: _field(d, "market_price_usd"),
                Quantity.DIFFICULTY: lambda d: _field(d, "difficulty"),
                Quantity.NETWORK_HASHRATE_EHS: lambda d: _field(d, "hash_rate") / _GHS_PER_EHS,  # GH/s
                Quantity.BLOCK_HEIGHT: lambda d: _field(d, "n_blocks_total"),
            },
        ),
    )


def default_providers(secrets: SecretStore | None = None) -> list[MarketDataProvider]:
    """In fallback order: each quantity is asked of the first provider that has it, then the next."""
    return [CoinGeckoProvider(secrets), MempoolSpaceProvider(), BlockchainInfoProvider()]
