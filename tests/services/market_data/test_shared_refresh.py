"""The market data refresh once per tick across a control room: two consoles' services on one database, the
providers asked by one of them only (respx counts the requests), the other served from the stored snapshot."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from decimal import Decimal

import httpx
import respx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import JobTick
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.status import cluster_status
from hashinsight_desktop.services.cluster.ticks import claim_tick
from hashinsight_desktop.services.market_data import MarketDataService, Quantity, latest_snapshots
from hashinsight_desktop.services.market_data.shared_refresh import job_name
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.market_data.conftest import FakeClock, RecordingSleep

SF = sessionmaker[Session]
P = Quantity.BTC_PRICE_USD


def consoles(session_factory: SF, clock: FakeClock, sleep: RecordingSleep, body):  # type: ignore[no-untyped-def]
    """Run ``body(a, b)`` with two services (two consoles) over one database, each seeded from its snapshots."""

    async def main() -> None:
        async with httpx.AsyncClient() as client:
            a, b = (MarketDataService(client, session_factory, clock=clock, sleep=sleep) for _ in range(2))
            for service in (a, b):
                service.seed_cache(latest_snapshots(session_factory))
            try:
                await body(a, b)
            finally:
                await a.aclose()
                await b.aclose()

    asyncio.run(main())


def stored_price(api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep) -> None:
    """A price fetched 400 s ago (past its 300 s time-to-live) in both consoles' caches."""
    consoles(session_factory, clock, sleep, lambda a, _b: a.get(P))
    clock.advance(400)
    api["coingecko"].mock(return_value=httpx.Response(200, json={"bitcoin": {"usd": 98000.5}}))


def ticks(session_factory: SF) -> list[JobTick]:
    with session_factory() as session:
        return list(session.scalars(select(JobTick).where(JobTick.job == job_name(P))))


def test_one_console_fetches_and_the_other_reads_its_snapshot(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    stored_price(api, session_factory, clock, sleep)
    route = api["coingecko"]

    async def body(a: MarketDataService, b: MarketDataService) -> None:
        assert (await a.get(P)).stale
        await a.wait_for_refreshes()
        assert route.call_count == 2  # the first fetch, then this console's turn
        assert (await b.get(P)).stale  # b's cache was old too ...
        await b.wait_for_refreshes()
        assert route.call_count == 2  # ... its refresh read a's snapshot instead of asking the provider
        for service in (a, b):
            fresh = await service.get(P)
            assert (fresh.value, fresh.stale, fresh.fetched_at) == (Decimal("98000.5"), False, clock())

    consoles(session_factory, clock, sleep, body)
    [tick] = ticks(session_factory)
    assert (tick.outcome, tick.items, tick.interval_s) == ("ok", 1, 300.0)


def test_a_console_that_lost_the_claim_does_not_fetch(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    stored_price(api, session_factory, clock, sleep)
    with unit_of_work(session_factory) as session:  # another console is fetching the price this tick
        assert claim_tick(session, job_name(P), 300.0, None) is not None

    async def body(a: MarketDataService, _b: MarketDataService) -> None:
        assert (await a.get(P)).stale
        await a.wait_for_refreshes()
        again = await a.get(P)  # still the old value; asked again after the cool-down, not at every call
        assert again.stale and not a._tasks
        assert api["coingecko"].call_count == 1

    consoles(session_factory, clock, sleep, body)


def test_a_failed_fetch_is_recorded_on_its_tick(
    api: respx.MockRouter, session_factory: SF, clock: FakeClock, sleep: RecordingSleep
) -> None:
    stored_price(api, session_factory, clock, sleep)
    api["coingecko"].mock(return_value=httpx.Response(500))
    api["blockchain_stats"].mock(side_effect=httpx.ConnectError)

    async def body(a: MarketDataService, _b: MarketDataService) -> None:
        assert (await a.get(P)).stale
        await a.wait_for_refreshes()

    consoles(session_factory, clock, sleep, body)
    [tick] = ticks(session_factory)
    assert tick.outcome == "failed" and tick.items == 0
    assert tick.detail is not None and "coingecko" in tick.detail and "blockchain.info" in tick.detail


def test_a_market_tick_nobody_asked_for_is_not_overdue(session_factory: SF) -> None:
    """Claimed when a calculator refreshes, not on a clock: the control room page must not call it overdue."""
    admin = Principal(user_id=uuid.uuid4(), username="ada", role=Role.ADMIN)
    with unit_of_work(session_factory) as session:
        now = database_now(session)
        for job in (job_name(P), "telemetry-rollups"):  # both last claimed an hour ago
            session.add(
                JobTick(job=job, tick_start=now - timedelta(hours=1), interval_s=300.0, claimed_at=now, outcome="ok")
            )
    with session_factory() as session:
        jobs = {job.job: job for job in cluster_status(session, admin).jobs}
    assert not jobs[job_name(P)].overdue and jobs["telemetry-rollups"].overdue
