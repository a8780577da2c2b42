"""The stored market history: one collection round (every source at once, aggregated and stored in one
transaction), the daily bars built from the rounds, and what the Analytics tab reads.

A day's collected bar is open/high/low/close of the day's aggregated prices (UTC days), its volume the 24 h
volume of the day's last round and its difficulty and hashrate the day's last network snapshot. A day with an
imported bar (``history_import``) keeps it: collection only fills and refreshes its own days.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models.market_history import (
    DailyBar,
    FearGreedReading,
    NetworkSnapshot,
    PriceCollection,
    SourceQuote,
)
from hashinsight_desktop.services.analytics.collectors import fear_greed
from hashinsight_desktop.services.analytics.collectors.aggregate import Aggregate, aggregate
from hashinsight_desktop.services.analytics.collectors.exchanges import (
    DEFAULT_TIMEOUT_S,
    EXCHANGES,
    Exchange,
    Quote,
    fetch_quotes,
)
from hashinsight_desktop.services.analytics.collectors.network import Network, fetch_network
from hashinsight_desktop.services.analytics.signals import MarketSeries
from hashinsight_desktop.services.analytics.signals.ensemble import series_from_bars
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.market_data.providers import CoinGeckoProvider, MarketDataProvider
from hashinsight_desktop.services.market_data.quantities import Quantity
from hashinsight_desktop.services.stored_text import as_text, to_stored
from hashinsight_desktop.services.texts import Text
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

COLLECT_EVERY_S = 900.0
OFFLINE_ENV = "HASHINSIGHT_OFFLINE"  # "1": no public API is asked (an air-gapped site; the test suite's children)
COLLECTED, IMPORTED = "collected", "imported"


@dataclass(frozen=True)
class Round:
    """What one collection round got, before it is stored."""

    prices: Aggregate
    network: Network
    fear_greed: tuple[fear_greed.FearGreed, ...]
    fear_greed_failure: str = ""


async def collect(
    client: httpx.AsyncClient,
    *,
    exchanges: Sequence[Exchange] = EXCHANGES,
    coingecko: CoinGeckoProvider | None = None,
    network_providers: Sequence[MarketDataProvider] | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> Round:
    """Prices, network and Fear & Greed, all concurrently; a source's failure is recorded, never raised."""

    async def sentiment() -> tuple[list[fear_greed.FearGreed], str]:
        try:
            return await fear_greed.fetch(client, timeout_s=timeout_s), ""
        except Exception as exc:  # recorded in the log and the round; the other sources still count
            log.info("fear & greed: %s", exc)
            return [], f"{type(exc).__name__}: {exc}"[:200]

    quotes, network, (readings, failure) = await asyncio.gather(
        fetch_quotes(client, exchanges, timeout_s=timeout_s, coingecko=coingecko),
        fetch_network(client, network_providers),
        sentiment(),
    )
    return Round(aggregate(quotes), network, tuple(readings), failure)


def _quote_row(collection_id: int, quote: Quote) -> SourceQuote:
    return SourceQuote(
        collection_id=collection_id,
        source=quote.source,
        status=quote.status,
        price_usd=quote.price_usd,
        volume_24h_usd=None if quote.volume_24h_usd is None else quote.volume_24h_usd.quantize(Decimal("0.01")),
        change_24h_pct=quote.change_24h_pct,
        detail=str(quote.detail)[:200],
        detail_text=to_stored(quote.detail),
    )


def store_round(session: Session, collected: Round, taken_at: datetime) -> PriceCollection:
    """The round's rows, the Fear & Greed days it brought, and its day's bar rebuilt (caller's transaction)."""
    prices = collected.prices
    row = PriceCollection(
        taken_at=taken_at,
        price_usd=prices.price_usd,
        volume_24h_usd=None if prices.volume_24h_usd is None else prices.volume_24h_usd.quantize(Decimal("0.01")),
        asked=prices.asked,
        answered=prices.answered,
        kept=prices.kept,
        funding_8h_pct=prices.funding_8h_pct,
        basis_pct=prices.basis_pct,
    )
    session.add(row)
    session.flush()
    session.add_all(_quote_row(row.id, q) for q in prices.quotes)
    values = collected.network.values
    if values:
        blocks = values.get(Quantity.BLOCKS_TO_RETARGET)
        session.add(
            NetworkSnapshot(
                taken_at=taken_at,
                difficulty=values.get(Quantity.DIFFICULTY),
                hashrate_ehs=values.get(Quantity.NETWORK_HASHRATE_EHS),
                fees_per_block_btc=values.get(Quantity.FEES_PER_BLOCK_BTC),
                next_adjustment_pct=values.get(Quantity.NEXT_DIFFICULTY_CHANGE_PCT),
                blocks_to_retarget=None if blocks is None else int(blocks),
                sources=", ".join(collected.network.sources)[:100],
            )
        )
    for reading in collected.fear_greed:
        session.merge(FearGreedReading(day=reading.day, value=reading.value, classification=reading.classification))
    session.flush()
    rebuild_daily_bar(session, taken_at.astimezone(UTC).date())
    return row


def _day_window(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), UTC)
    return start, start + timedelta(days=1)


