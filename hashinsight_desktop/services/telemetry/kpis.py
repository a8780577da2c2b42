"""Live KPIs per site from the latest state of each miner and the open alerts.

- ``hashrate_ths``: sum over hashing miners; ``power_kw``: sum of the power miners report (many
  Antminer firmwares report none, so it can be partial); ``j_per_th``: power over hashrate of the
  miners that report both (``None`` when none do).
- ``online``: the latest poll answered and the miner hashes or sleeps as told; ``offline``: the
  latest poll got no answer; ``alerting``: miners with an open alert; ``total``: active miners. A
  miner that answers but does not hash (``error``) or was never polled is in ``total`` only.
- :func:`with_health` then counts from the listed miners and their health: ``online`` only miners
  hashing at full (``degraded`` among them), ``curtailed`` those a plan holds (at their level or pending:
  a miner whose command failed counts as what it does), ``curtailed_asleep`` the asleep among them,
  ``sleeping`` those asleep without a plan (a plan-slept miner counts once, as curtailed);
  ``curtailing`` names the plans holding the site's miners.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, Miner, MinerState, Site
from hashinsight_desktop.services.cgminer.sample import HASHING, OFFLINE, SLEEPING
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal, require, require_site
from hashinsight_desktop.services.telemetry.health import DEGRADED, HASHING_STATUSES, MinerHealth
from hashinsight_desktop.services.telemetry.rollups import ONLINE_STATUSES


@dataclass(frozen=True)
class SiteKpi:
    site_id: uuid.UUID
    site_name: str
    hashrate_ths: float
    power_kw: float
    j_per_th: float | None
    online: int
    offline: int
    alerting: int
    total: int
    degraded: int = 0
    sleeping: int = 0
    curtailed: int = 0  # held by a plan, whatever they do (a plan-slept miner counts here, not in sleeping)
    curtailed_asleep: int = 0  # of the curtailed, those asleep
    curtailing: tuple[str, ...] = ()  # the plans holding some of its miners away from full power


def with_health(
    kpis: Sequence[SiteKpi], rows: Sequence[MinerRow], health: Mapping[uuid.UUID, MinerHealth]
) -> list[SiteKpi]:
    """The KPIs with online, Degraded, sleeping and curtailed counted apart, from the listed miners."""
    counts: dict[uuid.UUID, list[int]] = {}
    plans: dict[uuid.UUID, set[str]] = {}
    for row in rows:
        if not row.is_active:
            continue
        h = health.get(row.id)
        c = counts.setdefault(row.site_id, [0, 0, 0, 0, 0])  # online, degraded, sleeping, curtailed, asleep
        if h is not None and h.curtailed and h.plan_name:  # at its level or pending; a failed command: not
            c[3] += 1
            c[4] += row.status == SLEEPING
            plans.setdefault(row.site_id, set()).add(h.plan_name)
        elif row.status in HASHING_STATUSES:
            c[0] += 1
        elif row.status == SLEEPING:
            c[2] += 1
        if row.status == DEGRADED:
            c[1] += 1
    result = []
    for kpi in kpis:
        online, degraded, sleeping, curtailed, asleep = counts.get(kpi.site_id, [0, 0, 0, 0, 0])
        result.append(
            replace(
                kpi,
                online=online,
                degraded=degraded,
                sleeping=sleeping,
                curtailed=curtailed,
                curtailed_asleep=asleep,
                curtailing=tuple(sorted(plans.get(kpi.site_id, ()))),
            )
        )
    return result


def site_kpis(session: Session, principal: Principal, site_id: uuid.UUID | None = None) -> list[SiteKpi]:
    """One row per site the user may see (or just ``site_id``), ordered by name."""
    if site_id is None:
        require(principal, Permission.SITES_READ, "see site KPIs")
    else:
        require_site(principal, Permission.SITES_READ, site_id, "see this site's KPIs")
    sites = select(Site.id, Site.name)
    if site_id is not None:
        sites = sites.where(Site.id == site_id)
    elif not principal.sees_all_sites():
        sites = sites.where(Site.id.in_(principal.site_ids))
    names = {row.id: row.name for row in session.execute(sites)}
    if not names:
        return []
    s = MinerState
    answered = and_(s.consecutive_failures == 0, s.status != OFFLINE)
    hashing = and_(answered, s.status == HASHING)
    both = and_(hashing, s.power_w.is_not(None), s.hashrate_ths > 0)
    stats = (
        select(
            Miner.site_id,
            func.count(Miner.id).label("total"),
            func.sum(case((and_(answered, s.status.in_(ONLINE_STATUSES)), 1), else_=0)).label("online"),
            func.sum(case((and_(s.miner_id.is_not(None), ~answered), 1), else_=0)).label("offline"),
            func.sum(case((hashing, s.hashrate_ths), else_=0.0)).label("hashrate"),
            func.sum(case((answered, s.power_w), else_=0.0)).label("power"),
            func.sum(case((both, s.power_w))).label("power_both"),
            func.sum(case((both, s.hashrate_ths))).label("hashrate_both"),
        )
        .select_from(Miner)
        .outerjoin(s, s.miner_id == Miner.id)
        .where(Miner.is_active, Miner.site_id.in_(list(names)))
        .group_by(Miner.site_id)
    )
    by_site = {row.site_id: row for row in session.execute(stats)}
    alerting_query = (
        select(Alert.site_id, func.count(func.distinct(Alert.miner_id)))
        .join(Miner, Miner.id == Alert.miner_id)
        .where(Alert.cleared_at.is_(None), Miner.is_active, Alert.site_id.in_(list(names)))
        .group_by(Alert.site_id)
    )
    alerting: dict[uuid.UUID, int] = {row[0]: int(row[1]) for row in session.execute(alerting_query)}
    kpis = []
    for sid, name in sorted(names.items(), key=lambda item: item[1].lower()):
        row = by_site.get(sid)
        power_both, hashrate_both = (row.power_both, row.hashrate_both) if row is not None else (None, None)
        kpis.append(
            SiteKpi(
                site_id=sid,
                site_name=name,
                hashrate_ths=float(row.hashrate or 0.0) if row is not None else 0.0,
                power_kw=float(row.power or 0.0) / 1000 if row is not None else 0.0,
                j_per_th=float(power_both) / float(hashrate_both) if power_both and hashrate_both else None,
                online=int(row.online or 0) if row is not None else 0,
                offline=int(row.offline or 0) if row is not None else 0,
                alerting=alerting.get(sid, 0),
                total=int(row.total) if row is not None else 0,
            )
        )
    return kpis
