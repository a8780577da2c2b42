"""Outbox consumers: each event of a consumer's topics applied exactly once, by whichever of many
processes gets it, with failures retried and then set aside as dead letters.

**Exactly once.** Applying an event is one transaction: the row ``(consumer, event id)`` goes into the
``inbox`` (``INSERT … ON CONFLICT DO NOTHING``, the primary key refuses a second one) and the consumer's
effect is written in the same transaction. Either both commit or neither does: a process killed after
its inbox insert leaves nothing behind (the server rolls the transaction back when its connection
drops), so the event is unapplied again and another process takes it.

**Several processes at once.** On PostgreSQL a process takes ``pg_try_advisory_xact_lock(consumer,
event)`` for the events it found and keeps only those it got: two processes never work on the same
event (nobody waits on another's batch; the lock goes with the transaction, so a killed process frees
it). The inbox insert after the lock is the claim: it re-checks, with the rows committed by then, that
nobody applied the event meanwhile. On SQLite one writer at a time does the same by the inbox key.

**Nothing missed.** An event is *unapplied* while it has neither an inbox row nor a failure row of the
consumer; a process looks for unapplied events of its topics with an anti-join against ``inbox`` and
``consumer_failures`` over a window bounded below by the consumer's position (``consumer_positions``):

- PostgreSQL: events whose writing transaction (``outbox.txid``, a server default) is at or above
  ``horizon_txid``. The horizon only ever moves up to ``min(xmin, oldest unapplied txid)`` read in one
  statement's snapshot: every transaction older than ``xmin`` had ended before that snapshot, so its
  events were visible then and no event of such a transaction can appear later; those below the oldest
  unapplied one were applied or failed, which stays true. A transaction that commits late has a txid
  at or above the snapshot's ``xmin``, so it is still in the window when it commits (this is why the
  window is by transaction id and not by event id: ids are taken at insert, not at commit). Each value
  is a lower bound that holds for ever, so processes racing to raise it keep the highest.
- SQLite: one writer at a time, so ids commit in order; ``after_id`` moves up to the last id below the
  lowest unapplied event.

**Failures.** An effect that raises is rolled back to a savepoint (the batch is first tried whole, then
event by event to find the one that fails); its inbox row goes with it and a ``consumer_failures`` row
takes its place, retried with exponential back-off from ``next_attempt_at``. After ``max_attempts``
(the setting ``{"extra": {"consumers": {"max_attempts": 5}}}``) it is dead (``dead_at``) until an
administrator retries or discards it (services/cluster/dead_letters.py). A lost database connection is
not a failure of the event: the whole transaction goes and the work is found again.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    delete,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.base import UTCDateTime
from hashinsight_desktop.db.models import ConsumerFailure, ConsumerPosition, InboxEntry, OutboxEvent
from hashinsight_desktop.services.clock import Clock
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

SETTINGS_KEY = "consumers"
DEFAULT_MAX_ATTEMPTS = 5
RETRY_FIRST_S = 30.0  # then 60, 120, 240 … s
RETRY_CAP_S = 3600.0
ERROR_LIMIT = 2000  # characters of a failure's message kept
SEARCH_BATCHES = 4  # a search reads this many batches' worth: other processes may hold the first ones
RETRIED, DISCARDED = "retried", "discarded"  # an administrator's resolution of a dead letter


@dataclass(frozen=True)
class Event:
    id: int
    topic: str
    entity_type: str
    entity_id: str
    payload: dict[str, Any]


# Applies the events' effects in the session (the caller's transaction); returns how many things it made.
Handler = Callable[[Session, Sequence[Event], datetime], int]


@dataclass(frozen=True)
class Consumer:
    name: str
    topics: tuple[str, ...]
    handle: Handler
    batch: int = 500


@dataclass
class ConsumeReport:
    applied: int = 0  # events applied (first time or on a retry)
    made: int = 0  # what the handler said it made of them
    failed: int = 0  # attempts that failed (each is retried later or is dead now)
    dead: int = 0  # of those, the ones that used up their attempts

    def add(self, other: ConsumeReport) -> None:
        self.applied += other.applied
        self.made += other.made
        self.failed += other.failed
        self.dead += other.dead


def max_attempts_setting(extra: dict[str, Any]) -> int:
    """``max_attempts`` of the settings' ``consumers`` section (a whole number ≥ 1), else the default."""
    section = extra.get(SETTINGS_KEY)
    value = section.get("max_attempts") if isinstance(section, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if value is not None:
        log.warning("settings: consumers max_attempts %r ignored (a whole number ≥ 1)", value)
    return DEFAULT_MAX_ATTEMPTS


def retry_delay(attempts: int) -> timedelta:
    """How long after its ``attempts``-th failure an event is tried again."""
    return timedelta(seconds=min(RETRY_CAP_S, RETRY_FIRST_S * 2 ** max(0, attempts - 1)))


def consume(
    session_factory: sessionmaker[Session],
    consumer: Consumer,
    clock: Clock,
    *,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> ConsumeReport:
    """Apply every unapplied event and every failure due for retry, one transaction per batch, until
    none is left (events other processes hold are theirs: this returns without them)."""
    report = ConsumeReport()
    with unit_of_work(session_factory) as session:
        _advance(session, consumer)
    for step in (_apply_new, _apply_due):
        while True:
            with unit_of_work(session_factory) as session:
                batch, more = step(session, consumer, clock(), max_attempts)
            report.add(batch)
            if not more:
                break
    return report


# -- where to look ----------------------------------------------------------------------------------


def _position(session: Session, consumer: Consumer) -> ConsumerPosition:
    position = session.get(ConsumerPosition, consumer.name)
    if position is None:  # a new consumer starts with the events that come after it
        newest = session.scalar(select(func.max(OutboxEvent.id))) or 0
        session.execute(
            _insert(session, ConsumerPosition)
            .values(consumer=consumer.name, after_id=newest)
            .on_conflict_do_nothing(index_elements=["consumer"])
        )
        position = session.get(ConsumerPosition, consumer.name, populate_existing=True)
        assert position is not None
    return position


def _unapplied(consumer: Consumer, position: ConsumerPosition, postgres: bool) -> Any:
    conditions = [
        OutboxEvent.topic.in_(consumer.topics),
        OutboxEvent.id > position.after_id,
        ~exists().where(InboxEntry.consumer == consumer.name, InboxEntry.event_id == OutboxEvent.id),
        ~exists().where(ConsumerFailure.consumer == consumer.name, ConsumerFailure.event_id == OutboxEvent.id),
    ]
    if postgres and position.horizon_txid is not None:
        # Null only for a row written without the server default: kept in the window, never lost.
        conditions.append(or_(OutboxEvent.txid >= position.horizon_txid, OutboxEvent.txid.is_(None)))
    return and_(*conditions)


def _advance(session: Session, consumer: Consumer) -> None:
    """Raise the position as far as is proven safe (see the module's docstring)."""
    position = _position(session, consumer)
    if session.get_bind().dialect.name == "postgresql":
        # One statement, one snapshot: its xmin and the oldest unapplied transaction it sees.
        xmin: ColumnElement[int] = literal_column("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        oldest = select(func.min(OutboxEvent.txid)).where(_unapplied(consumer, position, True)).scalar_subquery()
        row = session.execute(select(xmin, oldest)).one()
        horizon = int(row[0]) if row[1] is None else min(int(row[0]), int(row[1]))
        session.execute(
            update(ConsumerPosition)
            .where(
                ConsumerPosition.consumer == consumer.name,
                or_(ConsumerPosition.horizon_txid.is_(None), ConsumerPosition.horizon_txid < horizon),
            )
            .values(horizon_txid=horizon)
        )
        return
    lowest = session.scalar(select(func.min(OutboxEvent.id)).where(_unapplied(consumer, position, False)))
    newest = session.scalar(select(func.max(OutboxEvent.id))) or 0
    after = newest if lowest is None else lowest - 1
    session.execute(
        update(ConsumerPosition)
        .where(ConsumerPosition.consumer == consumer.name, ConsumerPosition.after_id < after)
        .values(after_id=after)
    )


# -- claiming ---------------------------------------------------------------------------------------


def _insert(session: Session, table: Any) -> Any:
    return (pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert)(table)


def _lock_key(consumer: str) -> int:
    return zlib.crc32(consumer.encode()) - 2**31  # a signed 32-bit key per consumer


def _locked(session: Session, consumer: str, ids: list[int], most: int) -> list[int]:
    """Up to ``most`` of the ids (in their order) whose (consumer, event) lock this transaction took;
    other processes hold the ones passed over. The scan stops at ``most``: no lock is taken in vain."""
    if session.get_bind().dialect.name != "postgresql":
        return ids[:most]
    if not ids:
        return []
    rows = session.execute(
        text(
            "SELECT k FROM unnest(CAST(:ids AS bigint[])) AS k "
            "WHERE pg_try_advisory_xact_lock(:key, CAST(k % 2147483648 AS integer)) LIMIT :most"
        ),
        {"ids": ids, "key": _lock_key(consumer), "most": most},
    )
    return [int(k) for (k,) in rows]


def _claim(session: Session, consumer: str, ids: list[int], now: datetime) -> set[int]:
    """Insert the inbox rows: the ids returned are this transaction's to apply. The ids go in as one array
    (PostgreSQL) or JSON text (SQLite): a VALUES row per event takes SQLAlchemy seconds to compile."""
    if not ids:
        return set()
    if session.get_bind().dialect.name == "postgresql":
        source = func.unnest(literal(ids, ARRAY(BigInteger))).table_valued("value").render_derived()
    else:
        source = func.json_each(json.dumps(ids)).table_valued("value")
    rows = select(literal(consumer), source.c.value, literal(now, UTCDateTime())).select_from(source)
    statement = (
        _insert(session, InboxEntry)
        .from_select(["consumer", "event_id", "processed_at"], rows.where(true()))  # SQLite: ON CONFLICT needs a WHERE
        .on_conflict_do_nothing(index_elements=["consumer", "event_id"])
        .returning(InboxEntry.event_id)
    )
    return {int(event_id) for (event_id,) in session.execute(statement)}


def _events(session: Session, ids: set[int]) -> list[Event]:
    """The events, in id order (read once claimed: the search reads ids only)."""
    if not ids:
        return []
    columns = (OutboxEvent.id, OutboxEvent.topic, OutboxEvent.entity_type, OutboxEvent.entity_id, OutboxEvent.payload)
    rows = session.execute(select(*columns).where(OutboxEvent.id.in_(sorted(ids))).order_by(OutboxEvent.id))
    return [Event(*row) for row in rows]


def _apply_new(session: Session, consumer: Consumer, now: datetime, max_attempts: int) -> tuple[ConsumeReport, bool]:
    """One batch of unapplied events; True: there may be more for this process now."""
    postgres = session.get_bind().dialect.name == "postgresql"
    position = _position(session, consumer)
    # SQLite: one writer at a time, so nobody else holds any of them.
    window = consumer.batch * (SEARCH_BATCHES if postgres else 1)
    found = list(
        session.scalars(
            select(OutboxEvent.id)
            .where(_unapplied(consumer, position, postgres))
            .order_by(OutboxEvent.id)
            .limit(window)
        )
    )
    locked = set(_locked(session, consumer.name, found, consumer.batch))
    # Read again under the locks: a failure another process committed since the search is not ours to apply.
    failed = set(
        session.scalars(
            select(ConsumerFailure.event_id).where(
                ConsumerFailure.consumer == consumer.name, ConsumerFailure.event_id.in_(locked)
            )
        )
    )
    claimed = _claim(session, consumer.name, sorted(locked - failed), now)
    report = _apply(session, consumer, _events(session, claimed), now, max_attempts, {})
    # Another round while this one claimed something and found as many as it looked for, or more than it took.
    return report, bool(claimed) and (len(found) == window or len(found) > len(locked))


def _apply_due(session: Session, consumer: Consumer, now: datetime, max_attempts: int) -> tuple[ConsumeReport, bool]:
    """Retry the failures whose back-off has passed (and those an administrator sent back)."""
    due = (
        ConsumerFailure.consumer == consumer.name,
        ConsumerFailure.dead_at.is_(None),
        or_(ConsumerFailure.resolution.is_(None), ConsumerFailure.resolution == RETRIED),
        ConsumerFailure.next_attempt_at <= now,
    )
    window = consumer.batch * SEARCH_BATCHES
    ids = list(
        session.scalars(
            select(ConsumerFailure.event_id).where(*due).order_by(ConsumerFailure.next_attempt_at).limit(window)
        )
    )
    locked = _locked(session, consumer.name, ids, consumer.batch)
    # Read again under the locks: another process may have retried some since the search.
    query = select(ConsumerFailure).where(*due, ConsumerFailure.event_id.in_(locked))
    failures = {f.event_id: f for f in session.scalars(query.execution_options(populate_existing=True))}
    present = set(session.scalars(select(OutboxEvent.id).where(OutboxEvent.id.in_(list(failures)))))
    for event_id in set(failures) - present:  # the event itself is gone: nothing can apply it
        failure = failures[event_id]
        _failed(
            session, consumer, event_id, failure.topic, {}, "the event is no longer in the outbox", now, 0, failures
        )
    claimed = _claim(session, consumer.name, sorted(present), now)
    for event_id in set(failures) - claimed:  # applied after all (cannot normally happen): nothing to retry
        session.delete(failures.pop(event_id))
    report = _apply(session, consumer, _events(session, claimed), now, max_attempts, failures)
    return report, bool(claimed) and len(ids) > len(locked)


# -- applying ---------------------------------------------------------------------------------------


def _apply(
    session: Session,
    consumer: Consumer,
    events: list[Event],
    now: datetime,
    max_attempts: int,
    failures: dict[int, ConsumerFailure],
) -> ConsumeReport:
    report = ConsumeReport()
    if not events:
        return report
    try:  # the whole batch first: one savepoint, the handler's bulk statements
        with session.begin_nested():
            report.made = consumer.handle(session, events, now)
        done = events
    except Exception as exc:
        _reraise_if_connection_lost(exc)
        if len(events) == 1:
            report.add(_record(session, consumer, events[0], exc, now, max_attempts, failures))
            return report
        done = []
        for event in events:  # then one by one, to set aside only what fails
            try:
                with session.begin_nested():
                    report.made += consumer.handle(session, [event], now)
                done.append(event)
            except Exception as one:
                _reraise_if_connection_lost(one)
                report.add(_record(session, consumer, event, one, now, max_attempts, failures))
    for event in done:
        if event.id in failures:  # a retry that worked: the failure is over
            session.delete(failures.pop(event.id))
    report.applied += len(done)
    return report


def _reraise_if_connection_lost(exc: Exception) -> None:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        raise exc


def _record(
    session: Session,
    consumer: Consumer,
    event: Event,
    exc: Exception,
    now: datetime,
    max_attempts: int,
    failures: dict[int, ConsumerFailure],
) -> ConsumeReport:
    log.warning("consumer %s: event %d (%s) failed: %s", consumer.name, event.id, event.topic, exc)
    # Its inbox row was written outside the savepoint: the event is not applied, so it goes.
    session.execute(delete(InboxEntry).where(InboxEntry.consumer == consumer.name, InboxEntry.event_id == event.id))
    message = f"{type(exc).__name__}: {exc}"[:ERROR_LIMIT]
    dead = _failed(session, consumer, event.id, event.topic, event.payload, message, now, max_attempts, failures)
    return ConsumeReport(failed=1, dead=int(dead))


def _failed(
    session: Session,
    consumer: Consumer,
    event_id: int,
    topic: str,
    payload: dict[str, Any],
    message: str,
    now: datetime,
    max_attempts: int,
    failures: dict[int, ConsumerFailure],
) -> bool:
    """Count one failed attempt on the event's failure row (made at the first); True: it is dead now."""
    failure = failures.pop(event_id, None)
    if failure is None:
        failure = ConsumerFailure(
            consumer=consumer.name, event_id=event_id, topic=topic, payload=payload, attempts=0, first_failed_at=now
        )
        session.add(failure)
    failure.attempts += 1
    failure.last_error = message
    dead = failure.attempts >= max_attempts
    failure.dead_at = now if dead else None
    failure.next_attempt_at = None if dead else now + retry_delay(failure.attempts)
    failure.resolution = failure.resolved_at = failure.resolved_by = None
    session.flush()
    return dead
