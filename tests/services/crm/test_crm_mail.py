"""CRM e-mail through the alert notifications' SMTP settings to a real loopback SMTP server (aiosmtpd): the
right recipients and attachment arrive, the send log says sent or failed, and no password is in it."""

from __future__ import annotations

import asyncio
import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import EmailLog
from hashinsight_desktop.services.crm import crm_mail
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.permissions import Principal, Role, os_account
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.loopback_servers import loopback_certificate, smtp_server

PASSWORD = "smtp-pw-never-logged-7f3a"
# The claim (FOR UPDATE SKIP LOCKED) is engine SQL: the retry test runs on both engines, the rest on one.
SQLITE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


OWNER = os_account(Role.OWNER)  # no users needed: hashing their passwords costs seconds
CUSTOMER = Principal(None, "acme", Role.CUSTOMER)


def _channel(session_factory: sessionmaker[Session], secrets: SecretStore, port: int, username: str = "") -> None:
    settings = {"host": "127.0.0.1", "port": port, "security": "starttls" if username else "none",
                "username": username, "sender": "farm@example.org", "recipients": ["alerts@example.org"]}  # fmt: skip
    with unit_of_work(session_factory) as session:
        data = ChannelInput("Mail", "email", settings, secret=PASSWORD if username else None)
        save_channel(session, OWNER, secrets, data)


def _log(session_factory: sessionmaker[Session]) -> list[EmailLog]:
    with session_factory() as session:
        return list(session.scalars(select(EmailLog).order_by(EmailLog.created_at)))


@SQLITE
def test_queued_mail_reaches_its_recipients_with_the_attachment_over_starttls_and_login(
    session_factory: sessionmaker[Session], secrets: SecretStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = loopback_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    with smtp_server(tls=server_tls, login=("crm", PASSWORD)) as (port, inbox):
        _channel(session_factory, secrets, port, username="crm")
        with unit_of_work(session_factory) as session:
            crm_mail.queue_email(
                session,
                "ann@acme.example; bob@acme.example",
                "Ticket T-1: reply",
                "We replaced the fan.",
                attachments=[crm_mail.Attachment("report.txt", "text/plain", b"fan swapped")],
                related=("ticket", "t1"),
            )
        outcomes = asyncio.run(crm_mail.deliver_due_email(session_factory, secrets))
    assert [o.status for o in outcomes] == ["sent"]
    envelope, message = inbox[0]
    assert sorted(envelope.rcpt_tos) == ["ann@acme.example", "bob@acme.example"]
    assert message["Subject"] == "Ticket T-1: reply" and message["From"] == "farm@example.org"
    parts = [p.get_filename() for p in message.walk() if p.get_filename()]
    assert parts == ["report.txt"]
    (row,) = _log(session_factory)
    assert (row.status, row.channel_name, row.related_kind, row.related_id) == ("sent", "Mail", "ticket", "t1")


def test_unreachable_server_is_retried_with_back_off_then_failed_and_the_log_holds_no_password(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    with smtp_server() as (port, _inbox):
        pass  # a port that was just served and now refuses connections
    _channel(session_factory, secrets, port, username="crm")
    now = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    with unit_of_work(session_factory) as session:
        crm_mail.queue_email(session, ["ann@acme.example"], "Hello", "Body", clock=lambda: now[0])
    statuses = []
    for _ in range(crm_mail.MAX_ATTEMPTS):
        (outcome,) = asyncio.run(crm_mail.deliver_due_email(session_factory, secrets, lambda: now[0]))
        statuses.append(outcome.status)
        assert asyncio.run(crm_mail.deliver_due_email(session_factory, secrets, lambda: now[0])) == []  # backing off
        now[0] += timedelta(hours=1)
    assert statuses == ["queued"] * (crm_mail.MAX_ATTEMPTS - 1) + ["failed"]
    (row,) = _log(session_factory)
    assert row.attempts == crm_mail.MAX_ATTEMPTS and "Connection refused" in (row.error or "")
    assert PASSWORD not in repr([getattr(row, c.key) for c in EmailLog.__table__.columns])
    with unit_of_work(session_factory) as session:  # a failed one is kept a year, then pruned
        assert crm_mail.prune(session, now[0] + timedelta(days=crm_mail.KEEP_DAYS - 1)) == 0
        assert crm_mail.prune(session, now[0] + timedelta(days=crm_mail.KEEP_DAYS)) == 1


@SQLITE
def test_send_test_email_answers_what_the_log_says(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    with smtp_server() as (port, inbox):
        _channel(session_factory, secrets, port)
        outcome = asyncio.run(crm_mail.send_test_email(session_factory, OWNER, secrets, "me@example.org"))
        assert outcome.status == "sent" and [e.rcpt_tos for e, _ in inbox] == [["me@example.org"]]
    with pytest.raises(ValidationError, match=r"^to: not an e-mail address: nobody$"):
        asyncio.run(crm_mail.send_test_email(session_factory, OWNER, secrets, "nobody"))
    # The server is gone: one attempt, failed at once (a test is not retried), the reason in the log.
    outcome = asyncio.run(crm_mail.send_test_email(session_factory, OWNER, secrets, "me@example.org"))
    assert outcome.status == "failed" and "Connection refused" in (outcome.error or "")


@SQLITE
def test_no_smtp_settings_is_said_in_the_log_and_a_customer_may_not_test(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    outcome = asyncio.run(crm_mail.send_test_email(session_factory, OWNER, secrets, "me@example.org"))
    assert (outcome.status, outcome.error) == ("failed", crm_mail.NO_SMTP)
    with pytest.raises(PermissionDenied):
        asyncio.run(crm_mail.send_test_email(session_factory, CUSTOMER, secrets, "me@example.org"))
