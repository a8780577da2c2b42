"""The outbox listener: another connection's commit is heard within a second; a listener whose connection is
killed while 50 rows change (one of them in a transaction that began before and commits after) reconnects by
itself and the view it keeps from events equals a fresh query within 10 s."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from sqlalchemy import Engine, select, text, update

from hashinsight_desktop.db.models import ClusterNode, Miner, Site
from hashinsight_desktop.services.cluster import nodes
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.workers import outbox_listener
from hashinsight_desktop.workers.outbox_listener import APPLICATION_NAME, OutboxListener


def _fleet(database: Database, count: int) -> list[uuid.UUID]:
    site = Site(id=uuid.uuid4(), name="Listener site")
    miners = [Miner(id=uuid.uuid4(), site_id=site.id, name=f"m{n}", ip_address=f"127.0.1.{n}") for n in range(count)]
    with database.session_factory.begin() as session:
        session.add(site)
        session.flush()
        session.add_all(miners)
    return [m.id for m in miners]


def _names(engine: Engine, ids: set[str] | None = None) -> dict[str, str]:
    with engine.connect() as connection:
        query = select(Miner.id, Miner.name)
        if ids is not None:
            query = query.where(Miner.id.in_([uuid.UUID(i) for i in ids]))
        return {str(i): n for i, n in connection.execute(query)}


class EventView:
    """A view that re-reads only the miners events name (as a live view does): it equals a fresh query only if
    no event was lost."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.names = _names(engine)
        self.changed: set[str] = set()
        self.heard_at: list[float] = []

    def on_events(self, rows: list[OutboxRow]) -> None:
        self.heard_at.append(time.monotonic())
        self.changed |= {row.entity_id for row in rows if row.entity_type == "miner"}

    def apply(self) -> None:
        changed, self.changed = self.changed, set()
        self.names |= _names(self.engine, changed)


async def _until(condition, timeout_s: float) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout_s:
            raise AssertionError(f"not within {timeout_s} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - started


def test_a_commit_is_heard_within_a_second(database: Database) -> None:
    ids = _fleet(database, 2)
    view = EventView(database.engine)

    async def scenario() -> float:
        listener = OutboxListener(database.engine, view.on_events)
        task = asyncio.create_task(listener.run())
        await _until(lambda: listener.connected, 10)
        with database.session_factory.begin() as session:
            miner = session.get(Miner, ids[0])
            assert miner is not None
            miner.name = "renamed"
        committed = time.monotonic()
        await _until(lambda: bool(view.changed), 5)
        task.cancel()
        return view.heard_at[-1] - committed

    assert asyncio.run(scenario()) < 1.0
    view.apply()
    assert view.names == _names(database.engine)


def test_a_listener_that_stops_reading_reports_growing_lag(database: Database) -> None:
    """Its heartbeat must not keep the last event's few ms: once no read has succeeded for longer than a poll,
    the lag is the time since the last one, written into the node's row as the Control room reads it."""
    ids = _fleet(database, 1)
    view = EventView(database.engine)
    node = nodes.this_node("console", "owner")

    async def scenario() -> tuple[float | None, float | None]:
        listener = OutboxListener(database.engine, view.on_events, poll_s=0.1)
        task = asyncio.create_task(listener.run())
        await _until(lambda: listener.connected, 10)
        with database.session_factory.begin() as session:
            session.get_one(Miner, ids[0]).name = "renamed"
        await _until(lambda: bool(view.changed), 5)
        heard = listener.current_lag_ms()
        task.cancel()  # stuck: no read from now on
        await asyncio.sleep(0.1 + outbox_listener.READ_GRACE_S + 0.3)
        heartbeat = nodes.NodeHeartbeat(database.engine, node, listener_lag_ms=listener.current_lag_ms)
        heartbeat.beat()  # registers
        heartbeat.beat()
        return heard, listener.current_lag_ms()

    heard, stuck = asyncio.run(scenario())
    assert heard is not None and heard < 1000
    assert stuck is not None and stuck >= (0.1 + outbox_listener.READ_GRACE_S) * 1000
    with database.session_factory() as session:
        shown = session.get_one(ClusterNode, node.id).listener_lag_ms
    assert shown is not None and shown >= (0.1 + outbox_listener.READ_GRACE_S) * 1000


def test_a_listener_killed_while_50_rows_change_catches_up(database: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if database.engine.dialect.name != "postgresql":
        pytest.skip("a connection to kill is PostgreSQL's (SQLite's listener only polls the file)")
    monkeypatch.setattr(outbox_listener, "RETRY_S", (2.0,))  # stays away while the rows change
    ids = _fleet(database, 50)
    view = EventView(database.engine)
    engine = database.engine

    async def scenario() -> tuple[OutboxListener, float]:
        listener = OutboxListener(engine, view.on_events, poll_s=1.0)  # the poll, shortened
        task = asyncio.create_task(listener.run())
        await _until(lambda: listener.connected, 10)
        # Takes its outbox id before the others and commits after the reconnect, with no NOTIFY: the poll finds it.
        with engine.connect() as early:
            early.execute(update(Miner).where(Miner.id == ids[0]).values(name="early"))
            early.execute(text("INSERT INTO outbox (topic, entity_type, entity_id, payload, created_at) VALUES "
                               "('miner.changed', 'miner', :id, '{}', now())"), {"id": str(ids[0])})  # fmt: skip
            with engine.connect() as admin:
                killed = admin.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name"),
                    {"name": APPLICATION_NAME},
                ).all()
                admin.commit()
            assert killed == [(True,)]
            await _until(lambda: not listener.connected, 5)
            for n, miner_id in enumerate(ids[1:], start=1):
                with database.session_factory.begin() as session:
                    miner = session.get(Miner, miner_id)
                    assert miner is not None
                    miner.name = f"changed while away {n}"
            assert not listener.connected  # all 49 committed while it was away
            await _until(lambda: listener.connected, 10)
            early.commit()

        def caught_up() -> bool:
            view.apply()
            return view.names == _names(engine)

        took = await _until(caught_up, 10)
        task.cancel()
        return listener, took

    listener, took = asyncio.run(scenario())
    assert listener.reconnects == 1
    assert took < 10
    assert view.names[str(ids[0])] == "early" and view.names[str(ids[49])] == "changed while away 49"
