"""The fenced roles one worker holds or campaigns for, one per site it serves (``poller:<site>``): several
agents may serve the same sites, each site led by one of them at a time (services.cluster.roles)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable

from sqlalchemy import Engine

from hashinsight_desktop.services.cluster.nodes import NodeInfo
from hashinsight_desktop.services.cluster.roles import RENEW_EVERY, FencedRole


def site_role(kind: str, site_id: uuid.UUID) -> str:
    """The role (and job) name of a site's ``kind`` of work, e.g. ``poller:<site id>``."""
    return f"{kind}:{site_id}"


class SiteRoles:
    """``kind:<site>`` for every site given to :meth:`track`. Blocking role calls run in threads, all sites at
    once (a database that does not answer costs one connect timeout, not one per site)."""

    def __init__(self, engine: Engine, kind: str, node: NodeInfo, lease_s: float) -> None:
        self.engine = engine
        self.kind = kind
        self.node = node
        self.lease_s = lease_s
        self.roles: dict[uuid.UUID, FencedRole] = {}

    async def track(self, site_ids: Iterable[uuid.UUID]) -> None:
        """Campaign for these sites from now on; a site no longer served gives its role up."""
        wanted = set(site_ids)
        gone = [self.roles.pop(site) for site in list(self.roles) if site not in wanted]
        for site in wanted - self.roles.keys():
            self.roles[site] = FencedRole(self.engine, site_role(self.kind, site), self.node, self.lease_s)
        if gone:
            await asyncio.gather(*(asyncio.to_thread(role.release) for role in gone))

    def acting(self) -> dict[uuid.UUID, FencedRole]:
        """The sites this worker may act for now (it leads them, within the client-side deadline)."""
        return {site: role for site, role in self.roles.items() if role.acting}

    async def campaign(self, *, idle_only: bool = False) -> None:
        """Renew the roles held and try to take the others (or only the ones not acting, ``idle_only``)."""
        roles = [role for role in self.roles.values() if not (idle_only and role.acting)]
        await asyncio.gather(*(asyncio.to_thread(role.try_acquire) for role in roles))

    async def keep(self) -> None:
        """Campaign every quarter lease until cancelled: a held lease is renewed long before it could pass."""
        while True:
            await self.campaign()
            await asyncio.sleep(self.lease_s * RENEW_EVERY)

    def release(self) -> None:
        """Give every role up (a clean exit: followers need not wait for the leases)."""
        for role in self.roles.values():
            role.release()
