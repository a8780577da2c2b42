"""Where a channel sends, as the Notifications page shows it: in the reader's language (the webhook's kind, the
Telegram chat), English for the send log and --json. Pure: a channel built in memory."""

from __future__ import annotations

from hashinsight_desktop.db.models import NotificationChannel
from hashinsight_desktop.services.notifications.channels import recipient
from hashinsight_desktop.services.texts import render

SAID = {
    ("Notifications", "{kind} at {host}"): "{kind}（{host}）",
    ("Notifications", "Slack webhook"): "Slack 网络钩子",
    ("Notifications", "Telegram chat {chat}"): "Telegram 会话 {chat}",
}


def said(context: str, source: str) -> str:
    return SAID.get((context, source), "")


def test_a_channels_destination_is_said_in_the_readers_language() -> None:
    slack = NotificationChannel(kind="slack", settings={"host": "127.0.0.1"})
    telegram = NotificationChannel(kind="telegram", settings={"chat_id": 42})
    email = NotificationChannel(kind="email", settings={"recipients": ["ops@example.com", "night@example.com"]})
    assert [str(recipient(c)) for c in (slack, telegram, email)] == [
        "Slack webhook at 127.0.0.1",
        "Telegram chat 42",
        "ops@example.com, night@example.com",
    ]
    assert [render(recipient(c), said) for c in (slack, telegram, email)] == [
        "Slack 网络钩子（127.0.0.1）",
        "Telegram 会话 42",
        "ops@example.com, night@example.com",
    ]
