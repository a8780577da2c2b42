"""A bare leader lock (a PostgreSQL advisory lock), for a loop only one desktop should run: the notifier's.
Periodic jobs run on claimed ticks (``services/cluster/ticks.py``) and singleton roles are fenced
(``services/cluster/roles.py``): this lock has no epoch, so it is for nothing that a stale leader could harm.

The lock lives on a dedicated connection; when its desktop dies, the server drops the connection
and with it the lock, so another desktop takes over at its next try. SQLite is one machine's file:
whoever opens it leads.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)


def lock_key(job: str) -> int:
    """A stable signed 64-bit key per job name (the type pg_advisory_lock takes)."""
    return int.from_bytes(hashlib.sha256(job.encode()).digest()[:8], "big", signed=True)


class LeaderLock:
    def __init__(self, engine: Engine, job: str) -> None:
        self.engine = engine
        self.job = job
        self.key = lock_key(job)
        self._connection: Connection | None = None

    def try_acquire(self) -> bool:
        """True when this process leads the job (already, or from now on)."""
        if self.engine.dialect.name != "postgresql":
            return True
        if self._connection is not None:
            try:  # still ours only if our session is alive
                self._connection.execute(text("SELECT 1"))
                return True
            except DBAPIError:
                self._drop()
        try:
            connection = self.engine.connect()
            won = bool(connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())
            connection.commit()  # the advisory lock is session-level: it outlives this transaction
        except DBAPIError as exc:
            log.warning("leader election for %s failed: %s", self.job, exc.__class__.__name__)
            return False
        if won:
            self._connection = connection
            log.info("this process now leads %s", self.job)
        else:
            connection.close()
        return won

    def _drop(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(DBAPIError):
                self._connection.close()
            self._connection = None

    def release(self) -> None:
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._connection.commit()
            except DBAPIError:
                pass
            self._drop()
