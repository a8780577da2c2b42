"""The CRM's e-mail: ticket replies to a customer's contacts, deal owners' notices, a test message.

A message is queued in ``email_log`` inside the caller's transaction (it leaves only if that action commits),
then sent by the notifier worker (``deliver_due_email``) through the SMTP settings alert notifications already
have: the first enabled e-mail channel by name (Admin → Notifications), its password from the keyring under the
channel's key. Nothing here keeps a second SMTP configuration. ``email_log`` is the send log: queued, sent or
failed (after :data:`MAX_ATTEMPTS`), with the transport's error text, which never quotes the password.
"""

from __future__ import annotations

import asyncio
import base64
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any, Final, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import EmailLog, NotificationChannel
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.notifications.channels import secret_key
from hashinsight_desktop.services.notifications.delivery import retry_delay
from hashinsight_desktop.services.notifications.formats import EMAIL
from hashinsight_desktop.services.notifications.transport import DeliveryError, send_mail
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

QUEUED: Final = "queued"
SENT: Final = "sent"
FAILED: Final = "failed"
MAX_ATTEMPTS = 6  # 30 s, 1, 2, 4, 8 min apart: about a quarter of an hour of retries
CLAIM = timedelta(minutes=2)  # longer than one attempt can take (SMTP times out after 20 s)
PER_CYCLE = 50
KEEP_DAYS = 365  # the send log of what customers were told: a year (pruned with the notifications' log)
NO_SMTP = "no SMTP server configured: add an enabled e-mail channel in Admin → Notifications"
_ADDRESS = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # "application/pdf"
    data: bytes


@dataclass(frozen=True)
class Outcome:
    email_id: uuid.UUID
    status: str
    attempts: int
    error: str | None


def clean_recipients(to: str | Iterable[str], field: str = "to") -> list[str]:
    """Addresses from a list or a comma/semicolon separated text, each checked; ValidationError names the bad."""
    raw = re.split(r"[,;]", to) if isinstance(to, str) else list(to)
    addresses = list(dict.fromkeys(a.strip() for a in raw if a and a.strip()))
    bad = [a for a in addresses if not _ADDRESS.match(a)]
    if bad:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "not an e-mail address: {value}"), value=", ".join(bad))
        )
    if not addresses:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "give at least one e-mail address"))
    return addresses


def queue_email(
    session: Session,
    to: str | Iterable[str],
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    related: tuple[str, object] | None = None,
    *,
    queued_by: str = "system",
    clock: Clock = system_clock,
) -> EmailLog:
    """Queue one e-mail in the caller's transaction; the notifier sends it once the transaction committed.
    ``related``: what it is about, e.g. ("ticket", ticket.id) or ("deal", deal.id), for the send log."""
    recipients = clean_recipients(to)
    subject = " ".join(subject.split())
    if not subject:
        raise ValidationError("subject", QT_TRANSLATE_NOOP("Errors", "is empty"))
    now = clock()
    row = EmailLog(
        id=uuid.uuid4(),
        created_at=now,
        recipients=recipients,
        subject=subject[:200],
        body=body,
        attachments=[
            {"filename": a.filename, "content_type": a.content_type, "data": base64.b64encode(a.data).decode()}
            for a in attachments
        ],
        related_kind=related[0] if related else None,
        related_id=str(related[1]) if related else None,
        queued_by=queued_by[:64],
        status=QUEUED,
        attempts=0,
        next_attempt_at=now,
    )
    session.add(row)
    session.flush()
    return row


def mail_channel(session: Session) -> NotificationChannel | None:
    """The SMTP settings the CRM sends with: the first enabled e-mail notification channel by name."""
    return session.scalars(
        select(NotificationChannel)
        .where(NotificationChannel.kind == EMAIL, NotificationChannel.enabled.is_(True))
        .order_by(NotificationChannel.name)
        .limit(1)
    ).first()


def smtp_configured(session: Session) -> bool:
    return mail_channel(session) is not None


@dataclass(frozen=True)
class _Job:
    email_id: uuid.UUID
    channel_id: uuid.UUID | None  # None: no SMTP settings (the attempt fails, retried: they may come)
    settings: dict[str, Any]
    mail: EmailMessage | None
    max_attempts: int


