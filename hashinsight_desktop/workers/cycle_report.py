"""What one telemetry poll cycle did: the poller's report, carried to consoles in the outbox and shown in their
status bar. Its own module: a console reads it without loading the poller."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class CycleReport:
    started_at: datetime
    polled: int = 0
    hashing: int = 0
    sleeping: int = 0
    errors: int = 0
    offline: int = 0
    poll_s: float = 0.0
    written: int = 0
    pending: int = 0
    dropped: int = 0
    alerts_raised: int = 0
    alerts_cleared: int = 0
    database_error: str | None = None
    leader: bool = True  # this process leads at least one site
    statuses: dict[str, int] = field(default_factory=dict)
    sites: int = 0  # sites polled this tick
    refused: int = 0  # batches a newer epoch of their site refused (or whose tick was written already)
    skipped: int = 0  # ticks let pass since the last one this process polled: it woke more than an interval late
    poller_host: str = ""  # the node that polled (a console's status bar says whose poll it shows)
    poller_pid: int = 0

    def describe(self) -> str:
        if not self.leader:
            return "another desktop or agent polls these sites"
        if not self.sites:
            return "this tick was polled by another desktop or agent"
        text = (
            f"polled {self.polled} in {self.poll_s:.2f} s: {self.hashing} hashing, {self.sleeping} sleeping, "
            f"{self.errors} error, {self.offline} offline; wrote {self.written} samples"
        )
        if self.refused:
            text += f"; {self.refused} batch(es) refused: another node polls that site now"
        if self.skipped:
            text += f"; {self.skipped} tick(s) skipped before this one: this process was late"
        if self.alerts_raised or self.alerts_cleared:
            text += f"; alerts +{self.alerts_raised} −{self.alerts_cleared}"
        if self.database_error:
            text += f"; DATABASE: {self.database_error} ({self.pending} waiting, {self.dropped} lost)"
        return text
