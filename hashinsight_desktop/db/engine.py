"""Engine and session factory for both engines (SQLite embedded, PostgreSQL shared)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker


class DatabaseConfigError(Exception):
    """The database URL cannot be used (bad syntax or unsupported engine)."""


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def parse_database_url(url: str | URL) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseConfigError(
            f"Invalid database URL {str(url)!r}: expected sqlite:///PATH or postgresql://USER@HOST:PORT/DBNAME"
        ) from exc
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise DatabaseConfigError(f"Unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql")
    if parsed.get_backend_name() == "postgresql" and parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the poller's writes
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


IDLE_IN_TRANSACTION_MS = 60_000  # no transaction of the program waits between statements for this long


def make_engine(url: str | URL, *, connect_timeout_s: int = 5, **kwargs: Any) -> Engine:
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args = {
        "connect_timeout": connect_timeout_s,
        "application_name": "hashinsight-desktop",
        # A process frozen (or cut off) inside a transaction must not hold its row locks for ever: a
        # curtailment plan row locked by a stopped executor would stall the successor's claim.
        "options": f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}",
    }
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def describe(url: URL) -> str:
    """A log- and UI-safe rendering of a URL: the password never appears."""
    return url.render_as_string(hide_password=True)
