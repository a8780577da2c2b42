"""The clock services take as an argument, so tests can hand them a fixed or advancing time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def database_now(executor: Session | Connection) -> datetime:
    """The time leases, heartbeats and job ticks are measured in, on an ORM session or a Core connection:
    the server's clock on PostgreSQL (consoles' clocks may disagree), this machine's on SQLite (one
    machine's file)."""
    dialect = executor.dialect if isinstance(executor, Connection) else executor.get_bind().dialect
    if dialect.name == "postgresql":
        now: datetime = executor.execute(text("SELECT clock_timestamp()")).scalar_one()
        return now
    return system_clock()
