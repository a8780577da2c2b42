"""Notification channels (a mailbox, a webhook): saved, removed and listed by whoever manages settings.

The secret of a channel — the SMTP password, a Slack, Teams or generic webhook URL (the URL is the
credential), a Telegram bot token — is written to the keyring under ``notification:<id>`` in the same
action as the row; when the keyring cannot take it, nothing is saved and the message says why. Every
change is audited, never with the secret.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import NotificationChannel
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.notifications.formats import CHANNEL_KINDS, EMAIL, SLACK, TEAMS, TELEGRAM, WEBHOOK
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.secret_store import NoSecureKeyring, SecretStore
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import also_wrong

SECURITY_MODES: Final = ("starttls", "tls", "none")
TELEGRAM_API: Final = "https://api.telegram.org"
_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


def secret_key(channel_id: uuid.UUID) -> str:
    return f"notification:{channel_id}"


def secret_label(kind: str) -> str:
    """What the keyring holds for a channel of this kind, in words."""
    return {EMAIL: "SMTP password", TELEGRAM: "bot token"}.get(kind, "webhook URL")


@dataclass(frozen=True)
class ChannelInput:
    name: str
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    digest_window_s: int = 60
    max_per_hour: int = 20
    enabled: bool = True
    secret: str | None = None  # None: keep what the keyring holds (editing); required for a new webhook


def _web_url(value: str) -> str | None:
    parts = urlsplit(value.strip())
    return parts.hostname if parts.scheme in ("http", "https") and parts.hostname else None


def _clean_settings(data: ChannelInput, new: bool, problems: Problems) -> dict[str, Any]:
    s = data.settings
    if data.kind == EMAIL:
        security = str(s.get("security") or "starttls")
        if security not in SECURITY_MODES:
            one_of = Text(QT_TRANSLATE_NOOP("Errors", "choose one of {values}"), values=", ".join(SECURITY_MODES))
            problems.append(("security", one_of))
        host = str(s.get("host") or "").strip()
        if not host:
            problems.append(("SMTP host", QT_TRANSLATE_NOOP("Errors", "is empty")))
        try:
            port = int(s.get("port") or _DEFAULT_PORTS.get(security, 587))
        except (TypeError, ValueError):
            port = 0
        if not 1 <= port <= 65535:
            problems.append(("port", QT_TRANSLATE_NOOP("Errors", "must be a whole number from 1 to 65535")))
        sender = str(s.get("sender") or "").strip()
        if "@" not in sender:
            problems.append(("from", QT_TRANSLATE_NOOP("Errors", "give the sender's address (name@domain)")))
        raw = s.get("recipients") or []
        recipients = [r.strip() for r in (raw.split(",") if isinstance(raw, str) else raw) if r.strip()]
        bad = [r for r in recipients if "@" not in r or " " in r]
        if not recipients:
            problems.append(("to", QT_TRANSLATE_NOOP("Errors", "give at least one recipient address")))
        elif bad:
            problems.append(
                ("to", Text(QT_TRANSLATE_NOOP("Errors", "not an address: {values}"), values=", ".join(bad)))
            )
        username = str(s.get("username") or "").strip()
        return {
            "host": host,
            "port": port,
            "security": security,
            "username": username,
            "sender": sender,
            "recipients": recipients,
        }
    if data.kind == TELEGRAM:
        chat_id = str(s.get("chat_id") or "").strip()
        if not chat_id:
            problems.append(
                ("chat id", QT_TRANSLATE_NOOP("Errors", "is empty (the chat, group or channel the bot writes to)"))
            )
        api_base = str(s.get("api_base") or TELEGRAM_API).strip().rstrip("/")
        if _web_url(api_base) is None:
            problems.append(("API address", QT_TRANSLATE_NOOP("Errors", "must be an http(s) address")))
        if new and not (data.secret or "").strip():
            problems.append(("bot token", QT_TRANSLATE_NOOP("Errors", "is empty")))
        return {"chat_id": chat_id, "api_base": api_base}
    # Slack, Teams, generic: the URL is the secret; the row keeps its host to show where messages go.
    if data.secret is None:
        if new:
            problems.append(("webhook URL", QT_TRANSLATE_NOOP("Errors", "is empty")))
        return {"host": str(s.get("host") or "")}
    url_host = _web_url(data.secret)
    if url_host is None:
        problems.append(("webhook URL", QT_TRANSLATE_NOOP("Errors", "must be an http(s) address")))
    return {"host": url_host or ""}


Problems = list[tuple[str, str | Text]]  # (field, what is wrong with it)


def raise_all(problems: Problems) -> None:
    """One error naming every bad field: "name: is empty; to: give at least one recipient address"."""
    (first, message), rest = problems[0], problems[1:]
    raise ValidationError(first, also_wrong(message, rest))


def _validated(data: ChannelInput, new: bool) -> tuple[str, dict[str, Any]]:
    problems: Problems = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(("name", QT_TRANSLATE_NOOP("Errors", "is empty")))
    elif len(name) > 80:
        problems.append(("name", QT_TRANSLATE_NOOP("Errors", "is longer than 80 characters")))
    if data.kind not in CHANNEL_KINDS:
        one_of = Text(QT_TRANSLATE_NOOP("Errors", "choose one of {values}"), values=", ".join(CHANNEL_KINDS))
        problems.append(("kind", one_of))
        settings: dict[str, Any] = {}
    else:
        settings = _clean_settings(data, new, problems)
    if not 0 <= data.digest_window_s <= 86_400:
        problems.append(("digest window", QT_TRANSLATE_NOOP("Errors", "must be from 0 to 86,400 seconds")))
    if not 1 <= data.max_per_hour <= 3_600:
        problems.append(("messages per hour", QT_TRANSLATE_NOOP("Errors", "must be from 1 to 3,600")))
    if problems:
        raise_all(problems)
    return name, settings


def _forget(secrets: SecretStore, channel_id: uuid.UUID) -> None:
    with contextlib.suppress(NoSecureKeyring):  # no keyring here: nothing can have been stored in it either
        secrets.delete(secret_key(channel_id))


def describe(channel: NotificationChannel) -> dict[str, Any]:
    """The audited state of a channel (no secret)."""
    return {
        "name": channel.name,
        "kind": channel.kind,
        "settings": channel.settings,
        "digest_window_s": channel.digest_window_s,
        "max_per_hour": channel.max_per_hour,
        "enabled": channel.enabled,
    }


_WEBHOOK_NAMES = {
    WEBHOOK: QT_TRANSLATE_NOOP("Notifications", "JSON webhook"),
    SLACK: QT_TRANSLATE_NOOP("Notifications", "Slack webhook"),
    TEAMS: QT_TRANSLATE_NOOP("Notifications", "Microsoft Teams webhook"),
}


def recipient(channel: NotificationChannel) -> str | Text:
    """Where the channel's messages go (never the secret): English by ``str()`` for the send log and --json, in the
    reader's language where a page shows the channel."""
    s = channel.settings
    if channel.kind == EMAIL:
        return ", ".join(s.get("recipients", []))[:300]
    if channel.kind == TELEGRAM:
        return Text(QT_TRANSLATE_NOOP("Notifications", "Telegram chat {chat}"), chat=str(s.get("chat_id"))[:200])
    return Text(
        QT_TRANSLATE_NOOP("Notifications", "{kind} at {host}"),
        kind=_WEBHOOK_NAMES.get(channel.kind, channel.kind),
        host=str(s.get("host") or "?")[:200],
    )


