"""A console whose roles run in its child agent learns of the agent's polls only through the outbox: the
status bar's poll report and the Fleet tab's rows follow the agent's telemetry.written events, and the console's
node row carries its listener's lag."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from typing import Any

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import ClusterNode
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.fleet.fleet_tab import FleetTab
from hashinsight_desktop.ui.gui_app import ConsoleSession
from hashinsight_desktop.workers.background_loop import BackgroundLoop
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

pytestmark = pytest.mark.gui
MINERS = 3


async def _until(check: Any, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


def _agent_stopped(context: AppContext, console: ConsoleSession, pid: int) -> bool | None:
    """Whether the console's agent of this pid is marked stopped (None: it has no row)."""
    with context.database.session_factory() as session:
        row = session.scalar(
            select(ClusterNode).where(ClusterNode.parent_id == console.node_id, ClusterNode.pid == pid)
        )
        return None if row is None else row.stopped_at is not None


def _lag_in_node_row(context: AppContext, console: ConsoleSession) -> float | None:
    with context.database.session_factory() as session:
        node = session.get(ClusterNode, console.node_id)
        return None if node is None else node.listener_lag_ms


def test_the_agents_polls_reach_the_status_bar_and_fleet_tab(qasync_loop, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    if context.database.kind != "SQLite":
        pytest.skip("one engine is enough here: the listener's PostgreSQL path is tests/workers/test_outbox_listener")
    farm = SimulatedFarm(MINERS, bind=loopback_network(), seed=7, warmup_s=0, join_refusal_pct=0)
    serving = BackgroundLoop("test-farm")
    serving.run(farm.start()).result(10)
    people = make_people(context.database.session_factory)
    with unit_of_work(context.database.session_factory) as session:
        add_miners(session, people.owner, people.site_id, [NewMiner(host, port) for host, port in farm.targets])
    console = ConsoleSession(context, TaskRegistry(), poll_interval_s=1.0)

    async def scenario() -> None:
        console.open_console(people.owner)
        window = console.window
        assert window is not None and console.supervisor is not None and console.runner is None
        fleet = window.tab("fleet")
        assert isinstance(fleet, FleetTab)
        window.tabs.setCurrentWidget(fleet)
        fleet.refresh_timer.setInterval(3_600_000)  # only the agent's events may re-read it
        await _until(lambda: window.telemetry_label.text().startswith(f"Your agent polled {MINERS} at "), 45)
        await _until(lambda: {fleet.model.row(r).status for r in range(fleet.model.rowCount())} == {"hashing"}, 10)
        assert console.listener is not None and console.listener.lag_ms is not None
        await _until(lambda: _lag_in_node_row(context, console) is not None, 12)  # the console's heartbeat has it
        # Issue 13: a SIGKILLed agent never marks its node stopped; the console does when it restarts it.
        killed = console.supervisor.pid
        assert killed is not None and _agent_stopped(context, console, killed) is False
        os.kill(killed, signal.SIGKILL)
        await _until(lambda: console.supervisor is not None and console.supervisor.pid not in (None, killed), 15)
        assert _agent_stopped(context, console, killed) is True

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 90))
    finally:
        qasync_loop.run_until_complete(console.stop_workers())
        if console.window is not None:
            console.window.close()
        serving.run(farm.stop()).result(10)
        qasync_loop.run_until_complete(serving.stop())