def rebuild_daily_bar(session: Session, day: date) -> DailyBar | None:
    """The day's collected bar from its rounds (an imported bar is left alone); None when nothing to build."""
    existing = session.get(DailyBar, day)
    if existing is not None and existing.origin == IMPORTED:
        return existing
    start, end = _day_window(day)
    rounds = session.execute(
        select(PriceCollection.price_usd, PriceCollection.volume_24h_usd)
        .where(PriceCollection.taken_at >= start, PriceCollection.taken_at < end)
        .where(PriceCollection.price_usd.is_not(None))
        .order_by(PriceCollection.taken_at, PriceCollection.id)
    ).all()
    if not rounds:
        return existing
    prices = [r.price_usd for r in rounds]
    network = session.execute(
        select(NetworkSnapshot.difficulty, NetworkSnapshot.hashrate_ehs)
        .where(NetworkSnapshot.taken_at >= start, NetworkSnapshot.taken_at < end)
        .order_by(NetworkSnapshot.taken_at.desc(), NetworkSnapshot.id.desc())
        .limit(1)
    ).first()
    bar = existing or DailyBar(day=day, origin=COLLECTED)
    bar.origin = COLLECTED  # a demo's simulated day, once collected, is a real one
    bar.open, bar.high, bar.low, bar.close = prices[0], max(prices), min(prices), prices[-1]
    bar.volume_usd = rounds[-1].volume_24h_usd
    bar.difficulty = network.difficulty if network else None
    bar.hashrate_ehs = network.hashrate_ehs if network else None
    bar.samples = len(rounds)
    session.add(bar)
    return bar


# ---- what the Analytics tab reads -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    day: date
    open: Decimal | None
    high: Decimal | None
    low: Decimal | None
    close: Decimal
    volume_usd: Decimal | None
    difficulty: Decimal | None
    hashrate_ehs: Decimal | None
    origin: str  # collected | imported | simulated demo (SIMULATED_ORIGIN: a demo database's made-up bars)
    samples: int


def daily_bars(session: Session, start: date | None = None, end: date | None = None) -> list[Bar]:
    """The bars from ``start`` to ``end`` inclusive (None: unbounded), oldest first."""
    query = select(DailyBar).order_by(DailyBar.day)
    if start is not None:
        query = query.where(DailyBar.day >= start)
    if end is not None:
        query = query.where(DailyBar.day <= end)
    return [
        Bar(b.day, b.open, b.high, b.low, b.close, b.volume_usd, b.difficulty, b.hashrate_ehs, b.origin, b.samples)
        for b in session.scalars(query)
    ]


def fear_greed_days(session: Session, start: date | None = None, end: date | None = None) -> dict[date, int]:
    query = select(FearGreedReading.day, FearGreedReading.value).order_by(FearGreedReading.day)
    if start is not None:
        query = query.where(FearGreedReading.day >= start)
    if end is not None:
        query = query.where(FearGreedReading.day <= end)
    return {day: value for day, value in session.execute(query)}


@dataclass(frozen=True)
class SourceLine:
    source: str
    status: str
    price_usd: Decimal | None
    volume_24h_usd: Decimal | None
    change_24h_pct: Decimal | None
    detail: str | Text  # a text when its template was kept (the reader's language); else English


@dataclass(frozen=True)
class LatestQuotes:
    taken_at: datetime
    price_usd: Decimal | None
    volume_24h_usd: Decimal | None
    asked: int
    answered: int
    kept: int
    funding_8h_pct: Decimal | None
    basis_pct: Decimal | None
    sources: tuple[SourceLine, ...]
    network: NetworkSnapshot | None

    @property
    def completeness(self) -> float:
        return self.answered / self.asked if self.asked else 0.0


def latest_quotes(session: Session) -> LatestQuotes | None:
    """The newest round with each source's quote and the newest network snapshot; None before the first."""
    row = session.scalars(
        select(PriceCollection).order_by(PriceCollection.taken_at.desc(), PriceCollection.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    quotes = session.scalars(select(SourceQuote).where(SourceQuote.collection_id == row.id).order_by(SourceQuote.id))
    network = session.scalars(
        select(NetworkSnapshot).order_by(NetworkSnapshot.taken_at.desc(), NetworkSnapshot.id.desc()).limit(1)
    ).first()
    lines = tuple(
        SourceLine(
            q.source, q.status, q.price_usd, q.volume_24h_usd, q.change_24h_pct, as_text(q.detail, q.detail_text)
        )
        for q in quotes
    )
    return LatestQuotes(
        row.taken_at,
        row.price_usd,
        row.volume_24h_usd,
        row.asked,
        row.answered,
        row.kept,
        row.funding_8h_pct,
        row.basis_pct,
        lines,
        network,
    )


def market_series(session: Session) -> MarketSeries:
    """The whole stored history as the signals read it (they run over all of it, never a zoomed window), with the
    Fear & Greed days and the latest round's Deribit funding and basis."""
    latest = latest_quotes(session)
    return series_from_bars(
        daily_bars(session),
        fear_greed_days(session),
        funding_8h_pct=latest.funding_8h_pct if latest else None,
        basis_pct=latest.basis_pct if latest else None,
    )


# ---- the periodic job -----------------------------------------------------------------------------------------


async def collect_and_store(
    session_factory: sessionmaker[Session],
    client: httpx.AsyncClient | None = None,
    *,
    coingecko: CoinGeckoProvider | None = None,
) -> int:
    """The ``market-history`` job: one round, stored at the database's time; returns the sources that answered
    (0 without asking anyone when HASHINSIGHT_OFFLINE=1: the history then grows by imports only)."""
    if os.environ.get(OFFLINE_ENV) == "1":
        log.debug("market history: %s=1, no source asked", OFFLINE_ENV)
        return 0
    if client is None:
        from hashinsight_desktop import APP_NAME, __version__

        async with httpx.AsyncClient(headers={"User-Agent": f"{APP_NAME}/{__version__}"}) as own:
            return await collect_and_store(session_factory, own, coingecko=coingecko)
    collected = await collect(client, coingecko=coingecko)

    def store() -> int:
        with unit_of_work(session_factory, "market history") as session:
            store_round(session, collected, database_now(session))
        return collected.prices.answered

    return await asyncio.to_thread(store)
