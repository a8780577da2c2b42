"""The Curtailment tab follows another console's plans through live refresh: a plan saved elsewhere is in its
history within a second, with the tab's own timer stopped."""

from __future__ import annotations

import asyncio
import time

import pytest

from hashinsight_desktop.services.curtailment.plans import PlanRequest, preview_plan, save_plan
from hashinsight_desktop.ui.event_bridge import EventBridge
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.workers.background_loop import BackgroundLoop
from hashinsight_desktop.workers.outbox_listener import OutboxListener
from tests.support.factories import make_people
from tests.ui.test_curtailment_tab import add_polled_miners, make_tab, run, save_approved_plan, settle

pytestmark = pytest.mark.gui


def test_a_plan_saved_by_another_console_reaches_the_history(qtbot, qasync_loop, context) -> None:  # type: ignore[no-untyped-def]
    if context.database.kind != "SQLite":
        pytest.skip("the tab's hook is the same on both engines; the PostgreSQL listener is tested with the Fleet tab")
    people = make_people(context.database.session_factory)
    add_polled_miners(context, people, count=12)
    save_approved_plan(context, people, target_kw=5.0)
    tab = make_tab(qtbot, context, people.owner)
    run(qasync_loop, tab.refresh())
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    tab.timer.stop()  # only live refresh may read it again
    assert tab.history.model.rowCount() == 1
    bridge = EventBridge()
    bridge.outbox_events.connect(LiveRefresh.instance().on_events)
    listener = OutboxListener(context.database.engine, bridge.publish_outbox)
    background = BackgroundLoop()
    background.spawn(listener.run(), "outbox-listener")
    sf = context.database.session_factory

    async def scenario() -> float:
        while not listener.connected:
            await asyncio.sleep(0.02)
        request = PlanRequest(site_id=people.site_id, name="Evening", target_kw=3.0)
        await asyncio.to_thread(lambda: save_plan(sf, people.owner, preview_plan(sf, people.owner, request)))
        saved = time.monotonic()
        while tab.history.model.rowCount() != 2:
            assert time.monotonic() - saved < 5, "the history did not follow"
            await asyncio.sleep(0.02)
        return time.monotonic() - saved

    try:
        assert qasync_loop.run_until_complete(scenario()) < 1.0
    finally:
        qasync_loop.run_until_complete(background.stop())