def list_channels(session: Session, principal: Principal) -> list[NotificationChannel]:
    require(principal, Permission.SETTINGS_MANAGE, "see the notification channels")
    return list(session.scalars(select(NotificationChannel).order_by(NotificationChannel.name)))


def save_channel(
    session: Session,
    principal: Principal,
    secrets: SecretStore,
    data: ChannelInput,
    *,
    channel_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> NotificationChannel:
    """Create (no ``channel_id``) or change a channel; every bad field is named at once."""
    require(principal, Permission.SETTINGS_MANAGE, "change the notification channels")
    channel = None if channel_id is None else session.get(NotificationChannel, channel_id)
    if channel_id is not None and channel is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That notification channel no longer exists."))
    if channel is not None and channel.kind != data.kind:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("Errors", "a channel keeps its kind; add a new channel instead")
        )
    name, settings = _validated(data, channel is None)
    before = None
    if channel is None:
        channel = NotificationChannel(id=uuid.uuid4(), kind=data.kind)
        session.add(channel)
    else:
        check_version("notification channel", channel.version, expected_version)
        before = describe(channel)
        if data.secret is None and "host" in settings:  # the URL stays in the keyring: so does its host
            settings["host"] = channel.settings.get("host", "")
    channel.name, channel.settings = name, settings
    channel.digest_window_s, channel.max_per_hour, channel.enabled = (
        data.digest_window_s,
        data.max_per_hour,
        data.enabled,
    )
    flush(session, "notification channel", "name")
    if data.secret is not None:
        if data.secret.strip():
            secrets.set(secret_key(channel.id), data.secret.strip())
        else:
            _forget(secrets, channel.id)
    after = describe(channel) | {"secret": "changed" if data.secret is not None else "kept"}
    audit.append(
        session,
        principal,
        "notification.channel.save",
        "notification_channel",
        channel.id,
        before=before,
        after=after,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "added notification channel {name} ({kind}: {recipient})")
            if before is None
            else QT_TRANSLATE_NOOP("Audit", "changed notification channel {name} ({kind}: {recipient})"),
            name=name,
            kind=data.kind,
            recipient=recipient(channel),
        ),
        clock=clock,
    )
    return channel


def delete_channel(
    session: Session,
    principal: Principal,
    secrets: SecretStore,
    channel_id: uuid.UUID,
    *,
    clock: Clock = system_clock,
) -> None:
    """Remove a channel, its rules and its waiting alerts; its send log stays (under its name)."""
    require(principal, Permission.SETTINGS_MANAGE, "remove notification channels")
    channel = session.get(NotificationChannel, channel_id)
    if channel is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That notification channel no longer exists."))
    before = describe(channel)
    session.delete(channel)
    session.flush()
    audit.append(
        session,
        principal,
        "notification.channel.delete",
        "notification_channel",
        channel_id,
        before=before,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "removed notification channel {name} ({kind})"),
            name=before["name"],
            kind=before["kind"],
        ),
        clock=clock,
    )
    _forget(secrets, channel_id)
