"""Flush the sample buffer to the database: samples and latest states in one transaction.

Called from a worker thread (``asyncio.to_thread(writer.flush)``). An outage (connection refused,
server gone, a locked SQLite file) puts the batches back in the buffer and reports the error, so
nothing is lost within the buffer's bound; data the database refuses for good (a constraint or a
value it cannot store) would be refused again on every retry, so those batches are counted as dropped
instead of blocking the pipeline.

A fenced batch (a site poller's tick) is written only if its tick's ``job_ticks`` row could be recorded
by a statement that carries the fence: ``INSERT … SELECT … WHERE fenced(role, epoch) ON CONFLICT DO UPDATE …
WHERE`` the row is that epoch's and still running. It finishes the tick claimed at poll time, or claims it
now when the database was away then; 0 rows (a newer epoch exists, or the tick was written already, e.g. a
commit whose answer was lost) leaves the batch out of the same transaction. So a batch is in the database
whole, once, or not at all, whatever fails when.

PostgreSQL samples go through ``COPY`` (binary format, as in :mod:`db.telemetry_store`) on the same
connection and transaction as the state upsert; SQLite uses ``executemany``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    Engine,
    Float,
    Integer,
    Table,
    TextClause,
    Uuid,
    func,
    insert,
    literal,
    null,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, ProgrammingError, StatementError

from hashinsight_desktop.db.base import UTCDateTime, utcnow
from hashinsight_desktop.db.models import JobTick, Miner, MinerState, TelemetrySample
from hashinsight_desktop.db.telemetry_store import COPY_SQL, SAMPLE_COLUMNS, SampleRow, by_miner, copy_to
from hashinsight_desktop.services.cluster.roles import fenced
from hashinsight_desktop.services.cluster.ticks import OK, RUNNING
from hashinsight_desktop.services.outbox import emit_telemetry
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.telemetry.buffer import Batch, SampleBuffer, StateRow, TickFence, newest_states
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

_IN_CHUNK = 5_000
_STATE_COLUMNS = tuple(c.name for c in MinerState.__table__.columns)
_STATE_DEFAULTS: dict[str, Any] = {"consecutive_failures": 0}  # a column left out of a state dict
_RARE = "error_text"  # set for a failed poll's state only (PostgreSQL: a second statement, for those rows)
_STATE_ARRAYS = tuple(name for name in _STATE_COLUMNS if name != _RARE)
# JSON columns go to unnest() as text (psycopg cannot adapt a list of dicts into an array parameter).
_STATE_JSON = frozenset(c.name for c in MinerState.__table__.columns if isinstance(c.type, JSON))


def _upsert_states_sqlite() -> Any:
    statement = sqlite.insert(MinerState)
    return statement.on_conflict_do_update(
        index_elements=["miner_id"],
        set_={name: statement.excluded[name] for name in _STATE_COLUMNS if name != "miner_id"},
    )


def _upsert_states_pg(dialect: Dialect) -> TextClause:
    """One statement over column arrays (``unnest``): a third faster than 10,000 executemany rows. ``error_text``
    is cleared here and set by `_ERROR_TEXTS_PG` for the few miners that have one: an array of a whole fleet's
    NULLs cost each write 2-3 %."""
    types = {c.name: c.type.compile(dialect=dialect) for c in MinerState.__table__.columns}
    arrays = ", ".join(f"CAST(:{name} AS {types[name]}[])" for name in _STATE_ARRAYS)
    updates = ", ".join(f"{name} = excluded.{name}" for name in _STATE_ARRAYS if name != "miner_id")
    return text(
        f"INSERT INTO miner_states ({', '.join(_STATE_ARRAYS)}) SELECT * FROM unnest({arrays}) "
        f"ON CONFLICT (miner_id) DO UPDATE SET {updates}, {_RARE} = NULL"
    )


_ERROR_TEXTS_PG = text(
    f"UPDATE miner_states SET {_RARE} = CAST(v.said AS JSON) FROM unnest(CAST(:ids AS UUID[]), CAST(:said AS TEXT[])) "
    "AS v(id, said) WHERE miner_states.miner_id = v.id"
)


_UPSERT_STATES_SQLITE = _upsert_states_sqlite()
_TICKS = cast(Table, JobTick.__table__)


@dataclass(frozen=True)
class FlushResult:
    """``written`` rows this flush; ``pending`` rows still buffered; ``dropped`` rows lost since
    start-up (buffer bound or refused data); ``error`` a one-line reason when the write failed;
    ``refused`` the fences of batches this flush left out (not a loss: another writer has that tick)."""

    written: int
    pending: int
    dropped: int
    error: str | None = None
    refused: tuple[TickFence, ...] = ()  # fenced batches left out: a newer epoch, or their tick written already

    @property
    def ok(self) -> bool:
        return self.error is None


def _copy_rows(connection: Connection, rows: Sequence[SampleRow]) -> None:
    """COPY on the connection's own DBAPI connection, inside its transaction. A driver error is
    raised as SQLAlchemy's (with a dead connection invalidated, so the pool does not hand it out)."""
    driver = connection.connection.driver_connection
    dialect = connection.dialect
    cursor = driver.cursor()  # type: ignore[union-attr]
    try:
        copy_to(cursor, rows)
    except dialect.loaded_dbapi.Error as exc:
        disconnected = dialect.is_disconnect(exc, connection.connection.dbapi_connection, cursor)
        if disconnected:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            COPY_SQL, None, exc, dialect.loaded_dbapi.Error, connection_invalidated=disconnected, dialect=dialect
        ) from exc
    finally:
        cursor.close()


