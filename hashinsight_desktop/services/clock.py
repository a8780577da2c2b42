"""The clock services take as an argument, so tests can hand them a fixed or advancing time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def database_now(session: Session) -> datetime:
    """The time leases and job ticks are measured in: the server's clock on PostgreSQL (consoles' clocks
    may disagree), this machine's on SQLite (one machine's file)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        now: datetime = session.execute(text("SELECT clock_timestamp()")).scalar_one()
        return now
    return system_clock()
