"""Fenced roles within one process (both engines): one leader, epochs from 1 up by one per takeover, a takeover
only once the old lease expired by the database's clock, a stale epoch's write changing 0 rows, the client-side
deadline; and the node registry's heartbeats. The cross-process guarantees: test_roles_processes.py."""

from __future__ import annotations

import asyncio
import time
import uuid
from types import SimpleNamespace

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, insert, literal, select, text, update

from hashinsight_desktop.db.models import ClusterNode, RoleLease
from hashinsight_desktop.services.cluster.nodes import NodeHeartbeat, heartbeat, mark_stopped, register, this_node
from hashinsight_desktop.services.cluster.roles import CLIENT_DEADLINE, FencedRole, fenced
from hashinsight_desktop.services.curtailment.executor import run_options
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.settings import DEFAULT_LEASE_S, SettingsStore

ROLE = "executor:test-site"
_probe_metadata = MetaData()
PROBE = Table("role_probe", _probe_metadata, Column("node", String(64)), Column("epoch", Integer))


def lease_row(engine: Engine, role: str = ROLE) -> RoleLease:
    with engine.connect() as connection:
        row = connection.execute(select(RoleLease.__table__).where(RoleLease.role == role)).one()
    return RoleLease(**row._mapping)


def fenced_write(engine: Engine, node: str, epoch: int, role: str = ROLE) -> int:
    """A command row written only while ``epoch`` holds the role: the rows it changed."""
    with engine.begin() as connection:
        chosen = select(literal(node, String(64)), literal(epoch, Integer)).where(fenced(role, epoch))
        statement = insert(PROBE).from_select(["node", "epoch"], chosen).execution_options(preserve_rowcount=True)
        return connection.execute(statement).rowcount


def test_one_leader_epochs_rise_by_one_and_stale_writes_change_nothing(database: Database) -> None:
    engine = database.engine
    PROBE.create(engine)
    first, second = this_node("console"), this_node("agent")
    a, b = FencedRole(engine, ROLE, first, lease_s=5), FencedRole(engine, ROLE, second, lease_s=5)
    try:
        assert a.try_acquire() and a.epoch == 1 and a.acting  # the first holder has epoch 1
        assert not b.try_acquire() and b.epoch is None  # one leader
        assert a.try_acquire() and a.epoch == 1  # already leading: renewed, same epoch
        lease = lease_row(engine)
        assert (lease.holder_node_id, lease.holder_pid, lease.lease_s) == (first.id, first.pid, 5)
        assert (lease.expires_at - lease.renewed_at).total_seconds() == pytest.approx(5)
        assert fenced_write(engine, "a", 1) == 1

        a.release()  # a clean exit: the next holder need not wait for the lease
        assert not a.held and lease_row(engine).holder_node_id is None
        assert fenced_write(engine, "a", 1) == 0  # released: its epoch writes nothing
        assert b.try_acquire() and b.epoch == 2
        assert fenced_write(engine, "a", 1) == 0  # a newer epoch exists
        assert fenced_write(engine, "b", 2) == 1
        assert not a.try_acquire()
        assert not a.renew()  # a node that does not hold it cannot renew it
    finally:
        a.release()
        b.release()
    with engine.connect() as connection:
        assert connection.execute(select(PROBE.c.node, PROBE.c.epoch)).all() == [("a", 1), ("b", 2)]


def test_a_takeover_waits_for_the_lease_to_expire_by_the_database_clock(database: Database) -> None:
    """The old holder here neither renews nor releases; on PostgreSQL it even keeps its session open and idle
    (a frozen process): the follower ends that session only once the lease has expired."""
    engine = database.engine
    lease_s = 1.5
    old, new = (
        FencedRole(engine, ROLE, this_node("agent"), lease_s),
        FencedRole(engine, ROLE, this_node("agent"), lease_s),
    )
    try:
        assert old.try_acquire() and old.epoch == 1
        if engine.dialect.name == "sqlite":
            old._unlock()  # the OS frees a dead process's file lock; its lease row stays until it expires
        else:  # no idle timeout on the old session: the follower itself must end it, once the lease expired
            assert old._connection is not None
            old._connection.execute(text("SET idle_session_timeout = 0"))
            old._connection.commit()
        started = time.monotonic()
        expires_at = lease_row(engine).expires_at
        while not new.try_acquire():
            assert time.monotonic() - started < lease_s + 5, "the follower never took over"
            time.sleep(0.1)
        took_s = time.monotonic() - started
        assert new.epoch == 2
        assert lease_row(engine).acquired_at >= expires_at  # by the database's clock
        assert took_s >= lease_s - 0.3
        assert not old.acting  # its client-side deadline (0.6 lease) passed long before
        assert not old.renew() and old.epoch is None  # and it steps down when it tries
    finally:
        old.release()
        new.release()


