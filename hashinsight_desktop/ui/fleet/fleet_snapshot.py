"""What one refresh of the Fleet tab reads (in a worker thread): the miners, the site KPIs and the
open alerts — and a cheap change token, so that a refresh every second re-reads 10,000 miners only
when something changed (listing 10,000 miners takes most of a second; the token a few ms).

The token is a read the Fleet tab needs and no service offers yet; it would sit well in
``services.telemetry`` (it imports nothing from Qt). The open alerts are services.telemetry.alert_list's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    Alert,
    CurtailmentPlan,
    Customer,
    Miner,
    MinerAnomaly,
    MinerMaintenance,
    MinerModel,
    MinerState,
    Site,
)
from hashinsight_desktop.services.fleet.miners import MinerRow, list_miners
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.telemetry.alert_list import AlertRow, open_alerts
from hashinsight_desktop.services.telemetry.health import MinerHealth, fleet_health, with_degraded
from hashinsight_desktop.services.telemetry.kpis import SiteKpi, site_kpis, with_health


@dataclass(frozen=True)
class FleetSnapshot:
    rows: list[MinerRow]
    kpis: list[SiteKpi] | None  # None: the user may not read site KPIs (customers)
    alerts: list[AlertRow]
    loaded_at: datetime
    token: tuple[Any, ...]
    health: dict[uuid.UUID, MinerHealth] | None = None  # per miner: boards, counters, curtailment


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
        select(func.count()).select_from(MinerMaintenance),  # maintenance started or ended
        select(func.max(MinerMaintenance.since)),
        select(func.max(CurtailmentPlan.updated_at)),  # a plan executed or recovered: the curtailed labels
        select(func.max(MinerAnomaly.scored_at)),  # the anomaly job scored the fleet again
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
