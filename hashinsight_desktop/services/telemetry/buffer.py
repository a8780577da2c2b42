"""The bounded buffer between the poller and the database, and the batches it holds.

The poller (on the event loop) adds each tick's poll as one :class:`Batch`: its sample rows, its
latest-state dicts and, for a fenced role's poll, the :class:`TickFence` it is written under. The
writer (in a worker thread) takes every pending batch, writes them, and puts them back in front if the
database is unreachable. Past ``capacity`` rows the oldest batches are dropped whole (a tick is written
whole or not at all), and every dropped row is counted, so an outage costs at most what does not fit and
the loss is known. The newest batch is always kept, even alone above the bound.
"""

from __future__ import annotations

import math
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hashinsight_desktop.db.telemetry_store import SampleRow
from hashinsight_desktop.services.cgminer.sample import CURTAILED, ERROR, STATUSES, MinerSample
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.telemetry.alert_rules import dead_board_count, failed_poll

DEFAULT_CAPACITY = 300_000  # 30 polls of 10,000 miners: half an hour of outage at the default interval
_INT_MAX = 2**31 - 1

StateRow = Mapping[str, Any]  # one MinerState row: column name -> value, ``miner_id`` included


@dataclass(frozen=True, slots=True)
class TickFence:
    """What a fenced role's batch is written under: one tick of the role's job, polled with its epoch. The
    writer records the tick in the statement that checks the epoch and writes the batch only if that
    statement changed a row (the tick claimed at poll time and still running, or never claimed because the
    database was away then), so a stale leader's batch, or one already written, changes nothing."""

    role: str
    epoch: int
    job: str
    tick_start: datetime  # the samples' recorded_at
    interval_s: float
    node_id: uuid.UUID | None
    poll_ms: float = 0.0  # the tick's work, recorded as its duration
    skipped: int = 0  # ticks before this one its poller let pass (it woke late), recorded as the tick's detail


@dataclass(frozen=True, slots=True)
class Batch:
    """One poll: sample rows oldest first, the newest state per miner, the fence it is written under (None:
    a writer that is the only one, e.g. a test or an import) and, for a site's poll, the summary announced to
    every console with the write (the ``telemetry.written`` outbox event of ``site_id``)."""

    rows: list[SampleRow] = field(default_factory=list)
    states: dict[Any, StateRow] = field(default_factory=dict)
    fence: TickFence | None = None
    site_id: uuid.UUID | None = None
    summary: dict[str, Any] | None = None

    def __bool__(self) -> bool:
        return bool(self.rows or self.states)


def _newer(candidate: StateRow, current: StateRow | None) -> bool:
    if current is None:
        return True
    new_at, old_at = candidate.get("polled_at"), current.get("polled_at")
    if new_at is None or old_at is None:
        return True
    return bool(new_at >= old_at)


def _merge_states(into: dict[Any, StateRow], states: Iterable[StateRow]) -> None:
    for state in states:
        key = state["miner_id"]
        if _newer(state, into.get(key)):
            into[key] = state


def newest_states(batches: Iterable[Batch]) -> dict[Any, StateRow]:
    """The newest state of each miner over ``batches`` (what one write upserts)."""
    states: dict[Any, StateRow] = {}
    for batch in batches:
        _merge_states(states, batch.states.values())
    return states


