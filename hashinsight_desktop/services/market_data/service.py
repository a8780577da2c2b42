"""Market data with fallback, a stale-while-revalidate cache, snapshots in the database and manual overrides.

Each quantity has a chain of providers (the configured providers that deliver it, in order). A value
younger than its time-to-live is served from memory; an older one is served at once marked stale
while one background refresh runs, once per tick across the control room (``shared_refresh.py``).
Every fetched value is stored as a MarketSnapshot, so when every provider fails the last stored value is
served, marked stale, and an offline start has numbers.
"""

from __future__ import annotations

import asyncio
import decimal
import logging
import time
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from decimal import Decimal, InvalidOperation

import httpx
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop import APP_NAME, __version__
from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.market_data.providers import (
    MarketDataProvider,
    ProviderError,
    RequestPolicy,
    Sleep,
    default_providers,
    validated,
)
from hashinsight_desktop.services.market_data.quantities import (
    MANUAL_SOURCE,
    MarketDataUnavailable,
    MarketValue,
    Quantity,
)
from hashinsight_desktop.services.market_data.shared_refresh import Turn, end_turn, take_turn
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

SessionFactory = sessionmaker[Session]
PRICE_TTL_S = 300.0
NETWORK_TTL_S = 900.0
DEFAULT_TTL_S: dict[Quantity, float] = {q: NETWORK_TTL_S for q in Quantity} | {Quantity.BTC_PRICE_USD: PRICE_TTL_S}
FAILURE_COOLDOWN_S = 60.0  # after a refresh failed, stale values are served without asking again for this long


