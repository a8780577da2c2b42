"""A poll cycle as an outbox event, and back: how every console's status bar learns what the pollers did.

The poller (in whichever agent leads a site) writes ``telemetry.written`` with ``cycle_payload(report)`` for
its site once per tick; a console turns the events it hears into one farm-wide report: each site's latest
cycle, summed (a site polled by another agent counts once, whoever polls it), with the alerts raised and
cleared since (their own events).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.outbox import TELEMETRY_TOPIC
from hashinsight_desktop.workers.cycle_report import CycleReport

_COUNTS = ("polled", "hashing", "sleeping", "errors", "offline", "written", "pending", "dropped")
ALERT_RAISED, ALERT_CLEARED = "alert.raised", "alert.cleared"  # services.telemetry.alert_rules' topics


def cycle_payload(report: CycleReport) -> dict[str, Any]:
    """The report as JSON values (the payload of ``outbox.emit_telemetry``)."""
    payload: dict[str, Any] = {f.name: getattr(report, f.name) for f in fields(report)}
    payload["started_at"] = report.started_at.isoformat()
    return payload


def cycle_from_payload(payload: dict[str, Any]) -> CycleReport:
    known = {f.name for f in fields(CycleReport)}
    values = {k: v for k, v in payload.items() if k in known}
    values["started_at"] = datetime.fromisoformat(str(payload["started_at"]))
    return CycleReport(**values)


class FarmTelemetry:
    """The latest cycle of each site, from ``telemetry.written`` events; ``feed`` returns the combined report
    when the events held one (None otherwise)."""

    def __init__(self) -> None:
        self.latest: dict[str, CycleReport] = {}

    def feed(self, rows: list[OutboxRow]) -> CycleReport | None:
        heard = False
        for row in rows:
            if row.topic != TELEMETRY_TOPIC:
                continue
            try:
                self.latest[row.entity_id] = cycle_from_payload(row.payload)
            except (KeyError, TypeError, ValueError):  # a poller of another version: its figures are not shown
                continue
            heard = True
        raised = sum(1 for row in rows if row.topic == ALERT_RAISED)
        cleared = sum(1 for row in rows if row.topic == ALERT_CLEARED)
        if not self.latest or not (heard or raised or cleared):
            return None
        return self.combined(raised, cleared)

    def combined(self, raised: int, cleared: int) -> CycleReport:
        """Counts: every site's latest cycle. Alerts: the alert events just heard (the poller writes its batch,
        then judges the alerts in a transaction of their own), so each is announced once."""
        reports = list(self.latest.values())
        total = CycleReport(started_at=max(r.started_at for r in reports))
        for name in _COUNTS:
            setattr(total, name, sum(getattr(r, name) for r in reports))
        total.alerts_raised, total.alerts_cleared = raised, cleared
        total.poll_s = max(r.poll_s for r in reports)
        total.sites = len(reports)
        pollers = {(r.poller_host, r.poller_pid) for r in reports}
        if len(pollers) == 1:  # one node polled every site (several: the status bar counts the sites)
            total.poller_host, total.poller_pid = pollers.pop()
        errors = [r.database_error for r in reports if r.database_error]
        total.database_error = errors[0] if errors else None
        for report in reports:
            for status, count in report.statuses.items():
                total.statuses[status] = total.statuses.get(status, 0) + count
        return total
