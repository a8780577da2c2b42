"""The periodic jobs of a control room, each run once per tick whatever number of consoles and agents
run this scheduler (``services/cluster/ticks.py`` claims the tick in the database).

Each job has its own loop: claim the tick the database's clock is in; if this process got it, run the
job and record how it ended on the tick's row (a failure is recorded there, never the end of the loop);
then sleep to the next tick's start. A process that was stopped, or a database that was gone, for many
intervals claims only the tick it wakes up in: missed ticks are caught up once, by one run (each job
covers what the missed ticks would have done: roll-ups from their watermark, due plans by their times).

``workers/periodic_jobs.standard_jobs`` registers every periodic job the product has, so the console (or
the agent it starts) and a headless ``agent`` run the same set.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.clock import database_now, system_clock
from hashinsight_desktop.services.cluster.ticks import (
    FAILED,
    OK,
    STOPPED,
    Tick,
    claim_tick,
    failure_text,
    finish_tick,
    next_tick_in,
)
from hashinsight_desktop.services.texts import Text
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

JobFn = Callable[[Tick], Awaitable[int | None]]  # the items it handled (rows written, plans started…), if it counts
Fence = Callable[[], tuple[str, int] | None]  # (role, epoch) while this process leads the role, else None
WAKE_MARGIN_S = 0.02  # wake a little after the boundary: a timer firing early would find the old tick


@dataclass(frozen=True)
class ScheduledJob:
    name: str
    interval_s: float
    fn: JobFn
    fence: Fence | None = None


@dataclass(frozen=True)
class TickReport:
    """How one tick this process claimed ended."""

    job: str
    start: datetime
    outcome: str  # ok, failed
    duration_ms: float
    items: int | None
    detail: str | Text | None  # English by str()
    missed: int  # ticks nobody ran before this one (an outage), caught up by this run


class JobScheduler:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        node_id: uuid.UUID | None = None,
        *,
        on_tick: Callable[[TickReport], None] | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.node_id = node_id
        self.on_tick = on_tick
        self.jobs: dict[str, ScheduledJob] = {}

    def add(self, job: str, interval_s: float, fn: JobFn, *, fence: Fence | None = None) -> None:
        """Run ``fn`` once per ``interval_s`` tick across the control room; with ``fence``, only while
        this process leads its role, and the claim is refused once a newer epoch exists."""
        if job in self.jobs:
            raise ValueError(f"job {job!r} is already scheduled")
        if interval_s <= 0:
            raise ValueError(f"job {job!r}: the interval must be positive, got {interval_s}")
        self.jobs[job] = ScheduledJob(job, interval_s, fn, fence)

    async def run(self) -> None:
        """Every job on its ticks until cancelled."""
        loops = [asyncio.create_task(self._loop(job), name=f"job-{job.name}") for job in self.jobs.values()]
        try:
            await asyncio.gather(*loops)
        finally:
            for task in loops:
                task.cancel()
            await asyncio.gather(*loops, return_exceptions=True)

    async def _loop(self, job: ScheduledJob) -> None:
        while True:
            try:
                await self.run_due(job)
            except SQLAlchemyError as exc:  # the database is gone: the tick is claimed when it is back
                log.warning("job %s: tick not claimed: %s", job.name, exc.__class__.__name__)
            except Exception:  # a fault outside the job (its fence, say) ends neither this loop nor the others
                log.exception("job %s: tick not claimed", job.name)
            await asyncio.sleep(await asyncio.to_thread(self._until_next_tick, job.interval_s))

    def _until_next_tick(self, interval_s: float) -> float:
        try:
            with self.session_factory() as session:
                now = database_now(session)
        except SQLAlchemyError:
            now = system_clock()  # no database to agree with: try again at this machine's next boundary
        return next_tick_in(now, interval_s) + WAKE_MARGIN_S

    async def run_due(self, job: ScheduledJob | str) -> TickReport | None:
        """Claim the current tick of ``job`` and run it; None when another process has it (or this one
        does not lead the job's role). Raises only when the claim itself cannot be made."""
        job = self.jobs[job] if isinstance(job, str) else job
        fence = job.fence() if job.fence is not None else None
        if job.fence is not None and fence is None:
            return None
        tick = await asyncio.to_thread(self._claim, job, fence)
        if tick is None:
            return None
        started = time.perf_counter()
        items: int | None = None
        outcome, detail = OK, None
        try:
            items = await job.fn(tick)
        except asyncio.CancelledError:
            await self._finish(tick, FAILED, started, None, STOPPED)
            raise
        except Exception as exc:  # one job's fault: recorded on its tick, the next tick runs as usual
            log.exception("job %s failed", job.name)
            outcome, detail = FAILED, failure_text(exc)
        return await self._finish(tick, outcome, started, items, detail)

    def _claim(self, job: ScheduledJob, fence: tuple[str, int] | None) -> Tick | None:
        role, epoch = fence if fence is not None else (None, None)
        with unit_of_work(self.session_factory, "job tick") as session:
            return claim_tick(session, job.name, job.interval_s, self.node_id, role=role, epoch=epoch)

    async def _finish(
        self, tick: Tick, outcome: str, started: float, items: int | None, detail: str | Text | None
    ) -> TickReport:
        report = TickReport(
            tick.job, tick.start, outcome, (time.perf_counter() - started) * 1000, items, detail, tick.missed
        )

        def record() -> None:
            with unit_of_work(self.session_factory, "job tick") as session:
                finish_tick(session, tick.job, tick.start, outcome, report.duration_ms, items, detail)

        try:
            await asyncio.to_thread(record)
        except SQLAlchemyError as exc:  # the run happened; only its record is missing (the row says running)
            log.warning("job %s: the outcome of tick %s not recorded: %s", tick.job, tick.start, type(exc).__name__)
        if tick.missed:
            log.info("job %s caught up %d missed tick(s) in one run", tick.job, tick.missed)
        if self.on_tick is not None:
            try:
                self.on_tick(report)
            except Exception:  # a listener's bug must not stop the jobs
                log.exception("job tick listener failed")
        return report
