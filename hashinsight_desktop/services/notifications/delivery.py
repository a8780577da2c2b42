"""Deliveries: due ones are sent, each attempt recorded; a failure is retried with exponential back-off
(30 s, 1 min, 2 min … at most an hour apart, 8 attempts) on a schedule kept in the row, so a restart
picks up where it was. The rows are the send log: what, to whom, when, the result and the attempts.

Sending is at least once: a crash after the server accepted a message but before the result was
written sends that message again at the next start (nothing can be recalled from an SMTP server).
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, cast

import httpx
from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import NotificationChannel, NotificationDelivery, NotificationItem
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.notifications.channels import recipient, secret_key
from hashinsight_desktop.services.notifications.formats import EMAIL, Message, test_message
from hashinsight_desktop.services.notifications.transport import DeliveryError, send
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

PENDING: Final = "pending"
SENT: Final = "sent"
FAILED: Final = "failed"  # gave up after its attempts: a dead letter (Admin → Dead letters)
DISCARDED: Final = "discarded"  # a failed one an administrator gave up for good
RETRY_BASE_S = 30.0
RETRY_MAX_S = 3600.0
MAX_ATTEMPTS = 8
KEEP_DAYS = 90  # the send log's length
PER_CYCLE = 50  # deliveries attempted per call of deliver_due
CLAIM = timedelta(minutes=2)  # longer than an attempt can take (SMTP and HTTP time out after 20 s)


def retry_delay(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt."""
    return timedelta(seconds=min(RETRY_BASE_S * 2 ** max(0, attempts - 1), RETRY_MAX_S))


@dataclass(frozen=True)
class Job:
    delivery_id: uuid.UUID
    channel_id: uuid.UUID
    kind: str
    settings: dict[str, Any]
    message: Message
    max_attempts: int


@dataclass(frozen=True)
class Outcome:
    delivery_id: uuid.UUID
    status: str
    attempts: int
    error: str | None
    next_attempt_at: datetime | None


def new_delivery(
    channel: NotificationChannel, message: Message, now: datetime, *, next_attempt_at: datetime | None
) -> NotificationDelivery:
    """A queued message to ``channel``: its row in the send log."""
    return NotificationDelivery(
        id=uuid.uuid4(),
        channel_id=channel.id,
        channel_name=channel.name,
        recipient=str(recipient(channel))[:300],  # the log keeps where it went, as sent
        subject=message.subject,
        body=message.body,
        alerts=message.alerts,
        is_test=message.is_test,
        status=PENDING,
        attempts=0,
        created_at=now,
        next_attempt_at=next_attempt_at,
    )


