"""Every business change writes its outbox row in its own transaction, by itself: one row per entity per
transaction, a child row counted as its parent, nothing for readings or bookkeeping, nothing on rollback."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import select, update

from hashinsight_desktop.db.models import Miner, MinerMaintenance, MinerState, OutboxEvent, Site
from hashinsight_desktop.services import outbox
from hashinsight_desktop.services.database import Database


def _events(database: Database) -> list[tuple[str, str, str]]:
    with database.session_factory() as session:
        rows = session.scalars(select(OutboxEvent).order_by(OutboxEvent.id))
        return [(e.topic, e.entity_type, e.entity_id) for e in rows]


def _site_with_miners(database: Database, count: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    site = Site(id=uuid.uuid4(), name=f"Site {uuid.uuid4().hex[:6]}")
    miners = [
        Miner(id=uuid.uuid4(), site_id=site.id, name=f"m{n}", ip_address=f"127.0.0.{n + 1}") for n in range(count)
    ]
    with database.session_factory.begin() as session:
        session.add(site)
        session.flush()
        session.add_all(miners)
        session.flush()
        miners[0].name = "renamed in the same transaction"  # still one event for it
    return site.id, [m.id for m in miners]


def test_one_event_per_entity_changed_in_a_transaction(database: Database) -> None:
    site_id, miner_ids = _site_with_miners(database, 2)
    assert sorted(_events(database)) == sorted(
        [("site.changed", "site", str(site_id))] + [("miner.changed", "miner", str(m)) for m in miner_ids]
    )
    with database.session_factory() as session:
        first = session.scalars(select(OutboxEvent).where(OutboxEvent.entity_id == str(miner_ids[0]))).one()
        assert first.payload == {"change": "added"}
        if database.engine.dialect.name == "postgresql":
            assert first.txid is not None  # the server default: the writing transaction


def test_children_count_as_their_parent_and_readings_write_nothing(database: Database) -> None:
    _, (miner_id,) = _site_with_miners(database, 1)
    before = len(_events(database))
    now = datetime.now(UTC)
    with database.session_factory.begin() as session:
        session.add(MinerState(miner_id=miner_id, polled_at=now, status="hashing"))  # a reading
    assert len(_events(database)) == before
    with database.session_factory.begin() as session:
        session.add(MinerMaintenance(miner_id=miner_id, since=now, set_by="tester", note="fans"))
    assert _events(database)[before:] == [("miner.changed", "miner", str(miner_id))]


def test_explicit_event_replaces_the_automatic_one_and_bulk_updates_count_once(database: Database) -> None:
    site_id, _ = _site_with_miners(database, 3)
    start = len(_events(database))
    with database.session_factory.begin() as session:
        site = session.get(Site, site_id)
        assert site is not None
        site.notes = "changed"
        outbox.emit(session, "site.renamed", "site", site_id, {"why": "test"})
        session.execute(update(Miner).where(Miner.site_id == site_id).values(rack="R1"))
    assert sorted(_events(database)[start:]) == [
        ("miner.changed", "miner", "*"),
        ("site.renamed", "site", str(site_id)),
    ]


def test_a_rolled_back_transaction_writes_no_event(database: Database) -> None:
    site_id, _ = _site_with_miners(database, 1)
    start = len(_events(database))
    with pytest.raises(RuntimeError), database.session_factory.begin() as session:
        site = session.get(Site, site_id)
        assert site is not None
        site.notes = "never saved"
        session.flush()
        raise RuntimeError("the action failed")
    with database.session_factory.begin() as session:
        session.get(Site, site_id)  # the same kind of session, nothing changed
    assert len(_events(database)) == start


def test_postgresql_wakes_listeners_once_per_committed_transaction(database: Database) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("NOTIFY is PostgreSQL's; SQLite consoles poll")
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as listener:
        listener.execute(f"LISTEN {outbox.NOTIFY_CHANNEL}")
        _site_with_miners(database, 3)
        heard = list(listener.notifies(timeout=1.0))
    assert len(heard) == 1


def test_thousands_of_entities_in_one_transaction_are_one_event(database: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(outbox, "MANY", 3)
    _, ids = _site_with_miners(database, 4)  # an import: more miners than MANY
    miner_events = [e for e in _events(database) if e[1] == "miner"]
    assert miner_events == [("miner.changed", "miner", "*")]
    with database.session_factory() as session:
        event = session.scalars(select(OutboxEvent).where(OutboxEvent.entity_type == "miner")).one()
        assert event.payload == {"change": "many", "count": 4} and len(ids) == 4
