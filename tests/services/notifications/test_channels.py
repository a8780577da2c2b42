"""Channels and rules: every bad field named at once, secrets in the keyring only, changes audited,
settings managers only; the send-test button's service sends through the real channel."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import AuditRecord, NotificationChannel
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.notifications.channels import ChannelInput, delete_channel, save_channel
from hashinsight_desktop.services.notifications.delivery import send_log, send_test
from hashinsight_desktop.services.notifications.rules import RuleInput, save_rule
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.simulator.loopback import free_port
from tests.support.factories import make_people
from tests.support.loopback_servers import HttpServer


def test_bad_channel_and_rule_name_every_field_and_save_nothing(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    people = make_people(session_factory)
    bad = ChannelInput(
        " ", "email", {"host": "", "port": 99999, "sender": "nobody", "recipients": "a@b.c, oops"}, max_per_hour=0
    )
    with pytest.raises(ValidationError) as caught, unit_of_work(session_factory) as session:
        save_channel(session, people.owner, secrets, bad)
    assert str(caught.value) == (
        "name: is empty; SMTP host: is empty; port: must be a whole number from 1 to 65535; "
        "from: give the sender's address (name@domain); to: not an address: oops; "
        "messages per hour: must be from 1 to 3,600"
    )
    with (
        pytest.raises(
            ValidationError,
            match=r"^name: give a name .*; channel: choose an existing channel; severities: unknown: loud$",
        ),
        unit_of_work(session_factory) as session,
    ):
        save_rule(session, people.owner, RuleInput("", None, severities=["loud"]))
    with pytest.raises(PermissionDenied), unit_of_work(session_factory) as session:
        save_channel(
            session, people.site_manager, secrets, ChannelInput("x", "slack", secret="https://hooks.example/x")
        )
    with session_factory() as session:
        assert session.scalars(select(NotificationChannel)).all() == []


def test_secret_in_the_keyring_change_audited_without_it(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    people = make_people(session_factory)
    token = "123456:AAE-bot-token"
    with unit_of_work(session_factory) as session:
        channel = save_channel(
            session,
            people.owner,
            secrets,
            ChannelInput("Pager bot", "telegram", {"chat_id": "-100200"}, secret=token),
        )
        version = channel.version
    with unit_of_work(session_factory) as session:
        save_channel(
            session,
            people.owner,
            secrets,
            ChannelInput("Pager bot (night)", "telegram", {"chat_id": "-100200"}),
            channel_id=channel.id,
            expected_version=version,
        )
    assert secrets.get(f"notification:{channel.id}") == token  # kept when not given again
    with session_factory() as session:
        row = session.get(NotificationChannel, channel.id)
        assert row is not None and row.settings == {"chat_id": "-100200", "api_base": "https://api.telegram.org"}
        records = session.scalars(select(AuditRecord).where(AuditRecord.action.like("notification.%"))).all()
        assert [r.action for r in records] == ["notification.channel.save"] * 2
        assert all(token not in r.summary for r in records)
    with unit_of_work(session_factory) as session:
        delete_channel(session, people.owner, secrets, channel.id)
    assert secrets.get(f"notification:{channel.id}") is None


@pytest.mark.parametrize("kind", ["telegram", "teams"])
def test_send_test_goes_through_the_real_channel_and_is_logged(
    session_factory: sessionmaker[Session], secrets: SecretStore, kind: str
) -> None:
    people = make_people(session_factory)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    data = (
        ChannelInput("Bot", "telegram", {"chat_id": "42", "api_base": base}, secret="777:tok")
        if kind == "telegram"
        else ChannelInput("Teams ops", "teams", {}, secret=f"{base}/workflows/abc")
    )
    with unit_of_work(session_factory) as session:
        channel_id = save_channel(session, people.owner, secrets, data).id

    async def scenario() -> tuple[HttpServer, list[object]]:
        server = HttpServer(port)
        await server.start()
        try:
            ok = await send_test(session_factory, people.owner, secrets, channel_id)
            server.status, server.answer = 500, {"error": "down for maintenance"}
            refused = await send_test(session_factory, people.owner, secrets, channel_id)
        finally:
            await server.stop()
        return server, [ok, refused]

    server, (ok, refused) = asyncio.run(scenario())
    assert (ok.status, ok.error) == ("sent", None)  # type: ignore[attr-defined]
    assert refused.status == "failed" and refused.error.startswith("HTTP 500 from 127.0.0.1")  # type: ignore[attr-defined]
    body = server.requests[0].body
    if kind == "telegram":
        assert server.requests[0].path == "/bot777:tok/sendMessage"
        assert body["chat_id"] == "42" and body["text"].startswith("[HashInsight] test notification: Bot")
    else:
        assert server.requests[0].path == "/workflows/abc"
        card = body["attachments"][0]
        assert body["type"] == "message" and card["contentType"] == "application/vnd.microsoft.card.adaptive"
        assert card["content"]["type"] == "AdaptiveCard" and "Teams ops" in card["content"]["body"][0]["text"]
    with session_factory() as session:
        log = send_log(session, people.owner)
        assert sorted((d.status, d.is_test, d.attempts) for d in log) == [("failed", True, 1), ("sent", True, 1)]
