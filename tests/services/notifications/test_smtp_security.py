"""Mail through STARTTLS (with a login) and SMTPS to a loopback server whose certificate the client trusts
(SSL_CERT_FILE names it), and refused when the certificate is not trusted — never sent in clear instead."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx
import pytest

from hashinsight_desktop.services.notifications.formats import Message
from hashinsight_desktop.services.notifications.transport import DeliveryError, send
from tests.support.loopback_servers import loopback_certificate, smtp_server

MESSAGE = Message("[HashInsight] test notification: Night shift", "Test.", [], is_test=True)


def _settings(port: int, security: str, username: str = "") -> dict[str, object]:
    return {"host": "127.0.0.1", "port": port, "security": security, "username": username,
            "sender": "farm@example.org", "recipients": ["ops@example.org"]}  # fmt: skip


async def _send(settings: dict[str, object], password: str | None) -> None:
    async with httpx.AsyncClient() as client:
        await send("email", settings, password, MESSAGE, client)


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_mail_over_tls_with_a_trusted_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, security: str
) -> None:
    cert, key = loopback_certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    login = ("alerts", "pw-from-the-keyring") if security == "starttls" else None
    with smtp_server(tls=server_tls, implicit_tls=security == "tls", login=login) as (port, inbox):
        with pytest.raises(DeliveryError, match="CERTIFICATE_VERIFY_FAILED"):  # not trusted yet: nothing sent
            asyncio.run(_send(_settings(port, security, login[0] if login else ""), login[1] if login else None))
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        asyncio.run(_send(_settings(port, security, login[0] if login else ""), login[1] if login else None))
    assert len(inbox) == 1 and inbox[0][1]["Subject"] == MESSAGE.subject
