"""A miner's usage over its contracted time, read from the billing columns of the roll-ups
(services/telemetry/billing_rollup.py), as one :class:`UsageBucket` per miner for the usage engine.

Sums are taken in SQL: whole hours from the hourly rows, the period's edges (a zone whose midnight is not on the
hour) from 5-minute rows, and the spill of each row into the next one when that is still inside the window.
Energy is summed as two integers (W·µs ÷ 10⁹ and its remainder), so SQLite's 64-bit sums cannot overflow.
Gaps are the head gaps of the rows (before a row's first sample, back to 300 s after the sample before it),
the places of the gaps inside an hour from its 5-minute rows, the time after the window's last sample and, for
a miner with no row in the window, all of it. The result equals ``usage_from_samples`` over the raw samples
to the microsecond and the mW·µs (tests/services/billing/test_rollup_billing.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, String, Uuid, and_, bindparam, case, func, or_, select, text
from sqlalchemy.orm import Session

from hashinsight_desktop.db.base import UTCDateTime
from hashinsight_desktop.db.models import TelemetryRollup
from hashinsight_desktop.services.billing.usage import CURTAILED, HASHING, OFFLINE, SLEEPING, Gap, UsageBucket
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.telemetry.billing_rollup import MAX_GAP_S, MAX_GAP_US
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
FIVE = timedelta(minutes=5)
HOUR = timedelta(hours=1)
SPLIT = 1_000_000_000  # energy summed as quotient and remainder by this
CHUNK = 2000  # miners per query
STATUS_OF = {HASHING: HASHING, SLEEPING: SLEEPING, CURTAILED: CURTAILED}


def moment(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def epoch_us(when: datetime) -> int:
    return (when - EPOCH) // timedelta(microseconds=1)


def billing_status(status: str | None) -> str:
    """The engine's status of a telemetry status: error and anything unknown count as offline."""
    return STATUS_OF.get(status or "", OFFLINE)


def milliwatts(power_mw: int | None) -> Decimal:
    return Decimal(power_mw or 0) / 1000


@dataclass(frozen=True)
class Window:
    miner_id: uuid.UUID
    start: datetime
    end: datetime


def _ceil(moment_: datetime, step: timedelta) -> datetime:
    floor = EPOCH + (moment_ - EPOCH) // step * step
    return floor if floor == moment_ else floor + step


def _rows_in(start: datetime, end: datetime) -> Any:
    """The rows covering [start, end) once: hourly rows for whole hours, 5-minute rows for the edges."""
    r = TelemetryRollup
    hours_start, hours_end = _ceil(start, HOUR), EPOCH + (end - EPOCH) // HOUR * HOUR
    if hours_start >= hours_end:
        return and_(r.resolution_s == 300, r.bucket_start >= start, r.bucket_start < end)
    return or_(
        and_(r.resolution_s == 3600, r.bucket_start >= hours_start, r.bucket_start < hours_end),
        and_(r.resolution_s == 300, r.bucket_start >= start, r.bucket_start < hours_start),
        and_(r.resolution_s == 300, r.bucket_start >= hours_end, r.bucket_start < end),
    )


def _inside(end: datetime) -> Any:
    """A row whose spill (into the next bucket) is still before ``end``."""
    r = TelemetryRollup
    return or_(
        and_(r.resolution_s == 3600, r.bucket_start < end - HOUR),
        and_(r.resolution_s == 300, r.bucket_start < end - FIVE),
    )


def _sums(session: Session, ids: Sequence[uuid.UUID], start: datetime, end: datetime) -> dict[uuid.UUID, Any]:
    r = TelemetryRollup
    spill = case((_inside(end), r.spill_us), else_=0)
    spill_energy = r.last_power_mw * spill
    columns: list[Any] = [r.miner_id]
    for status, column in ((HASHING, r.hashing_us), (SLEEPING, r.sleeping_us), (CURTAILED, r.curtailed_us)):
        columns.append(func.sum(column + case((r.last_status == status, spill), else_=0)).label(status))
    others = r.last_status.not_in((HASHING, SLEEPING, CURTAILED))
    columns.append(func.sum(r.offline_us + case((others, spill), else_=0)).label(OFFLINE))
    columns += [
        func.sum(r.energy_mwus / SPLIT + spill_energy / SPLIT).label("energy_high"),
        func.sum(r.energy_mwus % SPLIT + spill_energy % SPLIT).label("energy_low"),
        func.max(r.last_us).label("last_us"),
        func.sum(case((r.last_us.is_(None), 1), else_=0)).label("unfilled"),
    ]
    query = select(*columns).where(r.miner_id.in_(ids), _rows_in(start, end)).group_by(r.miner_id)
    return {row.miner_id: row for row in session.execute(query)}


