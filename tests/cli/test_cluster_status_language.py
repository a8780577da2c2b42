"""`cluster status` names a process's kind, a role and a state by their labels in the command line's language (a
test translator stands in for the shipped Chinese); --json keeps the codes. Pure: a status built by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from hashinsight_desktop.commands import cluster as cluster_command
from hashinsight_desktop.commands.table import display_width
from hashinsight_desktop.services.cluster.status import ClusterStatus, NodeStatus, RoleStatus

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
CHINESE = {
    ("ControlRoomPage", "console"): "控制台",
    ("ControlRoomPage", "agent"): "代理",
    ("ControlRoomPage", "online"): "在线",
    ("ControlRoomPage", "held"): "持有",
    ("ControlRoomPage", "Miner polling"): "矿机轮询",
    ("ControlRoomPage", "{role} · {subject}"): "{role}：{subject}",
    ("CLI", "{kind} (child)"): "{kind}（子进程）",
    ("CLI", "KIND"): "类型",
    ("CLI", "STATE"): "状态",
    ("CLI", "1 console"): "1 个控制台",
    ("CLI", "1 agent"): "1 个代理",
    ("CLI", "Dead letters: {count}"): "死信：{count}",
    ("Durations", "{n} s"): "{n} 秒",
}


def _status() -> ClusterStatus:
    console, agent = uuid.uuid4(), uuid.uuid4()
    node = {"host": "ops1", "username": "boss", "version": "0.9.0", "started_at": NOW, "heartbeat_at": NOW}
    nodes = [
        NodeStatus(console, "console", pid=4100, parent_id=None, stopped_at=None, listener_lag_ms=87.0,
                   heartbeat_age_s=1.0, state="online", **node),
        NodeStatus(agent, "agent", pid=4101, parent_id=console, stopped_at=None, listener_lag_ms=None,
                   heartbeat_age_s=1.0, state="online", **node),
    ]  # fmt: skip
    role = RoleStatus("poller:1", "poller", "Texas North", 1, agent, "ops1", 4101, 15.0, NOW, NOW,
                      NOW + timedelta(seconds=15), 15.0, "held")  # fmt: skip
    return ClusterStatus(NOW, 20.0, nodes, [role], [], 0)


def test_kinds_roles_and_states_in_the_users_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_command, "translate", lambda context, text: CHINESE.get((context, text), text))
    lines = cluster_command.status_lines(_status())
    console = next(line for line in lines if line.startswith("控制台 "))
    agent = next(line for line in lines if line.startswith("代理（子进程）"))
    assert " 在线 " in console and " 在线 " in agent
    assert agent.endswith("矿机轮询：Texas North")  # LEADS
    role = next(line for line in lines if line.startswith("矿机轮询 "))
    assert "Texas North" in role and role.endswith("持有")
    assert " 15 秒 " in role and "(0 秒 ago)" in role  # the lease and the ages with the reader's units
    assert "1 个控制台" in lines[0] and "1 个代理" in lines[0] and lines[-1] == "死信：0"
    header = next(line for line in lines if line.startswith("类型"))
    state_at = display_width(header[: header.index("状态")])  # lined up as a terminal shows wide characters
    assert display_width(agent[: agent.index("在线")]) == state_at
    assert display_width(console[: console.index("在线")]) == state_at


def test_english_and_json_keep_their_words_and_codes() -> None:
    seen = _status()
    agent = next(line for line in cluster_command.status_lines(seen) if line.startswith("agent (child)"))
    assert agent.endswith("Miner polling · Texas North")
    assert "1 console and 1 agent online" in cluster_command.status_lines(seen)[0]
    document = seen.as_json()
    assert [n["kind"] for n in document["nodes"]] == ["console", "agent"]
    assert (document["roles"][0]["role"], document["roles"][0]["state"]) == ("poller:1", "held")
