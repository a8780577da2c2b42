"""What a notification says, and the payload each channel kind takes (pure functions, no network).

Payload shapes follow each service's documentation: a Slack incoming webhook takes ``{"text": ...}``
(mrkdwn); a Microsoft Teams workflow webhook takes a ``message`` with an Adaptive Card attachment;
the Telegram Bot API's ``sendMessage`` takes ``{"chat_id", "text"}``; the generic webhook gets the
alerts as JSON fields.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any, Final

EMAIL: Final = "email"
WEBHOOK: Final = "webhook"
SLACK: Final = "slack"
TEAMS: Final = "teams"
TELEGRAM: Final = "telegram"
CHANNEL_KINDS: Final = (EMAIL, WEBHOOK, SLACK, TEAMS, TELEGRAM)

MAX_LISTED = 50  # alerts listed in one message's text; the rest are counted
MAX_JSON_ALERTS = 500  # alerts given as fields to a generic webhook; "count" says how many there were
TELEGRAM_MAX_CHARS = 4096  # sendMessage refuses longer texts
_SEVERITY_ORDER = {"critical": 0, "warning": 1}


@dataclass(frozen=True)
class Message:
    subject: str
    body: str
    alerts: list[dict[str, Any]]
    is_test: bool = False


def alert_line(alert: dict[str, Any]) -> str:
    """One alert in one line: severity, kind, where, when (UTC) and the rule's message."""
    where = " / ".join(p for p in (alert.get("site"), alert.get("miner")) if p)
    if alert.get("ip"):
        where += f" ({alert['ip']})"
    raised = str(alert.get("raised_at", ""))[:19].replace("T", " ")
    severity = str(alert.get("severity", "")).upper()
    if alert.get("escalated_from"):
        severity += f" (was {alert['escalated_from']})"
    return f"{severity} {alert.get('kind', '')} · {where} · {raised} UTC — {alert.get('message', '')}"


def digest_message(alerts: list[dict[str, Any]]) -> Message:
    """One message listing every alert of a digest, most severe first, then oldest first."""
    ordered = sorted(alerts, key=lambda a: (_SEVERITY_ORDER.get(a.get("severity", ""), 9), a.get("raised_at", "")))
    if len(ordered) == 1:
        a = ordered[0]
        subject = f"[HashInsight] {a.get('severity')} {a.get('kind')}: {a.get('miner')} ({a.get('site')})"
    else:
        counts = Counter(a.get("severity", "") for a in ordered)
        parts = ", ".join(f"{counts[s]} {s}" for s in sorted(counts, key=lambda s: _SEVERITY_ORDER.get(s, 9)))
        subject = f"[HashInsight] {len(ordered)} alerts raised: {parts}"
    lines = [alert_line(a) for a in ordered[:MAX_LISTED]]
    if len(ordered) > MAX_LISTED:
        lines.append(f"… and {len(ordered) - MAX_LISTED} more (see the Alerts panel)")
    return Message(subject[:200], "\n".join(lines), ordered)


def test_message(channel_name: str, username: str, now: datetime) -> Message:
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    body = f"Test of the notification channel {channel_name!r}, sent by {username} at {stamp} UTC."
    return Message(f"[HashInsight] test notification: {channel_name}"[:200], body, [], is_test=True)


def webhook_payload(kind: str, message: Message, settings: dict[str, Any]) -> dict[str, Any]:
    if kind == SLACK:
        return {"text": f"*{message.subject}*\n{message.body}"}
    if kind == TEAMS:
        blocks: list[dict[str, Any]] = [
            {"type": "TextBlock", "text": message.subject, "weight": "Bolder", "size": "Medium", "wrap": True}
        ]
        blocks += [
            {"type": "TextBlock", "text": line, "wrap": True, "spacing": "Small"} for line in message.body.split("\n")
        ]
        card = {
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": blocks,
        }
        return {
            "type": "message",
            "attachments": [
                {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}
            ],
        }
    if kind == TELEGRAM:
        text = f"{message.subject}\n{message.body}"
        if len(text) > TELEGRAM_MAX_CHARS:
            text = text[: TELEGRAM_MAX_CHARS - 1] + "…"
        return {"chat_id": settings.get("chat_id"), "text": text, "disable_web_page_preview": True}
    return {
        "source": "hashinsight-desktop",
        "test": message.is_test,
        "subject": message.subject,
        "text": message.body,
        "count": len(message.alerts),
        "alerts": message.alerts[:MAX_JSON_ALERTS],  # a mass outage must not make a POST of megabytes
    }


def email_message(message: Message, sender: str, recipients: list[str]) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = sender
    mail["To"] = ", ".join(recipients)
    mail.set_content(message.body + "\n\n— HashInsight Desktop\n")
    return mail