def _head_gaps(session: Session, ids: Sequence[uuid.UUID], start: datetime, end: datetime) -> list[Any]:
    """Rows with uncovered time before their first sample, and the 5-minute rows of hours with gaps inside."""
    r = TelemetryRollup
    has_gap = and_(r.first_us.is_not(None), or_(r.prev_us.is_(None), r.first_us - r.prev_us > MAX_GAP_US))
    fields = (r.miner_id, r.first_us, r.prev_us, r.prev_power_mw, r.prev_status)
    found = list(session.execute(select(*fields).where(r.miner_id.in_(ids), _rows_in(start, end), has_gap)))
    if session.get_bind().dialect.name == "postgresql":
        hour_end, pair = "h.bucket_start + interval '1 hour'", "CROSS JOIN LATERAL (SELECT * FROM telemetry_rollups f"
        close, where = ") f", "WHERE"
    else:
        hour_end, pair = (
            "strftime('%Y-%m-%d %H:%M:%S.000000', h.bucket_start, '+1 hour')",
            "CROSS JOIN telemetry_rollups f",
        )
        close, where = "", "AND"
    inner = text(
        f"SELECT f.miner_id, f.first_us, f.prev_us, f.prev_power_mw, f.prev_status FROM telemetry_rollups h {pair}"
        f" WHERE f.miner_id = h.miner_id AND f.resolution_s = 300 AND f.bucket_start >= h.bucket_start"
        f" AND f.bucket_start < {hour_end} AND f.first_us > h.first_us AND f.first_us - f.prev_us > {MAX_GAP_US}{close}"
        f" {where} h.miner_id IN :ids AND h.resolution_s = 3600 AND h.inner_gaps > 0"
        " AND h.bucket_start >= :start AND h.bucket_start < :end"
    ).bindparams(
        bindparam("ids", expanding=True, type_=Uuid()),
        bindparam("start", type_=UTCDateTime()),
        bindparam("end", type_=UTCDateTime()),
    )
    inner = inner.columns(  # type: ignore[assignment]
        miner_id=Uuid(), first_us=BigInteger(), prev_us=BigInteger(), prev_power_mw=BigInteger(), prev_status=String()
    )
    hours_start, hours_end = _ceil(start, HOUR), EPOCH + (end - EPOCH) // HOUR * HOUR
    found += session.execute(inner, {"ids": list(ids), "start": hours_start, "end": hours_end}).all()
    return found


def _row_before(session: Session, miner_id: uuid.UUID, before: datetime) -> Any:
    r = TelemetryRollup
    query = (
        select(r.last_us, r.last_power_mw, r.last_status, r.spill_us, r.bucket_start, r.resolution_s)
        .where(r.miner_id == miner_id, r.bucket_start < before, r.last_us.is_not(None))
        .order_by(r.bucket_start.desc(), r.resolution_s)
        .limit(1)
    )
    return session.execute(query).first()


def _last_row(session: Session, miner_id: uuid.UUID, last_us: int) -> Any:
    r = TelemetryRollup
    query = select(r.last_power_mw, r.last_status).where(
        r.miner_id == miner_id, r.last_us == last_us, r.resolution_s == 300
    )
    found = session.execute(query.limit(1)).first()
    if found is None:  # 5-minute rows pruned: the hour still knows its last sample
        found = session.execute(
            select(r.last_power_mw, r.last_status).where(r.miner_id == miner_id, r.last_us == last_us).limit(1)
        ).first()
    return found


def _spills_into(session: Session, ids: Sequence[uuid.UUID], start: datetime) -> dict[uuid.UUID, Any]:
    """The 5-minute rows ending at ``start``: their last sample may cover the window's first seconds."""
    r = TelemetryRollup
    query = select(r.miner_id, r.spill_us, r.last_power_mw, r.last_status).where(
        r.miner_id.in_(ids), r.resolution_s == 300, r.bucket_start == start - FIVE, r.spill_us > 0
    )
    return {row.miner_id: row for row in session.execute(query)}


def _gap(miner_id: uuid.UUID, start: int, end: int, power_mw: int | None, status: str | None) -> Gap:
    if status is None:
        return Gap(str(miner_id), moment(start), end - start)
    return Gap(str(miner_id), moment(start), end - start, milliwatts(power_mw), billing_status(status))


