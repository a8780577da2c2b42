"""Sites: where miners live, and the unit of a site manager's scope."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner, Site
from hashinsight_desktop.services import records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.validation import decimal_in_range, optional_text, required_text


def site_state(site: Site) -> dict[str, Any]:
    return {
        "name": site.name,
        "location": site.location,
        "capacity_mw": str(site.capacity_mw),
        "electricity_price_usd_per_kwh": str(site.electricity_price_usd_per_kwh),
        "timezone": site.timezone,
        "curtail_four_eyes": bool(site.curtail_four_eyes),
        "version": site.version,
    }


def list_sites(session: Session, principal: Principal) -> list[Site]:
    """The sites this user may see: all for owners and admins, their scope for site managers."""
    require(principal, Permission.SITES_READ, "see sites")
    query = select(Site).order_by(Site.name)
    if not principal.sees_all_sites():
        query = query.where(Site.id.in_(principal.site_ids))
    return list(session.scalars(query))


def get_site(session: Session, principal: Principal, site_id: uuid.UUID) -> Site:
    require_site(principal, Permission.SITES_READ, site_id, "see this site")
    site = session.get(Site, site_id)
    if site is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That site no longer exists."))
    return site


def _timezone(value: str) -> str:
    name = required_text("timezone", value, 64)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "timezone",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name!r} is not a time zone name (e.g. America/Chicago or UTC)"),
                name=name,
            ),
        ) from None
    return name


def _fields(name: str, location: str, capacity_mw: object, price: object, timezone: str) -> dict[str, Any]:
    return {
        "name": required_text("name", name, 120),
        "location": optional_text("location", location, 200),
        "capacity_mw": decimal_in_range("capacity_mw", capacity_mw, Decimal(0), Decimal(10_000), places=3),
        "electricity_price_usd_per_kwh": decimal_in_range(
            "electricity_price_usd_per_kwh", price, Decimal(0), Decimal(10), places=5
        ),
        "timezone": _timezone(timezone),
    }


def create_site(
    session: Session,
    principal: Principal,
    *,
    name: str,
    location: str = "",
    capacity_mw: object = 0,
    electricity_price_usd_per_kwh: object = 0,
    timezone: str = "UTC",
    curtail_four_eyes: bool = False,
    clock: Clock = system_clock,
) -> Site:
    require(principal, Permission.SITES_MANAGE, "create sites")
    site = Site(**_fields(name, location, capacity_mw, electricity_price_usd_per_kwh, timezone))
    site.curtail_four_eyes = bool(curtail_four_eyes)
    return records.save_new(
        session,
        principal,
        site,
        "site",
        site_state,
        Text(QT_TRANSLATE_NOOP("Audit", "created site {name}"), name=site.name),
        unique_field="name",
        clock=clock,
    )


def update_site(
    session: Session,
    principal: Principal,
    site_id: uuid.UUID,
    *,
    expected_version: int,
    name: str,
    location: str,
    capacity_mw: object,
    electricity_price_usd_per_kwh: object,
    timezone: str,
    curtail_four_eyes: bool | None = None,  # None: unchanged
    clock: Clock = system_clock,
) -> Site:
    require(principal, Permission.SITES_MANAGE, "edit sites")
    site = get_site(session, principal, site_id)
    changes = _fields(name, location, capacity_mw, electricity_price_usd_per_kwh, timezone)
    if curtail_four_eyes is not None:  # a curtailment plan's approver must not be its creator
        changes["curtail_four_eyes"] = bool(curtail_four_eyes)
    return records.save_changes(
        session,
        principal,
        site,
        "site",
        site_state,
        changes,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "updated site {name}"), name=changes["name"]),
        unique_field="name",
        clock=clock,
    )


def delete_site(
    session: Session, principal: Principal, site_id: uuid.UUID, *, expected_version: int, clock: Clock = system_clock
) -> None:
    require(principal, Permission.SITES_MANAGE, "delete sites")
    site = get_site(session, principal, site_id)
    miners = session.scalar(select(func.count()).select_from(Miner).where(Miner.site_id == site_id)) or 0
    if miners:
        raise ValidationError(
            "site",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} still has {miners} miners; move or remove them first"),
                name=site.name,
                miners=miners,
            ),
        )
    records.delete(
        session,
        principal,
        site,
        "site",
        site_state,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "deleted site {name}"), name=site.name),
        clock=clock,
    )
