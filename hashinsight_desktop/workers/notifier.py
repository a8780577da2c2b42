"""The notifier: reads raised alerts from the outbox, builds each channel's digest and sends the due
deliveries (retries included) on its own loop, once across all desktops (a PostgreSQL advisory lock)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.leader import LeaderLock
from hashinsight_desktop.services.notifications.delivery import Outcome, deliver_due, prune
from hashinsight_desktop.services.notifications.digests import build_digests, ingest_alert_events
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)
INGEST_BATCH = 5000  # outbox events per transaction
PRUNE_EVERY_S = 3600.0


@dataclass
class NotifierReport:
    leader: bool = True
    events: int = 0
    queued: int = 0
    digests: int = 0
    pruned: int = 0  # send-log rows past their keeping time, removed
    outcomes: list[Outcome] = field(default_factory=list)


class Notifier:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        secrets: SecretStore,
        *,
        interval_s: float = 5.0,
        settle_s: float | None = None,
        clock: Clock = system_clock,
        on_cycle: Callable[[NotifierReport], None] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.secrets = secrets
        self.interval_s = interval_s
        self.settle_s = settle_s
        self.clock = clock
        self.on_cycle = on_cycle
        self.leader = LeaderLock(session_factory.kw["bind"], "notifier")
        self._pruned = -PRUNE_EVERY_S  # the first cycle prunes

    def _queue(self, report: NotifierReport) -> None:
        # Every waiting event before any digest: a mass outage is one digest, not one per batch.
        while True:
            with unit_of_work(self.session_factory) as session:
                ingested = ingest_alert_events(session, self.clock(), settle_s=self.settle_s, limit=INGEST_BATCH)
            report.events += ingested.events
            report.queued += ingested.queued
            if ingested.events < INGEST_BATCH:
                break
        with unit_of_work(self.session_factory) as session:
            report.digests = len(build_digests(session, self.clock()))
        if time.monotonic() - self._pruned >= PRUNE_EVERY_S:
            with unit_of_work(self.session_factory) as session:
                report.pruned = prune(session, self.clock())
            self._pruned = time.monotonic()

    async def cycle(self, client: httpx.AsyncClient) -> NotifierReport:
        report = NotifierReport(leader=await asyncio.to_thread(self.leader.try_acquire))
        if report.leader:
            await asyncio.to_thread(self._queue, report)
            report.outcomes = await deliver_due(self.session_factory, self.secrets, client, self.clock)
            for outcome in report.outcomes:
                if outcome.error:
                    log.warning(
                        "notification %s: attempt %d failed: %s", outcome.delivery_id, outcome.attempts, outcome.error
                    )
        if self.on_cycle is not None:
            self.on_cycle(report)
        return report

    async def run(self) -> None:
        """Every interval until cancelled; a cycle's fault is logged, never the end of the loop."""
        try:
            async with httpx.AsyncClient() as client:
                while True:
                    started = time.monotonic()
                    try:
                        await self.cycle(client)
                    except asyncio.CancelledError:
                        raise
                    except DBAPIError as exc:
                        log.warning("notifier cycle skipped: %s", exc.__class__.__name__)
                    except Exception:
                        log.exception("notifier cycle failed")
                    await asyncio.sleep(max(0.0, self.interval_s - (time.monotonic() - started)))
        finally:
            await asyncio.to_thread(self.leader.release)