def quiet_http_loggers() -> None:
    """httpx logs every request URL at INFO: keep it and httpcore at WARNING or above."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:  # NOTSET (0) inherits the root level, often INFO
            logger.setLevel(logging.WARNING)


# SQLite keeps Numeric as a binary float: its first 15 significant digits are the ones that were stored.
_FLOAT_DIGITS = decimal.Context(prec=15)


def _load_latest(session_factory: SessionFactory, quantities: Iterable[Quantity]) -> dict[Quantity, MarketValue]:
    found: dict[Quantity, MarketValue] = {}
    with session_factory() as session:
        as_float = session.get_bind().dialect.name == "sqlite"
        for quantity in quantities:
            row = session.scalars(
                select(MarketSnapshot)
                .where(MarketSnapshot.quantity == quantity.value)
                .order_by(MarketSnapshot.fetched_at.desc(), MarketSnapshot.id.desc())
                .limit(1)
            ).first()
            if row is not None:
                value = _FLOAT_DIGITS.plus(row.value) if as_float else Decimal(row.value)
                found[quantity] = MarketValue(quantity, value, row.source, row.fetched_at, stale=True)
    return found


def latest_snapshots(
    session_factory: SessionFactory, quantities: Iterable[Quantity] | None = None
) -> dict[Quantity, MarketValue]:
    """The last stored value of each quantity, marked stale: what an offline start shows (sync)."""
    return _load_latest(session_factory, list(Quantity) if quantities is None else quantities)


def remember_manual(
    session: Session, principal: Principal, values: Mapping[Quantity, Decimal], *, clock: Clock = system_clock
) -> list[MarketValue]:
    """Values the user typed, kept as snapshots with source ``manual``: an offline restart shows them
    (with their age) instead of forgetting them. Each is checked as a fetched value would be."""
    require(principal, Permission.CALCULATOR_USE, "use the calculator")
    now = clock()
    kept = []
    for quantity, value in values.items():
        try:
            number = validated(quantity, Decimal(value))
        except (InvalidOperation, ValueError) as exc:
            raise ValidationError(
                quantity.value,
                Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a usable value ({exc})"), value=value, exc=exc),
            ) from None
        kept.append(MarketValue(quantity, number, MANUAL_SOURCE, now, stale=False))
    session.add_all(
        MarketSnapshot(quantity=v.quantity.value, value=v.value, source=v.source, fetched_at=v.fetched_at) for v in kept
    )
    return kept


def _store_snapshots(session_factory: SessionFactory, values: list[MarketValue]) -> None:
    with unit_of_work(session_factory, "market snapshot") as session:
        session.add_all(
            MarketSnapshot(quantity=v.quantity.value, value=v.value, source=v.source, fetched_at=v.fetched_at)
            for v in values
        )


class MarketDataService:
    """Market values for the calculator, analytics and the CLI. Use from one event loop."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        session_factory: SessionFactory,
        *,
        clock: Clock = system_clock,
        secrets: SecretStore | None = None,
        providers: Iterable[MarketDataProvider] | None = None,
        ttl_s: Mapping[Quantity, float] | None = None,
        timeout_s: float = 8.0,
        retries: int = 2,
        backoff_base_s: float = 0.5,
        retry_after_cap_s: float = 30.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._client = client
        self._session_factory = session_factory
        self._clock = clock
        self._providers = list(providers) if providers is not None else default_providers(secrets)
        names = [p.name for p in self._providers]
        if len(set(names)) != len(names):
            raise ValueError(f"market data providers must have distinct names, got {names}")
        self._ttl = DEFAULT_TTL_S | dict(ttl_s or {})
        self._policy = RequestPolicy(
            timeout_s=timeout_s,
            retries=retries,
            backoff_base_s=backoff_base_s,
            retry_after_cap_s=retry_after_cap_s,
            sleep=sleep,
            clock=clock,
        )
        self._cache: dict[Quantity, MarketValue] = {}
        self._overrides: dict[Quantity, MarketValue] = {}
        self._locks: dict[str, asyncio.Lock] = {}  # one fetch per provider at a time
        self._refreshing: set[Quantity] = set()
        self._failed_at: dict[Quantity, datetime] = {}
        self._failures: dict[str, str] = {}  # provider → why its last fetch failed (cleared when it answers)
        self._failure_texts: dict[str, str | Text] = {}  # the same, said in the reader's language by render
        self._tasks: set[asyncio.Task[None]] = set()  # strong references to background refreshes
        quiet_http_loggers()

    # ---- public API ---------------------------------------------------------------------------------

    def chain(self, quantity: Quantity) -> list[str]:
        """The names of the providers asked for ``quantity``, in fallback order."""
        return [p.name for p in self._chain(quantity)]

    async def get(self, quantity: Quantity) -> MarketValue:
        return (await self.get_many([quantity]))[quantity]

    async def get_many(self, quantities: Iterable[Quantity]) -> dict[Quantity, MarketValue]:
        """Each quantity: override, else fresh cache, else stale cache (refreshed in the background),
        else fetched now through its provider chain, else the last stored snapshot (stale).
        Raises MarketDataUnavailable naming every quantity with no value at all."""
        wanted = list(dict.fromkeys(Quantity(q) for q in quantities))
        now = self._clock()
        found: dict[Quantity, MarketValue] = {}
        missing: list[Quantity] = []
        stale: set[Quantity] = set()
        for quantity in wanted:
            cached = self._cache.get(quantity)
            if quantity in self._overrides:
                found[quantity] = self._overrides[quantity]
            elif cached is None:
                missing.append(quantity)
            elif self._is_fresh(cached, now):
                found[quantity] = cached
            else:
                found[quantity] = replace(cached, stale=True)
                stale.add(quantity)
        if stale:
            self._schedule_refresh(stale, now)
        if missing:
            found.update(await self._resolve(missing))
        return {q: found[q] for q in wanted}

    def set_override(self, quantity: Quantity, value: Decimal | int | str | float) -> MarketValue:
        """A value given by hand: it wins over every provider until cleared (kept in memory only)."""
        quantity = Quantity(quantity)
        try:
            number = validated(quantity, Decimal(str(value)))
        except (InvalidOperation, ValueError) as exc:
            raise ValidationError(
                quantity.value,
                Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a usable value ({exc})"), value=value, exc=exc),
            ) from None
        override = MarketValue(quantity, number, MANUAL_SOURCE, self._clock(), stale=False)
        self._overrides[quantity] = override
        return override

    def clear_override(self, quantity: Quantity) -> None:
        self._overrides.pop(Quantity(quantity), None)

    def overrides(self) -> dict[Quantity, MarketValue]:
        return dict(self._overrides)

    def failures(self) -> dict[str, str]:
        """Each provider whose last fetch failed, with the reason (English, as recorded on the job's ticks)."""
        return dict(self._failures)

    def failure_texts(self) -> dict[str, str | Text]:
        """``failures`` as marked texts: what a message about stale values says, in the reader's language."""
        return dict(self._failure_texts)

    def seed_cache(self, values: Mapping[Quantity, MarketValue]) -> None:
        """Start from known values (e.g. ``latest_snapshots``): served at once, refreshed when too old."""
        for quantity, value in values.items():
            current = self._cache.get(quantity)
            if current is None or value.fetched_at > current.fetched_at:
                self._cache[quantity] = replace(value, stale=False)

    async def wait_for_refreshes(self) -> None:
        """Wait until the background refreshes running now have finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        """Cancel background refreshes (the HTTP client belongs to the caller and stays open)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    async def __aenter__(self) -> MarketDataService:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    # ---- internals ----------------------------------------------------------------------------------

    def _chain(self, quantity: Quantity) -> list[MarketDataProvider]:
        return [p for p in self._providers if quantity in p.provides]

    def _is_fresh(self, value: MarketValue, now: datetime) -> bool:
        return value.age_s(now) <= self._ttl[value.quantity]

    def _schedule_refresh(self, quantities: set[Quantity], now: datetime) -> None:
        due = {
            q
            for q in quantities
            if q not in self._refreshing
            and (q not in self._failed_at or (now - self._failed_at[q]).total_seconds() >= FAILURE_COOLDOWN_S)
        }
        if not due:
            return
        self._refreshing |= due
        task = asyncio.get_running_loop().create_task(self._background_refresh(due), name="market-data-refresh")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _background_refresh(self, quantities: set[Quantity]) -> None:
        try:
            turn = await self._take_turn(quantities)
            wanted = quantities if turn is None else set(turn.mine)
            started = time.perf_counter()
            got = await self._fetch_fresh(wanted) if wanted else {}
            # Not fetched, or fetched by another console right now: asked again after the cool-down.
            self._note_failures(quantities - got.keys() - (turn.stored.keys() if turn is not None else set()))
            if turn is not None and turn.mine:
                duration_ms = (time.perf_counter() - started) * 1000
                await asyncio.to_thread(end_turn, self._session_factory, turn, got, duration_ms, self.failures())
        except Exception:
            log.warning("market data: background refresh of %s failed", sorted(quantities), exc_info=True)
        finally:
            self._refreshing -= quantities

    async def _take_turn(self, quantities: set[Quantity]) -> Turn | None:
        """Once per tick across the control room (``shared_refresh.py``): values another console stored
        within their time-to-live are served from the database, and this one fetches only the quantities
        whose tick it claimed. None: the database cannot say, so this console fetches them all itself."""

        def in_database() -> Turn:
            latest = _load_latest(self._session_factory, quantities)
            return take_turn(self._session_factory, latest, quantities, self._ttl, self._clock())

        try:
            turn = await asyncio.to_thread(in_database)
        except SQLAlchemyError as exc:
            log.warning("market data: no turn taken in the database (%s); fetching here", type(exc).__name__)
            return None
        self.seed_cache(turn.stored)
        return turn

    def _note_failures(self, quantities: Collection[Quantity]) -> None:
        now = self._clock()
        for quantity in quantities:
            self._failed_at[quantity] = now

    async def _resolve(self, quantities: list[Quantity]) -> dict[Quantity, MarketValue]:
        found = await self._fetch_fresh(set(quantities))
        left = [q for q in quantities if q not in found]
        if not left:
            return found
        self._note_failures(left)
        try:
            last = await asyncio.to_thread(_load_latest, self._session_factory, left)
        except SQLAlchemyError as exc:
            log.warning("market data: last known values not read from the database: %s", type(exc).__name__)
            last = {}
        for quantity, value in last.items():
            log.warning("market data: no provider answered for %s; using %s", quantity, value.describe(self._clock()))
            self.seed_cache({quantity: value})
        found.update(last)
        unavailable = [q for q in left if q not in last]
        if unavailable:
            asked = dict.fromkeys(p.name for q in unavailable for p in self._chain(q))
            failures = {name: self._failure_texts[name] for name in asked if name in self._failure_texts}
            raise MarketDataUnavailable(*unavailable, failures=failures)
        return found

    async def _fetch_fresh(self, quantities: set[Quantity]) -> dict[Quantity, MarketValue]:
        """Walk the chains: each round asks every quantity's next provider, all providers concurrently,
        one fetch per provider for all the quantities it is asked for."""
        found: dict[Quantity, MarketValue] = {}
        position = dict.fromkeys(quantities, 0)
        while True:
            rounds: dict[str, tuple[MarketDataProvider, set[Quantity]]] = {}
            for quantity in quantities - found.keys():
                chain = self._chain(quantity)
                if position[quantity] < len(chain):
                    provider = chain[position[quantity]]
                    rounds.setdefault(provider.name, (provider, set()))[1].add(quantity)
            if not rounds:
                return found
            results = await asyncio.gather(*(self._fetch_from(p, qs) for p, qs in rounds.values()))
            for (_, asked), got in zip(rounds.values(), results, strict=True):
                found.update(got)
                for quantity in asked - got.keys():
                    position[quantity] += 1

    async def _fetch_from(self, provider: MarketDataProvider, quantities: set[Quantity]) -> dict[Quantity, MarketValue]:
        lock = self._locks.setdefault(provider.name, asyncio.Lock())
        async with lock:
            # Another caller may have fetched these while this one waited for the lock.
            now = self._clock()
            done = {q: self._cache[q] for q in quantities if q in self._cache and self._is_fresh(self._cache[q], now)}
            need = quantities - done.keys()
            if not need:
                return done
            try:
                raw = await provider.fetch(self._client, need, policy=self._policy)
            except ProviderError as exc:
                log.warning("market data: %s failed: %s", provider.name, exc.reason)
                self._failures[provider.name], self._failure_texts[provider.name] = exc.reason, exc.text
                raw = exc.partial
            except Exception as exc:
                log.warning("market data: %s failed: unexpected %s", provider.name, type(exc).__name__, exc_info=True)
                unexpected = Text(QT_TRANSLATE_NOOP("MarketData", "unexpected {error}"), error=type(exc).__name__)
                self._failures[provider.name], self._failure_texts[provider.name] = str(unexpected), unexpected
                raw = {}
            else:
                self._failures.pop(provider.name, None)
                self._failure_texts.pop(provider.name, None)
            fetched_at = self._clock()
            values = [MarketValue(q, v, provider.name, fetched_at, stale=False) for q, v in raw.items() if q in need]
            if not values:
                return done
            for value in values:
                self._cache[value.quantity] = value
                self._failed_at.pop(value.quantity, None)
            await self._persist(provider.name, values)
            return done | {v.quantity: v for v in values}

    async def _persist(self, source: str, values: list[MarketValue]) -> None:
        try:
            await asyncio.to_thread(_store_snapshots, self._session_factory, values)
        except SQLAlchemyError as exc:  # the values are still served from memory
            log.warning("market data: %d value(s) from %s not stored: %s", len(values), source, type(exc).__name__)


def fetch_market_values(
    session_factory: SessionFactory,
    quantities: Iterable[Quantity],
    *,
    secrets: SecretStore | None = None,
    timeout_s: float = 8.0,
    overrides: Mapping[Quantity, Decimal | int | str | float] | None = None,
    failures: dict[str, str] | None = None,
) -> dict[Quantity, MarketValue]:
    """Synchronous one-shot fetch for the CLI: its own event loop and HTTP client.
    ``overrides`` (values given on the command line) win and are not fetched; ``failures``, when given,
    receives each provider that failed and why."""
    wanted = list(quantities)

    async def run() -> dict[Quantity, MarketValue]:
        headers = {"User-Agent": f"{APP_NAME}/{__version__}"}
        async with (
            httpx.AsyncClient(headers=headers) as client,
            MarketDataService(client, session_factory, secrets=secrets, timeout_s=timeout_s) as service,
        ):
            for quantity, value in (overrides or {}).items():
                service.set_override(quantity, value)
            try:
                return await service.get_many(wanted)
            finally:
                if failures is not None:
                    failures.update(service.failures())

    return asyncio.run(run())
