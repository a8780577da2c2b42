"""Sending one message through one channel: SMTP (STARTTLS, TLS or plain) or a JSON POST over HTTP(S).

A failure raises :class:`DeliveryError` with a one-line reason that never contains the channel's secret
(a webhook URL or bot token is the credential: it is scrubbed from any text that could quote it).
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

import httpx

from hashinsight_desktop.services.notifications.formats import (
    EMAIL,
    TELEGRAM,
    Message,
    email_message,
    webhook_payload,
)

TIMEOUT_S = 20.0


class DeliveryError(Exception):
    pass


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "<secret>") if secret else text


def _send_mail(settings: dict[str, Any], password: str | None, message: Message, timeout_s: float) -> None:
    _smtp_send(settings, password, email_message(message, settings["sender"], settings["recipients"]), timeout_s)


def _smtp_send(settings: dict[str, Any], password: str | None, mail: EmailMessage, timeout_s: float) -> None:
    security, host, port = settings.get("security", "starttls"), settings["host"], int(settings["port"])
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if security == "tls":
        smtp = smtplib.SMTP_SSL(host, port, timeout=timeout_s, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout_s)
    with smtp:
        if security == "starttls":
            smtp.starttls(context=context)
        if settings.get("username"):
            if not password:
                raise DeliveryError("no SMTP password in the keyring for this channel")
            smtp.login(settings["username"], password)
        refused = smtp.send_message(mail)
        if refused:
            raise DeliveryError(f"refused recipients: {', '.join(sorted(refused))}")


def _webhook_url(kind: str, settings: dict[str, Any], secret: str | None) -> str:
    if not secret:
        what = "bot token" if kind == TELEGRAM else "webhook URL"
        raise DeliveryError(f"no {what} in the keyring for this channel")
    if kind == TELEGRAM:
        return f"{settings['api_base']}/bot{secret}/sendMessage"
    return secret


async def _post(
    kind: str, settings: dict[str, Any], secret: str | None, message: Message, client: httpx.AsyncClient
) -> None:
    url = _webhook_url(kind, settings, secret)
    host = urlsplit(url).hostname
    response = await client.post(url, json=webhook_payload(kind, message, settings), timeout=TIMEOUT_S)
    if response.status_code >= 300:
        raise DeliveryError(f"HTTP {response.status_code} from {host}: {response.text[:120].strip()}")
    if kind == TELEGRAM:  # the Bot API answers 200 with {"ok": false} for some refusals
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        if isinstance(answer, dict) and answer.get("ok") is False:
            raise DeliveryError(f"Telegram refused: {answer.get('description', 'no reason given')}")


async def send(
    kind: str, settings: dict[str, Any], secret: str | None, message: Message, client: httpx.AsyncClient
) -> None:
    """Deliver or raise :class:`DeliveryError`."""
    try:
        if kind == EMAIL:
            await asyncio.to_thread(_send_mail, settings, secret, message, TIMEOUT_S)
        else:
            await _post(kind, settings, secret, message, client)
    except Exception as exc:
        raise _delivery_error(exc, secret) from None


async def send_mail(settings: dict[str, Any], password: str | None, mail: EmailMessage) -> None:
    """Send a ready e-mail (its own recipients and attachments) through an e-mail channel's SMTP settings,
    or raise :class:`DeliveryError` (the CRM's mail: ticket replies, deal owners' notices)."""
    try:
        await asyncio.to_thread(_smtp_send, settings, password, mail, TIMEOUT_S)
    except Exception as exc:
        raise _delivery_error(exc, password) from None


def _delivery_error(exc: Exception, secret: str | None) -> Exception:
    """A failure as a one-line :class:`DeliveryError` without the secret; anything unexpected as itself."""
    if isinstance(exc, DeliveryError):
        return DeliveryError(_scrub(str(exc), secret))
    if isinstance(exc, (OSError, smtplib.SMTPException, httpx.HTTPError, ssl.SSLError)):
        reason = str(exc) or exc.__class__.__name__
        return DeliveryError(_scrub(f"{exc.__class__.__name__}: {reason}", secret)[:300])
    return exc
