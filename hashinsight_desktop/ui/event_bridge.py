"""The one place where workers' reports become Qt signals (workers know nothing of Qt)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hashinsight_desktop.workers.agent_supervisor import AgentState
from hashinsight_desktop.workers.curtailment_runner import RunOutcome
from hashinsight_desktop.workers.telemetry_poller import CycleReport


class EventBridge(QObject):
    """Emitted from the workers' thread; Qt queues each signal to the GUI thread's receivers."""

    telemetry_cycle = Signal(object)  # CycleReport, after each poll
    curtailment_outcome = Signal(object)  # RunOutcome, when a plan's execution or recovery ends
    agent_state = Signal(object)  # AgentState: the console's child agent started, ended, restarting

    def publish_cycle(self, report: CycleReport) -> None:
        self.telemetry_cycle.emit(report)

    def publish_curtailment(self, outcome: RunOutcome) -> None:
        self.curtailment_outcome.emit(outcome)

    def publish_agent_state(self, state: AgentState) -> None:
        self.agent_state.emit(state)
