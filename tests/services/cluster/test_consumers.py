"""Outbox consumers on both engines: each event applied once with its effect, a failure retried with
back-off until it is a dead letter, which an administrator retries or discards (audited); and, on
PostgreSQL, an event whose transaction commits after a later one is still applied."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import BigInteger, Column, MetaData, String, Table, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import AuditRecord, ConsumerFailure, InboxEntry, OutboxEvent
from hashinsight_desktop.services.cluster import dead_letters
from hashinsight_desktop.services.cluster.consumers import (
    DEFAULT_MAX_ATTEMPTS,
    Consumer,
    Event,
    consume,
    max_attempts_setting,
    retry_delay,
)
from hashinsight_desktop.services.errors import PermissionDenied, ServiceError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

T0 = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)
TOPIC = "test.thing"
EFFECTS = Table("consumer_test_effects", MetaData(), Column("event_id", BigInteger), Column("note", String(40)))


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


class Flaky:
    """The handler: one effect row per event; events whose payload says so fail (``times`` times, or always)."""

    def __init__(self) -> None:
        self.failures: dict[int, int] = {}
        self.healed = False

    def __call__(self, session: Session, events: Sequence[Event], now: datetime) -> int:
        for event in events:
            fail = event.payload.get("fail")
            if fail and not self.healed and (fail == "always" or self.failures.get(event.id, 0) < fail):
                self.failures[event.id] = self.failures.get(event.id, 0) + 1
                raise RuntimeError(f"cannot apply {event.payload['n']}")
        session.execute(insert(EFFECTS), [{"event_id": e.id, "note": str(e.payload["n"])} for e in events])
        return len(events)


def _emit(session_factory: sessionmaker[Session], payloads: list[dict[str, object]], topic: str = TOPIC) -> list[int]:
    with unit_of_work(session_factory) as session:
        rows = [{"topic": topic, "entity_type": "thing", "entity_id": str(p["n"]), "payload": p} for p in payloads]
        return list(session.scalars(insert(OutboxEvent).returning(OutboxEvent.id), rows))


def _effects(session_factory: sessionmaker[Session]) -> list[str]:
    with session_factory() as session:
        return sorted(session.scalars(select(EFFECTS.c.note)))


def test_each_event_once_failures_retried_then_dead_then_retried_or_discarded_by_an_admin(
    session_factory: sessionmaker[Session],
) -> None:
    people = make_people(session_factory)
    EFFECTS.create(session_factory.kw["bind"])
    handler, clock = Flaky(), Clock()
    consumer = Consumer("test", (TOPIC,), handler, batch=4)
    _emit(session_factory, [{"n": "before"}])  # before the consumer's first run: not its business
    assert consume(session_factory, consumer, clock, max_attempts=3).applied == 0

    payloads: list[dict[str, object]] = [{"n": f"e{i}"} for i in range(10)]
    payloads[3]["fail"] = 2  # fails with its batch and alone, then works on its retry
    payloads[6]["fail"] = "always"
    payloads[8]["fail"] = "always"
    _emit(session_factory, payloads)
    _emit(session_factory, [{"n": "other topic"}], topic="test.other")
    report = consume(session_factory, consumer, clock, max_attempts=3)
    assert (report.applied, report.failed, report.dead) == (7, 3, 0)
    assert _effects(session_factory) == sorted(f"e{i}" for i in (0, 1, 2, 4, 5, 7, 9))
    assert consume(session_factory, consumer, clock, max_attempts=3).applied == 0  # not due yet

    clock.now = T0 + retry_delay(1)
    report = consume(session_factory, consumer, clock, max_attempts=3)
    assert (report.applied, report.failed) == (1, 2)  # e3 worked on its second attempt
    clock.now += retry_delay(2)
    assert consume(session_factory, consumer, clock, max_attempts=3).dead == 2
    clock.now += timedelta(days=1)
    assert consume(session_factory, consumer, clock, max_attempts=3).failed == 0  # dead letters wait

    with session_factory() as session:
        dead = dead_letters.list_failures(session, people.admin)
        assert [(d.event_id - dead[0].event_id, d.attempts, d.state) for d in dead] == [(0, 3, "dead"), (-2, 3, "dead")]
        assert dead[0].last_error == "RuntimeError: cannot apply e8" and dead[0].topic == TOPIC
        with pytest.raises(PermissionDenied):
            dead_letters.list_failures(session, people.site_manager)
    e8, e6 = dead
    with unit_of_work(session_factory) as session:
        dead_letters.discard(session, people.owner, e6.id, clock=clock)
    with unit_of_work(session_factory) as session, pytest.raises(ServiceError, match="no longer a dead letter"):
        dead_letters.retry(session, people.admin, e6.id, clock=clock)  # someone else discarded it first
    with unit_of_work(session_factory) as session:
        dead_letters.retry(session, people.admin, e8.id, clock=clock)
    handler.healed = True
    assert consume(session_factory, consumer, clock, max_attempts=3).applied == 1  # e8; e6 stays discarded

    expected = sorted(f"e{i}" for i in (0, 1, 2, 3, 4, 5, 7, 8, 9))
    assert _effects(session_factory) == expected
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(InboxEntry)) == len(expected)
        left = session.scalars(select(ConsumerFailure)).all()
        assert [(f.event_id, f.resolution, f.resolved_by) for f in left] == [(e6.event_id, "discarded", "owner")]
        assert [d.state for d in dead_letters.list_failures(session, people.owner, everything=True)] == ["discarded"]
        actions = session.scalars(
            select(AuditRecord.summary)
            .where(AuditRecord.action.like("consumer.dead_letter.%"))
            .order_by(AuditRecord.seq)
        ).all()
        assert actions == [
            f"discarded dead letter: event {e6.event_id} (test.thing) of consumer test after 3 attempts",
            f"retried dead letter: event {e8.event_id} (test.thing) of consumer test",
        ]
    # New events later: applied once, the old ones not again.
    _emit(session_factory, [{"n": "late"}])
    assert consume(session_factory, consumer, clock).applied == 1
    assert _effects(session_factory) == sorted([*expected, "late"])


def test_an_event_whose_transaction_commits_late_is_not_skipped(session_factory: sessionmaker[Session]) -> None:
    engine = session_factory.kw["bind"]
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: its ids commit in order, no transaction commits late")
    EFFECTS.create(engine)
    consumer, clock = Consumer("test", (TOPIC,), Flaky()), Clock()
    consume(session_factory, consumer, clock)  # the consumer starts here
    with session_factory() as slow, slow.begin():
        early = slow.scalar(
            insert(OutboxEvent)
            .values(topic=TOPIC, entity_type="thing", entity_id="1", payload={"n": "early"})
            .returning(OutboxEvent.id)
        )
        (later,) = _emit(session_factory, [{"n": "later"}])  # takes a higher id, commits first
        assert early is not None and early < later
        assert consume(session_factory, consumer, clock).applied == 1
    # The slow transaction committed only now: an id cursor would already be past its event.
    assert consume(session_factory, consumer, clock).applied == 1
    assert _effects(session_factory) == ["early", "later"]
    assert consume(session_factory, consumer, clock).applied == 0


def test_max_attempts_is_a_setting() -> None:
    assert max_attempts_setting({}) == DEFAULT_MAX_ATTEMPTS == 5
    assert max_attempts_setting({"consumers": {"max_attempts": 2}}) == 2
    for wrong in (0, -1, 2.5, "3", True):
        assert max_attempts_setting({"consumers": {"max_attempts": wrong}}) == DEFAULT_MAX_ATTEMPTS