_KNOWN_PG = text("SELECT m.id FROM unnest(CAST(:ids AS uuid[])) AS wanted(id) JOIN miners m ON m.id = wanted.id")


def _known_miners(connection: Connection, miner_ids: Iterable[Any]) -> set[Any]:
    """Which of these miners still exist: one join against an array on PostgreSQL (a 10,000-item
    IN list costs more to bind than to run), IN lists in chunks on SQLite."""
    wanted = list(set(miner_ids))
    if connection.dialect.name == "postgresql":
        statement = _KNOWN_PG.columns(id=Uuid())
        return set(connection.scalars(statement, {"ids": [str(miner_id) for miner_id in wanted]}))
    known: set[Any] = set()
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        known.update(connection.scalars(select(Miner.id).where(Miner.id.in_(chunk))))
    return known


def record_tick(connection: Connection, fence: TickFence, items: int) -> bool:
    """Record the fenced batch's tick as done, in the writing transaction: True when this epoch may write
    it (it claimed the tick and it is still running, or nobody claimed it yet); False when a newer epoch
    exists or the tick is written already. One statement: the fence is checked where the row is written."""
    postgres = connection.dialect.name == "postgresql"
    now = func.clock_timestamp(type_=UTCDateTime()) if postgres else literal(utcnow(), UTCDateTime())
    skipped = skipped_detail(fence.skipped)
    values: dict[str, ColumnElement[Any]] = {
        "job": literal(fence.job),
        "tick_start": literal(fence.tick_start, UTCDateTime()),
        "interval_s": literal(fence.interval_s, Float()),
        "node_id": literal(fence.node_id, _TICKS.c.node_id.type),
        "epoch": literal(fence.epoch, _TICKS.c.epoch.type),
        "claimed_at": now,
        "finished_at": now,
        "outcome": literal(OK),
        "duration_ms": literal(fence.poll_ms, Float()),
        "items": literal(items, Integer()),
        "detail": literal(None if skipped is None else str(skipped), _TICKS.c.detail.type),
        "detail_text": null() if skipped is None else literal(to_stored(skipped), _TICKS.c.detail_text.type),
    }
    dialect_insert = postgresql.insert if postgres else sqlite.insert
    statement = dialect_insert(_TICKS).from_select(
        list(values), select(*values.values()).where(fenced(fence.role, fence.epoch))
    )
    statement = statement.on_conflict_do_update(
        index_elements=[_TICKS.c.job, _TICKS.c.tick_start],
        set_={
            name: statement.excluded[name]
            for name in ("finished_at", "outcome", "duration_ms", "items", "detail", "detail_text")
        },
        where=(_TICKS.c.epoch == statement.excluded.epoch) & (_TICKS.c.outcome == RUNNING),
    )
    # The row itself says (psycopg may report no row count for INSERT … SELECT).
    return connection.execute(statement.returning(_TICKS.c.job)).first() is not None


def skipped_detail(skipped: int) -> Text | None:
    """What a poller's tick row says of the ticks it let pass before it (the Control room shows it)."""
    if skipped <= 0:
        return None
    if skipped == 1:
        return Text(QT_TRANSLATE_NOOP("JobTicks", "1 tick skipped before it: the poller was late"))
    return Text(QT_TRANSLATE_NOOP("JobTicks", "{count} ticks skipped before it: the poller was late"), count=skipped)


@dataclass(frozen=True)
class Written:
    rows: int
    refused: tuple[Batch, ...] = ()  # fenced batches left out (see record_tick)


