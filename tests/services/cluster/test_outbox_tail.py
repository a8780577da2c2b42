"""The outbox tail misses nothing: a transaction that took its id early and commits late is still read
(on PostgreSQL, by two real connections writing at once); each row is read once."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, insert, text

from hashinsight_desktop.db.models import OutboxEvent
from hashinsight_desktop.services.cluster.outbox_tail import OutboxTail
from hashinsight_desktop.services.database import Database


def _write(connection: Connection, entity_id: str) -> None:
    connection.execute(insert(OutboxEvent).values(topic="miner.changed", entity_type="miner", entity_id=entity_id))


def _read(tail: OutboxTail, connection: Connection) -> list[str]:
    rows = tail.read(connection)
    connection.commit()  # each read in its own snapshot, as the listener does
    return [row.entity_id for row in rows]


def test_a_late_committing_transaction_is_read_after_a_newer_id(database: Database) -> None:
    engine = database.engine
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: ids commit in order, nothing can commit late")
    with engine.connect() as old_news:
        _write(old_news, "before")
        old_news.commit()
    with engine.connect() as reader, engine.connect() as early, engine.connect() as late_id:
        tail = OutboxTail.from_now(reader)
        reader.commit()
        _write(early, "early")  # takes the lower id, stays open
        _write(late_id, "quick")  # takes the higher id, commits first
        late_id.commit()
        assert _read(tail, reader) == ["quick"]
        early.commit()
        assert _read(tail, reader) == ["early"]  # an id-only tail (id > 'quick') would never see it
        assert _read(tail, reader) == []
        _write(late_id, "next")
        late_id.commit()
        assert _read(tail, reader) == ["next"]
        early.rollback()


def test_a_transaction_open_since_before_the_tail_is_read_and_costs_nothing_meanwhile(database: Database) -> None:
    engine = database.engine
    if engine.dialect.name != "postgresql":
        pytest.skip("transaction ids and snapshots are PostgreSQL's")
    with engine.connect() as reader, engine.connect() as holder, engine.connect() as writer:
        holder.execute(text("SELECT pg_current_xact_id()"))  # its id is taken: it runs at the tail's start
        tail = OutboxTail.from_now(reader)
        reader.commit()
        _write(holder, "held")  # written late, by a transaction older than the tail
        for n in range(20):
            _write(writer, str(n))
            writer.commit()
            assert _read(tail, reader) == [str(n)]
            assert tail.position.seen == [] and len(tail.position.xip) <= 2  # nothing piles up meanwhile
        holder.commit()
        assert _read(tail, reader) == ["held"]
        assert _read(tail, reader) == []


def test_rows_come_once_in_commit_order_and_from_now_skips_history(database: Database) -> None:
    with database.engine.connect() as connection:
        _write(connection, "history")
        connection.commit()
        tail = OutboxTail.from_now(connection)
        connection.commit()
        assert _read(tail, connection) == []
        for name in ("a", "b"):
            _write(connection, name)
            connection.commit()
        _write(connection, "c")
        connection.commit()
        rows = tail.read(connection)
        connection.commit()
        assert [row.entity_id for row in rows] == ["a", "b", "c"]
        assert rows[0].topic == "miner.changed" and rows[0].created_at.tzinfo is not None
        assert _read(tail, connection) == []


def test_a_read_cut_at_its_limit_continues_where_it_stopped(database: Database) -> None:
    with database.engine.connect() as connection:
        tail = OutboxTail.from_now(connection)
        connection.commit()
        for n in range(5):
            _write(connection, str(n))
        connection.commit()
        first = tail.read(connection, limit=3)
        assert tail.more_waiting
        rest = tail.read(connection, limit=3)
        connection.commit()
        assert [r.entity_id for r in first + rest] == ["0", "1", "2", "3", "4"]
        assert not tail.more_waiting
