"""Only one executor acts on a site at a time: a process-wide guard, plus the site's fenced executor role.

Two executors on one site would each send half-reconciled commands over the other's; the second one is
refused at once (a clear error, not a wait). Within a process the guard is a set of site ids; across every
console, agent and command line sharing the database it is the fenced role ``executor:<site>``
(:mod:`hashinsight_desktop.services.cluster.roles`: an advisory lock on PostgreSQL, a file lock beside the
SQLite file, and a lease whose epoch rises at every takeover), held and renewed for the run. Every command
row of the run is written only while its epoch still holds the role, so an executor that lost the site
(frozen past its lease, cut off) writes nothing more and, as commands leave only after their row
committed, sends nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import AsyncIterator

from sqlalchemy import Engine, select

from hashinsight_desktop.db.models import RoleLease
from hashinsight_desktop.services.cluster.nodes import process_node
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.settings import DEFAULT_LEASE_S
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


class SiteBusy(ServiceError):
    """Another executor holds the site."""


# The process-wide guard itself (so a justified module global): every executor of this process,
# on whatever loop or thread, checks in here.
_active_sites: set[uuid.UUID] = set()
_active_lock = threading.Lock()


def busy_sites() -> frozenset[uuid.UUID]:
    """Sites an executor of this process is acting on now."""
    with _active_lock:
        return frozenset(_active_sites)


def role_name(site_id: uuid.UUID) -> str:
    """The site's executor role."""
    return f"executor:{site_id}"


def _holder(engine: Engine, site_id: uuid.UUID) -> str:
    """Who holds the site's executor role, as the lease row says ("host, pid N")."""
    with engine.connect() as connection:
        row = connection.execute(
            select(RoleLease.holder_host, RoleLease.holder_pid).where(RoleLease.role == role_name(site_id))
        ).first()
    if row is None or row.holder_host is None:
        return "a console that has just closed"
    return f"{row.holder_host}, pid {row.holder_pid}"


@contextlib.asynccontextmanager
async def hold_site(
    engine: Engine, site_id: uuid.UUID, site_label: str, lease_s: float = DEFAULT_LEASE_S
) -> AsyncIterator[FencedRole]:
    """Hold ``site_id``'s executor role for the block (renewed meanwhile), or raise :class:`SiteBusy`
    without waiting. The role's ``acting`` and epoch fence the run's writes."""
    with _active_lock:
        if site_id in _active_sites:
            raise SiteBusy(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        ("A plan is already executing at site {site_label} in this console; wait for it to finish."),
                    ),
                    site_label=site_label,
                )
            )
        _active_sites.add(site_id)
    role = FencedRole(engine, role_name(site_id), process_node(), lease_s)
    keeping: asyncio.Task[None] | None = None
    try:
        acquiring = asyncio.ensure_future(asyncio.to_thread(role.try_acquire))
        try:
            won = await asyncio.shield(acquiring)
        except asyncio.CancelledError:
            # The thread may still take the role after we are gone: give it back once it has.
            acquiring.add_done_callback(lambda _: role.release())
            raise
        if not won:
            holder = await asyncio.to_thread(_holder, engine, site_id)
            raise SiteBusy(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        (
                            "Another console is executing a plan at site {site_label} "
                            "({holder}); wait for it to finish (or for that console to "
                            "close: its lease then runs out)."
                        ),
                    ),
                    site_label=site_label,
                    holder=holder,
                )
            )
        keeping = asyncio.get_running_loop().create_task(role.keep(retake=False), name=role.role)
        yield role
    finally:
        try:
            if keeping is not None:
                keeping.cancel()
            # Not in a thread: a second cancellation must not skip the release (one short statement).
            role.release()
        finally:
            with _active_lock:
                _active_sites.discard(site_id)
