"""`cluster status [--json] --as USER` (in process through cli.main: the same registry and error handling as a
subprocess): the control room's nodes, roles and ticks as one JSON document or a compact table, refused to a
role that may not see it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import ClusterNode
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.cluster import nodes, ticks
from hashinsight_desktop.services.cluster.nodes import NodeInfo
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


@pytest.fixture
def control_room(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An owner and a site manager; a console leading a role at epoch 4, its child agent silent for 90 s, and a
    job's failed tick — written by the real node, role and tick functions."""
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        users.create_user(session, boss, username="sam", password=PASSWORD + " too", role="site_manager")
    engine = context.database.engine
    console = NodeInfo(uuid.uuid4(), "console", "ops1", 4100, "boss", "0.9.0")
    agent = NodeInfo(uuid.uuid4(), "agent", "ops1", 4101, "boss", "0.9.0", console.id)
    for node in (console, agent):
        nodes.register(engine, node)
    nodes.heartbeat(engine, console.id, listener_lag_ms=87.0)
    for _turn in range(3):  # three earlier holders: the console's takeover is the fourth epoch
        earlier = FencedRole(engine, "market", console)
        assert earlier.try_acquire()
        earlier.release()
    market = FencedRole(engine, "market", console)
    assert market.try_acquire()
    with unit_of_work(context.database.session_factory) as session:
        tick = ticks.claim_tick(session, "rollup", 60.0, console.id)
        assert tick is not None
    with unit_of_work(context.database.session_factory) as session:
        ticks.finish_tick(session, "rollup", tick.start, "failed", 812.0, detail="disk full")
        beat = session.get_one(ClusterNode, agent.id).heartbeat_at  # the agent has been silent for 90 s
        session.execute(
            update(ClusterNode).where(ClusterNode.id == agent.id).values(heartbeat_at=beat - timedelta(seconds=90))
        )
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    yield app_home
    market.release()
    context.database.close()


def test_status_as_json_and_as_a_table(control_room: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["cluster", "status", "--json", "--as", "boss"]) == 0
    document = json.loads(capsys.readouterr().out)
    states = {(n["kind"], n["pid"]): n["state"] for n in document["nodes"]}
    assert states == {("console", 4100): "online", ("agent", 4101): "gone"}  # 90 s without a heartbeat
    assert [(r["role"], r["epoch"], r["holder_pid"], r["state"]) for r in document["roles"]] == [
        ("market", 4, 4100, "held")
    ]
    (job,) = document["jobs"]
    assert (job["job"], job["outcome"], job["duration_ms"], job["failures_last_day"]) == ("rollup", "failed", 812.0, 1)

    assert cli.main(["cluster", "status", "--as", "boss"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "1 console and 0 agents online" in lines[0]
    header = next(line for line in lines if line.startswith("KIND"))
    assert header.split() == [
        "KIND",
        "HOST",
        "PID",
        "USER",
        "VERSION",
        "LAST",
        "HEARTBEAT",
        "STATE",
        "LISTENER",
        "LAG",
        "LEADS",
    ]
    console = next(line for line in lines if line.startswith("console"))
    assert "online" in console and "87 ms" in console and console.endswith("market")
    assert "gone" in next(line for line in lines if line.startswith("agent (child)"))
    rollup = next(line for line in lines if line.startswith("rollup"))
    assert "812 ms" in rollup and "failed: disk full" in rollup and "ops1 pid 4100" in rollup and "1 of 1" in rollup
    assert lines[-1] == "Dead letters: 0"


def test_a_site_manager_may_not_see_the_control_room(
    control_room: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD + " too")
    assert cli.main(["cluster", "status", "--as", "sam"]) == 1
    assert capsys.readouterr().err == (
        "hashinsight-desktop: error: Your role (site_manager) may not see the control room.\n"
    )