def test_the_client_side_deadline_stops_a_holder_that_cannot_renew(database: Database) -> None:
    now = [1000.0]
    role = FencedRole(database.engine, ROLE, this_node("console"), lease_s=10, monotonic=lambda: now[0])
    try:
        assert role.try_acquire()
        now[0] += CLIENT_DEADLINE * 10 - 0.01
        assert role.acting
        now[0] += 0.02  # not renewed for 0.6 lease: stops acting, 4 s before the lease could pass to anyone
        assert not role.acting and role.held
        assert role.renew() and role.acting  # renewed (the database answers again): acts again, same epoch
        assert role.epoch == 1
    finally:
        role.release()


def test_keep_renews_and_steps_down_when_taken_over(database: Database) -> None:
    engine = database.engine
    changes: list[int | None] = []
    role = FencedRole(engine, ROLE, this_node("agent"), lease_s=1.0, on_change=lambda r: changes.append(r.epoch))

    async def scenario() -> None:
        keeping = asyncio.create_task(role.keep(retake=False))
        for _ in range(50):
            await asyncio.sleep(0.05)
            if role.acting:
                break
        first = lease_row(engine).expires_at
        await asyncio.sleep(0.6)
        assert role.acting and lease_row(engine).expires_at > first  # renewed every quarter lease
        with engine.begin() as connection:  # another node took over (as after an expiry)
            connection.execute(update(RoleLease).where(RoleLease.role == ROLE).values(epoch=RoleLease.epoch + 1))
        await asyncio.wait_for(keeping, 2)  # without retake, keep() ends once the role is lost

    asyncio.run(scenario())
    assert changes == [1, None] and not role.held


def test_nodes_register_beat_and_stop_on_the_database_clock(database: Database) -> None:
    engine = database.engine
    parent = this_node("console", username="alice")
    child = this_node("agent", parent_id=parent.id)
    register(engine, parent)
    assert not heartbeat(engine, child.id)  # not registered yet

    async def scenario() -> None:
        beating = asyncio.create_task(NodeHeartbeat(engine, child, interval_s=0.1, listener_lag_ms=lambda: 12.5).run())
        await asyncio.sleep(0.35)
        beating.cancel()
        with pytest.raises(asyncio.CancelledError):
            await beating

    asyncio.run(scenario())
    assert heartbeat(engine, parent.id, 40.0)
    mark_stopped(engine, parent.id)
    with engine.connect() as connection:
        rows = {r.id: r for r in connection.execute(select(ClusterNode.__table__))}
    assert rows[parent.id].username == "alice" and rows[parent.id].stopped_at is not None
    assert rows[parent.id].listener_lag_ms == 40.0
    beat = rows[child.id]
    assert (beat.kind, beat.parent_id, beat.pid, beat.listener_lag_ms) == ("agent", parent.id, child.pid, 12.5)
    assert beat.heartbeat_at > beat.started_at and beat.stopped_at is not None  # cancelled: a clean exit
    with pytest.raises(ValueError, match="node kind"):
        this_node("robot")


def test_the_lease_length_is_a_setting(tmp_path, secrets) -> None:  # type: ignore[no-untyped-def]
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load().lease_s == DEFAULT_LEASE_S == 15.0
    settings = store.load()
    settings.lease_s = 30.0
    store.save(settings)
    assert store.load().lease_s == 30.0
    (tmp_path / "settings.json").write_text('{"lease_s": -2}')
    assert store.load().lease_s == DEFAULT_LEASE_S  # nonsense falls back to the default
    # The curtailment executor runs with it: its plan lease and its site's executor role.
    context = SimpleNamespace(settings=store.load(), secrets=secrets)
    context.settings.lease_s = 42.0
    assert run_options(context).lease_s == 42.0  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="longer than 0"):
        FencedRole(None, ROLE, this_node("cli"), lease_s=0)  # type: ignore[arg-type]
    assert uuid.UUID(str(this_node("cli").id))
