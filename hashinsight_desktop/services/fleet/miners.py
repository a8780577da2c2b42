"""Miners: added in bulk (discovery, import), listed with their latest polled state."""

from __future__ import annotations

import contextlib
import gc
import ipaddress
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, Text, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Miner, MinerModel, MinerState, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.fleet.customer_assignments import change_customer
from hashinsight_desktop.services.gc_policy import full_collections_off
from hashinsight_desktop.services.permissions import Permission, Principal, Role, require, require_site
from hashinsight_desktop.services.stored_text import shown_later
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP
from hashinsight_desktop.services.texts import Text as Message


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
    error: str | Message | None  # the last poll's error: English by str(), the reader's language by render
    power_feed: str | None = None
    family: str | None = None  # the firmware family (None: not identified, generic commands)
    make: str | None = None
    firmware: str | None = None
    capabilities: dict[str, Any] | None = None
    version: int | None = None  # what a change made from this row expects (None: whatever is current)
    customer_id: uuid.UUID | None = None
    rack: str | None = None
    position: str | None = None

    @classmethod
    def from_columns(cls, values: Sequence[Any]) -> MinerRow:
        """A row from every field's value in field order, without the frozen __init__'s object.__setattr__
        per field (26 ms of list_miners at 10,000 miners); still frozen afterwards."""
        if len(values) != len(_ROW_FIELDS):
            raise TypeError(f"MinerRow takes {len(_ROW_FIELDS)} values in field order, not {len(values)}")
        row = object.__new__(cls)
        row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
        return row


_ROW_FIELDS = tuple(f.name for f in fields(MinerRow))
FEED_MAX_CHARS = 64


def _check_address(index: int, new: NewMiner) -> None:
    try:
        ipaddress.ip_address(new.ip_address)
    except ValueError:
        raise ValidationError(
            f"miner {index}: ip_address",
            Message(QT_TRANSLATE_NOOP("Errors", "{ip_address!r} is not an IP address"), ip_address=new.ip_address),
        ) from None
    if not 1 <= new.port <= 65535:
        raise ValidationError(f"miner {index}: port", QT_TRANSLATE_NOOP("Errors", "must be between 1 and 65535"))
    if new.power_feed is not None and len(new.power_feed.strip()) > FEED_MAX_CHARS:
        raise ValidationError(
            f"miner {index}: power_feed",
            Message(QT_TRANSLATE_NOOP("Errors", "at most {limit} characters"), limit=FEED_MAX_CHARS),
        )


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
        raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "that site no longer exists"))
    for index, new in enumerate(new_miners, start=1):
        _check_address(index, new)
    existing = {
        (ip, port) for ip, port in session.execute(select(Miner.ip_address, Miner.port).where(Miner.site_id == site_id))
    }
    removed = {
        (m.ip_address, m.port): m
        for m in session.scalars(select(Miner).where(Miner.site_id == site_id, Miner.removed_at.is_not(None)))
    }
    added = []
    for new in new_miners:
        back = removed.pop((new.ip_address, new.port), None)
        if back is not None:  # a removed miner whose telemetry was kept comes back with its history
            back.removed_at, back.is_active = None, True
            added.append(back)
            continue
        if (new.ip_address, new.port) in existing:
            continue
        existing.add((new.ip_address, new.port))
        default_name = new.ip_address if new.port == 4028 else f"{new.ip_address}:{new.port}"
        miner = Miner(
            site_id=site_id,
            ip_address=new.ip_address,
            port=new.port,
            model_id=new.model_id,
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
    for customer_id in {new.customer_id for new in new_miners if new.customer_id is not None}:
        addresses = {(new.ip_address, new.port) for new in new_miners if new.customer_id == customer_id}
        given = [m for m in added if (m.ip_address, m.port) in addresses]
        change_customer(session, given, customer_id, clock(), principal.username)  # the billing history too
    session.flush()
    if added:
        audit.append(
            session,
            principal,
            "miner.add_bulk",
            "site",
            site_id,
            after={"miners": sorted(f"{m.ip_address}:{m.port}" for m in added)},
            summary=Message(QT_TRANSLATE_NOOP("Audit", "added {count} miners"), count=len(added)),
            clock=clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"added": len(added)})
    return added


