"""The telemetry poller: every active miner each interval, samples buffered and written in bulk
from a worker thread, latest state per miner, alert rules. Runs under qasync or a plain loop."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel, MinerState
from hashinsight_desktop.services.cgminer import PollMemory, Timeouts, poll_many
from hashinsight_desktop.services.cgminer.sample import MinerSample
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.leader import LeaderLock
from hashinsight_desktop.services.telemetry.alert_rules import (
    AlertThresholds,
    MinerAlerts,
    apply_alert_batch,
    checked_kinds,
    evaluate,
    failed_poll,
)
from hashinsight_desktop.services.telemetry.alert_settings import ThresholdBook, load_thresholds, miners_in_maintenance
from hashinsight_desktop.services.telemetry.buffer import SampleBuffer, sample_row, state_row
from hashinsight_desktop.services.telemetry.health import Commanded, commanded_miners
from hashinsight_desktop.services.telemetry.writer import TelemetryWriter
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)
TARGETS_RELOAD_S = 30.0  # new or removed miners are picked up within this


@dataclass(frozen=True)
class PollTarget:
    miner_id: uuid.UUID
    site_id: uuid.UUID
    host: str
    port: int
    nominal_ths: float | None
    model_id: uuid.UUID | None = None


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
    leader: bool = True
    statuses: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        if not self.leader:
            return "another desktop polls this site"
        text = (
            f"polled {self.polled} in {self.poll_s:.2f} s: {self.hashing} hashing, {self.sleeping} sleeping, "
            f"{self.errors} error, {self.offline} offline; wrote {self.written} samples"
        )
        if self.alerts_raised or self.alerts_cleared:
            text += f"; alerts +{self.alerts_raised} −{self.alerts_cleared}"
        if self.database_error:
            text += f"; DATABASE: {self.database_error} ({self.pending} waiting, {self.dropped} lost)"
        return text


def load_targets(session_factory: sessionmaker[Session], site_id: uuid.UUID | None) -> list[PollTarget]:
    with session_factory() as session:
        query = (
            select(Miner.id, Miner.site_id, Miner.ip_address, Miner.port, MinerModel.hashrate_ths, Miner.model_id)
            .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
            .where(Miner.is_active.is_(True))
        )
        if site_id is not None:
            query = query.where(Miner.site_id == site_id)
        return [PollTarget(*row) for row in session.execute(query)]


def load_failure_counts(session_factory: sessionmaker[Session]) -> dict[uuid.UUID, tuple[int, datetime | None]]:
    """Where the last poller left off (a restart must not reset "offline after N failed polls")."""
    with session_factory() as session:
        rows = session.execute(select(MinerState.miner_id, MinerState.consecutive_failures, MinerState.last_seen_at))
        return {miner_id: (failures, seen) for miner_id, failures, seen in rows}


@dataclass(frozen=True)
class _AlertContext:
    """What the alert rules need besides the poll, read once per cycle."""

    book: ThresholdBook
    commanded: dict[uuid.UUID, Commanded]  # miners a curtailment plan holds away from full power
    maintenance: frozenset[uuid.UUID]


class TelemetryPoller:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        site_id: uuid.UUID | None = None,
        interval_s: float = 60.0,
        timeouts: Timeouts | None = None,
        concurrency: int = 1000,
        buffer: SampleBuffer | None = None,
        thresholds: AlertThresholds | None = None,
        clock: Clock = system_clock,
        on_cycle: Callable[[CycleReport], None] | None = None,
    ) -> None:
        engine = session_factory.kw["bind"]
        self.session_factory = session_factory
        self.site_id = site_id
        self.interval_s = interval_s
        self.timeouts = timeouts or Timeouts()
        self.concurrency = concurrency
        self.buffer = buffer or SampleBuffer()
        self.writer = TelemetryWriter(engine, self.buffer)
        self.thresholds = thresholds  # None: the database's, per site and model
        self.clock = clock
        self.on_cycle = on_cycle
        self.leader = LeaderLock(engine, f"telemetry-poller:{site_id or 'all'}")
        self.memory = PollMemory()
        self._targets: list[PollTarget] = []
        self._alert_context = _AlertContext(ThresholdBook([]), {}, frozenset())
        self._targets_loaded = 0.0
        self._failures: dict[uuid.UUID, tuple[int, datetime | None]] | None = None
        self.last_report: CycleReport | None = None

    async def run(self) -> None:
        """Poll every interval until cancelled; a cycle's fault is logged, never the end of the loop."""
        try:
            while True:
                started = time.monotonic()
                try:
                    await self.cycle()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("telemetry cycle failed")
                await asyncio.sleep(max(0.0, self.interval_s - (time.monotonic() - started)))
        finally:
            await asyncio.to_thread(self.leader.release)
            await asyncio.to_thread(self.writer.flush)  # what is still buffered, if the database is there

    async def _refresh_targets(self) -> None:
        if self._targets and time.monotonic() - self._targets_loaded < TARGETS_RELOAD_S:
            return
        try:
            self._targets = await asyncio.to_thread(load_targets, self.session_factory, self.site_id)
            if self._failures is None:
                self._failures = await asyncio.to_thread(load_failure_counts, self.session_factory)
            self._targets_loaded = time.monotonic()
        except DBAPIError as exc:  # keep polling the miners we know while the database is away
            log.warning("could not reload the miner list: %s", exc.__class__.__name__)

    async def cycle(self) -> CycleReport:
        report = CycleReport(started_at=self.clock())
        report.leader = await asyncio.to_thread(self.leader.try_acquire)
        if not report.leader:
            self._publish(report)
            return report
        await self._refresh_targets()
        targets = self._targets
        try:  # every cycle: a plan executed a moment ago must not raise "hashrate drop" alerts
            self._alert_context = await asyncio.to_thread(self._load_alert_context)
        except DBAPIError as exc:
            log.warning("could not read curtailed miners and alert thresholds: %s", exc.__class__.__name__)
        started = time.monotonic()
        samples = await poll_many(
            [(t.host, t.port) for t in targets],
            concurrency=self.concurrency,
            timeouts=self.timeouts,
            memory=self.memory,
        )
        report.poll_s = time.monotonic() - started
        now = self.clock()
        evaluations = self._record(targets, samples, now, report)
        flush = await asyncio.to_thread(self.writer.flush)
        report.written, report.pending, report.dropped = flush.written, flush.pending, flush.dropped
        report.database_error = flush.error
        if flush.error is None:
            try:
                raised, cleared = await asyncio.to_thread(self._apply_alerts, evaluations, now)
                report.alerts_raised, report.alerts_cleared = raised, cleared
            except DBAPIError as exc:
                report.database_error = f"alerts not saved: {exc.__class__.__name__}"
        self._publish(report)
        return report

    def _record(
        self, targets: list[PollTarget], samples: list[MinerSample], now: datetime, report: CycleReport
    ) -> list[MinerAlerts]:
        failures = self._failures if self._failures is not None else {}
        rows, states, evaluations = [], [], []
        context = self._alert_context
        for target, sample in zip(targets, samples, strict=True):
            count, seen = failures.get(target.miner_id, (0, None))
            if failed_poll(sample):
                count += 1
            else:
                count, seen = 0, now
            failures[target.miner_id] = (count, seen)
            rows.append(sample_row(target.miner_id, sample, now))
            states.append(
                state_row(target.miner_id, sample, now, consecutive_failures=count, last_seen_at=seen)
                | {"dialect": sample.dialect}
            )
            report.statuses[sample.status] = report.statuses.get(sample.status, 0) + 1
            if target.miner_id in context.maintenance:
                continue  # silenced: nothing raised, nothing cleared
            thresholds = self.thresholds or context.book.for_miner(target.site_id, target.model_id)
            command = context.commanded.get(target.miner_id)
            if command is not None and command.state == "failed":
                command = None  # the command did not take: the miner runs as before, judged at full
            expected = target.nominal_ths
            if expected is not None and command is not None:
                expected *= command.share  # told to run at a lower level
            kind = command.kind if command is not None else None
            conditions = evaluate(
                sample, nominal_hashrate_ths=expected, consecutive_failures=count, thresholds=thresholds, commanded=kind
            )
            # Only the kinds this reading can judge: a silent miner must not clear its over-temperature alert.
            checked = checked_kinds(sample, consecutive_failures=count, thresholds=thresholds, commanded=kind)
            evaluations.append(MinerAlerts(target.miner_id, target.site_id, conditions, checked, thresholds.hold_s))
        self._failures = failures
        report.polled = len(samples)
        report.hashing = report.statuses.get("hashing", 0)
        report.sleeping = report.statuses.get("sleeping", 0)
        report.errors = report.statuses.get("error", 0)
        report.offline = report.statuses.get("offline", 0)
        self.buffer.add(rows, states)
        return evaluations

    def _load_alert_context(self) -> _AlertContext:
        with self.session_factory() as session:
            return _AlertContext(
                load_thresholds(session),
                commanded_miners(session, self.site_id),
                frozenset(miners_in_maintenance(session, self.clock())),
            )

    def _apply_alerts(self, evaluations: list[MinerAlerts], now: datetime) -> tuple[int, int]:
        with unit_of_work(self.session_factory, "alert") as session:
            changes = apply_alert_batch(session, evaluations, now)
            return len(changes.raised), len(changes.cleared)

    def _publish(self, report: CycleReport) -> None:
        self.last_report = report
        log.info("telemetry: %s", report.describe())
        if self.on_cycle is not None:
            self.on_cycle(report)
