"""The telemetry poller: each tick, the active miners of every site this process leads are polled, their
samples and latest states written in bulk from a worker thread, alert rules applied. Runs under qasync or a
plain loop.

A site is both a fenced role and a tick-claimed job, ``poller:<site>`` (services.cluster.roles, .ticks): a
process polls a site only while it leads it, and only the ticks it claimed, whose starts are multiples of the
interval on the database's clock. Every sample of a tick is stamped with the tick's start, and its batch is
written with the epoch it was polled under (services.telemetry.writer: refused in the same statement when a
newer epoch exists or the tick is written already). So a takeover never repeats a tick and loses only the
ticks of its window (up to one lease). While the database is away a leader keeps polling until its
client-side deadline; those batches wait in the bounded buffer and are written, still fenced, when it is back
(retried every few seconds, so before this process could take its roles again with a newer epoch).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel, MinerState
from hashinsight_desktop.services.cgminer import PollMemory, Timeouts, poll_many
from hashinsight_desktop.services.cgminer.sample import HASHING, SLEEPING, MinerSample
from hashinsight_desktop.services.clock import Clock, database_now, system_clock
from hashinsight_desktop.services.cluster.nodes import NodeInfo, process_node
from hashinsight_desktop.services.cluster.roles import DEFAULT_LEASE_S, FencedRole
from hashinsight_desktop.services.cluster.ticks import claim_tick, tick_start
from hashinsight_desktop.services.telemetry.alert_rules import (
    COMMANDED_SLEEP,
    AlertThresholds,
    MinerAlerts,
    apply_alert_batch,
    checked_kinds,
    evaluate,
    failed_poll,
)
from hashinsight_desktop.services.telemetry.alert_settings import ThresholdBook, load_thresholds, miners_in_maintenance
from hashinsight_desktop.services.telemetry.buffer import SampleBuffer, TickFence, sample_row, state_row
from hashinsight_desktop.services.telemetry.health import CURTAILED_STANDINGS, Commanded, commanded_miners
from hashinsight_desktop.services.telemetry.writer import TelemetryWriter
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.cycle_report import CycleReport
from hashinsight_desktop.workers.site_roles import SiteRoles

log = logging.getLogger(__name__)
TARGETS_RELOAD_S = 30.0  # new or removed miners (and sites) are picked up within this
POLLER_ROLE = "poller"  # the role and job of a site's poller: poller:<site id>
TICK_MARGIN_S = 0.02  # wake this long after a tick's start by the database's clock (the offset's error)
FLUSH_RETRY_S = 2.0  # while batches wait for the database


@dataclass(frozen=True)
class PollTarget:
    miner_id: uuid.UUID
    site_id: uuid.UUID
    host: str
    port: int
    nominal_ths: float | None
    model_id: uuid.UUID | None = None


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


@dataclass(frozen=True)
class _Claim:
    """The tick a cycle runs (``tick``: its start) and the sites it claimed; ``wait_s`` > 0: woke before the
    next tick (this process ran the current one), try again then."""

    tick: datetime | None = None
    fences: dict[uuid.UUID, TickFence] = field(default_factory=dict)
    wait_s: float = 0.0


@dataclass
class _SiteBatch:
    report: CycleReport  # the site's own counts (what every console hears of)
    rows: list[tuple[object, ...]] = field(default_factory=list)
    states: list[dict[str, object]] = field(default_factory=list)
    evaluations: list[MinerAlerts] = field(default_factory=list)


class TelemetryPoller:
    """Polls the sites it leads, once per tick (``site_id``: only that site; default: every site with
    active miners, new ones picked up). :meth:`run` is the loop; :meth:`cycle` one tick."""

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
        node: NodeInfo | None = None,
        lease_s: float = DEFAULT_LEASE_S,
    ) -> None:
        if interval_s <= 0:
            raise ValueError(f"the poll interval must be positive, got {interval_s}")
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
        self.node = node or process_node()
        self.roles = SiteRoles(engine, POLLER_ROLE, self.node, lease_s, before_campaign=self._flush_pending)
        self._keeping = False  # run()'s loops keep the roles; a cycle called alone campaigns itself
        self.memory = PollMemory()
        self._targets: list[PollTarget] = []
        self._alert_context = _AlertContext(ThresholdBook([]), {}, frozenset())
        self._targets_loaded = 0.0
        self._failures: dict[uuid.UUID, tuple[int, datetime | None]] | None = None
        self._epochs: dict[uuid.UUID, int] = {}  # the epoch each site was last polled under
        self._offset = timedelta(0)  # the database's clock minus this machine's, as last measured
        self._tick_seen: datetime | None = None  # the start of the last tick a cycle ran for
        self._led: set[uuid.UUID] = set()  # the sites that tick's cycle polled
        self.last_report: CycleReport | None = None

    async def run(self, cycles: int | None = None) -> None:
        """Poll at every tick until cancelled (or ``cycles`` ticks); the roles are kept meanwhile. A cycle's
        fault is logged, never the end of the loop."""
        keeper: asyncio.Task[None] | None = None
        try:
            await self._refresh_targets()
            await self.roles.campaign()  # the first tick is polled by whoever leads then, not after a keeper's turn
            keeper = asyncio.create_task(self.roles.keep(), name="poller-roles")
            self._keeping = True
            done = 0
            while cycles is None or done < cycles:
                try:
                    await self.cycle()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("telemetry cycle failed")
                    self._tick_seen = tick_start(system_clock() + self._offset, self.interval_s)  # next tick
                done += 1
                if cycles is None or done < cycles:
                    await self._until_next_tick()
        finally:
            await asyncio.to_thread(self.writer.flush)  # while the roles are held: a released role's are refused
            if keeper is not None:
                keeper.cancel()
                await asyncio.gather(keeper, return_exceptions=True)
            self._keeping = False
            await asyncio.to_thread(self.roles.release)

    async def stop(self) -> None:
        """After cycles called alone: write what is buffered, if the database is there, then give the roles up
        (in this order: a released role's batches would be refused)."""
        await asyncio.to_thread(self.writer.flush)
        await asyncio.to_thread(self.roles.release)

    async def _flush_pending(self) -> None:
        if self.buffer.pending:
            await asyncio.to_thread(self.writer.flush)

    async def _until_next_tick(self) -> None:
        """Sleep to the next tick's start by the database's clock; batches still waiting for the database are
        retried meanwhile."""
        while True:
            now = system_clock() + self._offset
            current = tick_start(now, self.interval_s)
            if self._tick_seen is None or current > self._tick_seen:
                return
            wait = (current + timedelta(seconds=self.interval_s) - now).total_seconds() + TICK_MARGIN_S
            if not self.buffer.pending:
                await asyncio.sleep(wait)
                return
            await asyncio.sleep(min(wait, FLUSH_RETRY_S))
            await asyncio.to_thread(self.writer.flush)

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
        sites = {self.site_id} if self.site_id is not None else {target.site_id for target in self._targets}
        await self.roles.track(sites)

    async def cycle(self) -> CycleReport:
        """One tick: the sites this process leads, polled for the tick the database's clock is in (after
        waiting for the next one if this process ran the current one already)."""
        report = CycleReport(started_at=self.clock(), poller_host=self.node.host, poller_pid=self.node.pid)
        if self.buffer.pending:  # before the roles campaign: a role taken again would have a newer epoch
            report.written = (await asyncio.to_thread(self.writer.flush)).written
        await self._refresh_targets()
        if not self._keeping:  # called alone: renew the roles held, try the others
            await self.roles.campaign()
        claim = await asyncio.to_thread(self._claim, self.roles.acting())
        while claim.wait_s > 0:
            await asyncio.sleep(claim.wait_s)
            claim = await asyncio.to_thread(self._claim, self.roles.acting())
        previous, self._tick_seen = self._tick_seen, claim.tick
        report.leader = bool(self.roles.acting()) or bool(claim.fences)
        report.skipped = self._skipped(previous, claim)
        if not claim.fences:
            self._publish(report)
            return report
        if report.skipped:  # on each site's tick row: the Control room shows it
            claim = dataclasses.replace(
                claim, fences={s: dataclasses.replace(f, skipped=report.skipped) for s, f in claim.fences.items()}
            )
        await self._follow_takeovers(claim.fences)
        targets = [target for target in self._targets if target.site_id in claim.fences]
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
        by_site = self._record(targets, samples, claim.fences, report)
        self._buffer(by_site, claim.fences, report.poll_s)
        flush = await asyncio.to_thread(self.writer.flush)
        report.written += flush.written
        report.pending, report.dropped, report.database_error = flush.pending, flush.dropped, flush.error
        report.refused = len(flush.refused)
        if flush.error is None:
            refused = {(fence.role, fence.tick_start) for fence in flush.refused}
            evaluations = [
                evaluation
                for site, batch in by_site.items()
                if (claim.fences[site].role, claim.fences[site].tick_start) not in refused
                for evaluation in batch.evaluations
            ]
            try:
                raised, cleared = await asyncio.to_thread(self._apply_alerts, evaluations, self.clock())
                report.alerts_raised, report.alerts_cleared = raised, cleared
            except DBAPIError as exc:
                report.database_error = f"alerts not saved: {exc.__class__.__name__}"
        self._publish(report)
        return report

    def _claim(self, acting: dict[uuid.UUID, FencedRole]) -> _Claim:
        """Claim the current tick for each site led (fenced by its epoch), on the database's clock. With the
        database away, the tick by this machine's clock and the last known offset: the write claims it."""
        try:
            with self.session_factory() as session:
                asked = system_clock()
                now = database_now(session)
                self._offset = now - asked
                waiting = self._waiting(now)
                if waiting is not None:
                    return waiting
                start, fences = tick_start(now, self.interval_s), {}
                for site, role in acting.items():  # one tick for all: the clock may pass a boundary meanwhile
                    epoch = role.epoch
                    if epoch is None:
                        continue  # stepped down meanwhile
                    job = role.role
                    if claim_tick(session, job, self.interval_s, self.node.id, role=job, epoch=epoch, start=start):
                        fences[site] = TickFence(job, epoch, job, start, self.interval_s, self.node.id)
                session.commit()
        except DBAPIError as exc:
            log.warning("could not claim the tick (polling on, the write will claim it): %s", type(exc).__name__)
            now = system_clock() + self._offset
            waiting = self._waiting(now)
            if waiting is not None:
                return waiting
            start = tick_start(now, self.interval_s)
            fences = {
                site: TickFence(role.role, epoch, role.role, start, self.interval_s, self.node.id)
                for site, role in acting.items()
                if (epoch := role.epoch) is not None
            }
        return _Claim(start, fences)  # sites left out: a lease passed on, or another node polled this tick

    def _skipped(self, previous: datetime | None, claim: _Claim) -> int:
        """Ticks this process let pass between the last one it polled and this one, a site led in both: it woke
        more than one interval late (a loaded machine, a poll longer than the interval). Not a takeover's gap:
        a follower's process claims nothing then."""
        led_before, self._led = self._led, set(claim.fences)
        if previous is None or claim.tick is None or not led_before & self._led:
            return 0
        skipped = round((claim.tick - previous).total_seconds() / self.interval_s) - 1
        if skipped > 0:
            log.warning("poller late: %d tick(s) skipped between %s and %s", skipped, previous, claim.tick)
        return max(0, skipped)

    def _waiting(self, now: datetime) -> _Claim | None:
        """How long until the next tick when this process already ran the one ``now`` is in."""
        current = tick_start(now, self.interval_s)
        if self._tick_seen is None or current > self._tick_seen:
            return None
        following = self._tick_seen + timedelta(seconds=self.interval_s)
        return _Claim(wait_s=max(TICK_MARGIN_S, (following - now).total_seconds() + TICK_MARGIN_S))

    async def _follow_takeovers(self, fences: dict[uuid.UUID, TickFence]) -> None:
        """A site newly led (or led again after another node) continues from the failure counts its last
        poller left: "offline after N failed polls" must not restart at 0."""
        if any(self._epochs.get(site) != fence.epoch for site, fence in fences.items()):
            if self._epochs:  # the first load came with the miner list
                try:
                    self._failures = await asyncio.to_thread(load_failure_counts, self.session_factory)
                except DBAPIError as exc:
                    log.warning("could not read the miners' failure counts: %s", exc.__class__.__name__)
            self._epochs.update({site: fence.epoch for site, fence in fences.items()})

    def _record(
        self,
        targets: list[PollTarget],
        samples: list[MinerSample],
        fences: dict[uuid.UUID, TickFence],
        report: CycleReport,
    ) -> dict[uuid.UUID, _SiteBatch]:
        """Rows, states and alert evaluations per site, stamped with the site's tick start."""
        failures = self._failures if self._failures is not None else {}
        by_site = {site: _SiteBatch(CycleReport(started_at=fence.tick_start)) for site, fence in fences.items()}
        context = self._alert_context
        for target, sample in zip(targets, samples, strict=True):
            batch = by_site[target.site_id]
            now = fences[target.site_id].tick_start
            count, seen = failures.get(target.miner_id, (0, None))
            if failed_poll(sample):
                count += 1
            else:
                count, seen = 0, now
            failures[target.miner_id] = (count, seen)
            command = context.commanded.get(target.miner_id)
            batch.rows.append(sample_row(target.miner_id, sample, now, curtailed=held_by_plan(command, sample)))
            batch.states.append(
                state_row(target.miner_id, sample, now, consecutive_failures=count, last_seen_at=seen)
                | {"dialect": sample.dialect}
            )
            for counted in (report, batch.report):
                counted.statuses[sample.status] = counted.statuses.get(sample.status, 0) + 1
            if target.miner_id in context.maintenance:
                continue  # silenced: nothing raised, nothing cleared
            thresholds = self.thresholds or context.book.for_miner(target.site_id, target.model_id)
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
            batch.evaluations.append(
                MinerAlerts(target.miner_id, target.site_id, conditions, checked, thresholds.hold_s)
            )
        self._failures = failures
        _count(report, len(samples))
        report.sites = len(fences)
        return by_site

    def _buffer(self, by_site: dict[uuid.UUID, _SiteBatch], fences: dict[uuid.UUID, TickFence], poll_s: float) -> None:
        """One batch per site, under its tick's fence, with the summary every console hears of."""
        from hashinsight_desktop.workers.telemetry_events import cycle_payload  # it imports this module

        for site, batch in by_site.items():
            _count(batch.report, len(batch.rows))
            batch.report.poll_s, batch.report.written, batch.report.sites = poll_s, len(batch.rows), 1
            batch.report.poller_host, batch.report.poller_pid = self.node.host, self.node.pid
            batch.report.skipped = fences[site].skipped
            fence = dataclasses.replace(fences[site], poll_ms=poll_s * 1000)
            self.buffer.add(batch.rows, batch.states, fence, site_id=site, summary=cycle_payload(batch.report))

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


def held_by_plan(command: Commanded | None, sample: MinerSample) -> bool:
    """A sample to record as ``curtailed``: a plan holds the miner asleep or at its level (or it was just told
    to), and the poll shows it there — asleep, hashing at its level, or, told to sleep, not answering."""
    if command is None:
        return False
    standing = command.standing(sample.status, sample.power_w, sample.hashrate_ths)
    if standing not in CURTAILED_STANDINGS:
        return False
    return sample.status in (SLEEPING, HASHING) or (failed_poll(sample) and command.kind == COMMANDED_SLEEP)


def _count(report: CycleReport, polled: int) -> None:
    report.polled = polled
    report.hashing = report.statuses.get("hashing", 0)
    report.sleeping = report.statuses.get("sleeping", 0)
    report.errors = report.statuses.get("error", 0)
    report.offline = report.statuses.get("offline", 0)
