"""Each model's power and hashrate at each curtailment level, learned from measured telemetry.

A miner is known to be at a level from the curtailment command log: a plan item the poll confirmed
(``state == "confirmed"``) was at its level from the moment its command succeeded (the operation log's
``finished_at``) until the next command anyone sent that miner (its recovery, another plan, a manual
change). The telemetry samples of that window, less the first :data:`SETTLE` while the firmware
settles, are the level's measurements; per model and level they are averaged, with their count.

Levels are keyed as plans name them (:func:`level_key`): ``"75%"`` for a percentage of nominal power
(generic presets and firmware percent targets), ``"3000 W"`` for a power target or profile in watts,
``"mode:low"`` for a firmware mode, ``"sleep"``. A level counts as measured from :data:`MIN_SAMPLES`
samples on; below that it stays estimated.

The per-model figures reveal no miner, site or customer: like the catalogue, anyone may read them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CurtailmentItem, Miner, OperationLogEntry, TelemetrySample

SETTLE = timedelta(minutes=2)  # samples this soon after the command may still show the old level
MIN_SAMPLES = 10  # fewer samples than this: the level stays estimated
LOOKBACK = timedelta(days=30)  # windows that ended longer ago than this are not read again
_IN_CHUNK = 500


@dataclass(frozen=True)
class LearnedLevel:
    model_id: uuid.UUID
    level: str  # see level_key
    power_w: float  # mean of the samples
    hashrate_ths: float
    samples: int
    miners: int  # distinct miners the samples came from
    last_sample_at: datetime


def level_key(level: str, power_pct: int | None, level_power_w: float | None = None) -> str | None:
    """The key a plan item's level is learned under; ``None`` for a level that names no fixed point."""
    if level in ("preset", "percent"):
        return f"{power_pct}%" if power_pct is not None else None
    if level in ("watts", "profile"):
        return f"{round(level_power_w)} W" if level_power_w else None
    if level == "sleep" or (level.startswith("mode:") and len(level) > len("mode:")):
        return level
    return None


@dataclass(frozen=True)
class _Window:
    miner_id: uuid.UUID
    model_id: uuid.UUID
    key: str
    start: datetime
    end: datetime


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)  # SQLite hands back naive UTC


def _windows(
    session: Session, model_ids: Iterable[uuid.UUID] | None, now: datetime, settle: timedelta
) -> list[_Window]:
    """When each confirmed item's miner was at its level (from the operation log)."""
    query = (
        select(
            CurtailmentItem.plan_id,
            CurtailmentItem.miner_id,
            CurtailmentItem.level,
            CurtailmentItem.power_pct,
            CurtailmentItem.level_power_w,
            Miner.model_id,
        )
        .join(Miner, Miner.id == CurtailmentItem.miner_id)
        .where(CurtailmentItem.state == "confirmed", Miner.model_id.is_not(None))
    )
    if model_ids is not None:
        query = query.where(Miner.model_id.in_(list(model_ids)))
    items = session.execute(query).all()
    if not items:
        return []
    miner_ids = list({row.miner_id for row in items})
    commands: dict[uuid.UUID, list[tuple[datetime, datetime | None, uuid.UUID | None, str]]] = defaultdict(list)
    for start in range(0, len(miner_ids), _IN_CHUNK):
        rows = session.execute(
            select(
                OperationLogEntry.miner_id,
                OperationLogEntry.requested_at,
                OperationLogEntry.finished_at,
                OperationLogEntry.plan_id,
                OperationLogEntry.outcome,
            )
            .where(
                OperationLogEntry.miner_id.in_(miner_ids[start : start + _IN_CHUNK]),
                OperationLogEntry.requested_at >= now - LOOKBACK,
            )
            .order_by(OperationLogEntry.requested_at)
        )
        for miner_id, requested, finished, plan_id, outcome in rows:
            if miner_id is None:
                continue
            commands[miner_id].append((_utc(requested), _utc(finished) if finished else None, plan_id, outcome))
    windows: list[_Window] = []
    for plan_id, miner_id, level, pct, level_w, model_id in items:
        key = level_key(level, pct, level_w)
        if miner_id is None or model_id is None or key is None:
            continue
        log = commands.get(miner_id, [])
        sent = next((c for c in log if c[2] == plan_id and c[3] == "ok" and c[1] is not None), None)
        if sent is None or sent[1] is None:
            continue
        began = sent[1]
        ended = next((c[0] for c in log if c[0] > began), now)
        if ended - began > settle:
            windows.append(_Window(miner_id, model_id, key, began + settle, ended))
    return windows


def learn_levels(
    session: Session, now: datetime, model_ids: Iterable[uuid.UUID] | None = None, *, settle: timedelta | None = None
) -> dict[uuid.UUID, dict[str, LearnedLevel]]:
    """Per model id, per level key: the mean power and hashrate the miners measured at that level, and how
    many samples say so (levels with fewer than :data:`MIN_SAMPLES` are left out). ``settle``: how long after
    its command a miner's samples are left out (:data:`SETTLE` unless given)."""
    totals: dict[tuple[uuid.UUID, str], list[float]] = {}  # [samples, W sum, TH/s sum, last sample (timestamp)]
    count: int | None
    last: datetime | None
    miners: dict[tuple[uuid.UUID, str], set[uuid.UUID]] = defaultdict(set)
    for window in _windows(session, model_ids, now, SETTLE if settle is None else settle):
        count, watts, hashrate, last = session.execute(
            select(
                func.count(TelemetrySample.id),
                func.sum(TelemetrySample.power_w),
                func.sum(TelemetrySample.hashrate_ths),
                func.max(TelemetrySample.recorded_at),
            ).where(
                TelemetrySample.miner_id == window.miner_id,
                TelemetrySample.recorded_at >= window.start,
                TelemetrySample.recorded_at < window.end,
                TelemetrySample.power_w.is_not(None),
                TelemetrySample.hashrate_ths.is_not(None),
                TelemetrySample.status.in_(("hashing", "sleeping", "curtailed")),  # curtailed: held at its level
            )
        ).one()
        if not count:
            continue
        slot = totals.setdefault((window.model_id, window.key), [0.0, 0.0, 0.0, 0.0])
        slot[0] += count
        slot[1] += float(watts or 0.0)
        slot[2] += float(hashrate or 0.0)
        slot[3] = max(slot[3], _utc(last).timestamp() if last is not None else 0.0)
        miners[(window.model_id, window.key)].add(window.miner_id)
    learned: dict[uuid.UUID, dict[str, LearnedLevel]] = defaultdict(dict)
    for (model_id, key), (samples, watts_sum, ths_sum, last_ts) in totals.items():
        if samples < MIN_SAMPLES:
            continue
        n = int(samples)
        learned[model_id][key] = LearnedLevel(
            model_id,
            key,
            watts_sum / n,
            ths_sum / n,
            n,
            len(miners[(model_id, key)]),
            datetime.fromtimestamp(last_ts, UTC),
        )
    return dict(learned)
