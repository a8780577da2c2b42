"""`cluster status [--json] --as USER` (in process through cli.main: the same registry and error handling as a
subprocess): the control room's nodes, roles and ticks as one JSON document or a compact table, refused to a
role that may not see it."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import ClusterNode, JobTick, RoleLease
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


@pytest.fixture
def control_room(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An owner and a site manager; a console leading a role, its child agent, and a job's tick."""
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        users.create_user(session, boss, username="sam", password=PASSWORD + " too", role="site_manager")
        now = database_now(session)
        console = ClusterNode(
            id=uuid.uuid4(),
            kind="console",
            host="ops1",
            pid=4100,
            username="boss",
            version="0.9.0",
            started_at=now - timedelta(hours=2),
            heartbeat_at=now - timedelta(seconds=3),
            listener_lag_ms=87.0,
        )
        agent = ClusterNode(
            id=uuid.uuid4(),
            kind="agent",
            host="ops1",
            pid=4101,
            username="boss",
            version="0.9.0",
            parent_id=console.id,
            started_at=now - timedelta(hours=2),
            heartbeat_at=now - timedelta(seconds=90),
        )
        session.add_all([console, agent])
        session.flush()
        session.add_all(
            [
                RoleLease(
                    role="market",
                    epoch=4,
                    holder_node_id=console.id,
                    holder_host="ops1",
                    holder_pid=4100,
                    lease_s=15.0,
                    acquired_at=now - timedelta(minutes=3),
                    renewed_at=now,
                    expires_at=now + timedelta(seconds=15),
                ),
                JobTick(
                    job="rollup",
                    tick_start=now - timedelta(seconds=30),
                    interval_s=60.0,
                    node_id=console.id,
                    claimed_at=now - timedelta(seconds=30),
                    finished_at=now - timedelta(seconds=29),
                    outcome="failed",
                    duration_ms=812.0,
                    detail="disk full",
                ),
            ]
        )
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return app_home


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
