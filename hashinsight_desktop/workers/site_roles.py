"""The fenced roles one worker holds or campaigns for, one per site it serves (``poller:<site>``): several
agents may serve the same sites, each site led by one of them at a time (services.cluster.roles)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterable

from sqlalchemy import Engine

from hashinsight_desktop.services.cluster.nodes import NodeInfo
from hashinsight_desktop.services.cluster.roles import RENEW_EVERY, FencedRole


def site_role(kind: str, site_id: uuid.UUID) -> str:
    """The role (and job) name of a site's ``kind`` of work, e.g. ``poller:<site id>``."""
    return f"{kind}:{site_id}"


class SiteRoles:
    """``kind:<site>`` for every site given to :meth:`track`. Blocking role calls run in threads. ``before_campaign``
    runs before a role not held is campaigned for: what the worker did under an older epoch of it (a buffer of
    fenced batches) goes to the database before this node could take the role again with a newer one."""

    def __init__(
        self,
        engine: Engine,
        kind: str,
        node: NodeInfo,
        lease_s: float,
        *,
        before_campaign: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.engine = engine
        self.kind = kind
        self.node = node
        self.lease_s = lease_s
        self.before_campaign = before_campaign
        self.roles: dict[uuid.UUID, FencedRole] = {}
        self._keepers: dict[uuid.UUID, asyncio.Task[None]] | None = None  # while keep() runs

    async def track(self, site_ids: Iterable[uuid.UUID]) -> None:
        """Campaign for these sites from now on; a site no longer served gives its role up."""
        wanted = set(site_ids)
        for site in [site for site in self.roles if site not in wanted]:
            role = self.roles.pop(site)
            if self._keepers is not None:
                await _cancel(self._keepers.pop(site))
            await asyncio.to_thread(role.release)
        for site in wanted - self.roles.keys():
            role = self.roles[site] = FencedRole(self.engine, site_role(self.kind, site), self.node, self.lease_s)
            if self._keepers is not None:
                self._keepers[site] = self._start(role)

    def acting(self) -> dict[uuid.UUID, FencedRole]:
        """The sites this worker may act for now (it leads them, within the client-side deadline)."""
        return {site: role for site, role in self.roles.items() if role.acting}

    async def campaign(self) -> None:
        """Renew the roles held and try to take the others, once (for a worker whose :meth:`keep` is not running)."""
        if self.before_campaign is not None and any(role.epoch is None for role in self.roles.values()):
            await self.before_campaign()
        await asyncio.gather(*(asyncio.to_thread(role.try_acquire) for role in self.roles.values()))

    async def keep(self) -> None:
        """Keep every role until cancelled, each in its own loop (a database slow to answer for one never
        delays another's renewal): renewed every quarter lease, or campaigned for."""
        self._keepers = {site: self._start(role) for site, role in self.roles.items()}
        try:
            await asyncio.Event().wait()
        finally:
            keepers, self._keepers = list(self._keepers.values()), None
            for keeper in keepers:
                await _cancel(keeper)

    def _start(self, role: FencedRole) -> asyncio.Task[None]:
        return asyncio.create_task(self._keep(role), name=role.role)

    async def _keep(self, role: FencedRole) -> None:
        while True:
            if role.epoch is None and self.before_campaign is not None:
                await self.before_campaign()
            await asyncio.to_thread(role.try_acquire)  # held: a renewal, which steps down past the deadline
            await asyncio.sleep(self.lease_s * RENEW_EVERY)

    def release(self) -> None:
        """Give every role up (a clean exit: followers need not wait for the leases)."""
        for role in self.roles.values():
            role.release()


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