def list_miners(
    session: Session, principal: Principal, site_id: uuid.UUID | None = None, customer_id: uuid.UUID | None = None
) -> list[MinerRow]:
    """Every miner the user may see: all for owners/admins, their sites for site managers,
    their own for customers (removed miners never). Plain column rows in MinerRow's field order, not ORM
    objects: at 10,000 miners loading entities took 0.8 s of the 0.9 s this call cost."""
    catalogue_model = MinerModel.manufacturer + " " + MinerModel.name
    query = (
        select(
            Miner.id,
            type_coerce(Miner.site_id, String),  # decoded once per distinct value below
            Site.name,
            Miner.name,
            Miner.ip_address,
            Miner.port,
            func.coalesce(catalogue_model, Miner.model_name, MinerState.model_reported, ""),
            MinerModel.hashrate_ths,
            func.coalesce(Customer.name, ""),
            Miner.is_active,
            func.coalesce(MinerState.status, "unknown"),
            MinerState.hashrate_ths,
            MinerState.power_w,
            MinerState.max_chip_temp_c,
            MinerState.fan_rpm_max,
            MinerState.pool_url,
            MinerState.dialect,
            type_coerce(MinerState.last_seen_at, String),  # parsed once per distinct value by _Times
            MinerState.error,
            type_coerce(MinerState.error_text, String),  # parsed only when shown (stored_text.shown_later)
            Miner.power_feed,
            Miner.family,
            Miner.make,
            Miner.firmware,
            cast(Miner.capabilities, Text),
            Miner.version,
            type_coerce(Miner.customer_id, String),
            Miner.rack,
            Miner.position,
        )
        .join(Site, Site.id == Miner.site_id)
        .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
        .outerjoin(Customer, Customer.id == Miner.customer_id)
        .outerjoin(MinerState, MinerState.miner_id == Miner.id)
        .where(Miner.removed_at.is_(None))
        .order_by(Site.name, Miner.ip_address)
    )
    if principal.role is Role.CUSTOMER:
        require(principal, Permission.CUSTOMER_PORTAL, "see miners")
        if principal.customer_id is None:  # a customer login with no account: `== None` would be IS NULL
            return []
        query = query.where(Miner.customer_id == principal.customer_id)
    else:
        require(principal, Permission.SITES_READ, "see miners")
        if not principal.sees_all_sites():
            query = query.where(Miner.site_id.in_(principal.site_ids))
    if site_id is not None:
        query = query.where(Miner.site_id == site_id)
    if customer_id is not None:
        query = query.where(Miner.customer_id == customer_id)
    capabilities, uuids, times = _Interned(), _Uuids(), _Times()
    rows = []
    with _collection_deferred():
        for *head, seen, error, said, feed, family, make, firmware, caps, version, owner, rack, position in (
            session.connection().execute(query).fetchall()
        ):
            head[1] = uuids[head[1]]
            rows.append(
                MinerRow.from_columns(
                    (
                        *head,  # id … dialect, the columns in field order
                        times[seen] if seen is not None else None,
                        shown_later(error, said),
                        feed,
                        family,
                        make,
                        firmware,
                        capabilities(caps),
                        version,
                        uuids[owner] if owner is not None else None,
                        rack,
                        position,
                    )
                )
            )
    return rows


@contextlib.contextmanager
def _collection_deferred() -> Iterator[None]:
    """No garbage collection while the rows are built: 10,000 rows allocate enough to set off full
    collections that took a quarter of list_miners, and rows form no reference cycles to collect. Not in the
    console, whose GC policy has turned full collections off: there it would only stall its GUI thread."""
    deferring = gc.isenabled() and not full_collections_off()
    if deferring:
        gc.disable()
    try:
        yield
    finally:
        if deferring:
            gc.enable()


class _Times(dict[object, datetime]):
    """Timestamps as either engine returns them untyped (SQLite's naive UTC text, PostgreSQL's datetime),
    parsed once per distinct value: a poll cycle stamps every miner that answered with the same time."""

    def __missing__(self, value: object) -> datetime:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        self[value] = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
        return self[value]


class _Uuids(dict[object, uuid.UUID]):
    """Site and customer keys decoded once each (SQLite returns them as hex text, PostgreSQL as UUIDs)."""

    def __missing__(self, key: object) -> uuid.UUID:
        value = key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))
        self[key] = value
        return value


class _Interned:
    """Decodes each distinct capabilities document once (a fleet has a handful of distinct ones)."""

    def __init__(self) -> None:
        self._seen: dict[str, dict[str, Any] | None] = {}

    def __call__(self, text: str | None) -> dict[str, Any] | None:
        if text is None:
            return None
        if text not in self._seen:
            value = json.loads(text)
            self._seen[text] = value if isinstance(value, dict) else None
        return self._seen[text]
