"""The notifier's cycle sends the CRM's queued e-mails too (every agent runs it): a mail queued by a ticket reply
reaches a loopback SMTP server once, and the send log says sent."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import EmailLog
from hashinsight_desktop.services.crm import crm_mail
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.permissions import Role, os_account
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.notifier import Notifier, NotifierReport
from tests.support.loopback_servers import smtp_server

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the claim is crm_mail's, tested there


async def _cycle(notifier: Notifier) -> NotifierReport:
    async with httpx.AsyncClient() as client:
        return await notifier.cycle(client)


def test_a_queued_crm_mail_goes_out_in_the_notifier_cycle(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    with smtp_server() as (port, inbox):
        with unit_of_work(session_factory) as session:
            settings = {"host": "127.0.0.1", "port": port, "security": "none", "sender": "noc@farm.example",
                        "recipients": ["noc@farm.example"]}  # fmt: skip
            save_channel(session, os_account(Role.OWNER), secrets, ChannelInput("Mail", "email", settings))
            crm_mail.queue_email(session, ["ann@acme.example"], "[T-1] Fans", "Replaced.", related=("ticket", "x"))
        notifier = Notifier(session_factory, secrets)
        report = asyncio.run(_cycle(notifier))
        again = asyncio.run(_cycle(notifier))
    assert [e.status for e in report.emails] == ["sent"] and again.emails == []
    assert [envelope.rcpt_tos for envelope, _ in inbox] == [["ann@acme.example"]]
    with session_factory() as session:
        assert session.scalars(select(EmailLog.status)).all() == ["sent"]