def write_batches(engine: Engine, batches: Sequence[Batch]) -> Written:
    """Write the batches' samples and upsert the newest latest states in ONE transaction (all or nothing);
    a fenced batch only if :func:`record_tick` lets it. Rows and states of miners deleted meanwhile are left
    out (a state row's foreign key would refuse the whole batch). Returns the sample rows written."""
    with engine.connect() as connection, connection.begin():
        accepted: list[Batch] = []
        refused: list[Batch] = []
        for batch in batches:
            if batch.fence is None or record_tick(connection, batch.fence, len(batch.rows)):
                accepted.append(batch)
            else:
                refused.append(batch)
        rows: Sequence[SampleRow] = (
            accepted[0].rows if len(accepted) == 1 else [row for batch in accepted for row in batch.rows]
        )
        states = list(newest_states(accepted).values())
        written = _write_rows(connection, rows, states) if rows or states else 0
        for batch in accepted:  # every console learns of new readings through this event, committed with them
            if batch.site_id is not None:
                emit_telemetry(connection, batch.site_id, batch.summary or {})
    return Written(written, tuple(refused))


def _write_rows(connection: Connection, rows: Sequence[SampleRow], states: list[StateRow]) -> int:
    known = _known_miners(connection, [row[0] for row in rows] + [state["miner_id"] for state in states])
    rows = sorted((row for row in rows if row[0] in known), key=by_miner)
    full_states = [
        {name: state.get(name, _STATE_DEFAULTS.get(name)) for name in _STATE_COLUMNS}
        for state in states
        if state["miner_id"] in known
    ]
    postgres = connection.dialect.name == "postgresql"
    if rows:
        if postgres:
            _copy_rows(connection, rows)
        else:
            connection.execute(insert(TelemetrySample), [dict(zip(SAMPLE_COLUMNS, row, strict=True)) for row in rows])
    if full_states:
        if postgres:
            connection.execute(
                _upsert_states_pg(connection.dialect),
                {name: _pg_column(name, [state[name] for state in full_states]) for name in _STATE_ARRAYS},
            )
            rare = [(state["miner_id"], json.dumps(state[_RARE])) for state in full_states if state[_RARE] is not None]
            if rare:
                ids, said = zip(*rare, strict=True)
                connection.execute(_ERROR_TEXTS_PG, {"ids": list(ids), "said": list(said)})
        else:
            connection.execute(_UPSERT_STATES_SQLITE, full_states)
    return len(rows)


def _pg_column(name: str, values: list[Any]) -> list[Any]:
    if name in _STATE_JSON:
        return [None if value is None else json.dumps(value) for value in values]
    return values


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return (lines[0] if lines else type(orig).__name__)[:200]


class TelemetryWriter:
    """Writes what the poller buffered; one flush at a time (a second caller waits)."""

    def __init__(self, engine: Engine, buffer: SampleBuffer) -> None:
        self.engine = engine
        self.buffer = buffer
        self._flushing = threading.Lock()

    def flush(self) -> FlushResult:
        with self._flushing:
            batches = self.buffer.take()
            if not batches:
                return FlushResult(0, self.buffer.pending, self.buffer.dropped)
            rows = sum(len(batch.rows) for batch in batches)
            try:
                written = write_batches(self.engine, batches)
            except (IntegrityError, DataError, ProgrammingError) as exc:
                return self._refused(batches, exc)
            except DBAPIError as exc:  # unreachable, disconnected, locked, read-only, full disk...
                self.buffer.restore(batches)
                log.warning("telemetry write failed, %d rows kept for retry: %s", rows, _one_line(exc))
                return FlushResult(
                    0, self.buffer.pending, self.buffer.dropped, f"database unavailable: {_one_line(exc)}"
                )
            except StatementError as exc:  # a value the column type refused before it reached the server
                return self._refused(batches, exc)
            except BaseException:
                self.buffer.restore(batches)  # an unexpected fault: keep the data, let the caller see it
                raise
            fences = tuple(batch.fence for batch in written.refused if batch.fence is not None)
            if fences:
                log.info("telemetry: %d batch(es) left out: a newer epoch polls, or the tick is written", len(fences))
            return FlushResult(written.rows, self.buffer.pending, self.buffer.dropped, refused=fences)

    def _refused(self, batches: list[Batch], exc: BaseException) -> FlushResult:
        self.buffer.discard(batches)
        rows = sum(len(batch.rows) for batch in batches)
        log.error("telemetry batch of %d rows refused by the database and dropped: %s", rows, _one_line(exc))
        return FlushResult(
            0, self.buffer.pending, self.buffer.dropped, f"rows refused by the database: {_one_line(exc)}"
        )
