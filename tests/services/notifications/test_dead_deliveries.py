"""A notification that can never be sent (a webhook to a closed loopback port) ends, after its attempts, as a
dead letter in the list Admin → Dead letters and `cluster dead-letters` show; Retry queues it again with all its
attempts, Discard gives it up (the send log keeps it as discarded); both audited."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import AuditRecord, NotificationDelivery
from hashinsight_desktop.services.cluster import dead_letters
from hashinsight_desktop.services.cluster.status import cluster_status
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.notifications import delivery
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.notifications.formats import digest_message
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def send_until_given_up(factory: sessionmaker[Session], secrets: SecretStore, clock: Clock) -> None:
    async def cycles() -> None:
        async with httpx.AsyncClient() as client:
            for _ in range(delivery.MAX_ATTEMPTS):
                await delivery.deliver_due(factory, secrets, client, clock)
                clock.now += timedelta(hours=2)  # past any back-off

    asyncio.run(cycles())


def test_a_delivery_given_up_is_a_dead_letter_retried_or_discarded(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    people, clock = make_people(session_factory), Clock()
    with unit_of_work(session_factory) as session:
        channel = save_channel(
            session, people.owner, secrets, ChannelInput("Hook", "webhook", secret="http://127.0.0.1:9/x")
        )
        message = digest_message([{"severity": "critical", "kind": "offline", "site": "S", "miner": "m1"}])
        row = delivery.new_delivery(channel, message, clock.now, next_attempt_at=clock.now)
        session.add(row)
    send_until_given_up(session_factory, secrets, clock)

    with session_factory() as session:
        listed = dead_letters.list_failures(session, people.owner)
    assert [(f.id, f.consumer, f.event_id, f.state, f.attempts) for f in listed] == [
        (row.id, dead_letters.DELIVERY, None, dead_letters.DEAD, delivery.MAX_ATTEMPTS)
    ]
    assert listed[0].topic == "to Hook" and listed[0].last_error
    with session_factory() as session:
        assert cluster_status(session, people.owner).dead_letters == 1  # the Control room's count

    with unit_of_work(session_factory) as session:
        dead_letters.retry(session, people.owner, row.id, clock=clock)
    with session_factory() as session:
        again = session.get_one(NotificationDelivery, row.id)
        assert (again.status, again.attempts, again.next_attempt_at) == (delivery.PENDING, 0, clock.now)
        assert dead_letters.list_failures(session, people.owner) == []
    with unit_of_work(session_factory) as session, pytest.raises(ServiceError, match="no longer a dead letter"):
        dead_letters.discard(session, people.owner, row.id, clock=clock)  # queued again: nothing to discard

    send_until_given_up(session_factory, secrets, clock)  # all its attempts again, and dead again
    with unit_of_work(session_factory) as session:
        dead_letters.discard(session, people.owner, dead_letters.find(session, people.owner, str(row.id)[:8]).id)
    with session_factory() as session:
        assert session.get_one(NotificationDelivery, row.id).status == delivery.DISCARDED
        assert dead_letters.list_failures(session, people.owner, everything=True) == []
        actions = session.scalars(
            select(AuditRecord.action)
            .where(AuditRecord.action.like("notification.delivery.%"))
            .order_by(AuditRecord.seq)
        ).all()
    assert actions == ["notification.delivery.retry", "notification.delivery.discard"]
