"""Fenced singleton roles: one leader per role (``poller:<site>``, ``executor:<site>``) across every console
and agent, and a leader that lost its role cannot act on, even late.

Three things make a leader:

- **An exclusive lock** that only one process can hold: on PostgreSQL an advisory lock taken on a
  *dedicated* connection (opened for the role, never from the pool, never shared), on SQLite an OS file
  lock beside the database file. The server drops a dead or silent holder's session, and the lock with
  it: ``idle_session_timeout`` (and its in-transaction twin) ends a session that sent nothing for one
  lease, so a frozen holder (SIGSTOP, a pulled cable) loses it; a follower that finds the lease expired
  while the lock is still held ends that backend itself (``pg_terminate_backend``).
- **The lease row** in ``role_leases``, taken by a compare-and-set that matches only when the previous
  lease has *expired by the database's clock* (or was released): the lock alone never makes a leader.
  Each takeover raises ``epoch`` by one (the first holder has 1); the holder renews every quarter lease.
- **A client-side deadline**: a holder acts only while ``acting`` is true, i.e. within
  :data:`CLIENT_DEADLINE` of the lease since it last *sent* a successful renewal. A holder that cannot
  renew stops acting at 0.6 of the lease, before the lease can expire and pass to anyone.

And a write a stale leader makes anyway (it checked ``acting`` just before it froze) is refused by the
database: :func:`fenced` is the condition to put in the WHERE of the very statement that writes; it
matches only while the writer's epoch is still the held one. 0 rows changed means stale: send nothing.
Commands leave only after their fenced row committed, and the writer checks ``acting`` once more after
that commit: a writer frozen between its fenced statement and its commit for longer than the lease
(the only way such a row can commit after a takeover) finds its deadline passed and sends nothing. The
fence takes no row lock on purpose: a frozen writer holding one would keep every follower from taking
over (the takeover would wait on it) for as long as it stays frozen.

A node whose session was lost steps down at once and stays out of the race for one lease, so a healthy
follower takes over rather than the node that just lost its connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from filelock import FileLock, Timeout
from sqlalchemy import ColumnElement, Connection, Engine, Table, create_engine, exists, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from hashinsight_desktop.db.models import RoleLease
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.nodes import NodeInfo
from hashinsight_desktop.services.settings import DEFAULT_LEASE_S

__all__ = ["CLIENT_DEADLINE", "DEFAULT_LEASE_S", "FencedRole", "fenced", "role_lock_key"]

log = logging.getLogger(__name__)

CLIENT_DEADLINE = 0.6  # of the lease: a holder that has not renewed for this long stops acting
RENEW_EVERY = 0.25  # of the lease: how often the holder renews and a follower tries
TERMINATE_AFTER = 0.5  # of the lease past its expiry: a follower ends the session still holding the lock
LEASES = cast(Table, RoleLease.__table__)


def role_lock_key(role: str) -> int:
    """The role's advisory-lock key: a stable signed 64-bit number (the type pg_try_advisory_lock takes)."""
    return int.from_bytes(hashlib.sha256(f"role:{role}".encode()).digest()[:8], "big", signed=True)


def fenced(role: str, epoch: int) -> ColumnElement[bool]:
    """True while ``epoch`` still holds ``role`` (no newer epoch, not released): put it in the WHERE of the
    statement that writes (``UPDATE … WHERE fenced(…)``, ``INSERT … SELECT … WHERE fenced(…)``)."""
    return exists(
        select(LEASES.c.role).where(
            LEASES.c.role == role, LEASES.c.epoch == epoch, LEASES.c.holder_node_id.is_not(None)
        )
    )


def _lock_file(engine: Engine, role: str) -> Path:
    """The role's lock file beside the SQLite database file (a temporary folder for an in-memory one)."""
    slug = re.sub(r"[^A-Za-z0-9_.-]", "_", role)[:100]
    database = engine.url.database
    if not database or database == ":memory:":
        return Path(tempfile.gettempdir()) / f"hashinsight-memory-{id(engine)}.{slug}.lock"
    return Path(f"{database}.{slug}.lock")


