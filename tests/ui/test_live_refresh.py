"""Live refresh: outbox events refresh only the views whose topics changed, once per burst (one timer), a hidden
view when it is shown; the pollers' telemetry events reach the status bar as one farm-wide report."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.ui.event_bridge import EventBridge
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.workers.telemetry_events import cycle_payload
from hashinsight_desktop.workers.telemetry_poller import CycleReport

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
