"""Finding a dead letter by the first characters of its id, on both engines: matched in SQL (the rows with
their payloads are not loaded to compare them), with or without dashes, in either case; too short, not hex,
none or several are one-line refusals."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import ConsumerFailure
from hashinsight_desktop.services.cluster import dead_letters
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

T0 = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)
IDS = [
    uuid.UUID("abcdef12-3456-4789-8abc-def012345678"),
    uuid.UUID("abcdef12-9999-4789-8abc-def012345678"),  # shares 8 digits with the first
    *(uuid.UUID(f"0{n}000000-0000-4000-8000-000000000000") for n in range(1, 9)),
]


def test_find_matches_the_id_prefix_in_sql(session_factory: sessionmaker[Session]) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        session.add_all(
            ConsumerFailure(
                id=failure_id, consumer="test", event_id=n, topic="test.thing", payload={"big": "x" * 1000},
                attempts=3, last_error="RuntimeError", first_failed_at=T0, dead_at=T0,
            )
            for n, failure_id in enumerate(IDS)
        )  # fmt: skip
    loaded: list[uuid.UUID] = []

    def record(target: ConsumerFailure, _context: object) -> None:
        loaded.append(target.id)

    event.listen(ConsumerFailure, "load", record)
    try:
        with session_factory() as session:
            assert dead_letters.find(session, people.admin, "abcdef12-34").id == IDS[0]
            assert dead_letters.find(session, people.admin, "ABCDEF129").id == IDS[1]  # no dash, upper case
            assert dead_letters.find(session, people.admin, str(IDS[5])).event_id == 5
            assert set(loaded) == {IDS[0], IDS[1], IDS[5]}  # only the rows that matched
            for key, problem in [
                ("abcdef12", "more than one starts with it"),
                ("04000001", "no dead letter has that id"),
                ("abc%ef", "no dead letter has that id"),  # not a LIKE pattern
                ("abcde", "at least 6 characters"),
            ]:
                with pytest.raises(NotFound, match=problem):
                    dead_letters.find(session, people.admin, key)
    finally:
        event.remove(ConsumerFailure, "load", record)
