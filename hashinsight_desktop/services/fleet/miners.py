"""Miners: added in bulk (discovery, import), listed with their latest polled state."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Miner, MinerModel, MinerState, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, Role, require, require_site


@dataclass(frozen=True)
class NewMiner:
    ip_address: str
    port: int = 4028
    name: str = ""
    model_id: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None
    firmware: str | None = None
    power_feed: str | None = None  # the electrical feed or rack; empty: none
    # What identification found (services/devices.identify); None: not identified, family generic.
    make: str | None = None
    model_name: str | None = None
    family: str | None = None
    capabilities: dict[str, Any] | None = None


@dataclass(frozen=True)
class MinerRow:
    """One line of the miners table: the miner, its site, model, customer and latest state."""

    id: uuid.UUID
    site_id: uuid.UUID
    site: str
    name: str
    ip_address: str
    port: int
    model: str
    nominal_ths: float | None
    customer: str
    is_active: bool
    status: str
    hashrate_ths: float | None
    power_w: float | None
    max_chip_temp_c: float | None
    fan_rpm_max: int | None
    pool_url: str | None
    dialect: str | None
    last_seen_at: datetime | None
    error: str | None
    power_feed: str | None = None
    family: str | None = None  # the firmware family (None: not identified, generic commands)
    make: str | None = None
    firmware: str | None = None
    capabilities: dict[str, Any] | None = None


FEED_MAX_CHARS = 64


def _check_address(index: int, new: NewMiner) -> None:
    try:
        ipaddress.ip_address(new.ip_address)
    except ValueError:
        raise ValidationError(f"miner {index}: ip_address", f"{new.ip_address!r} is not an IP address") from None
    if not 1 <= new.port <= 65535:
        raise ValidationError(f"miner {index}: port", "must be between 1 and 65535")
    if new.power_feed is not None and len(new.power_feed.strip()) > FEED_MAX_CHARS:
        raise ValidationError(f"miner {index}: power_feed", f"at most {FEED_MAX_CHARS} characters")


def add_miners(
    session: Session,
    principal: Principal,
    site_id: uuid.UUID,
    new_miners: Sequence[NewMiner],
    *,
    clock: Clock = system_clock,
) -> list[Miner]:
    """Add many miners to a site in one transaction; addresses already in the site are skipped."""
    require_site(principal, Permission.FLEET_OPERATE, site_id, "add miners to this site")
    if session.get(Site, site_id) is None:
        raise ValidationError("site", "that site no longer exists")
    for index, new in enumerate(new_miners, start=1):
        _check_address(index, new)
    existing = {
        (ip, port) for ip, port in session.execute(select(Miner.ip_address, Miner.port).where(Miner.site_id == site_id))
    }
    added = []
    for new in new_miners:
        if (new.ip_address, new.port) in existing:
            continue
        existing.add((new.ip_address, new.port))
        default_name = new.ip_address if new.port == 4028 else f"{new.ip_address}:{new.port}"
        miner = Miner(
            site_id=site_id,
            ip_address=new.ip_address,
            port=new.port,
            model_id=new.model_id,
            customer_id=new.customer_id,
            firmware=new.firmware,
            name=new.name or default_name,
            power_feed=(new.power_feed or "").strip() or None,
            make=new.make,
            model_name=new.model_name,
            family=new.family,
            capabilities=new.capabilities,
            identified_at=clock() if new.family else None,
        )
        session.add(miner)
        added.append(miner)
    session.flush()
    if added:
        audit.append(
            session,
            principal,
            "miner.add_bulk",
            "site",
            site_id,
            after={"miners": sorted(f"{m.ip_address}:{m.port}" for m in added)},
            summary=f"added {len(added)} miners",
            clock=clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"added": len(added)})
    return added


def set_power_feed(
    session: Session,
    principal: Principal,
    miner_ids: Sequence[uuid.UUID],
    power_feed: str | None,
    *,
    clock: Clock = system_clock,
) -> int:
    """Put miners on a power feed (or rack; empty: none), one audit record per site; how many changed."""
    feed = (power_feed or "").strip() or None
    if feed is not None and len(feed) > FEED_MAX_CHARS:
        raise ValidationError("power_feed", f"at most {FEED_MAX_CHARS} characters")
    miners = session.scalars(select(Miner).where(Miner.id.in_(list(miner_ids)))).all()
    for site_id in {m.site_id for m in miners}:
        require_site(principal, Permission.FLEET_OPERATE, site_id, "change the miners of this site")
    changed: dict[uuid.UUID, list[str]] = {}
    for miner in miners:
        if miner.power_feed != feed:
            miner.power_feed = feed
            changed.setdefault(miner.site_id, []).append(miner.name)
    session.flush()
    for site_id, names in changed.items():
        audit.append(
            session,
            principal,
            "miner.power_feed",
            "site",
            site_id,
            after={"power_feed": feed, "miners": sorted(names)},
            summary=f"{len(names)} miners on feed {feed or '(none)'}",
            clock=clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"power_feed": feed})
    return sum(len(names) for names in changed.values())


def list_miners(session: Session, principal: Principal, site_id: uuid.UUID | None = None) -> list[MinerRow]:
    """Every miner the user may see: all for owners/admins, their sites for site managers,
    their own for customers."""
    query = (
        select(Miner, Site.name, MinerModel, Customer.name, MinerState)
        .join(Site, Site.id == Miner.site_id)
        .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
        .outerjoin(Customer, Customer.id == Miner.customer_id)
        .outerjoin(MinerState, MinerState.miner_id == Miner.id)
        .order_by(Site.name, Miner.ip_address)
    )
    if principal.role is Role.CUSTOMER:
        require(principal, Permission.CUSTOMER_PORTAL, "see miners")
        query = query.where(Miner.customer_id == principal.customer_id)
    else:
        require(principal, Permission.SITES_READ, "see miners")
        if not principal.sees_all_sites():
            query = query.where(Miner.site_id.in_(principal.site_ids))
    if site_id is not None:
        query = query.where(Miner.site_id == site_id)
    rows = []
    for miner, site_name, model, customer_name, state in session.execute(query):
        rows.append(
            MinerRow(
                id=miner.id,
                site_id=miner.site_id,
                site=site_name,
                name=miner.name,
                ip_address=miner.ip_address,
                port=miner.port,
                model=f"{model.manufacturer} {model.name}"
                if model
                else miner.model_name or (state.model_reported if state and state.model_reported else ""),
                nominal_ths=model.hashrate_ths if model else None,
                customer=customer_name or "",
                is_active=miner.is_active,
                status=state.status if state else "unknown",
                hashrate_ths=state.hashrate_ths if state else None,
                power_w=state.power_w if state else None,
                max_chip_temp_c=state.max_chip_temp_c if state else None,
                fan_rpm_max=state.fan_rpm_max if state else None,
                pool_url=state.pool_url if state else None,
                dialect=state.dialect if state else None,
                last_seen_at=state.last_seen_at if state else None,
                error=state.error if state else None,
                power_feed=miner.power_feed,
                family=miner.family,
                make=miner.make,
                firmware=miner.firmware,
                capabilities=miner.capabilities,
            )
        )
    return rows
