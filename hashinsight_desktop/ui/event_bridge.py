"""The one place where workers' reports become Qt signals (workers know nothing of Qt)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hashinsight_desktop.workers.telemetry_poller import CycleReport


class EventBridge(QObject):
    telemetry_cycle = Signal(object)  # CycleReport, after each poll

    def publish_cycle(self, report: CycleReport) -> None:
        """Called on the event loop's thread (the GUI thread under qasync)."""
        self.telemetry_cycle.emit(report)
