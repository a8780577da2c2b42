"""Periodic jobs run once per tick across every console and agent of a control room.

A tick of a job is the interval that starts at a multiple of ``interval_s`` seconds since the UNIX
epoch, on the *database's* clock (the server's on PostgreSQL, so consoles whose clocks disagree still
agree on the tick; this machine's on SQLite, one machine's file). Whoever inserts the row
``(job, tick_start)`` of ``job_ticks`` runs that tick: the insert is ``ON CONFLICT DO NOTHING``, so a
second claimer changes 0 rows and leaves the tick alone. The claim commits before the job runs (other
claimers never wait on a running job); :func:`finish_tick` then records the outcome, the duration, the
items the run handled and, for a failure, its reason.

A job a fenced role runs (the per-site poller) passes its ``role`` and ``epoch``: the insert is then
an ``INSERT … SELECT … WHERE roles.fenced(role, epoch)`` (that epoch still holds the role), so a stale
leader's claim is refused in the same statement as a duplicate one.

One run of a job at a time across the control room: while an earlier tick's run is still ``running``
(a slow roll-up catching up two days), the next tick is not claimed; its work falls to the next run. A
claimer that dies mid-run leaves its tick ``running``: the tick is not run twice (these jobs are catch-up
jobs: the next tick's run covers what the lost one would have done); after :data:`ABANDONED_AFTER`
intervals the job's ticks are claimed again, and :func:`close_abandoned` records it as failed. A fenced
job (one leader) needs no such guard: its claims never wait for a dead leader's run.

Refined from the issue's contract: :func:`claim_tick` returns a :class:`Tick` (``.start`` is the tick's
start, ``.missed`` how many ticks nobody ran before it) rather than the bare start.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Float, Table, delete, exists, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hashinsight_desktop.db.base import UTCDateTime
from hashinsight_desktop.db.models import JobTick
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.roles import fenced
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, Text

RUNNING, OK, FAILED = "running", "ok", "failed"
_TICKS = cast(Table, JobTick.__table__)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DETAIL_LIMIT = 2000  # characters of a failure's reason kept on its tick
# A run still going this many intervals after its claim is taken for dead: the job's next tick is claimed
# again (until then, no second run of the job starts beside it), and its tick is recorded as failed.
ABANDONED_AFTER = 3
ABANDONED = QT_TRANSLATE_NOOP("JobTicks", "abandoned: its claimer stopped before recording how the run ended")
STOPPED = QT_TRANSLATE_NOOP("JobTicks", "stopped before it ended: the process was stopping")
# Jobs whose ticks are claimed only when something asks (the calculator's market refresh), not on the
# scheduler's clock: a tick nobody claimed is not overdue.
ON_DEMAND_PREFIXES = ("market-snapshots:",)


@dataclass(frozen=True)
class Tick:
    """A tick this process claimed: run it, then :func:`finish_tick`."""

    job: str
    start: datetime
    interval_s: float
    previous: datetime | None  # the job's last claimed tick before this one (None: its first)

    @property
    def missed(self) -> int:
        """Ticks nobody ran between the previous one and this (an outage): this run catches them up."""
        if self.previous is None:
            return 0
        return max(0, round((self.start - self.previous).total_seconds() / self.interval_s) - 1)


def on_demand(job: str) -> bool:
    return job.startswith(ON_DEMAND_PREFIXES)


def tick_start(db_now: datetime, interval_s: float) -> datetime:
    """The start of the tick ``db_now`` falls in: a multiple of ``interval_s`` seconds since the epoch (UTC)."""
    if interval_s <= 0:
        raise ValueError(f"a job's interval must be positive, got {interval_s}")
    if db_now.tzinfo is None:
        raise ValueError("tick_start needs a timezone-aware time")
    # Whole microseconds: a float of seconds since 1970 would round some boundaries a microsecond off.
    micros = (db_now - _EPOCH) // timedelta(microseconds=1)
    step = round(interval_s * 1_000_000)
    return _EPOCH + timedelta(microseconds=micros - micros % step)


def next_tick_in(db_now: datetime, interval_s: float) -> float:
    """Seconds from ``db_now`` to the start of the next tick."""
    following = tick_start(db_now, interval_s) + timedelta(seconds=interval_s)
    return (following - db_now).total_seconds()


def claim_tick(
    session: Session,
    job: str,
    interval_s: float,
    node_id: uuid.UUID | None,
    *,
    role: str | None = None,
    epoch: int | None = None,
    start: datetime | None = None,
) -> Tick | None:
    """Claim the tick the database's clock is in now (or the tick ``start``: a poller claims one tick for all
    its sites, even if the clock passes a boundary between two claims); None when another process has it (or,
    with ``role``/``epoch``, when a newer epoch of the role exists). The caller commits, before running it."""
    if (role is None) != (epoch is None):
        raise ValueError("a fenced claim needs both role and epoch")
    now = database_now(session)
    start = tick_start(now, interval_s) if start is None else start
    values: dict[str, ColumnElement[Any]] = {
        "job": literal(job),
        "tick_start": literal(start, UTCDateTime()),
        "interval_s": literal(interval_s, Float()),
        "node_id": literal(node_id, JobTick.node_id.type),
        "epoch": literal(epoch, JobTick.epoch.type),
        "claimed_at": literal(now, UTCDateTime()),
        "outcome": literal(RUNNING),
    }
    chosen = select(*values.values())
    if role is not None and epoch is not None:
        chosen = chosen.where(fenced(role, epoch))
    else:  # one run of a job at a time: not while an earlier tick's run still goes on (unless abandoned)
        since = literal(now - timedelta(seconds=ABANDONED_AFTER * interval_s), UTCDateTime())
        chosen = chosen.where(
            ~exists().where(
                JobTick.job == job, JobTick.outcome == RUNNING, JobTick.tick_start < start, JobTick.claimed_at > since
            )
        )
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(_TICKS)
        .from_select(list(values), chosen)
        .on_conflict_do_nothing(index_elements=[_TICKS.c.job, _TICKS.c.tick_start])
        .returning(_TICKS.c.job)  # psycopg reports no row count for INSERT … SELECT: the row itself says
    )
    if session.execute(statement).first() is None:
        return None
    previous = session.scalar(
        select(JobTick.tick_start)
        .where(JobTick.job == job, JobTick.tick_start < start)
        .order_by(JobTick.tick_start.desc())
        .limit(1)
    )
    return Tick(job, start, interval_s, previous)


def finish_tick(
    session: Session,
    job: str,
    start: datetime,
    outcome: str,
    duration_ms: float,
    items: int | None = None,
    detail: str | Text | None = None,
) -> None:
    """Record how the claimed tick ended (``ok`` or ``failed`` with ``detail``, its reason: a text is kept as its
    English and, beside it, its template and figures for a reader in another language)."""
    if outcome not in (OK, FAILED):
        raise ValueError(f"a finished tick is ok or failed, not {outcome!r}")
    session.execute(
        update(JobTick)
        .where(JobTick.job == job, JobTick.tick_start == start)
        .values(
            finished_at=database_now(session),
            outcome=outcome,
            duration_ms=duration_ms,
            items=items,
            detail=None if detail is None else str(detail)[:DETAIL_LIMIT],
            detail_text=to_stored(detail),
        )
    )


def failure_text(error: BaseException) -> str | Text:
    """A failed run's reason: the error's kind and what it says, as a text when it said a marked one (a service's
    refusal reads in the reader's language); an error from elsewhere is English, as it said it."""
    said = getattr(error, "text", None)
    if isinstance(said, Text | Template):
        return Text(QT_TRANSLATE_NOOP("JobTicks", "{kind}: {message}"), kind=type(error).__name__, message=said)
    return f"{type(error).__name__}: {error}"


def close_abandoned(session: Session) -> int:
    """Ticks still ``running`` :data:`ABANDONED_AFTER` intervals after their claim: their claimer died
    mid-run. Recorded as failed, saying so; how many."""
    now = database_now(session)
    running = session.execute(
        select(JobTick.job, JobTick.tick_start, JobTick.interval_s, JobTick.claimed_at).where(
            JobTick.outcome == RUNNING
        )
    ).all()
    closed = 0
    for job, start, interval_s, claimed_at in running:
        if (now - claimed_at).total_seconds() > ABANDONED_AFTER * interval_s:
            session.execute(
                update(JobTick)
                .where(JobTick.job == job, JobTick.tick_start == start, JobTick.outcome == RUNNING)
                .values(outcome=FAILED, detail=str(ABANDONED), detail_text=to_stored(ABANDONED))
            )
            closed += 1
    return closed


def prune_ticks(session: Session, keep: timedelta) -> int:
    """Delete the tick rows older than ``keep``; how many. A job idle for longer simply starts over."""
    cutoff = database_now(session) - keep
    result = cast(CursorResult[Any], session.execute(delete(JobTick).where(JobTick.tick_start < cutoff)))
    return result.rowcount
