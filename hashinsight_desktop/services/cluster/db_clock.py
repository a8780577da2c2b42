"""The database's clock on a Core connection (heartbeats and leases are written in it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, text

from hashinsight_desktop.db.base import utcnow


def connection_now(connection: Connection) -> datetime:
    """The server's clock on PostgreSQL (machines' clocks may disagree), this machine's on SQLite (one
    machine's file)."""
    if connection.dialect.name == "postgresql":
        now: datetime = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
        return now
    return utcnow()
