"""A due delivery is claimed by whoever reads it first: a second reader (another process on the same SQLite
file, a new leader) finds nothing due until the claim runs out, so a message is not sent twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.notifications.delivery import CLAIM, due_jobs, new_delivery
from hashinsight_desktop.services.notifications.formats import digest_message
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)


def test_a_due_delivery_is_claimed_once(session_factory: sessionmaker[Session], secrets: SecretStore) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        channel = save_channel(
            session, people.owner, secrets, ChannelInput("Hook", "webhook", secret="http://127.0.0.1:9/x")
        )
        message = digest_message([{"severity": "critical", "kind": "offline", "site": "S", "miner": "m1"}])
        session.add(new_delivery(channel, message, NOW, next_attempt_at=NOW))
    with unit_of_work(session_factory) as session:
        first = due_jobs(session, NOW)
    with unit_of_work(session_factory) as session:
        second = due_jobs(session, NOW + timedelta(seconds=5))
    with unit_of_work(session_factory) as session:
        after_the_claim = due_jobs(session, NOW + CLAIM)  # its process died mid-send: due again
    assert (len(first), len(second), len(after_the_claim)) == (1, 0, 1)