def due_jobs(session: Session, now: datetime, *, limit: int = 20) -> list[Job]:
    """The deliveries due now, claimed: each is moved :data:`CLAIM` ahead in this transaction, so another
    process reading them (two on one SQLite file, a leader change) finds nothing due; the attempt's record
    sets the real time, and a process that died mid-send leaves it due again when the claim runs out."""
    rows = session.scalars(
        select(NotificationDelivery)
        .where(NotificationDelivery.status == PENDING, NotificationDelivery.next_attempt_at <= now)
        .order_by(NotificationDelivery.next_attempt_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    jobs: list[Job] = []
    for delivery in rows:
        delivery.next_attempt_at = now + CLAIM
        channel = None if delivery.channel_id is None else session.get(NotificationChannel, delivery.channel_id)
        if channel is None:
            delivery.status, delivery.last_error, delivery.next_attempt_at = FAILED, "the channel was removed", None
            continue
        message = Message(delivery.subject, delivery.body, delivery.alerts, delivery.is_test)
        jobs.append(
            Job(
                delivery.id,
                channel.id,
                channel.kind,
                dict(channel.settings),
                message,
                1 if delivery.is_test else MAX_ATTEMPTS,
            )
        )
    return jobs


def record_attempt(session: Session, job: Job, now: datetime, error: str | None) -> Outcome:
    delivery = session.get(NotificationDelivery, job.delivery_id)
    if delivery is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That delivery no longer exists."))
    delivery.attempts += 1
    delivery.last_attempt_at = now
    if error is None:
        delivery.status, delivery.sent_at, delivery.next_attempt_at, delivery.last_error = SENT, now, None, None
    else:
        delivery.last_error = error[:300]
        if delivery.attempts >= job.max_attempts:
            delivery.status, delivery.next_attempt_at = FAILED, None
        else:
            delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    session.flush()
    return Outcome(delivery.id, delivery.status, delivery.attempts, delivery.last_error, delivery.next_attempt_at)


async def attempt(job: Job, secrets: SecretStore, client: httpx.AsyncClient) -> str | None:
    """Send once; the reason it failed, or None."""
    secret = None
    if job.kind != EMAIL or job.settings.get("username"):  # mail without a login needs no keyring
        try:
            secret = await asyncio.to_thread(secrets.get, secret_key(job.channel_id))
        except SecretStoreError as exc:
            return str(exc)[:300]
    try:
        await send(job.kind, job.settings, secret, job.message, client)
    except DeliveryError as exc:
        return str(exc)
    return None


async def deliver_due(
    session_factory: sessionmaker[Session], secrets: SecretStore, client: httpx.AsyncClient, clock: Clock
) -> list[Outcome]:
    """Send the due deliveries one at a time (each claimed just before its attempt, so a claim covers one
    attempt), recording each attempt as it ends; at most ``PER_CYCLE`` per call."""

    def load() -> list[Job]:
        with unit_of_work(session_factory) as session:
            return due_jobs(session, clock(), limit=1)

    def record(job: Job, error: str | None) -> Outcome:
        with unit_of_work(session_factory) as session:
            return record_attempt(session, job, clock(), error)

    outcomes: list[Outcome] = []
    while len(outcomes) < PER_CYCLE and (jobs := await asyncio.to_thread(load)):
        error = await attempt(jobs[0], secrets, client)
        outcomes.append(await asyncio.to_thread(record, jobs[0], error))
    return outcomes


def queue_test(session: Session, principal: Principal, channel_id: uuid.UUID, *, clock: Clock = system_clock) -> Job:
    """A test message for a channel, in its send log and audited; sent once (no retries) by the caller."""
    require(principal, Permission.SETTINGS_MANAGE, "test notification channels")
    channel = session.get(NotificationChannel, channel_id)
    if channel is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That notification channel no longer exists."))
    now = clock()
    message = test_message(channel.name, principal.username, now)
    # next_attempt_at None: not for the worker, the test is sent by whoever asked for it.
    delivery = new_delivery(channel, message, now, next_attempt_at=None)
    session.add(delivery)
    session.flush()
    audit.append(
        session,
        principal,
        "notification.test",
        "notification_channel",
        channel.id,
        after={"delivery_id": str(delivery.id)},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "sent a test notification through {name} ({recipient})"),
            name=channel.name,
            recipient=recipient(channel),
        ),
        clock=clock,
    )
    return Job(delivery.id, channel.id, channel.kind, dict(channel.settings), message, 1)


async def send_test(
    session_factory: sessionmaker[Session],
    principal: Principal,
    secrets: SecretStore,
    channel_id: uuid.UUID,
    *,
    client: httpx.AsyncClient | None = None,
    clock: Clock = system_clock,
) -> Outcome:
    """Send a test message through the real channel now; the result is what the send log says."""

    def queue() -> Job:
        with unit_of_work(session_factory) as session:
            return queue_test(session, principal, channel_id, clock=clock)

    def record(job: Job, error: str | None) -> Outcome:
        with unit_of_work(session_factory) as session:
            return record_attempt(session, job, clock(), error)

    job = await asyncio.to_thread(queue)
    if client is None:
        async with httpx.AsyncClient() as own:
            error = await attempt(job, secrets, own)
    else:
        error = await attempt(job, secrets, client)
    return await asyncio.to_thread(record, job, error)


def send_log(
    session: Session, principal: Principal, *, limit: int = 500, channel_id: uuid.UUID | None = None
) -> list[NotificationDelivery]:
    """The newest deliveries first."""
    require(principal, Permission.SETTINGS_MANAGE, "read the notification send log")
    query = select(NotificationDelivery).order_by(NotificationDelivery.created_at.desc()).limit(limit)
    if channel_id is not None:
        query = query.where(NotificationDelivery.channel_id == channel_id)
    return list(session.scalars(query))


def prune(session: Session, now: datetime, *, keep_days: int = KEEP_DAYS) -> int:
    """Forget deliveries finished (sent or given up) more than ``keep_days`` ago, and their alerts' queue rows
    first (a row left without its delivery would look waiting and be sent again). How many deliveries went."""
    old = select(NotificationDelivery.id).where(
        NotificationDelivery.status.in_((SENT, FAILED, DISCARDED)),
        NotificationDelivery.created_at < now - timedelta(days=keep_days),
    )
    session.execute(delete(NotificationItem).where(NotificationItem.delivery_id.in_(old)))
    result = session.execute(delete(NotificationDelivery).where(NotificationDelivery.id.in_(old)))
    return int(cast("CursorResult[Any]", result).rowcount or 0)
