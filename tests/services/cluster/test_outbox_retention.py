"""Outbox retention on both engines: old events every consumer has passed go with their inbox rows, in
batches; an old event a consumer has not applied yet, or whose dead letter may still be retried, stays."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import ConsumerFailure, InboxEntry, OutboxEvent
from hashinsight_desktop.services.clock import database_now, system_clock
from hashinsight_desktop.services.cluster.consumers import DISCARDED, Consumer, Event, consume
from hashinsight_desktop.services.cluster.outbox_retention import DEFAULT_KEEP_DAYS, keep_setting, prune_outbox
from hashinsight_desktop.services.notifications.digests import ALERTS_CONSUMER
from hashinsight_desktop.services.transaction import unit_of_work

TOPIC = "test.retention"
KEEP = timedelta(days=7)


def _ok(session: Session, events: Sequence[Event], now: datetime) -> int:
    return len(events)


def _refuses_three(session: Session, events: Sequence[Event], now: datetime) -> int:
    if any(event.payload["n"] == 3 for event in events):
        raise RuntimeError("cannot apply 3")
    return len(events)


APPLIES_ALL = Consumer("retention-a", (TOPIC,), _ok)
REFUSES_THREE = Consumer("retention-b", (TOPIC,), _refuses_three)


def _emit(session_factory: sessionmaker[Session], ages: list[timedelta]) -> list[int]:
    with unit_of_work(session_factory) as session:
        now = database_now(session)
        rows = [
            {"topic": TOPIC, "entity_type": "thing", "entity_id": str(n), "payload": {"n": n}, "created_at": now - age}
            for n, age in enumerate(ages, start=1)
        ]
        return list(session.scalars(insert(OutboxEvent).returning(OutboxEvent.id), rows))


def _left(session_factory: sessionmaker[Session]) -> tuple[list[int], list[tuple[str, int]]]:
    with session_factory() as session:
        events = list(session.scalars(select(OutboxEvent.id).order_by(OutboxEvent.id)))
        inbox = [(c, e) for c, e in session.execute(select(InboxEntry.consumer, InboxEntry.event_id))]
        return events, sorted(inbox)


def _consume_twice(session_factory: sessionmaker[Session], consumer: Consumer) -> None:
    for _ in range(2):  # the second run raises the position past what the first applied
        consume(session_factory, consumer, system_clock, max_attempts=1)


def test_only_old_events_every_consumer_passed_go_with_their_inbox_rows(
    session_factory: sessionmaker[Session],
) -> None:
    for consumer in (APPLIES_ALL, REFUSES_THREE):  # both consumers exist before the events
        consume(session_factory, consumer, system_clock)
    old, fresh = KEEP + timedelta(days=1), timedelta(hours=1)
    ids = _emit(session_factory, [old, old, old, old, old, fresh])
    _consume_twice(session_factory, ALERTS_CONSUMER)  # the product's consumer (none of its topics here) passes them
    _consume_twice(session_factory, APPLIES_ALL)

    # retention-b has applied none of them: all stay, however old.
    assert prune_outbox(session_factory, KEEP, batch=2) == 0
    assert _left(session_factory)[0] == ids

    _consume_twice(session_factory, REFUSES_THREE)  # event 3 becomes its dead letter (one attempt)
    assert prune_outbox(session_factory, KEEP, batch=2) == 4
    events, inbox = _left(session_factory)
    assert events == [ids[2], ids[5]]  # the dead letter's event (may still be retried) and the fresh one
    assert inbox == sorted([("retention-a", ids[2]), ("retention-a", ids[5]), ("retention-b", ids[5])])

    with unit_of_work(session_factory) as session:
        session.execute(update(ConsumerFailure).where(ConsumerFailure.event_id == ids[2]).values(resolution=DISCARDED))
    assert prune_outbox(session_factory, KEEP) == 1
    assert _left(session_factory) == ([ids[5]], sorted([("retention-a", ids[5]), ("retention-b", ids[5])]))


def test_the_newest_event_stays_so_no_id_is_given_again(session_factory: sessionmaker[Session]) -> None:
    """SQLite numbers a new row after the highest id left: were the newest deleted, its id would come back
    and consumers and tails, past it already, would skip the new event."""
    ids = _emit(session_factory, [KEEP * 2] * 3)  # old, and every consumer passes them below
    for consumer in (ALERTS_CONSUMER, APPLIES_ALL, REFUSES_THREE):
        _consume_twice(session_factory, consumer)
    assert prune_outbox(session_factory, KEEP) == 2
    assert _left(session_factory)[0] == [ids[2]]
    assert _emit(session_factory, [timedelta()])[0] > ids[2]


def test_keep_days_is_a_setting() -> None:
    assert keep_setting({}) == timedelta(days=DEFAULT_KEEP_DAYS)
    assert keep_setting({"outbox": {"keep_days": 2}}) == timedelta(days=2)
    assert keep_setting({"outbox": {"keep_days": 0}}) == timedelta(days=DEFAULT_KEEP_DAYS)
    assert keep_setting({"outbox": {"keep_days": True}}) == timedelta(days=DEFAULT_KEEP_DAYS)
