"""What one refresh of the Curtailment tab reads, in a worker thread and one session: the sites (first
time), the site's power, power price and feeds, its customers, the plans and the open plan's detail —
only what is due."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.clock import Clock
from hashinsight_desktop.services.curtailment.plans import PlanDetail, PlanSummary, list_plans, load_plan
from hashinsight_desktop.services.curtailment.site_readings import (
    FeedLoad,
    Hashprice,
    PowerPriceNow,
    SiteChoice,
    SitePower,
    latest_power_price,
    operable_sites,
    site_customers,
    site_feeds,
    site_power,
    stored_hashprice,
)
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.permissions import Principal


@dataclass
class Want:
    """What one refresh reads."""

    sites: bool = False
    site_id: uuid.UUID | None = None
    saved_site: str | None = None  # the site chosen in an earlier session, for the first read
    power: bool = False
    customers: bool = False
    plans: bool = False
    all_sites: bool = False
    plan_id: uuid.UUID | None = None

    def anything(self) -> bool:
        return self.sites or self.power or self.customers or self.plans or self.plan_id is not None


@dataclass
class Reads:
    sites: list[SiteChoice] | None = None
    site_id: uuid.UUID | None = None  # the site read for (the saved or first one on the first read)
    hashprice: Hashprice | None = None
    power: SitePower | None = None
    price: PowerPriceNow | None = None  # read with the power (None: no price recorded)
    feeds: list[FeedLoad] | None = None  # read with the power: their loads change too
    customers: list[tuple[uuid.UUID, str]] | None = None
    plans: list[PlanSummary] | None = None
    detail: PlanDetail | None = None
    detail_gone: bool = False


def read(session_factory: sessionmaker[Session], principal: Principal, clock: Clock, want: Want) -> Reads:
    now = clock()
    reads = Reads()
    with session_factory() as session:
        site_id = want.site_id
        if want.sites:
            reads.sites = operable_sites(session, principal)
            ids = {str(s.id): s.id for s in reads.sites}
            site_id = site_id if site_id in ids.values() else ids.get(want.saved_site or "")
            if site_id is None and reads.sites:
                site_id = reads.sites[0].id
        reads.site_id = site_id
        if site_id is not None and want.power:
            reads.power = site_power(session, site_id, now)
            reads.price = latest_power_price(session, site_id, now)
            reads.feeds = site_feeds(session, site_id, now)
        if site_id is not None and want.customers:
            reads.customers = site_customers(session, site_id)
        if want.plans:
            scope = None if want.all_sites else site_id
            reads.plans = list_plans(session, principal, scope) if scope is not None or want.all_sites else []
        if want.plan_id is not None:
            try:
                reads.detail = load_plan(session, principal, want.plan_id)
            except NotFound:
                reads.detail_gone = True
    if want.sites:
        reads.hashprice = stored_hashprice(session_factory, now)
    return reads
