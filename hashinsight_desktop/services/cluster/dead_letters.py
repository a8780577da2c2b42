"""Dead letters: outbox events a consumer gave up on after its attempts (services/cluster/consumers.py), and
notification deliveries the sender gave up on after theirs (services/notifications/delivery.py: a delivery is
a row of the send log, not an outbox event), listed for an administrator who retries them (tried again, with
all their attempts) or discards them (never applied or sent; the row stays as the record). Both audited;
settings managers only (owners and administrators)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import ConsumerFailure, NotificationDelivery
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.cluster.consumers import DISCARDED, RETRIED
from hashinsight_desktop.services.errors import NotFound, ServiceError
from hashinsight_desktop.services.notifications import delivery as deliveries
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

DEAD, RETRYING, RETRY_ASKED = "dead", "retrying", "retry asked"  # a failure's state, as listed
LIST_LIMIT = 2000
DELIVERY = "notification delivery"  # the "consumer" a failed delivery is listed under


@dataclass(frozen=True)
class FailureView:
    id: uuid.UUID
    consumer: str
    event_id: int | None  # None: a notification delivery
    topic: str
    payload: dict[str, Any]
    attempts: int
    last_error: str
    first_failed_at: datetime
    next_attempt_at: datetime | None
    dead_at: datetime | None
    resolved_at: datetime | None
    resolved_by: str | None
    state: str  # dead, retrying, retry asked, discarded


def _state(failure: ConsumerFailure) -> str:
    if failure.resolution == DISCARDED:
        return DISCARDED
    if failure.dead_at is not None:
        return DEAD
    return RETRY_ASKED if failure.resolution == RETRIED else RETRYING


def _view(f: ConsumerFailure) -> FailureView:
    return FailureView(
        f.id, f.consumer, f.event_id, f.topic, dict(f.payload), f.attempts, f.last_error, f.first_failed_at,
        f.next_attempt_at, f.dead_at, f.resolved_at, f.resolved_by, _state(f),
    )  # fmt: skip


def list_failures(session: Session, principal: Principal, *, everything: bool = False) -> list[FailureView]:
    """The dead letters, newest first; ``everything``: also the failures still being retried and the
    discarded ones."""
    require(principal, Permission.SETTINGS_MANAGE, "see the dead letters")
    query = select(ConsumerFailure)
    if not everything:
        query = query.where(ConsumerFailure.dead_at.is_not(None), ConsumerFailure.resolution.is_(None))
    newest = (
        ConsumerFailure.dead_at.desc().nulls_last(),
        ConsumerFailure.first_failed_at.desc(),
        ConsumerFailure.event_id.desc(),
    )
    query = query.order_by(*newest).limit(LIST_LIMIT)
    views = [_view(f) for f in session.scalars(query)] + _dead_deliveries(session)
    return sorted(views, key=lambda f: f.dead_at or f.first_failed_at, reverse=True)[:LIST_LIMIT]


def _delivery_view(d: NotificationDelivery) -> FailureView:
    """A delivery given up on, in a dead letter's terms: its first attempt follows its queueing at once (the
    row keeps no separate time for it), its last attempt is when it died."""
    payload = {"subject": d.subject, "recipient": d.recipient, "alerts": len(d.alerts)}
    dead_at = d.last_attempt_at or d.created_at
    return FailureView(
        d.id, DELIVERY, None, f"to {d.channel_name}", payload, d.attempts, d.last_error or "", d.created_at,
        None, dead_at, None, None, DEAD,
    )  # fmt: skip


def _dead_deliveries(session: Session) -> list[FailureView]:
    query = select(NotificationDelivery).where(NotificationDelivery.status == deliveries.FAILED)
    return [_delivery_view(d) for d in session.scalars(query.limit(LIST_LIMIT))]


def find(session: Session, principal: Principal, key: str) -> FailureView:
    """A failure by its id or the first characters of it (at least 6, as the list prints 8)."""
    require(principal, Permission.SETTINGS_MANAGE, "see the dead letters")
    key = key.strip().lower()
    if len(key) < 6:
        raise NotFound(
            Text(QT_TRANSLATE_NOOP("Errors", "Dead letter {key!r}: give at least 6 characters of its id."), key=key)
        )
    digits = key.replace("-", "")
    if not all(c in "0123456789abcdef" for c in digits):
        raise NotFound(Text(QT_TRANSLATE_NOOP("Errors", "Dead letter {key!r}: no dead letter has that id."), key=key))
    failures = session.scalars(select(ConsumerFailure).where(_id_starts(ConsumerFailure.id, digits)).limit(2))
    dead = select(NotificationDelivery).where(
        NotificationDelivery.status == deliveries.FAILED, _id_starts(NotificationDelivery.id, digits)
    )
    matches = [_view(f) for f in failures] + [_delivery_view(d) for d in session.scalars(dead.limit(2))]
    if len(matches) != 1:
        problem = "no dead letter has that id" if not matches else "more than one starts with it: give more of it"
        raise NotFound(Text(QT_TRANSLATE_NOOP("Errors", "Dead letter {key!r}: {problem}."), key=key, problem=problem))
    return matches[0]


def _id_starts(column: Any, digits: str) -> Any:
    """The id's hex digits start with ``digits``, matched in SQL on both engines (PostgreSQL's uuid text has
    dashes, SQLite stores the 32 digits): no row is loaded to find one."""
    return func.replace(cast(column, String), "-", "").like(f"{digits}%")


def _open_dead(session: Session, failure_id: uuid.UUID) -> ConsumerFailure:
    failure = session.get(ConsumerFailure, failure_id, with_for_update=True)
    if failure is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That dead letter no longer exists."))
    if failure.dead_at is None or failure.resolution is not None:
        raise ServiceError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    (
                        "Event {event_id} of {consumer} is no longer a dead letter "
                        "({value}): someone else acted on it since it was listed."
                    ),
                ),
                event_id=failure.event_id,
                consumer=failure.consumer,
                value=_state(failure),
            )
        )
    return failure


def _describe(f: ConsumerFailure) -> dict[str, Any]:
    return {
        "consumer": f.consumer, "event_id": f.event_id, "topic": f.topic, "attempts": f.attempts,
        "dead_at": f.dead_at, "resolution": f.resolution,
    }  # fmt: skip


def retry(session: Session, principal: Principal, failure_id: uuid.UUID, *, clock: Clock = system_clock) -> None:
    """Send a dead letter back to its consumer: tried at its next run, with all its attempts again."""
    require(principal, Permission.SETTINGS_MANAGE, "retry dead letters")
    if session.get(ConsumerFailure, failure_id) is None:
        _retry_delivery(session, principal, failure_id, clock)
        return
    failure = _open_dead(session, failure_id)
    before = _describe(failure)
    now = clock()
    failure.attempts = 0
    failure.dead_at = None
    failure.next_attempt_at = now
    failure.resolution, failure.resolved_at, failure.resolved_by = RETRIED, now, principal.username
    session.flush()
    audit.append(
        session, principal, "consumer.dead_letter.retry", "consumer_failure", failure.id,
        before=before, after=_describe(failure),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "retried dead letter: event {event_id} ({topic}) of consumer {consumer}"),
            event_id=failure.event_id, topic=failure.topic, consumer=failure.consumer,
        ),
        clock=clock,
    )  # fmt: skip


def discard(session: Session, principal: Principal, failure_id: uuid.UUID, *, clock: Clock = system_clock) -> None:
    """Give a dead letter up for good: its event is never applied by that consumer."""
    require(principal, Permission.SETTINGS_MANAGE, "discard dead letters")
    if session.get(ConsumerFailure, failure_id) is None:
        _discard_delivery(session, principal, failure_id, clock)
        return
    failure = _open_dead(session, failure_id)
    before = _describe(failure)
    failure.resolution, failure.resolved_at, failure.resolved_by = DISCARDED, clock(), principal.username
    session.flush()
    audit.append(
        session, principal, "consumer.dead_letter.discard", "consumer_failure", failure.id,
        before=before, after=_describe(failure),
        summary=Text(
            QT_TRANSLATE_NOOP(
                "Audit",
                "discarded dead letter: event {event_id} ({topic}) of consumer {consumer} "
                "after {attempts} attempts",
            ),
            event_id=failure.event_id, topic=failure.topic, consumer=failure.consumer, attempts=failure.attempts,
        ),
        clock=clock,
    )  # fmt: skip


def _open_dead_delivery(session: Session, delivery_id: uuid.UUID) -> NotificationDelivery:
    found = session.get(NotificationDelivery, delivery_id, with_for_update=True)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That dead letter no longer exists."))
    if found.status != deliveries.FAILED:
        raise ServiceError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    (
                        "The notification to {channel_name} is no longer a dead "
                        "letter ({status}): someone else acted on it since it was "
                        "listed."
                    ),
                ),
                channel_name=found.channel_name,
                status=found.status,
            )
        )
    return found


def _delivery_state(d: NotificationDelivery) -> dict[str, Any]:
    return {"channel": d.channel_name, "recipient": d.recipient, "subject": d.subject, "status": d.status,
            "attempts": d.attempts}  # fmt: skip


def _retry_delivery(session: Session, principal: Principal, delivery_id: uuid.UUID, clock: Clock) -> None:
    """Queue it again, due now, with all its attempts (the sender's next cycle takes it)."""
    found = _open_dead_delivery(session, delivery_id)
    before = _delivery_state(found)
    found.status, found.attempts, found.next_attempt_at = deliveries.PENDING, 0, clock()
    session.flush()
    audit.append(
        session, principal, "notification.delivery.retry", "notification_delivery", found.id,
        before=before, after=_delivery_state(found),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "retried dead letter: notification {subject!r} to {channel}"),
            subject=found.subject, channel=found.channel_name,
        ),
        clock=clock,
    )  # fmt: skip


def _discard_delivery(session: Session, principal: Principal, delivery_id: uuid.UUID, clock: Clock) -> None:
    """Give it up for good: never sent; the send log keeps it, as discarded."""
    found = _open_dead_delivery(session, delivery_id)
    before = _delivery_state(found)
    found.status = deliveries.DISCARDED
    session.flush()
    audit.append(
        session, principal, "notification.delivery.discard", "notification_delivery", found.id,
        before=before, after=_delivery_state(found),
        summary=Text(
            QT_TRANSLATE_NOOP(
                "Audit", "discarded dead letter: notification {subject!r} to {channel} after {attempts} attempts"
            ),
            subject=found.subject, channel=found.channel_name, attempts=found.attempts,
        ),
        clock=clock,
    )  # fmt: skip
