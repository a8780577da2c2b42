"""The whole console on a simulated farm, as a user meets it in demo mode: its child agent polls, the
Curtailment tab previews, saves and approves a plan, and its execution is asked of the agent through the
database and reaches the miners; the outcome comes back through the outbox to the status bar."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sqlalchemy import select

from hashinsight_desktop import demo
from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Miner, Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.site_fleet import site_power_now_kw
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.curtailment.plan_actions import PlanAction
from hashinsight_desktop.ui.gui_app import ConsoleSession, _start_demo
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.simulator.loopback import loopback_network

pytestmark = pytest.mark.gui
MINERS = 24


async def _until(check: Any, timeout_s: float, *, in_thread: bool = False) -> None:
    """Wait for ``check()`` (a database read in a worker thread, a widget's state on this one)."""
    deadline = time.monotonic() + timeout_s
    while not (await asyncio.to_thread(check) if in_thread else check()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.2)


def test_a_plan_executed_from_the_tab_runs_in_the_console_agent(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, shipped_catalogue: int, monkeypatch
) -> None:
    if context.database.kind != "SQLite":
        pytest.skip("the tab's run request is the same on both engines; on PostgreSQL: tests/workers/test_run_requests")
    farm = SimulatedFarm(MINERS, bind=loopback_network(), seed=11, warmup_s=0)
    monkeypatch.setattr(demo, "demo_farm", lambda _network: farm)
    # No keyring, as on this machine: the demo keeps the miners' logins in the console, which hands them to its agent.
    context.secrets = SecretStore.for_this_session("tests")
    session = ConsoleSession(context, TaskRegistry(), poll_interval_s=1.0)
    factory = context.database.session_factory

    def site_id() -> Any:
        with factory() as s:
            return s.scalar(select(Site.id).where(Site.name == demo.DEMO_SITE))

    def polled() -> bool:
        with factory() as s:
            return site_power_now_kw(s, site_id(), context.clock()) > 30.0

    def identified() -> bool:  # the plan offers each miner the levels its firmware takes: known once identified
        with factory() as s:
            return all(family is not None for family in s.scalars(select(Miner.family)))

    async def scenario() -> None:
        await _start_demo(session)
        window = session.window
        assert window is not None and session.supervisor is not None and session.runner is None
        qtbot.addWidget(window)
        await _until(polled, 15, in_thread=True)
        await _until(identified, 20, in_thread=True)
        tab: Any = window.tab("curtailment")
        window.tabs.setCurrentWidget(tab)
        await _until(lambda: tab.current_site() is not None, 10)  # the tab's own refresh loads the sites
        tab.editor.name.setText("console test")
        tab.editor.target.setText("20")
        task = tab.start_preview()
        assert task is not None, (tab.current_site(), tab.editor.status.text())
        await asyncio.wait_for(task, 10)
        preview = tab.preview_panel.preview
        assert preview is not None and preview.feasible and preview.shed_kw >= 20.0
        await asyncio.wait_for(tab.commands._start_save(preview, True), 10)
        with factory() as s:
            plan_id = s.scalar(select(CurtailmentPlan.id))
        tab.open_plan(plan_id)
        await _until(lambda: tab.current_plan() is not None and tab.current_plan().state == "approved", 10)
        plan = tab.current_plan()
        run = tab.commands.run_action(PlanAction.EXECUTE, plan)
        await asyncio.wait_for(run, 30)
        with factory() as s:
            executed = s.get(CurtailmentPlan, plan_id)
            items = s.scalars(select(CurtailmentItem).where(CurtailmentItem.plan_id == plan_id))
            failed = [(item.host, item.dialect, item.detail) for item in items if item.state != "confirmed"]
            assert executed is not None and executed.state == "executed", failed
        changed = [m for m in farm.simulated if m.sleeping or m.power_pct < 100]
        assert len(changed) == len(preview.rows)
        await _until(lambda: "Curtailment" in window.statusBar().currentMessage(), 5)
        assert "confirmed" in window.statusBar().currentMessage()
        await session.stop_workers()

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 90))
    finally:  # a failed scenario too: its agent and workers' loop must not run on into later tests
        qasync_loop.run_until_complete(session.stop_workers())
