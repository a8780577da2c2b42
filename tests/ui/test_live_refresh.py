"""Live refresh: outbox events refresh only the views whose topics changed, once per burst (one timer), a hidden
view when it is shown; the pollers' telemetry events reach the status bar as one farm-wide report."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

from hashinsight_desktop.db.models import Miner
from hashinsight_desktop.services import outbox
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners, list_miners
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.event_bridge import EventBridge
from hashinsight_desktop.ui.fleet.fleet_tab import FleetTab
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.workers import outbox_listener
from hashinsight_desktop.workers.background_loop import BackgroundLoop
from hashinsight_desktop.workers.outbox_listener import OutboxListener
from hashinsight_desktop.workers.telemetry_events import cycle_payload
from hashinsight_desktop.workers.telemetry_poller import CycleReport
from tests.support.factories import make_people

NOW = datetime(2026, 12, 5, tzinfo=UTC)


def _row(topic: str, entity_id: str = "x", payload: dict[str, object] | None = None, n: int = 1) -> OutboxRow:
    return OutboxRow(n, None, topic, topic.split(".", maxsplit=1)[0], entity_id, payload or {}, NOW)


def test_only_views_of_changed_topics_refresh_once_per_burst(qtbot) -> None:  # type: ignore[no-untyped-def]
    live = LiveRefresh(delay_ms=20)
    fleet, plans = QWidget(), QWidget()
    qtbot.addWidget(fleet)
    qtbot.addWidget(plans)
    fleet.show()
    plans.show()
    calls: list[str] = []
    live.register(fleet, {"miner", "alert"}, lambda: calls.append("fleet"))
    live.register(plans, {"curtailment_plan"}, lambda: calls.append("plans"))
    for n in range(20):  # a burst of commits
        live.on_events([_row("miner.changed", n=n), _row("alert.raised", n=n)])
    qtbot.waitUntil(lambda: calls == ["fleet"], timeout=1000)
    qtbot.wait(60)
    assert calls == ["fleet"]  # once for the burst; the plans view read nothing
    live.on_events([_row("user.changed")])
    qtbot.wait(60)
    assert calls == ["fleet"]


def test_a_hidden_view_refreshes_when_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    live = LiveRefresh(delay_ms=10)
    view = QWidget()
    qtbot.addWidget(view)
    calls: list[int] = []
    live.register(view, {"miner"}, lambda: calls.append(1))
    live.on_events([_row("miner.changed")])
    qtbot.wait(50)
    assert calls == []  # hidden: nothing read
    view.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=1000)
    live.refresh_all()  # the database back after an outage
    qtbot.waitUntil(lambda: calls == [1, 1], timeout=1000)


def test_telemetry_events_reach_the_status_bar_summed_over_sites(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = EventBridge()
    reports: list[CycleReport] = []
    bridge.telemetry_cycle.connect(reports.append)
    site_a = CycleReport(started_at=NOW, polled=10, hashing=8, offline=2, alerts_raised=2)
    site_b = CycleReport(started_at=NOW, polled=5, hashing=5)
    bridge.publish_outbox([_row("telemetry.written", "a", cycle_payload(site_a))])
    bridge.publish_outbox([_row("alert.raised", "1"), _row("alert.raised", "2")])  # judged after the write
    bridge.publish_outbox([_row("telemetry.written", "b", cycle_payload(site_b)), _row("miner.changed")])
    bridge.publish_outbox([_row("miner.changed")])  # no telemetry, no alert: no report
    counts = [(r.polled, r.hashing, r.offline, r.alerts_raised) for r in reports]
    assert counts == [(10, 8, 2, 0), (10, 8, 2, 2), (15, 13, 2, 0)]  # each alert announced once


def test_another_consoles_commit_reaches_the_fleet_tab_through_the_listener(qtbot, qasync_loop, context) -> None:  # type: ignore[no-untyped-def]
    """End to end in one process, two connections: a rename committed elsewhere and a poller's telemetry event
    reach the open Fleet tab (through listener, bridge and LiveRefresh, nothing polled) and the status bar."""
    people = make_people(context.database.session_factory)
    with unit_of_work(context.database.session_factory) as session:
        (miner,) = add_miners(session, people.owner, people.site_id, [NewMiner("10.0.0.1", 4028, name="before")])
        miner_id = miner.id
    tab = FleetTab(context, people.owner)
    qtbot.addWidget(tab)
    tab.refresh_timer.setInterval(3_600_000)  # only live refresh may re-read it in this test
    tab.show()
    qasync_loop.run_until_complete(asyncio.wait_for(tab.refresh(), timeout=4))
    bridge, live = EventBridge(), LiveRefresh.instance()
    bridge.outbox_events.connect(live.on_events)
    reports: list[CycleReport] = []
    bridge.telemetry_cycle.connect(reports.append)
    listener = OutboxListener(context.database.engine, bridge.publish_outbox)
    background = BackgroundLoop()
    background.spawn(listener.run(), "outbox-listener")

    async def scenario() -> float:
        while not listener.connected:
            await asyncio.sleep(0.02)
        with context.database.session_factory.begin() as session:  # another console's transaction
            renamed = session.get(Miner, miner_id)
            assert renamed is not None
            renamed.name = "after"
            report = CycleReport(started_at=NOW, polled=1, hashing=1)
            outbox.emit_telemetry(session, people.site_id, cycle_payload(report))
        committed = time.monotonic()
        while tab.model.rowCount() != 1 or tab.model.row(0).name != "after" or not reports:
            if time.monotonic() - committed > 5:
                raise AssertionError("the Fleet tab did not follow the commit")
            await asyncio.sleep(0.02)
        return time.monotonic() - committed

    try:
        assert qasync_loop.run_until_complete(scenario()) < 1.0
    finally:
        qasync_loop.run_until_complete(background.stop())
    assert (reports[-1].polled, reports[-1].hashing) == (1, 1)


def test_the_fleet_tab_of_a_listener_killed_while_50_miners_change_equals_a_fresh_query(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context, monkeypatch
) -> None:
    """The acceptance, with the view users have: the Fleet tab (its own timer off) of a console whose listener
    connection is killed while 50 miners are renamed shows, after the reconnect, what a fresh query lists."""
    if context.database.kind != "PostgreSQL":
        pytest.skip("a listener connection to kill is PostgreSQL's (SQLite's listener polls the file)")
    monkeypatch.setattr(outbox_listener, "RETRY_S", (2.0,))  # stays away while the miners change
    people = make_people(context.database.session_factory)
    with unit_of_work(context.database.session_factory) as session:
        added = add_miners(session, people.owner, people.site_id, [NewMiner(f"10.0.1.{n}", 4028) for n in range(50)])
        ids = [miner.id for miner in added]
    tab = FleetTab(context, people.owner)
    qtbot.addWidget(tab)
    tab.refresh_timer.setInterval(3_600_000)
    tab.show()
    qasync_loop.run_until_complete(asyncio.wait_for(tab.refresh(), timeout=4))
    bridge = EventBridge()
    bridge.outbox_events.connect(LiveRefresh.instance().on_events)
    listener = OutboxListener(context.database.engine, bridge.publish_outbox)
    background = BackgroundLoop()
    background.spawn(listener.run(), "outbox-listener")

    def fresh() -> dict[str, str]:
        with context.database.session_factory() as session:
            return {str(row.id): row.name for row in list_miners(session, people.owner)}

    def shown() -> dict[str, str]:
        return {str(tab.model.row(r).id): tab.model.row(r).name for r in range(tab.model.rowCount())}

    async def scenario() -> float:
        while not listener.connected:
            await asyncio.sleep(0.02)
        with context.database.engine.connect() as admin:
            admin.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name"),
                {"name": outbox_listener.APPLICATION_NAME},
            )
            admin.commit()
        while listener.connected:
            await asyncio.sleep(0.02)
        for n, miner_id in enumerate(ids):  # 50 transactions while it is away
            with context.database.session_factory.begin() as session:
                miner = session.get(Miner, miner_id)
                assert miner is not None
                miner.name = f"renamed while away {n}"
        assert not listener.connected
        away_ended = time.monotonic()
        expected = await asyncio.to_thread(fresh)
        while shown() != expected:
            assert time.monotonic() - away_ended < 10, "the Fleet tab did not catch up within 10 s"
            await asyncio.sleep(0.05)
        return time.monotonic() - away_ended

    try:
        assert qasync_loop.run_until_complete(scenario()) < 10
    finally:
        qasync_loop.run_until_complete(background.stop())
    assert listener.reconnects == 1
