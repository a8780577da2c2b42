"""`cluster dead-letters list|retry ID|discard ID --as USER` (in process through cli.main) over dead letters the
real consumer wrote: listed, retried and discarded by an id's first characters (audited), refused to a site
manager, and a short or unknown id named in one line."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import AuditRecord, OutboxEvent
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.cluster.consumers import Consumer, Event, consume
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


def _refuse(session: Session, events: Sequence[Event], now: datetime) -> int:
    raise LookupError(f"no rule for {events[0].payload['kind']}")


@pytest.fixture
def dead(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """An owner, a site manager, and two dead letters of the consumer ``notifications``."""
    context = build_context(None, process_name="test")
    factory = context.database.session_factory
    with unit_of_work(factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        users.create_user(session, boss, username="sam", password=PASSWORD, role="site_manager")
    consumer = Consumer("notifications", ("alert.raised",), _refuse, batch=1)
    consume(factory, consumer, context.clock)
    with unit_of_work(factory) as session:
        rows = [
            {"topic": "alert.raised", "entity_type": "alert", "entity_id": str(uuid.uuid4()), "payload": {"kind": k}}
            for k in ("offline", "over_temperature")
        ]
        ids = list(session.scalars(insert(OutboxEvent).returning(OutboxEvent.id), rows))
    consume(factory, consumer, context.clock, max_attempts=1)
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return ids


def test_list_retry_and_discard_by_the_first_characters_of_an_id(
    dead: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["cluster", "dead-letters", "list", "--as", "boss", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(d["event_id"] for d in listed) == dead
    assert {(d["state"], d["attempts"], d["topic"]) for d in listed} == {("dead", 1, "alert.raised")}
    by_event = {d["event_id"]: d["id"] for d in listed}

    assert cli.main(["cluster", "dead-letters", "list", "--as", "boss"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("ID") and table[0].split()[1:3] == ["FAILED", "AT"] and "LAST ERROR" in table[0]
    assert any(by_event[dead[0]][:8] in line and "LookupError: no rule for offline" in line for line in table)

    assert cli.main(["cluster", "dead-letters", "retry", by_event[dead[0]][:8], "--as", "boss"]) == 0
    assert capsys.readouterr().out == f"Event {dead[0]} (alert.raised) of notifications goes back to its consumer.\n"
    assert cli.main(["cluster", "dead-letters", "discard", by_event[dead[1]], "--as", "boss"]) == 0
    assert "discarded" in capsys.readouterr().out
    assert cli.main(["cluster", "dead-letters", "list", "--as", "boss"]) == 0
    assert capsys.readouterr().out == "No dead letters: every event was applied by its consumer.\n"
    assert cli.main(["cluster", "dead-letters", "list", "--all", "--as", "boss", "--json"]) == 0
    states = {d["event_id"]: (d["state"], d["resolved_by"]) for d in json.loads(capsys.readouterr().out)}
    assert states == {dead[0]: ("retry asked", "boss"), dead[1]: ("discarded", "boss")}

    context = build_context(None, process_name="test")
    with context.database.session_factory() as session:
        query = select(AuditRecord.action).where(AuditRecord.action.like("consumer.dead_letter.%"))
        actions = session.scalars(query.order_by(AuditRecord.seq)).all()
    context.database.close()
    assert actions == ["consumer.dead_letter.retry", "consumer.dead_letter.discard"]


def test_refused_to_a_site_manager_and_a_bad_id_named(dead: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["cluster", "dead-letters", "list", "--as", "sam"]) == 1
    assert "may not see the dead letters" in capsys.readouterr().err
    assert cli.main(["cluster", "dead-letters", "retry", "abc", "--as", "boss"]) == 1
    assert "Dead letter 'abc': give at least 6 characters of its id." in capsys.readouterr().err
    assert cli.main(["cluster", "dead-letters", "discard", "ffffffff", "--as", "boss"]) == 1
    assert "Dead letter 'ffffffff': no dead letter has that id." in capsys.readouterr().err
