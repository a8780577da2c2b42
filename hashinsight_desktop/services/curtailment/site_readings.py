"""What a curtailment planner reads besides plans: the sites the user may operate, a site's power
now and its power price, the customers hosted there, the power feeds its miners hang on, and the
hashprice from the stored market data."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Customer, Miner, MinerState, PowerPrice, Site
from hashinsight_desktop.services.calculator.bitcoin import block_subsidy_btc
from hashinsight_desktop.services.calculator.projection import btc_per_day
from hashinsight_desktop.services.cgminer.sample import OFFLINE
from hashinsight_desktop.services.curtailment.site_fleet import MEASURED_MAX_AGE, site_power_now_kw
from hashinsight_desktop.services.market_data import Quantity, latest_snapshots
from hashinsight_desktop.services.market_data.quantities import format_age
from hashinsight_desktop.services.permissions import Permission, Principal

TH = 1e12


@dataclass(frozen=True)
class SiteChoice:
    id: uuid.UUID
    name: str
    electricity_usd_per_kwh: float
    capacity_kw: float
    timezone: str = "UTC"  # the site's clock: a scheduled start without a zone is read in it
    four_eyes: bool = False  # a plan's creator may not approve it


@dataclass(frozen=True)
class SitePower:
    site_id: uuid.UUID
    power_now_kw: float  # measured, miners polled in the last few minutes
    reporting: int  # miners that answered their latest poll, and that poll is recent
    miners: int  # active miners of the site
    read_at: datetime


def operable_sites(session: Session, principal: Principal) -> list[SiteChoice]:
    """The sites where this user may plan curtailment (FLEET_OPERATE and the site in their scope)."""
    if not principal.can(Permission.FLEET_OPERATE):
        return []
    rows = session.scalars(select(Site).order_by(Site.name))
    return [
        SiteChoice(
            s.id,
            s.name,
            float(s.electricity_price_usd_per_kwh),
            float(s.capacity_mw) * 1000.0,
            s.timezone or "UTC",
            bool(s.curtail_four_eyes),
        )
        for s in rows
        if principal.can_access_site(s.id)
    ]


def site_power(session: Session, site_id: uuid.UUID, now: datetime) -> SitePower:
    """The site's measured power and how many of its active miners report: a miner whose latest poll
    is older than MEASURED_MAX_AGE, or that did not answer it (offline, or a failed poll kept its
    last figures), is not reporting — whatever its stored state says."""
    power = site_power_now_kw(session, site_id, now)
    miners = session.scalar(
        select(func.count()).select_from(Miner).where(Miner.site_id == site_id, Miner.is_active.is_(True))
    )
    reporting = session.scalar(
        select(func.count())
        .select_from(MinerState)
        .join(Miner, Miner.id == MinerState.miner_id)
        .where(
            Miner.site_id == site_id,
            Miner.is_active.is_(True),
            MinerState.polled_at >= now - MEASURED_MAX_AGE,
            MinerState.status != OFFLINE,
            MinerState.consecutive_failures == 0,
        )
    )
    return SitePower(site_id, power, int(reporting or 0), int(miners or 0), now)


def site_customers(session: Session, site_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """Customers with active miners at the site, by name: the rows of the caps and SLA table."""
    rows = session.execute(
        select(Customer.id, Customer.name)
        .join(Miner, Miner.customer_id == Customer.id)
        .where(Miner.site_id == site_id, Miner.is_active.is_(True))
        .distinct()
        .order_by(Customer.name)
    )
    return [(customer_id, name) for customer_id, name in rows]


@dataclass(frozen=True)
class PowerPriceNow:
    usd_per_mwh: float
    recorded_at: datetime
    source: str


def latest_power_price(session: Session, site_id: uuid.UUID, now: datetime) -> PowerPriceNow | None:
    """The site's power price in force at ``now`` (the last signal recorded up to then), or None."""
    row = session.execute(
        select(PowerPrice.usd_per_mwh, PowerPrice.recorded_at, PowerPrice.source)
        .where(PowerPrice.site_id == site_id, PowerPrice.recorded_at <= now)
        .order_by(PowerPrice.recorded_at.desc())
        .limit(1)
    ).first()
    return PowerPriceNow(float(row[0]), row[1], row[2]) if row is not None else None


@dataclass(frozen=True)
class FeedLoad:
    name: str
    miners: int  # active miners on the feed
    power_now_kw: float  # measured, miners polled in the last few minutes


def _natural(text: str) -> tuple[tuple[int, str], ...]:
    # "rack2" before "rack10", as people number racks
    return tuple((int(part), "") if part.isdigit() else (-1, part.casefold()) for part in re.split(r"(\d+)", text))


def site_feeds(session: Session, site_id: uuid.UUID, now: datetime) -> list[FeedLoad]:
    """The power feeds of the site's active miners (the rows of the feed-limits table), in natural order."""
    fresh_power = case((MinerState.polled_at >= now - MEASURED_MAX_AGE, MinerState.power_w), else_=None)
    rows = session.execute(
        select(Miner.power_feed, func.count(Miner.id), func.coalesce(func.sum(fresh_power), 0.0))
        .outerjoin(MinerState, MinerState.miner_id == Miner.id)
        .where(Miner.site_id == site_id, Miner.is_active.is_(True), Miner.power_feed.is_not(None))
        .group_by(Miner.power_feed)
    )
    feeds = [FeedLoad(str(feed), int(n), float(watts or 0.0) / 1000.0) for feed, n, watts in rows]
    return sorted(feeds, key=lambda f: _natural(f.name))


@dataclass(frozen=True)
class Hashprice:
    usd_per_th_day: float
    note: str  # where it comes from, for the field's hint


def stored_hashprice(session_factory: sessionmaker[Session], now: datetime) -> Hashprice | None:
    """Hashprice (USD per TH/s per day, before pool fees) from the last stored market values, or None
    when price, difficulty or block height was never stored."""
    wanted = (Quantity.BTC_PRICE_USD, Quantity.DIFFICULTY, Quantity.BLOCK_HEIGHT, Quantity.FEES_PER_BLOCK_BTC)
    values = latest_snapshots(session_factory, wanted)
    price, difficulty, height = (values.get(q) for q in wanted[:3])
    if price is None or difficulty is None or height is None or not difficulty.value:
        return None
    fees = values[Quantity.FEES_PER_BLOCK_BTC].value if Quantity.FEES_PER_BLOCK_BTC in values else Decimal(0)
    subsidy = float(block_subsidy_btc(int(height.value)))
    btc_per_th_day = float(btc_per_day(TH, subsidy, float(fees), float(difficulty.value), 0.0, 1.0))  # type: ignore[arg-type]
    oldest = min(v.fetched_at for v in (price, difficulty, height))
    age = format_age((now - oldest).total_seconds())
    return Hashprice(btc_per_th_day * float(price.value), f"from stored market data ({age}): BTC ${price.value:,.0f}")