class FencedRole:
    """This node's claim on one role. ``try_acquire()`` and ``renew()`` are blocking (call them in a
    thread from a loop); ``keep()`` is the loop that does both. Check ``acting`` right before every action,
    and write with :func:`fenced` (``role``, ``epoch``)."""

    def __init__(
        self,
        engine: Engine,
        role: str,
        node: NodeInfo,
        lease_s: float = DEFAULT_LEASE_S,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        on_change: Callable[[FencedRole], None] | None = None,
    ) -> None:
        if lease_s <= 0:
            raise ValueError("a role's lease must be longer than 0 s")
        self.engine = engine
        self.role = role
        self.node = node
        self.lease_s = lease_s
        self.monotonic = monotonic
        self.on_change = on_change
        self.epoch: int | None = None
        self.postgres = engine.dialect.name == "postgresql"
        self._deadline = 0.0  # monotonic: act only before this
        self._sit_out_until = 0.0  # monotonic: after losing its session, let a follower lead first
        self._mutex = threading.RLock()  # try_acquire/renew/release come from threads and the loop
        self._connection: Connection | None = None  # PostgreSQL: the role's own session, leading or following
        self._locked = False  # PostgreSQL: that session holds the advisory lock
        self._side_engine: Engine | None = None
        self._file_lock: FileLock | None = None  # SQLite

    # --- what callers ask -------------------------------------------------------------------------
    @property
    def held(self) -> bool:
        """This node holds the lease (it may still have stopped acting: see ``acting``)."""
        return self.epoch is not None

    @property
    def acting(self) -> bool:
        """May act now: holds the role and is within the client-side deadline of its last renewal."""
        return self.epoch is not None and self.monotonic() < self._deadline

    def fence(self) -> ColumnElement[bool]:
        """:func:`fenced` for the epoch held now (raises when not held: check ``acting`` first)."""
        if self.epoch is None:
            raise RuntimeError(f"role {self.role} is not held")
        return fenced(self.role, self.epoch)

    # --- taking, keeping, giving up -----------------------------------------------------------------
    def try_acquire(self) -> bool:
        """Lead now (True): already leading and renewed, or took over (epoch + 1). False: another node's
        lease is alive, or the database cannot be reached."""
        with self._mutex:
            if self.epoch is not None:
                return self.renew()
            if self.monotonic() < self._sit_out_until or not self._lock():
                return False
            asked = self.monotonic()
            try:
                epoch = self._in_transaction(self._take_over)
            except DBAPIError as exc:
                log.warning("role %s: takeover failed: %s", self.role, type(exc).__name__)
                self._unlock()
                return False
            if epoch is None:
                return False  # the lock is ours, the lease not yet: keep the lock and try again later
            self.epoch, self._deadline = epoch, asked + CLIENT_DEADLINE * self.lease_s
        log.info("role %s: this node leads it, epoch %d", self.role, epoch)
        self._changed()
        return True

    def renew(self) -> bool:
        """Extend the lease (True), or step down: taken over, expired, or the session is gone."""
        with self._mutex:
            epoch = self.epoch
            if epoch is None:
                return False
            if self.postgres and not self._locked:
                self._sit_out_until = self.monotonic() + self.lease_s
                self._step_down("its database session was lost")
                return False
            asked = self.monotonic()
            try:
                renewed = self._in_transaction(lambda connection: self._renew(connection, epoch))
            except DBAPIError as exc:
                log.warning("role %s: renewal failed: %s", self.role, type(exc).__name__)
                if (not self.postgres or self._locked) and self.acting:
                    return False  # still ours (a slow or locked statement): the deadline decides
                self._sit_out_until = self.monotonic() + self.lease_s
                self._step_down("its database session was lost")
                return False
            if not renewed:
                self._step_down("its lease expired or another node took over")
                return False
            self._deadline = max(self._deadline, asked + CLIENT_DEADLINE * self.lease_s)
            return True

    def release(self) -> None:
        """Give the role up (a clean exit): the lease row says released, so a follower need not wait."""
        with self._mutex:
            epoch = self.epoch
            if epoch is not None:
                self.epoch = None
                with contextlib.suppress(DBAPIError):
                    self._in_transaction(lambda connection: self._clear(connection, epoch))
            self._unlock()
            self._drop_session()
        if epoch is not None:
            self._changed()

    async def keep(self, interval_s: float | None = None, *, retake: bool = True) -> None:
        """Campaign and heartbeat until cancelled: renew while leading, try to take over while not, and step
        down once the deadline passed without a renewal. ``retake=False``: end once the role, held, is lost
        (a run that needs one epoch throughout). Releases the role when it ends."""
        every = interval_s if interval_s is not None else self.lease_s * RENEW_EVERY
        led = False
        try:
            while True:
                if self.epoch is not None and not self.acting:
                    with self._mutex:
                        self._step_down("it could not renew before its deadline")
                if self.epoch is not None:
                    await asyncio.to_thread(self.renew)
                elif retake or not led:
                    await asyncio.to_thread(self.try_acquire)
                led = led or self.epoch is not None
                if led and not retake and self.epoch is None:
                    return
                await asyncio.sleep(every)
        finally:
            self.release()

    # --- the statements -----------------------------------------------------------------------------
    def _take_over(self, connection: Connection) -> int | None:
        now = database_now(connection)
        row = connection.execute(
            select(LEASES.c.epoch, LEASES.c.holder_node_id, LEASES.c.expires_at)
            .where(LEASES.c.role == self.role)
            .with_for_update()
        ).first()
        lease = {
            "holder_node_id": self.node.id,
            "holder_host": self.node.host[:255],
            "holder_pid": self.node.pid,
            "lease_s": self.lease_s,
            "acquired_at": now,
            "renewed_at": now,
            "expires_at": now + timedelta(seconds=self.lease_s),
        }
        if row is None:  # the role's first holder (a rival inserting too fails on the key: a database error)
            connection.execute(insert(LEASES).values(role=self.role, epoch=1, **lease))
            return 1
        if row.holder_node_id is not None and row.expires_at > now:
            return None
        taken = connection.execute(
            update(LEASES)
            .where(
                LEASES.c.role == self.role,
                LEASES.c.epoch == row.epoch,
                (LEASES.c.holder_node_id.is_(None)) | (LEASES.c.expires_at <= now),
            )
            .values(epoch=LEASES.c.epoch + 1, **lease)
            .returning(LEASES.c.epoch)
        ).first()
        return int(taken[0]) if taken is not None else None

    def _renew(self, connection: Connection, epoch: int) -> bool:
        now = database_now(connection)
        renewed = connection.execute(
            update(LEASES)
            .where(
                LEASES.c.role == self.role,
                LEASES.c.epoch == epoch,
                LEASES.c.holder_node_id == self.node.id,
                LEASES.c.expires_at > now,
            )
            .values(renewed_at=now, expires_at=now + timedelta(seconds=self.lease_s), lease_s=self.lease_s)
            .returning(LEASES.c.epoch)
        ).first()
        return renewed is not None

    def _clear(self, connection: Connection, epoch: int) -> None:
        now = database_now(connection)
        connection.execute(
            update(LEASES)
            .where(LEASES.c.role == self.role, LEASES.c.epoch == epoch, LEASES.c.holder_node_id == self.node.id)
            .values(holder_node_id=None, holder_host=None, holder_pid=None, expires_at=now)
        )

    # --- the exclusive lock ---------------------------------------------------------------------------
    def _lock(self) -> bool:
        """Hold the role's lock (already, or now). PostgreSQL: on the dedicated connection, ending the
        session of a holder whose lease expired long enough ago; SQLite: the file lock."""
        if not self.postgres:
            if self._file_lock is None:
                self._file_lock = FileLock(_lock_file(self.engine, self.role), thread_local=False)
            if self._file_lock.is_locked:
                return True
            try:
                self._file_lock.acquire(timeout=0)
            except Timeout:
                return False
            return True
        if self._locked:
            return True
        key = role_lock_key(self.role)
        try:
            connection = self._session()
            won = bool(connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
            if not won and self._terminate_expired_holder(connection, key):
                won = bool(connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
            connection.commit()  # the advisory lock is the session's: it outlives this transaction
        except DBAPIError as exc:
            log.warning("role %s: cannot reach the database: %s", self.role, type(exc).__name__)
            self._drop_session()
            return False
        self._locked = won
        return won

    def _terminate_expired_holder(self, connection: Connection, key: int) -> bool:
        """End the session still holding the lock when the lease expired (by the database's clock) and that
        session has sent nothing for :data:`TERMINATE_AFTER` of a lease: a frozen holder that the server's
        idle timeout has not ended yet. (A node that has just taken the lock is busy, never idle that long.)
        Its holder stopped acting long before, and a late write of its epoch is refused once the epoch
        rises. Needs the right to signal that backend (the same database user, or pg_signal_backend)."""
        unsigned = key & 0xFFFFFFFFFFFFFFFF
        ended = connection.execute(
            text(
                "SELECT pg_terminate_backend(l.pid, 1000) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                "AND l.classid = CAST(:hi AS bigint)::oid AND l.objid = CAST(:lo AS bigint)::oid "
                "AND l.pid <> pg_backend_pid() AND a.state LIKE 'idle%' "
                "AND a.state_change < clock_timestamp() - make_interval(secs => :grace) "
                "AND NOT EXISTS (SELECT 1 FROM role_leases r WHERE r.role = :role "
                "AND r.holder_node_id IS NOT NULL AND r.expires_at > clock_timestamp())"
            ),
            {
                "hi": unsigned >> 32,
                "lo": unsigned & 0xFFFFFFFF,
                "grace": TERMINATE_AFTER * self.lease_s,
                "role": self.role,
            },
        ).all()
        if ended:
            log.warning("role %s: ended the silent session still holding its lock", self.role)
        return any(bool(row[0]) for row in ended)

    def _session(self) -> Connection:
        """The role's session: its own, outside the pool, kept while leading and following (a follower
        retries the lock on it), and ended by the server after one silent lease."""
        if self._connection is not None and not self._connection.invalidated:
            return self._connection
        self._drop_session()
        if self._side_engine is None:
            lease_ms = max(1000, int(self.lease_s * 1000))
            self._side_engine = create_engine(
                self.engine.url,
                poolclass=NullPool,
                connect_args={
                    "connect_timeout": max(2, int(self.lease_s)),
                    "application_name": f"hashinsight role {self.role}"[:63],
                    "tcp_user_timeout": lease_ms,  # unacknowledged sends (a pulled cable) fail after one lease
                    "options": (
                        f"-c idle_session_timeout={lease_ms} -c idle_in_transaction_session_timeout={lease_ms} "
                        f"-c statement_timeout={lease_ms // 2} -c lock_timeout={lease_ms // 2}"
                    ),
                },
            )
        self._connection = self._side_engine.connect()
        self._connection.commit()
        return self._connection

    def _drop_session(self) -> None:
        """Close the role's session (the server ends the advisory lock with it)."""
        self._locked = False
        if self._connection is not None:
            with contextlib.suppress(DBAPIError):
                self._connection.close()
            self._connection = None

    def _unlock(self) -> None:
        """Let the lock go, keeping the session to follow with."""
        if self._file_lock is not None and self._file_lock.is_locked:
            self._file_lock.release(force=True)
        if self._locked and self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": role_lock_key(self.role)})
                self._connection.commit()
                self._locked = False
            except DBAPIError:
                self._drop_session()

    # --- helpers ----------------------------------------------------------------------------------
    def _in_transaction(self, work: Callable[[Connection], Any]) -> Any:
        """Run ``work`` in one transaction: on the dedicated session that holds the lock (PostgreSQL), or a
        pooled connection (SQLite, where the file lock is the exclusion; or a release after the session
        was lost)."""
        if not self._locked or self._connection is None:
            with self.engine.begin() as connection:
                return work(connection)
        try:
            with self._connection.begin():
                return work(self._connection)
        except DBAPIError:
            if self._connection.invalidated:
                self._drop_session()
            raise

    def _step_down(self, why: str) -> None:
        if self.epoch is None:
            return
        log.warning("role %s: epoch %d stepped down: %s", self.role, self.epoch, why)
        self.epoch = None
        self._unlock()
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change(self)
            except Exception:  # a listener's bug must not break the role
                log.exception("role %s: change listener failed", self.role)
