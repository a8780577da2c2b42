"""Reading the outbox as it grows, without ever skipping a row.

Tailing by serial id alone loses events on PostgreSQL: ids are handed out when a row is inserted, not when
its transaction commits, so a transaction that took id 10 and commits after one that took id 11 would be
behind a reader that already moved past 11. Instead every outbox row carries its writing transaction's id
(``txid``, a server default) and each read remembers the ``xmin`` of the snapshot it read with: every
transaction below ``xmin`` had ended when that snapshot was taken, so all its rows were visible then. The next
read asks for ``txid >= xmin`` and drops the ids it already returned — a late committer's rows are still ahead
of the watermark. One statement reads both the rows and the snapshot, so they agree.

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
    WITH snap AS (
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin, clock_timestamp() AS read_at
    )
    SELECT snap.xmin, snap.read_at, o.id, o.txid, o.topic, o.entity_type, o.entity_id, o.payload, o.created_at
    FROM snap LEFT JOIN outbox AS o ON o.txid >= %(watermark)s AND NOT (o.id = ANY(%(seen)s::bigint[]))
    ORDER BY o.id
    LIMIT %(limit)s
"""
_SQLITE_READ = text(
    "SELECT id, txid, topic, entity_type, entity_id, payload, created_at FROM outbox WHERE id > :after "
    "ORDER BY id LIMIT :limit"
)
_PG_NOW = text(
    """
    WITH snap AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
    SELECT snap.xmin, o.id, o.txid FROM snap LEFT JOIN outbox AS o ON o.txid >= snap.xmin
    """
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
    """Where a tail stands: PostgreSQL's watermark and the ids at or above it already returned; SQLite's
    last id. Plain values, so a reader can keep it anywhere."""

    watermark: int = 0
    seen: dict[int, int] = field(default_factory=dict)  # id -> txid, only rows with txid >= watermark
    last_id: int = 0


class OutboxTail:
    """``read(connection)`` returns every outbox row committed since the previous read, each once."""

    def __init__(self, position: TailPosition | None = None) -> None:
        self.position = position or TailPosition()
        self.read_at: datetime | None = None  # the database's clock at the last read (PostgreSQL)
        self.more_waiting = False  # the last read stopped at BATCH rows

    @classmethod
    def from_now(cls, connection: Connection) -> OutboxTail:
        """A tail that returns only what commits from now on (what is there now is old news)."""
        if connection.dialect.name != "postgresql":
            last = connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM outbox")).scalar_one()
            return cls(TailPosition(last_id=int(last)))
        result = connection.execute(_PG_NOW).all()
        seen = {int(r[1]): int(r[2]) for r in result if r[1] is not None}
        return cls(TailPosition(watermark=int(result[0][0]), seen=seen))

    def read(self, connection: Connection, limit: int = BATCH) -> list[OutboxRow]:
        if connection.dialect.name == "postgresql":
            return self._read_pg(connection, limit)
        rows = [_row(r) for r in connection.execute(_SQLITE_READ, {"after": self.position.last_id, "limit": limit})]
        if rows:
            self.position.last_id = rows[-1].id
        self.read_at = datetime.now(UTC)
        self.more_waiting = len(rows) == limit
        return rows

    def _read_pg(self, connection: Connection, limit: int) -> list[OutboxRow]:
        return self.take_pg(connection.exec_driver_sql(PG_READ_SQL, self.pg_params(limit)).all(), limit)

    def pg_params(self, limit: int = BATCH) -> dict[str, Any]:
        """The parameters of ``PG_READ_SQL`` for the next read; its result goes to ``take_pg``."""
        return {"watermark": self.position.watermark, "seen": list(self.position.seen), "limit": limit}

    def take_pg(self, result: Sequence[Sequence[Any]], limit: int = BATCH) -> list[OutboxRow]:
        position = self.position
        xmin, self.read_at = result[0][0], result[0][1]
        rows = [_row(r[2:]) for r in result if r[2] is not None]
        self.more_waiting = len(rows) == limit
        for row in rows:
            position.seen[row.id] = row.txid or 0
        if not self.more_waiting:  # a cut-off read keeps its watermark: the rows past the limit are still ahead
            position.watermark = max(position.watermark, int(xmin))
            position.seen = {i: t for i, t in position.seen.items() if t >= position.watermark}
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
