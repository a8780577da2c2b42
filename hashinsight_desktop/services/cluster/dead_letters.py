"""Dead letters: outbox events a consumer gave up on after its attempts (services/cluster/consumers.py),
listed for an administrator who retries them (the consumer tries again, with all its attempts) or
discards them (never applied; the row stays as the record). Both audited; settings managers only
(owners and administrators)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import ConsumerFailure
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.cluster.consumers import DISCARDED, RETRIED
from hashinsight_desktop.services.errors import NotFound, ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal, require

DEAD, RETRYING, RETRY_ASKED = "dead", "retrying", "retry asked"  # a failure's state, as listed
LIST_LIMIT = 2000


@dataclass(frozen=True)
class FailureView:
    id: uuid.UUID
    consumer: str
    event_id: int
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
    return [_view(f) for f in session.scalars(query)]


def find(session: Session, principal: Principal, key: str) -> FailureView:
    """A failure by its id or the first characters of it (at least 6, as the list prints 8)."""
    require(principal, Permission.SETTINGS_MANAGE, "see the dead letters")
    key = key.strip().lower()
    if len(key) < 6:
        raise NotFound(f"Dead letter {key!r}: give at least 6 characters of its id.")
    matches = [f for f in session.scalars(select(ConsumerFailure)) if str(f.id).startswith(key)]
    if len(matches) != 1:
        problem = "no dead letter has that id" if not matches else f"{len(matches)} dead letters start with it"
        raise NotFound(f"Dead letter {key!r}: {problem}.")
    return _view(matches[0])


def _open_dead(session: Session, failure_id: uuid.UUID) -> ConsumerFailure:
    failure = session.get(ConsumerFailure, failure_id, with_for_update=True)
    if failure is None:
        raise NotFound("That dead letter no longer exists.")
    if failure.dead_at is None or failure.resolution is not None:
        raise ServiceError(
            f"Event {failure.event_id} of {failure.consumer} is no longer a dead letter ({_state(failure)}): "
            "someone else acted on it. The list has been reloaded."
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
        summary=f"retried dead letter: event {failure.event_id} ({failure.topic}) of consumer {failure.consumer}",
        clock=clock,
    )  # fmt: skip


def discard(session: Session, principal: Principal, failure_id: uuid.UUID, *, clock: Clock = system_clock) -> None:
    """Give a dead letter up for good: its event is never applied by that consumer."""
    require(principal, Permission.SETTINGS_MANAGE, "discard dead letters")
    failure = _open_dead(session, failure_id)
    before = _describe(failure)
    failure.resolution, failure.resolved_at, failure.resolved_by = DISCARDED, clock(), principal.username
    session.flush()
    audit.append(
        session, principal, "consumer.dead_letter.discard", "consumer_failure", failure.id,
        before=before, after=_describe(failure),
        summary=f"discarded dead letter: event {failure.event_id} ({failure.topic}) of consumer {failure.consumer} "
        f"after {failure.attempts} attempts",
        clock=clock,
    )  # fmt: skip
