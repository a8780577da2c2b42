"""The control room's read model (services/cluster/status.py) on both engines: nodes online or gone by their
heartbeat's age on the database's clock, roles held or expired with their epoch and holder, each job's newest
tick and its failures of the last day, dead letters, and the roles the status bar shows for one process."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import ClusterNode, ConsumerFailure, JobTick, RoleLease, Site
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster import status
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


def _node(
    kind: str,
    host: str,
    pid: int,
    now: datetime,
    age_s: float,
    *,
    parent: uuid.UUID | None = None,
    stopped: bool = False,
) -> ClusterNode:
    beat = now - timedelta(seconds=age_s)
    return ClusterNode(
        id=uuid.uuid4(),
        kind=kind,
        host=host,
        pid=pid,
        username="ops",
        version="0.9.0",
        parent_id=parent,
        started_at=beat - timedelta(hours=1),
        heartbeat_at=beat,
        stopped_at=beat if stopped else None,
        listener_lag_ms=42.5 if kind == "console" else None,
    )


def _lease(role: str, epoch: int, holder: ClusterNode | None, now: datetime, left_s: float) -> RoleLease:
    return RoleLease(
        role=role,
        epoch=epoch,
        holder_node_id=holder.id if holder else None,
        holder_host=holder.host if holder else None,
        holder_pid=holder.pid if holder else None,
        lease_s=15.0,
        acquired_at=now - timedelta(minutes=5),
        renewed_at=now + timedelta(seconds=left_s - 15),
        expires_at=now + timedelta(seconds=left_s),
    )


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
def farm(session_factory: sessionmaker[Session]) -> Farm:
    """Two consoles (B's heartbeat 60 s old: gone), A's child agent, a stopped command; a poller role the agent
    holds, an executor role B held and let expire, a released one; ticks of two jobs; four consumer failures."""
    with unit_of_work(session_factory) as session:
        now = database_now(session)
        site = Site(name="Texas North", timezone="UTC", electricity_price_usd_per_kwh=Decimal("0.05"))
        a = _node("console", "ops1", 4100, now, 2)
        b = _node("console", "ops2", 4200, now, 60)
        agent = _node("agent", "ops1", 4101, now, 1, parent=a.id)
        stopped = _node("agent", "ops3", 4300, now, 30, stopped=True)
        session.add_all([site, a, b, agent, stopped])
        session.flush()
        session.add_all(
            [
                _lease(f"poller:{site.id}", 3, agent, now, 11),
                _lease(f"executor:{site.id}", 2, b, now, -30),
                _lease("market", 1, None, now, -600),
                _tick("rollup", now - timedelta(days=2), "failed", a.id),
                _tick("rollup", now - timedelta(seconds=180), "failed", a.id),
                _tick("rollup", now - timedelta(seconds=120), "ok", b.id),
                _tick("rollup", now - timedelta(seconds=60), "ok", agent.id, duration_ms=250.0),
                _tick("retention", now - timedelta(seconds=600), "running", agent.id),
                _failure(1, now, dead=True),
                _failure(2, now, dead=True),
                _failure(3, now, dead=True, resolved=True),
                _failure(4, now, dead=False),
            ]
        )
        return Farm(a.id, b.id, agent.id, stopped.id, site.id, now)


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
    assert poller.left_s == pytest.approx(11, abs=5)
    assert poller.lease_s == 15.0
    assert (executor.state, executor.holder_pid, executor.epoch) == ("expired", 4200, 2)
    assert (market.state, market.subject, market.holder_host) == ("released", "", None)
    assert [r.role for r in seen.roles_held_by(farm.agent)] == [f"poller:{farm.site}"]

    jobs = {j.job: j for j in seen.jobs}
    rollup, retention = jobs["rollup"], jobs["retention"]
    assert (rollup.outcome, rollup.duration_ms, rollup.node_id) == ("ok", 250.0, farm.agent)
    assert (rollup.failures_last_day, rollup.runs_last_day) == (1, 3)  # the failure of two days ago is not counted
    assert rollup.next_tick == rollup.last_tick_start + timedelta(seconds=60)
    assert not rollup.overdue
    assert (retention.outcome, retention.duration_ms, retention.overdue) == ("running", None, True)
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
    assert datetime.fromisoformat(poller["expires_at"]) > datetime.fromisoformat(document["now"])
    assert document["dead_letters"] == 2 and document["gone_after_s"] == status.GONE_AFTER_S


def test_only_administrators_see_the_control_room(farm: Farm, session_factory: Callable[[], Session]) -> None:
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


def test_short_duration() -> None:
    assert [status.short_duration(s) for s in (-3, 0, 12.9, 119, 120, 7199, 7200, 172_799, 172_800)] == [
        "0 s",
        "0 s",
        "12 s",
        "119 s",
        "2 min",
        "119 min",
        "2 h",
        "47 h",
        "2 d",
    ]