def _compose(row: EmailLog, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = row.subject
    mail["From"] = sender
    mail["To"] = ", ".join(row.recipients)
    mail.set_content(row.body + "\n\n— HashInsight Desktop\n")
    for item in row.attachments:
        maintype, _, subtype = str(item.get("content_type") or "application/octet-stream").partition("/")
        mail.add_attachment(
            base64.b64decode(item["data"]),
            maintype=maintype,
            subtype=subtype or "octet-stream",
            filename=str(item["filename"]),
        )
    return mail


def _claim(session: Session, now: datetime, *, email_id: uuid.UUID | None = None) -> _Job | None:
    """The next due e-mail (or ``email_id``), claimed :data:`CLAIM` ahead so no other process sends it too."""
    query = select(EmailLog).where(EmailLog.status == QUEUED)
    if email_id is None:
        query = query.where(EmailLog.next_attempt_at <= now).order_by(EmailLog.next_attempt_at)
    else:
        query = query.where(EmailLog.id == email_id)
    row = session.scalars(query.limit(1).with_for_update(skip_locked=True)).first()
    if row is None:
        return None
    row.next_attempt_at = now + CLAIM
    channel = mail_channel(session)
    if channel is None:
        return _Job(row.id, None, {}, None, MAX_ATTEMPTS)
    row.channel_name = channel.name
    settings = dict(channel.settings)
    return _Job(row.id, channel.id, settings, _compose(row, settings["sender"]), MAX_ATTEMPTS)


def _record(session: Session, job: _Job, now: datetime, error: str | None, *, retry: bool = True) -> Outcome:
    row = session.get(EmailLog, job.email_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That e-mail is no longer in the send log."))
    row.attempts += 1
    row.last_attempt_at = now
    if error is None:
        row.status, row.sent_at, row.next_attempt_at, row.error = SENT, now, None, None
    else:
        row.error = error[:300]
        if not retry or row.attempts >= job.max_attempts:
            row.status, row.next_attempt_at = FAILED, None
        else:
            row.next_attempt_at = now + retry_delay(row.attempts)
    session.flush()
    return Outcome(row.id, row.status, row.attempts, row.error)


async def _attempt(job: _Job, secrets: SecretStore) -> str | None:
    """Send once; the reason it failed, or None."""
    if job.channel_id is None or job.mail is None:
        return NO_SMTP
    password = None
    if job.settings.get("username"):  # mail without a login needs no keyring
        try:
            password = await asyncio.to_thread(secrets.get, secret_key(job.channel_id))
        except SecretStoreError as exc:
            return str(exc)[:300]
    try:
        await send_mail(job.settings, password, job.mail)
    except DeliveryError as exc:
        return str(exc)
    return None


async def deliver_due_email(
    session_factory: sessionmaker[Session], secrets: SecretStore, clock: Clock = system_clock
) -> list[Outcome]:
    """Send the due CRM e-mails one at a time, each claimed just before and recorded just after its attempt."""

    def load() -> _Job | None:
        with unit_of_work(session_factory) as session:
            return _claim(session, clock())

    def record(job: _Job, error: str | None) -> Outcome:
        with unit_of_work(session_factory) as session:
            return _record(session, job, clock(), error)

    outcomes: list[Outcome] = []
    while len(outcomes) < PER_CYCLE and (job := await asyncio.to_thread(load)) is not None:
        outcomes.append(await asyncio.to_thread(record, job, await _attempt(job, secrets)))
    return outcomes


async def send_test_email(
    session_factory: sessionmaker[Session],
    principal: Principal,
    secrets: SecretStore,
    to: str,
    *,
    clock: Clock = system_clock,
) -> Outcome:
    """The settings' "Send test e-mail" button: one message to ``to`` through the CRM's SMTP settings, now,
    once (no retries); queued in the send log and audited like any other, the answer is what the log says."""
    require(principal, Permission.SETTINGS_MANAGE, "send a test e-mail")
    recipients = clean_recipients(to)

    def queue() -> _Job:
        with unit_of_work(session_factory) as session:
            now = clock()
            body = f"Test of the CRM's e-mail settings, sent by {principal.username} at {now:%Y-%m-%d %H:%M:%S} UTC."
            row = queue_email(
                session,
                recipients,
                "[HashInsight] test e-mail",
                body,
                related=("test", principal.username),
                queued_by=principal.username,
                clock=clock,
            )
            audit.append(
                session,
                principal,
                "crm.email.test",
                "email_log",
                row.id,
                after={"to": recipients},
                summary=Text(
                    QT_TRANSLATE_NOOP("Audit", "sent a test e-mail to {recipients}"), recipients=", ".join(recipients)
                ),
                clock=clock,
            )
            job = _claim(session, now, email_id=row.id)
            assert job is not None  # queued just now, in this transaction
            return job

    def record(job: _Job, error: str | None) -> Outcome:
        with unit_of_work(session_factory) as session:
            return _record(session, job, clock(), error, retry=False)

    job = await asyncio.to_thread(queue)
    return await asyncio.to_thread(record, job, await _attempt(job, secrets))


def send_log(
    session: Session,
    principal: Principal,
    *,
    related: tuple[str, object] | None = None,
    status: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[EmailLog]:
    """The CRM's send log, newest first (staff who manage customers or settings)."""
    if not principal.can(Permission.SETTINGS_MANAGE):
        require(principal, Permission.CUSTOMERS_MANAGE, "read the e-mail send log")
    query = select(EmailLog).order_by(EmailLog.created_at.desc()).limit(limit).offset(offset)
    if related is not None:
        query = query.where(EmailLog.related_kind == related[0], EmailLog.related_id == str(related[1]))
    if status is not None:
        query = query.where(EmailLog.status == status)
    return list(session.scalars(query))


def prune(session: Session, now: datetime, *, keep_days: int = KEEP_DAYS) -> int:
    """Forget e-mails finished (sent or failed) more than ``keep_days`` ago; how many went. Queued ones stay."""
    old = delete(EmailLog).where(
        EmailLog.status.in_((SENT, FAILED)), EmailLog.created_at < now - timedelta(days=keep_days)
    )
    return int(cast("CursorResult[Any]", session.execute(old)).rowcount or 0)
