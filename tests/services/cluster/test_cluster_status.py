"""The control room's read model (services/cluster/status.py) on both engines: nodes online or gone by their
heartbeat's age on the database's clock, roles held or expired with their epoch and holder, each job's newest
tick and its failures of the last day, dead letters, and the roles the status bar shows for one process."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import ClusterNode, ConsumerFailure, JobTick, Site
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster import nodes, status, ticks
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work

ADMIN = Principal(user_id=uuid.uuid4(), username="ada", role=Role.ADMIN)
MANAGER = Principal(user_id=uuid.uuid4(), username="sam", role=Role.SITE_MANAGER)


@dataclass
class Farm:
    console_a: uuid.UUID
    console_b: uuid.UUID
    agent: uuid.UUID
    stopped: uuid.UUID
    site: uuid.UUID
    now: datetime


def _node(kind: str, host: str, pid: int, parent: uuid.UUID | None = None) -> nodes.NodeInfo:
    return nodes.NodeInfo(uuid.uuid4(), kind, host, pid, "ops", "0.9.0", parent)


def _age(session: Session, node_id: uuid.UUID, seconds: float) -> None:
    """The clock moves on for one node: its last heartbeat is ``seconds`` older."""
    beat = session.get_one(ClusterNode, node_id).heartbeat_at
    session.execute(
        update(ClusterNode).where(ClusterNode.id == node_id).values(heartbeat_at=beat - timedelta(seconds=seconds))
    )


def _take(engine: Engine, role: str, *holders: nodes.NodeInfo, lease_s: float = 15.0) -> FencedRole:
    """Each holder in turn takes ``role`` (epoch +1 each) and all but the last give it up; the last keeps it."""
    for turn, holder in enumerate(holders, start=1):
        taken = FencedRole(engine, role, holder, lease_s)
        assert taken.try_acquire()
        if turn < len(holders):
            taken.release()
    return taken


def _tick(job: str, start: datetime, outcome: str, node: uuid.UUID, duration_ms: float | None = 120.0) -> JobTick:
    return JobTick(
        job=job,
        tick_start=start,
        interval_s=60.0,
        node_id=node,
        claimed_at=start,
        finished_at=None if outcome == "running" else start + timedelta(milliseconds=duration_ms or 0),
        outcome=outcome,
        duration_ms=None if outcome == "running" else duration_ms,
        detail="disk full" if outcome == "failed" else None,
    )


def _failure(event_id: int, now: datetime, *, dead: bool, resolved: bool = False) -> ConsumerFailure:
    return ConsumerFailure(
        consumer="notifier",
        event_id=event_id,
        topic="alert.raised",
        payload={},
        attempts=5 if dead else 1,
        last_error="SMTP refused",
        first_failed_at=now,
        next_attempt_at=None if dead else now,
        dead_at=now if dead else None,
        resolved_at=now if resolved else None,
        resolution="discarded" if resolved else None,
    )


@pytest.fixture
def farm(database: Database) -> Iterator[Farm]:
    """Two consoles (B's heartbeat 60 s old: gone), A's child agent, a stopped one; a poller role the agent
    took at epoch 3, an executor role B took at epoch 2 and let expire, a released one; ticks of two jobs (the
    newest claimed and finished by the real functions, older history written as rows); four consumer failures."""
    engine = database.engine
    a, b = _node("console", "ops1", 4100), _node("console", "ops2", 4200)
    agent, stopped = _node("agent", "ops1", 4101, a.id), _node("agent", "ops3", 4300)
    for node in (a, b, agent, stopped):
        nodes.register(engine, node)
    nodes.mark_stopped(engine, stopped.id)
    long_stopped = _node("agent", "ops4", 4400)  # an agent restarted two hours ago: off the list
    nodes.register(engine, long_stopped)
    nodes.mark_stopped(engine, long_stopped.id)
    nodes.heartbeat(engine, a.id, listener_lag_ms=42.5)
    with unit_of_work(database.session_factory) as session:
        site = Site(name="Texas North", timezone="UTC", electricity_price_usd_per_kwh=Decimal("0.05"))
        session.add(site)
        _age(session, b.id, 60)
        gone_by = session.get_one(ClusterNode, long_stopped.id).heartbeat_at - timedelta(hours=2)
        session.execute(
            update(ClusterNode)
            .where(ClusterNode.id == long_stopped.id)
            .values(heartbeat_at=gone_by, stopped_at=gone_by)
        )
    poller = _take(engine, f"poller:{site.id}", b, a, agent)
    executor = _take(engine, f"executor:{site.id}", b, b, lease_s=0.3)
    _take(engine, "market", a, a).release()
    time.sleep(0.4)  # the executor's lease expires: B stopped renewing it and nobody took over
    with unit_of_work(database.session_factory) as session:
        tick = ticks.claim_tick(session, "rollup", 60.0, agent.id)
        polled = ticks.claim_tick(session, poller.role, 10.0, agent.id, role=poller.role, epoch=3)  # fenced
    assert tick is not None and polled is not None
    with unit_of_work(database.session_factory) as session:
        ticks.finish_tick(session, "rollup", tick.start, "ok", 250.0)
        now, minute = database_now(session), timedelta(seconds=60)
        session.add_all(
            [
                _tick("rollup", tick.start - timedelta(days=2), "failed", a.id),
                _tick("rollup", tick.start - 2 * minute, "failed", a.id),
                _tick("rollup", tick.start - minute, "ok", b.id),
                _tick("retention", tick.start - 10 * minute, "running", agent.id),  # its claimer died mid-run
                _tick("market-snapshots:difficulty", tick.start - 30 * minute, "ok", a.id),  # a calculator asked
                _failure(1, now, dead=True),
                _failure(2, now, dead=True),
                _failure(3, now, dead=True, resolved=True),
                _failure(4, now, dead=False),
            ]
        )
    yield Farm(a.id, b.id, agent.id, stopped.id, site.id, now)
    poller.release()
    executor.release()


def test_the_control_room_as_an_administrator_sees_it(farm: Farm, session_factory: Callable[[], Session]) -> None:
    with session_factory() as session:
        seen = status.cluster_status(session, ADMIN)
    states = {(n.host, n.pid): n.state for n in seen.nodes}
    assert states == {
        ("ops1", 4100): "online",
        ("ops2", 4200): "gone",
        ("ops1", 4101): "online",
        ("ops3", 4300): "stopped",
    }
    assert [n.pid for n in seen.online("console")] == [4100]
    assert seen.node(farm.agent).parent_id == farm.console_a  # type: ignore[union-attr]
    assert seen.node(farm.console_a).listener_lag_ms == 42.5  # type: ignore[union-attr]
    assert seen.node(farm.console_b).heartbeat_age_s == pytest.approx(60, abs=5)  # type: ignore[union-attr]

    roles = {r.role.partition(":")[0]: r for r in seen.roles}
    poller, executor, market = roles["poller"], roles["executor"], roles["market"]
    assert (poller.subject, poller.epoch, poller.state, poller.holder_host, poller.holder_pid) == (
        "Texas North",
        3,
        "held",
        "ops1",
        4101,
    )
    assert poller.left_s == pytest.approx(15, abs=5)
    assert poller.lease_s == 15.0
    assert (executor.state, executor.holder_pid, executor.epoch) == ("expired", 4200, 2)
    assert (market.state, market.subject, market.holder_host) == ("released", "", None)
    assert [r.role for r in seen.roles_held_by(farm.agent)] == [f"poller:{farm.site}"]

    jobs = {j.job: j for j in seen.jobs}
    rollup, retention = jobs["rollup"], jobs["retention"]
    assert (rollup.outcome, rollup.duration_ms, rollup.node_id) == ("ok", 250.0, farm.agent)
    assert (rollup.failures_last_day, rollup.runs_last_day) == (1, 3)  # the failure of two days ago is not counted
    assert rollup.next_tick == rollup.last_tick_start + timedelta(seconds=60)
    assert not rollup.overdue and not rollup.on_demand
    assert (retention.outcome, retention.duration_ms, retention.overdue) == ("running", None, True)
    assert jobs[f"poller:{farm.site}"].label == "Miner polling · Texas North"  # in words, the site by its name
    assert (rollup.label, roles["poller"].label) == ("rollup", "poller · Texas North")  # a job not listed: its name
    market_ticks = jobs["market-snapshots:difficulty"]
    assert (market_ticks.label, market_ticks.on_demand, market_ticks.overdue) == (
        "Market data refresh · network difficulty",
        True,
        False,
    )
    assert seen.dead_letters == 2  # the retried-later and the discarded one are not dead letters


def test_json_names_every_figure(farm: Farm, session_factory: Callable[[], Session]) -> None:
    with session_factory() as session:
        document = status.cluster_status(session, ADMIN).as_json()
    console = next(n for n in document["nodes"] if n["pid"] == 4100)
    assert console["state"] == "online" and console["roles"] == [] and console["listener_lag_ms"] == 42.5
    agent = next(n for n in document["nodes"] if n["pid"] == 4101)
    assert agent["parent_id"] == str(farm.console_a) and agent["roles"] == [f"poller:{farm.site}"]
    poller = next(r for r in document["roles"] if r["kind"] == "poller")
    assert {"epoch", "acquired_at", "expires_at", "lease_s", "holder_host", "holder_pid"} <= poller.keys()
    assert poller["label"] == "poller · Texas North"
    assert datetime.fromisoformat(poller["expires_at"]) > datetime.fromisoformat(document["now"])
    assert document["dead_letters"] == 2 and document["gone_after_s"] == status.GONE_AFTER_S


def test_only_administrators_see_the_control_room(session_factory: Callable[[], Session]) -> None:
    with session_factory() as session, pytest.raises(PermissionDenied, match="see the control room"):
        status.cluster_status(session, MANAGER)


def test_a_console_sees_its_own_roles_and_its_agents(farm: Farm, session_factory: Callable[[], Session]) -> None:
    with session_factory() as session:
        mine = status.own_roles(session, "ops1", 4100)
        gone = status.own_roles(session, "ops2", 4200)
        unknown = status.own_roles(session, "ops9", 1)
    assert mine.node is not None and mine.node.id == farm.console_a
    assert [c.pid for c in mine.children] == [4101]
    assert [(r.kind, r.subject, r.epoch) for r in mine.roles] == [("poller", "Texas North", 3)]
    assert gone.node is not None and gone.roles == []  # its executor lease expired: it leads nothing now
    assert unknown == status.OwnRoles(None, [], [])


def test_a_killed_agent_replaced_by_a_new_one_is_no_alarm(database: Database) -> None:
    """Issue 13: the console's agent was SIGKILLed (no clean stop) and restarted: the status bar judges the new
    agent only, and the supervisor marks the dead one stopped (its last heartbeat kept)."""
    engine = database.engine
    console = _node("console", "ops5", 5100)
    killed, restarted = _node("agent", "ops5", 5101, console.id), _node("agent", "ops5", 5102, console.id)
    for node in (console, killed, restarted):
        nodes.register(engine, node)
    with unit_of_work(database.session_factory) as session:
        _age(session, killed.id, 39)  # silent since it was killed
        session.execute(  # the new agent started after it
            update(ClusterNode)
            .where(ClusterNode.id == killed.id)
            .values(started_at=session.get_one(ClusterNode, killed.id).started_at - timedelta(seconds=40))
        )
    with database.session_factory() as session:
        own = status.own_roles(session, "ops5", 5100)
    assert [(c.pid, c.state) for c in own.children] == [(5102, status.ONLINE)]

    assert nodes.mark_child_stopped(engine, console.id, 5101) == 1
    assert nodes.mark_child_stopped(engine, console.id, 5101) == 0  # once
    with database.session_factory() as session:
        dead = session.get_one(ClusterNode, killed.id)
        assert dead.stopped_at is not None and dead.heartbeat_at < dead.stopped_at - timedelta(seconds=30)
        assert session.get_one(ClusterNode, restarted.id).stopped_at is None
