"""Discovery: scan a CIDR range for the CGMiner API and add what answered to a site.

One service for the console's Discover dialog and the ``discover`` command. A host that refused or
ignored the connection is not listed; a host that accepted it but answered badly (hung, malformed,
cut short) is listed with the reason and may be added like the others: a miner whose reply is
unreadable today is still a miner on that address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hashinsight_desktop.services import catalogue, sites
from hashinsight_desktop.services.cgminer import MinerSample, Timeouts, poll_many
from hashinsight_desktop.services.cgminer.sample import ERROR, OFFLINE
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners, list_miners
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MAX_ADDRESSES = 65_536  # a /16: a larger range is almost always a typo
CHUNK = 256
PARALLEL_CHUNKS = 4
SCAN_TIMEOUTS = Timeouts(connect=1.0, deadline=3.0)  # a LAN: a miner that exists answers fast
NO_SITE_YET = QT_TRANSLATE_NOOP(
    "Errors", "No site yet: add one first (Admin → Sites, or `site add NAME --timezone TZ`)."
)
NO_SITE_IN_SCOPE = QT_TRANSLATE_NOOP("Errors", "You may not add miners to any site.")

Target = tuple[str, int]


def expand_cidr(text: str, port: int) -> list[Target]:
    """Every host address of a CIDR range (``10.0.0.7`` alone is a /32), at most a /16."""
    try:
        network = ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValidationError(
            "CIDR range",
            Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a range like 10.20.0.0/24"), value=text.strip()),
        ) from None
    if network.num_addresses > MAX_ADDRESSES:
        raise ValidationError(
            "CIDR range",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{network} has {num_addresses:,} addresses; at most a /16"),
                network=network,
                num_addresses=network.num_addresses,
            ),
        )
    hosts = list(network.hosts()) or [network.network_address]
    return [(str(host), port) for host in hosts]


def answered_well(sample: MinerSample) -> bool:
    return sample.status != OFFLINE and not answered_badly(sample)


def answered_badly(sample: MinerSample) -> bool:
    """Accepted the connection, then hung or replied with nothing readable."""
    return sample.status == ERROR and sample.dialect is None


@dataclass
class Found:
    """A host that accepted the connection; ``known`` when it is already in the chosen site."""

    sample: MinerSample
    known: bool = False
    checked: bool = True
    model_id: uuid.UUID | None = None
    catalogue_name: str | None = None

    @property
    def bad(self) -> bool:
        return answered_badly(self.sample)

    @property
    def reason(self) -> str:
        """Why a bad host's answer could not be read ('' for a good one)."""
        return f"answered badly: {self.sample.error or 'unreadable reply'}" if self.bad else ""

    @property
    def address(self) -> str:
        return self.sample.host if self.sample.port == 4028 else f"{self.sample.host}:{self.sample.port}"


def found_hosts(samples: Sequence[MinerSample]) -> list[Found]:
    """The hosts that accepted the connection; bad ones unticked (the operator adds them knowingly)."""
    return [Found(s, checked=not answered_badly(s)) for s in samples if s.status != OFFLINE]


async def scan(
    targets: Sequence[Target],
    *,
    timeouts: Timeouts = SCAN_TIMEOUTS,
    on_chunk: Callable[[int, list[Found]], None] | None = None,
) -> list[Found]:
    """Poll every target in chunks (a few at once); ``on_chunk(addresses_done, found_so_far)`` after each."""
    gate = asyncio.Semaphore(PARALLEL_CHUNKS)

    async def chunk(part: Sequence[Target]) -> list[MinerSample]:
        async with gate:
            return await poll_many(part, concurrency=CHUNK, timeouts=timeouts)

    chunks = [asyncio.ensure_future(chunk(targets[i : i + CHUNK])) for i in range(0, len(targets), CHUNK)]
    found: list[Found] = []
    done = 0
    try:
        for next_done in asyncio.as_completed(chunks):
            samples = await next_done
            done += len(samples)
            found += found_hosts(samples)
            if on_chunk is not None:
                on_chunk(done, found)
    finally:
        for pending in chunks:
            pending.cancel()
    return found


def resolve_models(session: Session, principal: Principal, found: Sequence[Found]) -> None:
    """Each reported model matched against the catalogue (left without one when it does not match)."""
    resolved: dict[str, tuple[uuid.UUID, str]] = {}
    for name in sorted({f.sample.model for f in found if f.sample.model}):
        try:
            model = catalogue.resolve(session, principal, name)
        except ServiceError:  # not in the catalogue (or not readable): added without a model
            continue
        resolved[name] = (model.id, f"{model.manufacturer} {model.name}")
    for item in found:
        item.model_id, item.catalogue_name = resolved.get(item.sample.model or "", (None, None))


def sites_to_add_to(session: Session, principal: Principal) -> list[tuple[uuid.UUID, str]]:
    """The sites this user may add miners to."""
    if not principal.can(Permission.FLEET_OPERATE):
        return []
    return [(s.id, s.name) for s in sites.list_sites(session, principal) if principal.can_access_site(s.id)]


def no_site_reason(session: Session, principal: Principal) -> str:
    """Why there is no site to add to: none exists yet (add one), or none is in this user's scope."""
    if principal.can(Permission.SITES_MANAGE) and not sites.list_sites(session, principal):
        return NO_SITE_YET
    return NO_SITE_IN_SCOPE


def known_addresses(session: Session, principal: Principal) -> set[tuple[uuid.UUID, str, int]]:
    """(site, address, port) of every miner this user sees: what discovery marks as already there."""
    return {(m.site_id, m.ip_address, m.port) for m in list_miners(session, principal)}


def add_found(
    session: Session,
    principal: Principal,
    site_id: uuid.UUID,
    chosen: Sequence[Found],
    *,
    clock: Clock = system_clock,
) -> list[uuid.UUID]:
    """Add the chosen hosts to a site (one transaction, audited by add_miners); the ids of those added."""
    new = [
        NewMiner(
            ip_address=f.sample.host,
            port=f.sample.port,
            model_id=f.model_id,
            firmware=f.sample.firmware[:120] if f.sample.firmware else None,
        )
        for f in chosen
    ]
    return [m.id for m in add_miners(session, principal, site_id, new, clock=clock)]
