"""What one refresh of the Fleet tab reads (in a worker thread): the miners, the site KPIs and the
open alerts — and a cheap change token, so that a refresh every second re-reads 10,000 miners only
when something changed (listing 10,000 miners takes most of a second; the token a few ms).

The token and the open-alerts query are reads the Fleet tab needs and no service offers yet; they
would sit well in ``services.telemetry`` (they import nothing from Qt).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, Customer, Miner, MinerModel, MinerState, Site
from hashinsight_desktop.services.fleet.miners import MinerRow, list_miners
from hashinsight_desktop.services.permissions import Permission, Principal, Role
from hashinsight_desktop.services.telemetry.health import MinerHealth, fleet_health, with_degraded
from hashinsight_desktop.services.telemetry.kpis import SiteKpi, site_kpis, with_health

OPEN_ALERTS_LIMIT = 500  # newest first; a farm with more open alerts has a bigger problem than this list


@dataclass(frozen=True)
class AlertRow:
    id: uuid.UUID
    miner_id: uuid.UUID
    site_id: uuid.UUID
    miner: str
    ip_address: str
    site: str
    kind: str
    severity: str
    message: str  # as raised
    raised_at: datetime
    acknowledged_by: str | None
    current_message: str | None = None  # the latest poll's reading while it holds
    acknowledged_at: datetime | None = None
    acknowledged_note: str | None = None


@dataclass(frozen=True)
class FleetSnapshot:
    rows: list[MinerRow]
    kpis: list[SiteKpi] | None  # None: the user may not read site KPIs (customers)
    alerts: list[AlertRow]
    loaded_at: datetime
    token: tuple[Any, ...]
    health: dict[uuid.UUID, MinerHealth] | None = None  # per miner: boards, counters, curtailment


def open_alerts(session: Session, principal: Principal, limit: int = OPEN_ALERTS_LIMIT) -> list[AlertRow]:
    """Open (not cleared) alerts the user may see, newest first; scoped like the miners list."""
    query = (
        select(Alert, Miner.name, Miner.ip_address, Site.name)
        .join(Miner, Miner.id == Alert.miner_id)
        .join(Site, Site.id == Alert.site_id)
        .where(Alert.cleared_at.is_(None))
        .order_by(Alert.raised_at.desc(), Alert.id)
        .limit(limit)
    )
    if principal.role is Role.CUSTOMER:
        if principal.customer_id is None:
            return []
        query = query.where(Miner.customer_id == principal.customer_id)
    elif not principal.can(Permission.SITES_READ):
        return []
    elif not principal.sees_all_sites():
        query = query.where(Alert.site_id.in_(principal.site_ids))
    return [
        AlertRow(
            a.id,
            a.miner_id,
            a.site_id,
            name,
            ip,
            site,
            a.kind,
            a.severity,
            a.message,
            a.raised_at,
            a.acknowledged_by,
            a.current_message,
            a.acknowledged_at,
            a.acknowledged_note,
        )
        for a, name, ip, site in session.execute(query)
    ]


def change_token(session: Session) -> tuple[Any, ...]:
    """Counts and newest change times of everything the tab shows (one round trip): equal tokens,
    nothing to re-read. Miners deleted and added between two refreshes change ``max(updated_at)``."""
    open_alert = Alert.cleared_at.is_(None)
    parts = (
        select(func.count()).select_from(MinerState),
        select(func.max(MinerState.polled_at)),
        select(func.count()).select_from(Miner),
        select(func.max(Miner.updated_at)),
        select(func.count()).select_from(Alert).where(open_alert),
        select(func.max(Alert.raised_at)).where(open_alert),
        select(func.max(Alert.acknowledged_at)).where(open_alert),
        select(func.max(Alert.held_at)).where(open_alert),  # an open alert's latest reading
        select(func.max(Site.updated_at)),
        select(func.max(Customer.updated_at)),
        select(func.max(MinerModel.updated_at)),
    )
    return tuple(session.execute(select(*(part.scalar_subquery() for part in parts))).one())


def load_snapshot(
    session: Session, principal: Principal, now: datetime, previous: tuple[Any, ...] | None
) -> FleetSnapshot | None:
    """Everything the tab shows, or None when the change token equals ``previous``."""
    token = change_token(session)
    if previous is not None and token == previous:
        return None
    rows = list_miners(session, principal)
    health = fleet_health(session, rows, now)
    rows = with_degraded(rows, health)
    kpis = with_health(site_kpis(session, principal), rows, health) if principal.can(Permission.SITES_READ) else None
    return FleetSnapshot(rows, kpis, open_alerts(session, principal), now, token, health)