def usage_from_rollups(session: Session, windows: Iterable[Window]) -> list[UsageBucket]:
    """One bucket per window (a contracted miner's time in the period, 5-minute aligned), from the roll-ups, in the
    order given. Windows alike (a month's contracts) are read together: a few queries for thousands of miners."""
    listed = list(windows)
    by_window: dict[tuple[datetime, datetime], list[uuid.UUID]] = defaultdict(list)
    for window in listed:
        if epoch_us(window.start) % (MAX_GAP_S * 1_000_000) or epoch_us(window.end) % (MAX_GAP_S * 1_000_000):
            raise ValueError(f"window of {window.miner_id} is not aligned to 5 minutes")
        by_window[(window.start, window.end)].append(window.miner_id)
    found: dict[tuple[str, datetime, datetime], UsageBucket] = {}
    for (start, end), ids in by_window.items():
        unique = list(dict.fromkeys(ids))
        for first in range(0, len(unique), CHUNK):
            for bucket in _window_buckets(session, unique[first : first + CHUNK], start, end):
                found[(bucket.miner_id, start, end)] = bucket
    return [found[(str(window.miner_id), window.start, window.end)] for window in listed]


def _window_buckets(session: Session, ids: Sequence[uuid.UUID], start: datetime, end: datetime) -> list[UsageBucket]:
    start_us, end_us = epoch_us(start), epoch_us(end)
    sums = _sums(session, ids, start, end)
    spills = _spills_into(session, ids, start)
    gaps: dict[uuid.UUID, list[Gap]] = defaultdict(list)
    for row in _head_gaps(session, ids, start, end):
        begin = start_us if row.prev_us is None else max(start_us, row.prev_us + MAX_GAP_US)
        if row.first_us > begin:
            gaps[row.miner_id].append(_gap(row.miner_id, begin, row.first_us, row.prev_power_mw, row.prev_status))
    buckets = []
    for miner_id in ids:
        status_us = dict.fromkeys((HASHING, SLEEPING, CURTAILED, OFFLINE), 0)
        energy = 0
        row = sums.get(miner_id)
        if row is not None and row.unfilled:
            raise ValidationError(
                "roll-ups",
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        (
                            "miner {miner_id} has roll-ups in "
                            "{start:%Y-%m-%d}..{end:%Y-%m-%d} written before billing kept "
                            "exact usage in them (schema 0020): the database cannot bill "
                            "this period to the cent; bill it with `billing draft` from a "
                            "usage file"
                        ),
                    ),
                    miner_id=miner_id,
                    start=start,
                    end=end,
                ),
            )
        spill = spills.get(miner_id)
        covered_from = start_us
        if spill is not None:
            length = min(spill.spill_us, end_us - start_us)
            status_us[billing_status(spill.last_status)] += length
            energy += (spill.last_power_mw or 0) * length
            covered_from = start_us + length
        if row is not None and row.last_us is not None:
            for status in status_us:
                status_us[status] += int(getattr(row, status) or 0)
            energy += int(row.energy_high or 0) * SPLIT + int(row.energy_low or 0)
            tail = row.last_us + MAX_GAP_US
            if tail < end_us:
                last = _last_row(session, miner_id, row.last_us)
                gaps[miner_id].append(_gap(miner_id, tail, end_us, last.last_power_mw, last.last_status))
        else:  # no sample in the window: all of it after the spill is a gap, at the last sample before it
            before = _row_before(session, miner_id, start)
            if covered_from < end_us:
                power: int | None = before.last_power_mw if before is not None else None
                last_status: str | None = before.last_status if before is not None else None
                gaps[miner_id].append(_gap(miner_id, covered_from, end_us, power, last_status))
        buckets.append(
            UsageBucket(
                str(miner_id),
                start,
                end,
                {status: length for status, length in status_us.items() if length},
                Decimal(energy) / 1000,
                tuple(sorted(gaps[miner_id], key=lambda gap: gap.start)),
            )
        )
    return buckets


def sample_window(buckets: Iterable[UsageBucket]) -> dict[str, Any]:
    """What an invoice stores of its inputs' reach: the earliest and latest instant billed."""
    listed = list(buckets)
    if not listed:
        return {}
    return {
        "start": min(bucket.start for bucket in listed).isoformat(),
        "end": max(bucket.end for bucket in listed).isoformat(),
        "max_gap_s": MAX_GAP_S,
        "source": "telemetry_rollups",
    }
