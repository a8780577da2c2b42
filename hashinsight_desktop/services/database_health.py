"""Is the database there? A cheap probe on its own short-timeout connection (never one of the pool's, so a
stuck pool cannot hide an outage and the probe cannot starve the pool), and the states the console shows:
up, reconnecting (since when, the last error), up again (once, so open views refresh).

The application's engine recovers by itself: ``pool_pre_ping`` (db.engine.make_engine) tests each pooled
connection before use, and SQLAlchemy invalidates the whole pool on the first disconnect it sees, so after a
server restart the next query reconnects instead of failing on a stale connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from hashinsight_desktop.db.engine import parse_database_url
from hashinsight_desktop.services.database import no_database_in

log = logging.getLogger(__name__)

UP, RECONNECTING, UP_AGAIN = "up", "reconnecting", "up-again"
PROBE_TIMEOUT_S = 3  # connect and statement timeouts of the probe: an outage is seen within seconds
PROBE_INTERVAL_S = 3.0


@dataclass(frozen=True)
class Health:
    """``state`` UP (first seen reachable), RECONNECTING (``since`` the first failed probe, ``error`` the
    last one's first line) or UP_AGAIN (reachable after an outage that began ``since``)."""

    state: str
    checked_at: datetime
    since: datetime | None = None
    error: str = ""


def error_line(exc: BaseException) -> str:
    """The driver's first line, for one line on screen (never the statement or its parameters)."""
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def connection_lost(exc: BaseException) -> bool:
    """The database could not be reached (server down, restarted, network gone), as opposed to a refusal of
    the statement itself: worth retrying unchanged once it is back."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, (OperationalError, InterfaceError))


def _probe_connect_args(url: URL, timeout_s: int) -> dict[str, Any]:
    if url.get_backend_name() != "postgresql":
        return {"timeout": timeout_s}
    return {
        "connect_timeout": timeout_s,
        "application_name": "hashinsight-desktop health",
        "options": f"-c statement_timeout={timeout_s * 1000}",
        # A network that drops packets (not refusing them) must fail the probe in seconds, not TCP's minutes.
        "keepalives": 1,
        "keepalives_idle": timeout_s,
        "keepalives_interval": 1,
        "keepalives_count": 2,
        "tcp_user_timeout": timeout_s * 1000,
    }


class DatabaseProbe:
    """``SELECT 1`` on one connection kept open between probes (reopened after a failure); callable: None
    when the database answered, else the error's first line."""

    def __init__(self, url: URL | str, *, timeout_s: int = PROBE_TIMEOUT_S) -> None:
        self.url = parse_database_url(url)
        self._engine: Engine = create_engine(
            self.url, poolclass=NullPool, connect_args=_probe_connect_args(self.url, timeout_s)
        )
        self._connection: Connection | None = None
        database = self.url.database if self.url.get_backend_name() == "sqlite" else None
        self._sqlite_path = Path(database).expanduser() if database not in (None, "", ":memory:") else None

    def __call__(self) -> str | None:
        if self._sqlite_path is not None and no_database_in(self._sqlite_path):
            self.close()  # connecting would create an empty file in its place
            return f"the database file {self._sqlite_path} is missing"
        try:
            if self._connection is None:
                self._connection = self._engine.connect()
            self._connection.execute(text("SELECT 1"))
            self._connection.rollback()
        except SQLAlchemyError as exc:
            self.close()
            return error_line(exc)
        return None

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.invalidate()  # its socket may be dead: do not try a clean close over it
                connection.close()
            except SQLAlchemyError:
                log.debug("probe connection already gone", exc_info=True)

    def dispose(self) -> None:
        self.close()
        self._engine.dispose()


class HealthWatch:
    """Turns probe results into state changes. ``check()`` returns the new Health when something a user
    would see changed (went down, the error changed, came back), else None."""

    def __init__(self, probe: Callable[[], str | None], clock: Callable[[], datetime]) -> None:
        self._probe, self._clock = probe, clock
        self.current: Health | None = None

    def check(self) -> Health | None:
        error = self._probe()
        now = self._clock()
        previous = self.current
        if error is None:
            if previous is not None and previous.state != RECONNECTING:
                return None
            went_down = previous.since if previous is not None else None
            self.current = Health(UP_AGAIN if previous is not None else UP, now, since=went_down)
            if previous is not None:
                log.info("database reachable again (unreachable since %s)", went_down)
            return self.current
        if previous is not None and previous.state == RECONNECTING:
            if previous.error == error:
                return None
            self.current = Health(RECONNECTING, now, since=previous.since, error=error)
            return self.current
        log.warning("database unreachable: %s", error)
        self.current = Health(RECONNECTING, now, since=now, error=error)
        return self.current
