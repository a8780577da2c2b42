"""The bounded buffer between the poller and the database, and the rows it holds.

The poller (on the event loop) adds each poll's sample rows and latest-state dicts; the writer (in a
worker thread) takes everything pending, writes it, and puts it back at the front if the database
is unreachable. Past ``capacity`` rows the oldest are dropped, and every dropped row is counted, so
an outage costs at most what does not fit and the loss is known.
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
from hashinsight_desktop.services.cgminer.sample import ERROR, STATUSES, MinerSample
from hashinsight_desktop.services.telemetry.alert_rules import dead_board_count, failed_poll

DEFAULT_CAPACITY = 300_000  # 30 polls of 10,000 miners: half an hour of outage at the default interval
_INT_MAX = 2**31 - 1

StateRow = Mapping[str, Any]  # one MinerState row: column name -> value, ``miner_id`` included


@dataclass(frozen=True, slots=True)
class Batch:
    """What one flush writes: sample rows oldest first, and the newest state per miner."""

    rows: list[SampleRow] = field(default_factory=list)
    states: dict[Any, StateRow] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.rows or self.states)


def _newer(candidate: StateRow, current: StateRow | None) -> bool:
    if current is None:
        return True
    new_at, old_at = candidate.get("polled_at"), current.get("polled_at")
    if new_at is None or old_at is None:
        return True
    return bool(new_at >= old_at)


class SampleBuffer:
    """A thread-safe bounded FIFO of sample rows plus the latest state of each miner."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1 row")
        self.capacity = capacity
        self._rows: deque[SampleRow] = deque()
        self._states: dict[Any, StateRow] = {}
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
            return len(self._rows)

    def __len__(self) -> int:
        return self.pending

    def _trim(self) -> None:  # caller holds the lock
        excess = len(self._rows) - self.capacity
        if excess > 0:
            self._dropped += excess
            popleft = self._rows.popleft
            for _ in range(excess):
                popleft()

    def _merge_states(self, states: Iterable[StateRow]) -> None:  # caller holds the lock
        for state in states:
            key = state["miner_id"]
            if _newer(state, self._states.get(key)):
                self._states[key] = state

    def add(self, rows: Iterable[SampleRow], states: Iterable[StateRow] = ()) -> None:
        """Append one poll's rows (oldest dropped past the bound) and its states (newest kept)."""
        with self._lock:
            self._rows.extend(rows)
            self._trim()
            self._merge_states(states)

    def take(self) -> Batch:
        """Everything pending, as one batch; the buffer is left empty."""
        with self._lock:
            batch = Batch(list(self._rows), self._states)
            self._rows.clear()
            self._states = {}
            return batch

    def restore(self, batch: Batch) -> None:
        """Put an unwritten batch back in front of what arrived meanwhile (oldest dropped past the
        bound); a state is kept only if no newer one for its miner arrived meanwhile."""
        with self._lock:
            self._rows.extendleft(reversed(batch.rows))
            self._trim()
            for key, state in batch.states.items():
                current = self._states.get(key)
                if current is None or not _newer(current, state):
                    self._states[key] = state

    def discard(self, batch: Batch) -> None:
        """Count a batch the database refused for good (bad data, not an outage) as dropped."""
        with self._lock:
            self._dropped += len(batch.rows)


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


def sample_row(miner_id: uuid.UUID, sample: MinerSample, recorded_at: datetime) -> SampleRow:
    """One ``telemetry_samples`` row (SAMPLE_COLUMNS order); values a column cannot hold
    (NaN, infinity, an unknown status) are stored as NULL or ``error``."""
    return (
        miner_id,
        _aware(recorded_at),
        sample.status if sample.status in STATUSES else ERROR,
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
