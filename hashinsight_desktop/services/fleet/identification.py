"""Identification of miners already in the database: make, model, firmware, family and capabilities,
through the device layer (pyasic, per-miner deadline), stored in one transaction with one audit record
per site. Discovery calls it for the miners it added; ``control identify`` for any."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.devices import CredentialsError, CredentialStore, Family, Identity, identify
from hashinsight_desktop.services.devices.identify import may_identify_later
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

DEFAULT_DEADLINE_S = 10.0
RETRY_CONCURRENCY = 8
NEEDS_LOGIN_TO_READ_LEVELS = (Family.BRAIINS, Family.VNISH)


@dataclass(frozen=True)
class Identified:
    miner_id: uuid.UUID
    host: str
    name: str
    identity: Identity


def _load(session_factory: sessionmaker[Session], principal: Principal, miner_ids: Sequence[uuid.UUID]) -> list[tuple]:  # type: ignore[type-arg]
    with session_factory() as session:
        rows = session.execute(
            select(Miner.id, Miner.site_id, Site.name, Miner.ip_address, Miner.port, Miner.name)
            .join(Site, Site.id == Miner.site_id)
            .where(Miner.id.in_(list(miner_ids)))
        ).all()
    for row in rows:
        require_site(principal, Permission.FLEET_OPERATE, row[1], "identify miners of this site")
    return [tuple(row) for row in rows]


def store_identities(
    session: Session, principal: Principal, found: Sequence[Identified], *, clock: Clock = system_clock
) -> int:
    """Write what identification found onto the miners; one audit record per site. How many changed."""
    miners = {m.id: m for m in session.scalars(select(Miner).where(Miner.id.in_([f.miner_id for f in found])))}
    per_site: dict[uuid.UUID, list[str]] = {}
    now = clock()
    for item in found:
        miner = miners.get(item.miner_id)
        if miner is None:
            continue
        require_site(principal, Permission.FLEET_OPERATE, miner.site_id, "identify miners of this site")
        identity = item.identity
        miner.make = identity.make
        miner.model_name = identity.model
        miner.family = identity.family.value
        if identity.firmware:
            miner.firmware = identity.firmware[:120]
        miner.capabilities = identity.capabilities.to_json()
        miner.identified_at = now
        miner.identify_note = identity.reason[:300] if identity.reason else None
        per_site.setdefault(miner.site_id, []).append(f"{miner.name}: {identity.family.value}")
    session.flush()
    for site_id, lines in per_site.items():
        audit.append(
            session,
            principal,
            "miner.identify",
            "site",
            site_id,
            after={"miners": sorted(lines)[:500]},
            summary=Text(QT_TRANSLATE_NOOP("Audit", "identified {count} miners"), count=len(lines)),
            clock=clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"identified": len(lines)})
    return sum(len(lines) for lines in per_site.values())


async def identify_miners(
    session_factory: sessionmaker[Session],
    principal: Principal,
    miner_ids: Sequence[uuid.UUID],
    *,
    credentials: CredentialStore | None = None,
    deadline_s: float = DEFAULT_DEADLINE_S,
    concurrency: int = 200,
    clock: Clock = system_clock,
    on_identified: Callable[[Identified], None] | None = None,
) -> list[Identified]:
    """Identify the miners and store what was found (a miner pyasic cannot tell is stored as generic, with why).

    ``on_identified`` hears each miner as it is identified (a progress bar); a cancelled run stores what it
    had found before it was cancelled, then ends cancelled."""
    rows = await asyncio.to_thread(_load, session_factory, principal, miner_ids)
    gate = asyncio.Semaphore(concurrency)
    # A miner pyasic did not recognise while hundreds were asked at once is asked again once the crowd is
    # gone, a few at a time: on a loaded machine replies come late and pyasic then says nothing.
    retry_gate = asyncio.Semaphore(RETRY_CONCURRENCY)
    first_asks_left = [len(rows)]
    crowd_gone = asyncio.Event()
    if not rows:
        crowd_gone.set()

    async def first_ask(host: str, port: int) -> Identity:
        try:
            async with gate:
                return await identify(host, port, deadline_s=deadline_s)
        finally:
            first_asks_left[0] -= 1
            if not first_asks_left[0]:
                crowd_gone.set()

    async def one(row: tuple) -> Identified:  # type: ignore[type-arg]
        miner_id, site_id, site_name, host, port, name = row
        identity = await first_ask(host, port)
        if identity.family is Family.GENERIC and may_identify_later(identity.reason):
            await crowd_gone.wait()
            async with retry_gate:
                identity = await identify(host, port, deadline_s=deadline_s)
        async with gate:
            if identity.family in NEEDS_LOGIN_TO_READ_LEVELS and credentials is not None:
                try:
                    login = credentials.for_miner(site_id, identity.family, site_name=site_name, model=identity.model)
                except CredentialsError:
                    login = None
                if login is not None:  # its power range or presets need a login to be read
                    identity = await identify(host, port, deadline_s=deadline_s, credentials=login)
        item = Identified(miner_id, host, name, identity)
        so_far.append(item)
        if on_identified is not None:
            on_identified(item)
        return item

    def save(found: list[Identified]) -> None:
        with unit_of_work(session_factory) as session:
            store_identities(session, principal, found, clock=clock)

    so_far: list[Identified] = []
    try:
        found = list(await asyncio.gather(*(one(row) for row in rows)))
    except asyncio.CancelledError:
        if so_far:
            await asyncio.to_thread(save, list(so_far))
        raise
    await asyncio.to_thread(save, found)
    return found
