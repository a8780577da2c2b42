"""The one place where workers' reports become Qt signals (workers know nothing of Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hashinsight_desktop.workers.telemetry_events import FarmTelemetry

if TYPE_CHECKING:  # types only: the curtailment runner pulls in the solvers, not needed to open the window
    from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
    from hashinsight_desktop.services.database_health import Health
    from hashinsight_desktop.workers.agent_supervisor import AgentState
    from hashinsight_desktop.workers.curtailment_runner import RunOutcome
    from hashinsight_desktop.workers.cycle_report import CycleReport


class EventBridge(QObject):
    """Emitted from the workers' thread; Qt queues each signal to the GUI thread's receivers."""

    telemetry_cycle = Signal(object)  # CycleReport, after each poll
    curtailment_outcome = Signal(object)  # RunOutcome, when a plan's execution or recovery ends
    agent_state = Signal(object)  # AgentState: the console's child agent started, ended, restarting
    database_health = Signal(object)  # Health, when the database goes, its error changes, or it is back
    outbox_events = Signal(object)  # list[OutboxRow]: what the outbox listener read, for live refresh and reports

    def __init__(self) -> None:
        super().__init__()
        self._farm = FarmTelemetry()  # the pollers' cycles, from their telemetry.written events

    def publish_cycle(self, report: CycleReport) -> None:
        self.telemetry_cycle.emit(report)

    def publish_curtailment(self, outcome: RunOutcome) -> None:
        self.curtailment_outcome.emit(outcome)

    def publish_agent_state(self, state: AgentState) -> None:
        self.agent_state.emit(state)

    def publish_health(self, health: Health) -> None:
        self.database_health.emit(health)

    def publish_outbox(self, rows: list[OutboxRow]) -> None:
        """Every console learns of telemetry only this way (the pollers run in agents): the sites' latest
        cycles, summed, reach the status bar as one report."""
        self.outbox_events.emit(rows)
        report = self._farm.feed(rows)
        if report is not None:
            self.telemetry_cycle.emit(report)
