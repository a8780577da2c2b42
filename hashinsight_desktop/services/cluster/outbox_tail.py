"""Reading the outbox as it grows, without ever skipping a row.

Tailing by serial id alone loses events on PostgreSQL: ids are handed out when a row is inserted, not when
its transaction commits, so a transaction that took id 10 and commits after one that took id 11 would be
behind a reader that already moved past 11. Instead every outbox row carries its writing transaction's id
(``txid``, a server default) and each read keeps the snapshot it read with: its ``xmax`` (no transaction at or
above it had started) and its ``xip`` (the transactions still running then). Every other transaction had ended:
its rows, if it committed, were visible to that read and returned by it. So the next read asks only for rows of
the transactions that were running (``txid = ANY(xip)``) or not yet started (``txid >= xmax``) — a late
committer is among the first — and each row comes exactly once, with no list of ids already seen to keep (a
long-open transaction elsewhere costs nothing). One statement reads both the rows and its own snapshot, so
they agree.

A read cut at its limit keeps its position and the ids it returned until a read completes (the rows past the
limit are still ahead).

SQLite has one writer at a time: ids commit in order, and id order is enough.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

# In the driver's own parameter style, so the listener can run it on its psycopg connection as it is.
PG_READ_SQL = """
    WITH snap AS (SELECT pg_current_snapshot() AS s, clock_timestamp() AS read_at)
    SELECT pg_snapshot_xmax(snap.s)::text::bigint,
           ARRAY(SELECT x::text::bigint FROM pg_snapshot_xip(snap.s) AS x),
           snap.read_at, o.id, o.txid, o.topic, o.entity_type, o.entity_id, o.payload, o.created_at
    FROM snap LEFT JOIN outbox AS o
        ON (o.txid >= %(xmax)s OR o.txid = ANY(%(xip)s::bigint[])) AND NOT (o.id = ANY(%(seen)s::bigint[]))
    ORDER BY o.id
    LIMIT %(limit)s
"""
_SQLITE_READ = text(
    "SELECT id, txid, topic, entity_type, entity_id, payload, created_at FROM outbox WHERE id > :after "
    "ORDER BY id LIMIT :limit"
)
BATCH = 5000  # rows per read; a reader behind by more reads again at once (more_waiting)


@dataclass(frozen=True)
class OutboxRow:
    id: int
    txid: int | None
    topic: str
    entity_type: str
    entity_id: str
    payload: dict[str, Any]
    created_at: datetime  # PostgreSQL: the database's clock just before the commit


@dataclass
class TailPosition:
    """Where a tail stands: on PostgreSQL the last complete read's snapshot (``xmax``, ``xip``) and, while reads
    are cut at their limit, the ids they returned; on SQLite the last id. Plain values, kept anywhere."""

    xmax: int = 0
    xip: list[int] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)
    last_id: int = 0


class OutboxTail:
    """``read(connection)`` returns every outbox row committed since the previous read, each once."""

    def __init__(self, position: TailPosition | None = None) -> None:
        self.position = position or TailPosition()
        self.read_at: datetime | None = None  # the database's clock at the last read (PostgreSQL)
        self.more_waiting = False  # the last read stopped at its limit

    @classmethod
    def from_now(cls, connection: Connection) -> OutboxTail:
        """A tail that returns only what commits from now on (what is there now is old news)."""
        if connection.dialect.name != "postgresql":
            last = connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM outbox")).scalar_one()
            return cls(TailPosition(last_id=int(last)))
        snapshot = connection.exec_driver_sql(
            "SELECT pg_snapshot_xmax(s)::text::bigint, ARRAY(SELECT x::text::bigint FROM pg_snapshot_xip(s) AS x) "
            "FROM pg_current_snapshot() AS s"
        ).one()
        return cls(TailPosition(xmax=int(snapshot[0]), xip=[int(x) for x in snapshot[1]]))

    def read(self, connection: Connection, limit: int = BATCH) -> list[OutboxRow]:
        if connection.dialect.name == "postgresql":
            return self.take_pg(connection.exec_driver_sql(PG_READ_SQL, self.pg_params(limit)).all(), limit)
        rows = [_row(r) for r in connection.execute(_SQLITE_READ, {"after": self.position.last_id, "limit": limit})]
        if rows:
            self.position.last_id = rows[-1].id
        self.read_at = datetime.now(UTC)
        self.more_waiting = len(rows) == limit
        return rows

    def pg_params(self, limit: int = BATCH) -> dict[str, Any]:
        """The parameters of ``PG_READ_SQL`` for the next read; its result goes to ``take_pg``."""
        position = self.position
        return {"xmax": position.xmax, "xip": position.xip, "seen": position.seen, "limit": limit}

    def take_pg(self, result: Sequence[Sequence[Any]], limit: int = BATCH) -> list[OutboxRow]:
        xmax, xip, self.read_at = result[0][0], result[0][1], result[0][2]
        rows = [_row(r[3:]) for r in result if r[3] is not None]
        self.more_waiting = len(rows) == limit
        position = self.position
        if self.more_waiting:
            position.seen += [row.id for row in rows]
        else:  # complete: every transaction that had ended by this snapshot has been read
            position.xmax, position.xip, position.seen = int(xmax), [int(x) for x in xip], []
        return rows


def _row(values: Any) -> OutboxRow:
    row_id, txid, topic, entity_type, entity_id, payload, created_at = values
    if isinstance(payload, str):  # SQLite's JSON comes back as text through text()
        payload = json.loads(payload)
    if isinstance(created_at, str):
        created_at = datetime.fromisoformat(created_at)
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=UTC)
    return OutboxRow(int(row_id), txid, topic, entity_type, str(entity_id), payload or {}, created_at)
