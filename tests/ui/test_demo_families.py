"""The demo farm mixes firmware families (no generic miner): its site gets the factory logins stored
explicitly, its miners are identified in the background after the console opens, and a bulk action from
the Fleet tab goes through each family's own protocol."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hashinsight_desktop import demo
from hashinsight_desktop.db.models import Miner, Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.fleet.control import Action
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.fleet.miner_columns import ROW_ROLE
from hashinsight_desktop.ui.gui_app import ConsoleSession, _start_demo
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.simulator.loopback import loopback_network

pytestmark = pytest.mark.gui


def test_demo_families_leave_out_the_web_families_without_port_80() -> None:
    every = demo.demo_families(None)
    assert set(every) == {"antminer", "whatsminer", "braiins", "luxos", "avalon", "vnish"}
    assert sum(every.values()) == pytest.approx(100)  # nobody generic
    without = demo.demo_families("port 80 needs root or CAP_NET_BIND_SERVICE")
    assert set(without) == {"whatsminer", "braiins", "luxos", "avalon"}
    assert sum(without.values()) == pytest.approx(100)
    assert without["whatsminer"] / without["avalon"] == pytest.approx(every["whatsminer"] / every["avalon"])


async def _until(check: Any, timeout_s: float, *, in_thread: bool = False) -> None:
    deadline = time.monotonic() + timeout_s
    while not (await asyncio.to_thread(check) if in_thread else check()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.2)


def test_demo_identifies_its_mixed_farm_and_bulk_actions_use_each_family(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, shipped_catalogue: int, monkeypatch
) -> None:
    families = demo.demo_families(demo.web_port_problem())
    farm = SimulatedFarm(18, bind=loopback_network(), seed=11, warmup_s=0, join_refusal_pct=0, families=families)
    monkeypatch.setattr(demo, "demo_farm", lambda _network: farm)
    monkeypatch.setattr(demo, "IDENTIFY_AFTER_S", 0.0)
    # No keyring, as on this machine: the demo keeps the miners' logins in the console, which hands them to its agent.
    context.secrets = SecretStore.for_this_session("tests")
    session = ConsoleSession(context, TaskRegistry(), poll_interval_s=1.0)
    factory = context.database.session_factory

    def identified() -> bool:
        with factory() as s:
            return all(f is not None for f in s.scalars(select(Miner.family)))

    async def scenario() -> None:
        await _start_demo(session)
        window = session.window
        assert window is not None
        qtbot.addWidget(window)
        with factory() as s:
            site_id = s.scalar(select(Site.id).where(Site.name == demo.DEMO_SITE))
        store = CredentialStore.from_settings(context.secrets, context.settings.extra)
        assert store.describe(site_id) == "factory defaults"  # chosen explicitly for the demo site
        await _until(identified, 40, in_thread=True)
        with factory() as s:
            stored = Counter(s.scalars(select(Miner.family)))
        assert set(stored) == set(families), stored  # every family identified as what it is, none generic
        tab: Any = window.tab("fleet")
        window.tabs.setCurrentWidget(tab)
        await _until(lambda: tab.model.rowCount() == 18 and all(r.family for r in tab.model._rows), 15)
        # one miner of each family, asleep through its own protocol
        chosen: dict[str, Any] = {}
        for row in tab.model._rows:
            chosen.setdefault(row.family, row)
        selection = tab.table.selectionModel()
        selection.clearSelection()
        for r in range(tab.proxy.rowCount()):
            index = tab.proxy.index(r, 0)
            if index.data(ROW_ROLE).id in {row.id for row in chosen.values()}:
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
        tab.bulk.actions[Action.SLEEP].trigger()
        box = tab.bulk.confirm_box
        assert box is not None
        box.button(QMessageBox.StandardButton.Yes).click()
        await asyncio.wait_for(tab.bulk.task, 60)
        dialog = tab.bulk.results_dialog
        results = {dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data() for r in range(len(chosen))}
        assert set(results.values()) == {"OK"}, [(r.host, r.detail) for r in dialog.model.rows]
        assert all(farm.by_host(row.ip_address).sleeping for row in chosen.values())
        await session.stop_workers()

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 120))
    finally:  # a failed scenario too: its agent and workers' loop must not run on into later tests
        qasync_loop.run_until_complete(session.stop_workers())
    qasync_loop.run_until_complete(session.tasks.shutdown())


def test_demo_without_a_keyring_keeps_its_factory_logins_in_memory(context: AppContext, shipped_catalogue: int) -> None:
    import keyring.backends.fail

    from hashinsight_desktop.services.secret_store import SecretStore

    context.secrets = SecretStore(keyring.backends.fail.Keyring())
    farm = SimulatedFarm(2, bind=loopback_network(), seed=1, families={"whatsminer": 100})
    demo.prepare(context, farm)  # the farm need not serve: prepare only lists its miners
    with context.database.session_factory() as s:
        site_id = s.scalar(select(Site.id).where(Site.name == demo.DEMO_SITE))
    store = CredentialStore.from_settings(context.secrets, context.settings.extra)
    assert store.keyring_problem() is None  # the demo's own in-memory keyring, for this session
    assert store.describe(site_id) == "factory defaults"


def test_a_demo_curtailment_goes_through_each_family(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, shipped_catalogue: int, monkeypatch
) -> None:
    """A plan executed from the Curtailment tab on the identified mixed farm reaches its target."""
    if context.database.kind != "SQLite":
        pytest.skip("the demo runs on its own SQLite file; curtailment on PostgreSQL is tests/services/curtailment")
    from hashinsight_desktop.db.models import CurtailmentPlan
    from hashinsight_desktop.services.curtailment.site_fleet import site_power_now_kw
    from hashinsight_desktop.ui.curtailment.plan_actions import PlanAction

    families = demo.demo_families(demo.web_port_problem())
    farm = SimulatedFarm(24, bind=loopback_network(), seed=12, warmup_s=0, join_refusal_pct=0, families=families)
    monkeypatch.setattr(demo, "demo_farm", lambda _network: farm)
    monkeypatch.setattr(demo, "IDENTIFY_AFTER_S", 0.0)
    # No keyring, as on this machine: the demo keeps the miners' logins in the console, which hands them to its agent.
    context.secrets = SecretStore.for_this_session("tests")
    session = ConsoleSession(context, TaskRegistry(), poll_interval_s=1.0)
    factory = context.database.session_factory

    def ready() -> bool:
        with factory() as s:
            site_id = s.scalar(select(Site.id).where(Site.name == demo.DEMO_SITE))
            identified = all(f is not None for f in s.scalars(select(Miner.family)))
            return identified and site_power_now_kw(s, site_id, context.clock()) > 50.0

    async def scenario() -> None:
        await _start_demo(session)
        window = session.window
        assert window is not None
        qtbot.addWidget(window)
        await _until(ready, 40, in_thread=True)
        tab: Any = window.tab("curtailment")
        window.tabs.setCurrentWidget(tab)
        await _until(lambda: tab.current_site() is not None, 10)
        tab.editor.name.setText("demo families")
        tab.editor.target.setText("20")
        task = tab.start_preview()
        assert task is not None
        await asyncio.wait_for(task, 20)
        preview = tab.preview_panel.preview
        assert preview is not None and preview.feasible, tab.editor.status.text()
        await asyncio.wait_for(tab.commands._start_save(preview, True), 10)
        with factory() as s:
            plan_id = s.scalar(select(CurtailmentPlan.id))
        tab.open_plan(plan_id)
        await _until(lambda: tab.current_plan() is not None and tab.current_plan().state == "approved", 10)
        await asyncio.wait_for(tab.commands.run_action(PlanAction.EXECUTE, tab.current_plan()), 90)
        with factory() as s:
            executed = s.get(CurtailmentPlan, plan_id)
            assert executed is not None and executed.state == "executed", executed.result
        await _until(lambda: "Curtailment" in window.statusBar().currentMessage(), 10)
        assert "confirmed" in window.statusBar().currentMessage(), window.statusBar().currentMessage()
        await session.stop_workers()

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 180))
    finally:  # a failed scenario too: its agent and workers' loop must not run on into later tests
        qasync_loop.run_until_complete(session.stop_workers())
    qasync_loop.run_until_complete(session.tasks.shutdown())


def test_without_port_80_the_demo_says_what_it_left_out(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(demo, "web_port_problem", lambda: "port 80 needs root or CAP_NET_BIND_SERVICE")
    farm = demo.demo_farm()
    assert {m.family for m in farm.simulated} == {"whatsminer", "braiins", "luxos", "avalon"}
    notice = demo.farm_notice(farm)
    assert notice is not None and "port 80 needs root" in notice and "antminer, vnish" in notice
