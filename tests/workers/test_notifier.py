"""The notifier end to end: alerts raised by the alert rules reach a loopback SMTP server and a loopback
HTTP server, once per digest window, and a delivery the server was down for is retried (after a restart
of the notifier) and arrives once."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import NotificationDelivery, NotificationItem
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.notifications.delivery import prune
from hashinsight_desktop.services.notifications.rules import RuleInput, save_rule
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.telemetry.alert_rules import CRITICAL, WARNING, AlertCondition, apply_alerts
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.notifier import Notifier, NotifierReport
from tests.simulator.loopback import free_port
from tests.support.factories import make_people
from tests.support.loopback_servers import HttpServer, smtp_server
from tests.support.site_miners import MinerSpec, add_site_miners

T0 = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def at(self, seconds: float) -> None:
        self.now = T0 + timedelta(seconds=seconds)


def _farm(session_factory: sessionmaker[Session], n: int) -> tuple[object, uuid.UUID, list[uuid.UUID]]:
    people = make_people(session_factory)
    miners = add_site_miners(session_factory, people.site_id, [MinerSpec(3250, 110)] * n, T0)
    return people.owner, people.site_id, miners  # type: ignore[return-value]


def _raise(
    session_factory: sessionmaker[Session], site_id: object, miner_id: uuid.UUID, severity: str, now: datetime
) -> None:
    condition = AlertCondition(
        "over_temperature", severity, f"chip temperature {'97' if severity == CRITICAL else '88'} °C"
    )
    with unit_of_work(session_factory) as session:
        apply_alerts(session, miner_id, site_id, [condition], now, checked={"over_temperature"})  # type: ignore[arg-type]


async def _cycle(notifier: Notifier) -> NotifierReport:
    async with httpx.AsyncClient() as client:
        return await notifier.cycle(client)


def test_email_digest_once_per_window_with_only_the_matching_alerts(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    owner, site_id, miners = _farm(session_factory, 5)
    clock = Clock()
    with smtp_server() as (port, inbox):
        with unit_of_work(session_factory) as session:
            settings = {
                "host": "127.0.0.1",
                "port": port,
                "security": "none",
                "sender": "farm@example.org",
                "recipients": "ops@example.org, night@example.org",
            }
            channel = save_channel(
                session, owner, secrets, ChannelInput("Night shift", "email", settings, digest_window_s=60)
            )  # type: ignore[arg-type]
            save_rule(session, owner, RuleInput("Critical only", channel.id, severities=[CRITICAL]))  # type: ignore[arg-type]
        notifier = Notifier(session_factory, secrets, clock=clock)

        async def cycle_at(seconds: float) -> None:
            clock.at(seconds)
            async with httpx.AsyncClient() as client:
                await notifier.cycle(client)

        _raise(session_factory, site_id, miners[0], CRITICAL, T0)
        _raise(session_factory, site_id, miners[1], CRITICAL, T0)
        _raise(session_factory, site_id, miners[2], WARNING, T0)  # no rule sends warnings
        asyncio.run(cycle_at(0))
        _raise(session_factory, site_id, miners[3], CRITICAL, T0 + timedelta(seconds=30))
        asyncio.run(cycle_at(30))
        assert inbox == []  # the window is not over
        asyncio.run(cycle_at(61))
        asyncio.run(cycle_at(62))
        assert len(inbox) == 1
        envelope, mail = inbox[0]
        assert envelope.rcpt_tos == ["ops@example.org", "night@example.org"]
        assert mail["Subject"] == "[HashInsight] 3 alerts raised: 3 critical"
        text = mail.get_payload(decode=True).decode()
        assert all(f"Texas North / m000{n}" in text for n in (1, 2, 4)) and "m0003" not in text

        _raise(session_factory, site_id, miners[4], CRITICAL, T0 + timedelta(seconds=70))
        asyncio.run(cycle_at(70))
        asyncio.run(cycle_at(129))
        assert len(inbox) == 1  # its window (from 70 s) is not over
        asyncio.run(cycle_at(131))
        assert len(inbox) == 2 and "m0005" in inbox[1][1]["Subject"]
    with session_factory() as session:
        log = session.scalars(select(NotificationDelivery).order_by(NotificationDelivery.created_at)).all()
        assert [(d.status, d.attempts, len(d.alerts)) for d in log] == [("sent", 1, 3), ("sent", 1, 1)]
        assert log[0].recipient == "ops@example.org, night@example.org"
    # After the send log's keeping time the deliveries go with their queue rows: nothing looks waiting again.
    with unit_of_work(session_factory) as session:
        assert prune(session, T0 + timedelta(days=89)) == 0
        assert prune(session, T0 + timedelta(days=91)) == 2
    clock.at(91 * 86400)
    assert asyncio.run(_cycle(notifier)).digests == 0
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(NotificationItem)) == 0


def test_webhook_retried_after_the_server_was_down_and_a_restart(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    owner, site_id, miners = _farm(session_factory, 1)
    clock = Clock()
    port = free_port()
    url = f"http://127.0.0.1:{port}/services/T0/B0/s3cr3t-token"
    with unit_of_work(session_factory) as session:
        channel = save_channel(
            session, owner, secrets, ChannelInput("Slack #ops", "slack", {}, digest_window_s=0, secret=url)
        )  # type: ignore[arg-type]
        save_rule(session, owner, RuleInput("Everything", channel.id))  # type: ignore[arg-type]
        assert channel.settings == {"host": "127.0.0.1"}  # the URL is in the keyring only
    assert secrets.get(f"notification:{channel.id}") == url
    _raise(session_factory, site_id, miners[0], CRITICAL, T0)

    async def scenario() -> HttpServer:
        server = HttpServer(port)
        async with httpx.AsyncClient() as client:
            first = await Notifier(session_factory, secrets, clock=clock).cycle(client)
            assert [(o.status, o.attempts) for o in first.outcomes] == [("pending", 1)]
            error = first.outcomes[0].error or ""
            assert "ConnectError" in error and "s3cr3t" not in error
            assert first.outcomes[0].next_attempt_at == T0 + timedelta(seconds=30)

            restarted = Notifier(session_factory, secrets, clock=clock)
            clock.at(20)
            assert (await restarted.cycle(client)).outcomes == []  # not due yet
            await server.start()
            try:
                clock.at(31)
                second = await restarted.cycle(client)
                clock.at(120)
                third = await restarted.cycle(client)
            finally:
                await server.stop()
        assert [(o.status, o.attempts) for o in second.outcomes] == [("sent", 2)]
        assert third.outcomes == [] and third.digests == 0
        return server

    server = asyncio.run(scenario())
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request.path == "/services/T0/B0/s3cr3t-token"
    assert request.body["text"].startswith("*[HashInsight] critical over_temperature: m0001 (Texas North)*")


def test_rate_limit_holds_alerts_for_the_next_digest_and_an_escalation_is_sent_again(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    owner, site_id, miners = _farm(session_factory, 3)
    clock = Clock()
    port = free_port()
    with unit_of_work(session_factory) as session:
        channel = save_channel(
            session,
            owner,
            secrets,  # type: ignore[arg-type]
            ChannelInput(
                "Hook", "webhook", {}, digest_window_s=0, max_per_hour=1, secret=f"http://127.0.0.1:{port}/in"
            ),
        )
        save_rule(session, owner, RuleInput("All", channel.id))  # type: ignore[arg-type]

    async def scenario() -> HttpServer:
        server = HttpServer(port)
        await server.start()
        try:
            notifier = Notifier(session_factory, secrets, clock=clock)
            async with httpx.AsyncClient() as client:
                _raise(session_factory, site_id, miners[0], CRITICAL, clock())
                await notifier.cycle(client)
                clock.at(600)
                _raise(session_factory, site_id, miners[1], WARNING, clock())
                _raise(session_factory, site_id, miners[2], CRITICAL, clock())
                assert (await notifier.cycle(client)).digests == 0  # one message an hour
                clock.at(3601)
                assert (await notifier.cycle(client)).digests == 1
                clock.at(3700)
                _raise(session_factory, site_id, miners[1], CRITICAL, clock())  # the warning escalates in place
                assert (await notifier.cycle(client)).digests == 0
                clock.at(7202)
                assert (await notifier.cycle(client)).digests == 1
        finally:
            await server.stop()
        return server

    server = asyncio.run(scenario())
    assert [len(r.body["alerts"]) for r in server.requests] == [1, 2, 1]
    assert server.requests[1].body["alerts"][0]["severity"] == "critical"  # most severe first
    escalated = server.requests[2].body
    assert escalated["alerts"][0]["escalated_from"] == "warning"
    assert escalated["text"].startswith("CRITICAL (was warning) over_temperature · Texas North / m0002")
