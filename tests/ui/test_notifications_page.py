"""Admin → Notifications: a channel and a rule added through their dialogs (bad input named under its
field), and Send test through the real channel (a loopback HTTP server) with the result shown and logged."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from hashinsight_desktop.db.models import NotificationChannel
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.notifications.channels import recipient
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.admin.notification_dialogs import ChannelDialog, RuleDialog
from hashinsight_desktop.ui.admin.notifications_page import NotificationsPage
from tests.simulator.loopback import free_port
from tests.support.loopback_servers import HttpServer


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("webhook", "JSON webhook at 127.0.0.1"),  # it read "webhook webhook at 127.0.0.1"
        ("slack", "Slack webhook at 127.0.0.1"),
        ("teams", "Microsoft Teams webhook at 127.0.0.1"),
    ],
)
def test_a_webhook_channel_says_where_it_sends_once(kind: str, says: str) -> None:
    assert recipient(NotificationChannel(name="x", kind=kind, settings={"host": "127.0.0.1"})) == says


async def _until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not condition():
            await asyncio.sleep(0.02)


def test_add_channel_and_rule_then_send_test(qtbot, qasync_loop, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    page = NotificationsPage(context, owner)
    qtbot.addWidget(page)
    assert page.channels.model.rowCount() == 0 and not page.test_button.isEnabled()
    assert not page.rules.add_button.isEnabled()  # a rule needs a channel first

    page.add_channel()
    bad = page.dialog
    assert isinstance(bad, ChannelDialog)
    bad.try_save()  # e-mail, nothing filled in
    assert bad.isVisible() and bad.field_error("name").startswith("Name: is empty; SMTP host: is empty")
    bad.reject()

    port = free_port()
    page.add_channel()
    dialog = page.dialog
    assert isinstance(dialog, ChannelDialog)
    dialog.name.setText("Slack #ops")
    dialog.kind.setCurrentIndex(dialog.kind.findData("slack"))
    assert dialog.url.isVisible() and not dialog.host.isVisible()
    dialog.url.setText(f"http://127.0.0.1:{port}/services/T/B/secret")
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.channels.proxy.index(0, 2).data() == "Slack webhook at 127.0.0.1"  # was "slack webhook at"

    page.channels.view.selectRow(0)
    page.add_rule()
    rule = page.dialog
    assert isinstance(rule, RuleDialog)
    rule.name.setText("Critical to Slack")
    for box in rule.severities:
        box.setChecked(False)
    rule.try_save()
    assert rule.field_error("severities") == "Severities: tick at least one"
    rule.severities[0].setChecked(True)  # critical
    rule.try_save()
    assert rule.result() == rule.DialogCode.Accepted
    assert [page.rules.proxy.index(0, c).data() for c in (1, 2, 3, 4)] == ["Slack #ops", "critical", "any", "any"]

    server = HttpServer(port)
    qasync_loop.run_until_complete(server.start())
    try:
        page.channels.view.selectRow(0)
        assert page.test_button.isEnabled()
        page.test_button.click()
        qasync_loop.run_until_complete(_until(lambda: page.test_result.text().startswith("✔")))
    finally:
        qasync_loop.run_until_complete(server.stop())
    assert page.test_result.text() == "✔ Test sent through Slack #ops: the server accepted it."
    assert [r.path for r in server.requests] == ["/services/T/B/secret"]
    assert page.log_model.rowCount() == 1
    assert [page.log_model.index(0, c).data() for c in (1, 5, 6)] == ["Slack #ops", "sent", "1"]
    to = page.log_view.model().index(0, 2)
    assert to.data() == "Slack webhook at 127.0.0.1" and "To: Slack webhook at 127.0.0.1" in to.data(
        Qt.ItemDataRole.ToolTipRole
    )
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)  # the column is sized to its text, not cut to "Slack we…"
    assert page.log_view.columnWidth(2) >= page.log_view.fontMetrics().horizontalAdvance(to.data())

    page.channels.view.selectRow(0)
    page.test_button.click()  # the server is gone now
    qasync_loop.run_until_complete(_until(lambda: page.test_result.text().startswith("✘")))
    assert "ConnectError" in page.test_result.text() and "secret" not in page.test_result.text()
    page.log_filter.setText("failed")
    assert page.log_view.model().rowCount() == 1 and page.log_model.rowCount() == 2