class SampleBuffer:
    """A thread-safe bounded FIFO of batches (one per poll)."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1 row")
        self.capacity = capacity
        self._batches: deque[Batch] = deque()
        self._pending = 0
        self._dropped = 0
        self._lock = threading.Lock()

    @property
    def dropped(self) -> int:
        """Rows lost since start-up: pushed out by the bound, or discarded as unwritable."""
        with self._lock:
            return self._dropped

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def __len__(self) -> int:
        return self.pending

    def _trim(self) -> None:  # caller holds the lock
        while self._pending > self.capacity and len(self._batches) > 1:
            oldest = self._batches.popleft()
            self._pending -= len(oldest.rows)
            self._dropped += len(oldest.rows)

    def add(
        self,
        rows: Iterable[SampleRow],
        states: Iterable[StateRow] = (),
        fence: TickFence | None = None,
        *,
        site_id: uuid.UUID | None = None,
        summary: dict[str, Any] | None = None,
    ) -> None:
        """Append one poll's rows and states as a batch (the oldest batches dropped past the bound)."""
        newest: dict[Any, StateRow] = {}
        _merge_states(newest, states)
        batch = Batch(list(rows), newest, fence, site_id, summary)
        with self._lock:
            self._batches.append(batch)
            self._pending += len(batch.rows)
            self._trim()

    def take(self) -> list[Batch]:
        """Every pending batch, oldest first; the buffer is left empty."""
        with self._lock:
            batches = list(self._batches)
            self._batches.clear()
            self._pending = 0
            return batches

    def restore(self, batches: list[Batch]) -> None:
        """Put unwritten batches back in front of what arrived meanwhile (the oldest dropped past the bound)."""
        with self._lock:
            self._batches.extendleft(reversed(batches))
            self._pending += sum(len(batch.rows) for batch in batches)
            self._trim()

    def discard(self, batches: list[Batch]) -> None:
        """Count batches the database refused for good (bad data, not an outage) as dropped."""
        with self._lock:
            self._dropped += sum(len(batch.rows) for batch in batches)


# -- rows from samples ---------------------------------------------------------------------------


def _number(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _count(value: float | None) -> int | None:
    if value is None or not math.isfinite(value):
        return None
    return max(0, min(_INT_MAX, int(value)))


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("telemetry times must be timezone-aware (UTC)")
    return moment


def sample_row(
    miner_id: uuid.UUID, sample: MinerSample, recorded_at: datetime, *, curtailed: bool = False
) -> SampleRow:
    """One ``telemetry_samples`` row (SAMPLE_COLUMNS order); values a column cannot hold
    (NaN, infinity, an unknown status) are stored as NULL or ``error``. ``curtailed``: a plan holds the miner
    where this sample shows it (status ``curtailed``)."""
    return (
        miner_id,
        _aware(recorded_at),
        CURTAILED if curtailed else sample.status if sample.status in STATUSES else ERROR,
        None if failed_poll(sample) else _number(sample.hashrate_ths),
        _number(sample.power_w),
        _number(sample.max_chip_temp_c),
        _count(max(sample.fans_rpm)) if sample.fans_rpm else None,
    )


def state_row(
    miner_id: uuid.UUID,
    sample: MinerSample,
    polled_at: datetime,
    *,
    consecutive_failures: int,
    last_seen_at: datetime | None,
) -> dict[str, Any]:
    """One ``miner_states`` row with every column (what :func:`upsert_states` expects)."""
    answered = not failed_poll(sample)
    return {
        "miner_id": miner_id,
        "polled_at": _aware(polled_at),
        "status": sample.status if sample.status in STATUSES else ERROR,
        "hashrate_ths": _number(sample.hashrate_ths) if answered else None,
        "power_w": _number(sample.power_w),
        "max_chip_temp_c": _number(sample.max_chip_temp_c),
        "fan_rpm_max": _count(max(sample.fans_rpm)) if sample.fans_rpm else None,
        "boards_total": len(sample.boards) if answered else None,
        "boards_dead": dead_board_count(sample) if answered else None,
        "pool_url": sample.pool_url[:255] if sample.pool_url else None,
        "model_reported": sample.model[:120] if sample.model else None,
        "firmware_reported": sample.firmware[:120] if sample.firmware else None,
        "dialect": sample.dialect[:16] if sample.dialect else None,
        "uptime_s": _count(sample.uptime_s),
        "consecutive_failures": max(0, consecutive_failures),
        "last_seen_at": last_seen_at,
        "error": sample.error[:200] if sample.error else None,
        "error_text": None if sample.error_text is None else to_stored(sample.error_text),
        "boards": _boards(sample) if answered else None,
        "hw_errors": _count(sample.hw_errors) if answered else None,
        "rejected_pct": _number(sample.rejected_pct) if answered else None,
        "power_limit_w": _number(sample.power_limit_w) if answered else None,
    }


def _boards(sample: MinerSample) -> list[dict[str, Any]] | None:
    """Each hash board as the poll read it (JSON-ready; what the miner detail shows)."""
    if not sample.boards:
        return None
    return [
        {"hashrate_ths": _number(b.hashrate_ths), "chips": b.chips, "chip_temp_c": _number(b.chip_temp_c)}
        for b in sample.boards
    ]
