"""Only one executor acts on a site at a time: a process-wide guard, plus an advisory lock on PostgreSQL.

Two executors on one site would each send half-reconciled commands over the other's; the second
one is refused at once (a clear error, not a wait). Within a process the guard is a set of site ids;
across the desktops sharing a PostgreSQL database it is an advisory lock held on its own connection
for the run, released by the server if the desktop dies. SQLite is one machine's file: the process
guard is all there is (two consoles opened on one SQLite file are not guarded against each other).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import AsyncIterator

from sqlalchemy import Engine

from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.leader import LeaderLock


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


def lock_name(site_id: uuid.UUID) -> str:
    return f"curtailment-site-{site_id}"


@contextlib.asynccontextmanager
async def hold_site(engine: Engine, site_id: uuid.UUID, site_label: str) -> AsyncIterator[None]:
    """Hold ``site_id`` for the block, or raise :class:`SiteBusy` without waiting."""
    with _active_lock:
        if site_id in _active_sites:
            raise SiteBusy(f"A plan is already executing at site {site_label} in this console; wait for it to finish.")
        _active_sites.add(site_id)
    lock: LeaderLock | None = None
    try:
        if engine.dialect.name == "postgresql":
            lock = pg_lock = LeaderLock(engine, lock_name(site_id))
            acquiring = asyncio.ensure_future(asyncio.to_thread(pg_lock.try_acquire))
            try:
                won = await asyncio.shield(acquiring)
            except asyncio.CancelledError:
                # The thread may still take the lock after we are gone: give it back once it has.
                acquiring.add_done_callback(lambda _: pg_lock.release())
                raise
            if not won:
                lock = None
                raise SiteBusy(
                    f"Another console is executing a plan at site {site_label}; wait for it to finish "
                    "(or for that console to close)."
                )
        yield
    finally:
        try:
            if lock is not None:
                # Not in a thread: a second cancellation must not skip the unlock (it is one short query).
                lock.release()
        finally:
            with _active_lock:
                _active_sites.discard(site_id)
