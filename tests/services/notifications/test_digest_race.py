"""Two processes build digests at once, with no leader: the second waits for the first's items, finds
them taken and makes no second delivery (both engines; the old code sent the digest twice)."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import NotificationDelivery, NotificationItem
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.notifications.digests import build_digests
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

NOW = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)


def test_two_builders_at_once_make_one_digest(session_factory: sessionmaker[Session], secrets: SecretStore) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        channel = save_channel(
            session, people.owner, secrets, ChannelInput("Hook", "webhook", secret="http://127.0.0.1:9/x")
        )
        for n in range(3):
            alert = {"severity": "critical", "kind": "offline", "site": "S", "miner": f"m{n}"}
            session.add(
                NotificationItem(
                    channel_id=channel.id, alert_id=uuid.uuid4(), queued_at=NOW - timedelta(hours=1), alert=alert
                )
            )
    first_built, second_started = threading.Event(), threading.Event()
    made: dict[str, list[uuid.UUID]] = {}

    def first() -> None:
        with unit_of_work(session_factory) as session:
            made["first"] = build_digests(session, NOW)
            first_built.set()
            second_started.wait(10)
            threading.Event().wait(0.5)  # the second is now at its items (waiting on this transaction)

    def second() -> None:
        first_built.wait(10)
        second_started.set()
        with unit_of_work(session_factory) as session:
            made["second"] = build_digests(session, NOW)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert (len(made["first"]), made["second"]) == (1, [])
    with session_factory() as session:
        deliveries = list(session.scalars(select(NotificationDelivery)))
        assert [len(d.alerts) for d in deliveries] == [3]
        assert set(session.scalars(select(NotificationItem.delivery_id))) == {deliveries[0].id}
