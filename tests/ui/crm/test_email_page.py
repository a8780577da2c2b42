"""The CRM's e-mail page: which channel mail goes through, the send log, and Send test e-mail to a real loopback
SMTP server (aiosmtpd), its outcome said on the page."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.email_page import EmailPage
from tests.support.loopback_servers import smtp_server

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def test_send_test_email_reaches_the_server_and_the_log_shows_it(
    qtbot, qasync_loop, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    page = EmailPage(context, owner)
    qtbot.addWidget(page)
    assert page.channel.text().startswith("No e-mail channel is set up")
    with smtp_server() as (port, inbox):
        settings = {"host": "127.0.0.1", "port": port, "security": "none", "username": "",
                    "sender": "farm@example.org", "recipients": ["alerts@example.org"]}  # fmt: skip
        with unit_of_work(context.database.session_factory) as session:
            save_channel(session, owner, context.secrets, ChannelInput("Mail", "email", settings, secret=None))
        page.reload()
        assert page.channel.text() == "E-mail goes out through the channel “Mail” (Admin → Notifications)."
        task = page.send_test("me@example.org")
        assert task is not None
        qasync_loop.run_until_complete(task)
        assert [envelope.rcpt_tos for envelope, _ in inbox] == [["me@example.org"]]
    assert page.channel.text() == "Test e-mail sent to me@example.org."
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=2000)
    row = page.table.model.rows[0]
    assert (row.recipients, row.status, row.related_kind) == (["me@example.org"], "sent", "test")
    assert page.table.summary.text() == "1–1"  # the send log does not count its rows
