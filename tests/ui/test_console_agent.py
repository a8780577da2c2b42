"""The console's roles run in a child agent it supervises: the console starts it, it polls a simulated farm
(samples appear in the database), a killed agent is started again, and closing the console stops it."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import ClusterNode, TelemetrySample
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.gui_app import ConsoleSession
from hashinsight_desktop.workers.agent_supervisor import RUNNING, STOPPED
from hashinsight_desktop.workers.background_loop import BackgroundLoop
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.simulator.loopback import loopback_network

pytestmark = pytest.mark.gui
MINERS = 6


async def _until(check: Any, timeout_s: float, *, in_thread: bool = False) -> None:
    deadline = time.monotonic() + timeout_s
    while not (await asyncio.to_thread(check) if in_thread else check()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


def test_the_console_supervises_its_polling_agent(qasync_loop, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    if context.database.kind != "SQLite":
        pytest.skip("supervision is engine-blind; the agent on PostgreSQL: tests/workers/test_poller_takeover")
    farm = SimulatedFarm(MINERS, bind=loopback_network(), seed=5, warmup_s=0, join_refusal_pct=0)
    serving = BackgroundLoop("test-farm")
    serving.run(farm.start()).result(10)
    factory = context.database.session_factory
    with unit_of_work(factory) as session:
        site = sites.create_site(session, SYSTEM, name="Agent test")
        add_miners(session, SYSTEM, site.id, [NewMiner(host, port) for host, port in farm.targets])
    session = ConsoleSession(context, TaskRegistry(), poll_interval_s=1.0)

    def samples() -> int:
        with factory() as s:
            return int(s.scalar(select(func.count()).select_from(TelemetrySample)) or 0)

    def agent_node(pid: int) -> tuple[str, Any] | None:
        with factory() as s:
            row = s.execute(select(ClusterNode.kind, ClusterNode.parent_id).where(ClusterNode.pid == pid)).first()
            return None if row is None else (row.kind, row.parent_id)

    async def scenario() -> None:
        session.start_workers()
        supervisor = session.supervisor
        assert supervisor is not None and session.runner is None, "the roles run in the child, not here"
        await _until(lambda: samples() >= MINERS, 30, in_thread=True)  # the child polled the farm
        first = supervisor.pid
        assert first is not None and first != os.getpid()
        # It is a node of the control room like any agent, started by this console.
        await _until(lambda: agent_node(first) is not None, 10, in_thread=True)
        assert agent_node(first) == ("agent", session.node_id)
        os.kill(first, signal.SIGKILL)
        await _until(lambda: supervisor.state.phase == RUNNING and supervisor.pid not in (None, first), 15)
        second = supervisor.pid
        assert second is not None and supervisor.state.restarts == 1
        polled = await asyncio.to_thread(samples)
        await _until(lambda: samples() >= polled + MINERS, 30, in_thread=True)  # the new child polls on
        await session.stop_workers()
        assert supervisor.state.phase == STOPPED and supervisor.pid is None
        with open(f"/proc/{second}/stat") if os.path.exists(f"/proc/{second}") else open(os.devnull) as stat:
            assert stat.read().rsplit(")", 1)[-1].split()[:1] in ([], ["Z"], ["X"]), "the agent still runs"

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 90))
    finally:
        if session.supervisor is not None:
            session.supervisor.stop()
        serving.run(farm.stop()).result(10)
        qasync_loop.run_until_complete(serving.stop())
