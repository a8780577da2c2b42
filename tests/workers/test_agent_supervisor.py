"""The supervisor of the console's child agent, on real child processes: a killed child is restarted with
back-off, a clean stop closes its stdin and waits for it, its output reaches the log, and a real
``agent --supervised`` whose console dies exits by itself."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import ClusterNode
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.workers.agent_supervisor import RESTARTING, RUNNING, STOPPED, AgentState, AgentSupervisor

# Ends when its stdin ends, as `agent --supervised` does; says so on stdout and stderr.
WAITS_FOR_STDIN = [
    sys.executable,
    "-c",
    "import sys; print('up', flush=True); sys.stdin.buffer.read(); print('asked to stop', file=sys.stderr)",
]


def _until(check: Callable[[], object], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _gone(pid: int) -> bool:
    """Ended (a zombie nobody reaped yet counts: an orphan's new parent may be slow to reap it)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def test_a_killed_child_is_restarted_and_a_stop_ends_it_cleanly(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="hashinsight_desktop.workers.agent_supervisor")
    states: list[AgentState] = []
    ended: list[int] = []  # the console marks these children's nodes stopped (a killed one never does)
    supervisor = AgentSupervisor(
        WAITS_FOR_STDIN, on_state=states.append, on_exit=ended.append, backoff_s=(0.1,), stop_timeout_s=5
    )
    supervisor.start()
    try:
        _until(lambda: supervisor.state.phase == RUNNING, 10)
        first = supervisor.pid
        assert first is not None
        _until(lambda: f"agent {first}: up" in caplog.text, 10)  # its stdout in the console's log
        os.kill(first, signal.SIGKILL)
        _until(lambda: supervisor.state.phase == RUNNING and supervisor.pid not in (None, first), 10)
        assert supervisor.state.restarts == 1 and supervisor.state.last_exit == -signal.SIGKILL
        assert any(s.phase == RESTARTING and s.retry_in_s == 0.1 for s in states)
        assert ended == [first]
        second = supervisor.pid
        assert second is not None
    finally:
        started = time.monotonic()
        supervisor.stop()
    assert time.monotonic() - started < 4, "a clean stop is the child ending at its stdin's end, not a kill"
    assert _gone(second) and supervisor.state.phase == STOPPED and ended == [first, second]
    assert f"agent {second}: asked to stop" in caplog.text  # its stderr too


def test_a_child_that_keeps_failing_is_restarted_later_and_later() -> None:
    states: list[AgentState] = []
    supervisor = AgentSupervisor(
        [sys.executable, "-c", "raise SystemExit(3)"], on_state=states.append, backoff_s=(0.05, 0.1, 0.2)
    )
    supervisor.start()
    try:
        _until(lambda: len([s for s in states if s.phase == RESTARTING]) >= 4, 20)
    finally:
        supervisor.stop()
    delays = [s.retry_in_s for s in states if s.phase == RESTARTING][:4]
    assert delays == [0.05, 0.1, 0.2, 0.2]
    assert all(s.last_exit == 3 for s in states if s.phase == RESTARTING)


CONSOLE = textwrap.dedent(
    """
    import sys, time
    from hashinsight_desktop.workers.agent_supervisor import AgentSupervisor, agent_command
    supervisor = AgentSupervisor(agent_command(["--supervised", "--interval", "1"]))
    supervisor.start()
    while supervisor.pid is None:
        time.sleep(0.05)
    print(supervisor.pid, flush=True)
    time.sleep(120)
    """
)


def test_an_agent_whose_console_died_exits_by_itself(database: Database) -> None:
    if database.kind != "SQLite":
        pytest.skip("the orphan's watch is its stdin pipe, the same on both engines: SQLite suffices")
    environment = os.environ | {"HASHINSIGHT_DATABASE_URL": database.url.render_as_string(hide_password=False)}
    console = subprocess.Popen([sys.executable, "-c", CONSOLE], stdout=subprocess.PIPE, env=environment, text=True)
    try:
        assert console.stdout is not None
        agent_pid = int(console.stdout.readline())

        def registered() -> bool:  # the agent is up: its node is in the control room
            with database.session_factory() as session:
                return session.scalar(select(ClusterNode.id).where(ClusterNode.pid == agent_pid)) is not None

        _until(registered, 30)
        assert not _gone(agent_pid)
        console.kill()  # no clean stop: the console crashed
        console.wait(5)
        _until(lambda: _gone(agent_pid), 20)
    finally:
        if console.poll() is None:
            console.kill()
