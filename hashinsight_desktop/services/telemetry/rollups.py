"""Down-sampling and retention of telemetry, in SQL on both engines.

Raw samples roll up into 5-minute buckets, 5-minute buckets into hourly ones, each with an upsert,
so re-running a range (say after an outage's buffered samples arrived late) rewrites the same rows.
Buckets are aligned to the Unix epoch (UTC). PostgreSQL computes a bucket as
``to_timestamp(floor(extract(epoch from t) / n) * n)``; SQLite, which stores times as naive-UTC text
``YYYY-MM-DD HH:MM:SS.ffffff``, through ``strftime('%s', t)`` and back to that same text shape (so a
bucket computed in SQL equals one bound from Python, as text).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from typing import cast as cast_type

from sqlalchemy import (
    CursorResult,
    Engine,
    Float,
    Integer,
    Select,
    Uuid,
    case,
    cast,
    delete,
    exists,
    extract,
    func,
    literal_column,
    select,
    text,
    true,
    type_coerce,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from hashinsight_desktop.db.base import UTCDateTime
from hashinsight_desktop.db.models import Miner, TelemetryDailyRollup, TelemetryRollup, TelemetrySample
from hashinsight_desktop.services.cgminer.sample import CURTAILED, HASHING, SLEEPING
from hashinsight_desktop.services.telemetry.billing_rollup import fill_billing_columns
from hashinsight_desktop.services.telemetry.daily_rollups import sum_days

RAW = 0
FIVE_MINUTES = 300
HOUR = 3600
RESOLUTIONS = (FIVE_MINUTES, HOUR)
ROLLUP_COLUMNS = (
    "miner_id",
    "resolution_s",
    "bucket_start",
    "samples",
    "online_samples",
    "hashrate_ths_avg",
    "hashrate_ths_min",
    "power_w_avg",
    "max_chip_temp_c",
    "fan_rpm_max",
)
ONLINE_STATUSES = (HASHING, SLEEPING, CURTAILED)  # answered (or slept by a plan) and doing what it was told
PER_MINER_MAX_RANGE = timedelta(hours=1)  # PostgreSQL: up to this, a range scan per miner


def floor_time(moment: datetime, seconds: int) -> datetime:
    """The start of the epoch-aligned bucket of ``seconds`` that holds ``moment`` (UTC)."""
    if moment.tzinfo is None:
        raise ValueError("a timezone-aware time is required")
    stamp = int(moment.timestamp() // seconds) * seconds
    return datetime.fromtimestamp(stamp, UTC)


def bucket_start(dialect: str, column: Any, seconds: int) -> ColumnElement[datetime]:
    """SQL for the start of the bucket holding ``column`` (a UTC time column)."""
    n = literal_column(str(int(seconds)), Integer())  # inline: GROUP BY must repeat the select's expression exactly
    if dialect == "postgresql":
        epoch = func.floor(extract("epoch", column).op("/")(n)) * n
        return type_coerce(func.to_timestamp(cast(epoch, Float)), UTCDateTime())
    epoch_s = cast(func.strftime("%s", column), Integer)
    text = func.strftime("%Y-%m-%d %H:%M:%S.000000", epoch_s.op("/")(n) * n, "unixepoch")  # integer division
    return type_coerce(text, UTCDateTime())


def _weighted(column: Any, weight: Any) -> ColumnElement[float]:
    """Average of per-bucket averages, weighted by each bucket's answered samples (unanswered polls
    carry no hashrate or power; NULL averages left out)."""
    total = func.sum(case((column.is_not(None), weight)))
    return func.sum(column * weight).op("/")(func.nullif(total, 0))


def _raw_aggregate(dialect: str, seconds: int, start: datetime, end: datetime) -> Select[*tuple[Any, ...]]:
    s = TelemetrySample
    bucket = bucket_start(dialect, s.recorded_at, seconds)
    return (
        select(
            s.miner_id,
            literal_column(str(int(seconds))).label("resolution_s"),
            bucket.label("bucket_start"),
            func.count().label("samples"),
            func.sum(case((s.status.in_(ONLINE_STATUSES), 1), else_=0)).label("online_samples"),
            func.avg(s.hashrate_ths).label("hashrate_ths_avg"),
            func.min(s.hashrate_ths).label("hashrate_ths_min"),
            func.avg(s.power_w).label("power_w_avg"),
            func.max(s.max_chip_temp_c).label("max_chip_temp_c"),
            func.max(s.fan_rpm_max).label("fan_rpm_max"),
        )
        .where(s.recorded_at >= start, s.recorded_at < end)
        .group_by(s.miner_id, bucket)
    )


def raw_buckets(
    dialect: str, seconds: int, start: datetime, end: datetime, miner_id: uuid.UUID | None = None
) -> Select[*tuple[Any, ...]]:
    """Raw samples in [start, end) aggregated per miner and bucket, in ``ROLLUP_COLUMNS`` order.
    Samples of miners that no longer exist are left out (a roll-up row must name a miner)."""
    query = _raw_aggregate(dialect, seconds, start, end)
    if miner_id is not None:
        return query.where(TelemetrySample.miner_id == miner_id)
    return query.join(Miner, Miner.id == TelemetrySample.miner_id)


def _hourly_from_five_minutes(dialect: str, r: Any, start: datetime, end: datetime) -> Select[*tuple[Any, ...]]:
    bucket = bucket_start(dialect, r.bucket_start, HOUR)
    weight = case((r.online_samples > 0, r.online_samples), else_=r.samples)
    return (
        select(
            r.miner_id,
            literal_column(str(HOUR)).label("resolution_s"),
            bucket.label("bucket_start"),
            func.sum(r.samples).label("samples"),
            func.sum(r.online_samples).label("online_samples"),
            _weighted(r.hashrate_ths_avg, weight).label("hashrate_ths_avg"),
            func.min(r.hashrate_ths_min).label("hashrate_ths_min"),
            _weighted(r.power_w_avg, weight).label("power_w_avg"),
            func.max(r.max_chip_temp_c).label("max_chip_temp_c"),
            func.max(r.fan_rpm_max).label("fan_rpm_max"),
        )
        .where(r.resolution_s == FIVE_MINUTES, r.bucket_start >= start, r.bucket_start < end)
        .group_by(r.miner_id, bucket)
    )


def _per_miner(query: Select[*tuple[Any, ...]], miner_column: Any) -> Select[*tuple[Any, ...]]:
    """The aggregation run once per miner (PostgreSQL ``LATERAL``): an index range scan each. With
    no index on time alone, a plain join scans the whole table for a few minutes of it."""
    inner = query.where(miner_column == Miner.id).lateral("per_miner")
    return select(*(inner.c[name] for name in ROLLUP_COLUMNS)).select_from(Miner).join(inner, true())


def roll_up(engine: Engine, *, resolution_s: int, since: datetime, until: datetime) -> int:
    """Write the ``resolution_s`` roll-ups of every whole bucket in [floor(since), floor(until));
    returns the rows written. 300 reads raw samples, 3600 reads the 5-minute roll-ups (and sums the days it
    touched again into the daily roll-ups, in the same transaction)."""
    if resolution_s not in RESOLUTIONS:
        raise ValueError(f"resolution_s must be one of {RESOLUTIONS}, not {resolution_s}")
    start, end = floor_time(since, resolution_s), floor_time(until, resolution_s)
    if end <= start:
        return 0
    dialect = engine.dialect.name
    postgres = dialect == "postgresql"
    if resolution_s == FIVE_MINUTES:
        query = _raw_aggregate(dialect, FIVE_MINUTES, start, end)
        if postgres and end - start <= PER_MINER_MAX_RANGE:
            source = _per_miner(query, TelemetrySample.miner_id)
        else:  # a long catch-up: one pass over the table beats a range scan per miner
            source = query.join(Miner, Miner.id == TelemetrySample.miner_id)
    else:
        r = aliased(TelemetryRollup)
        query = _hourly_from_five_minutes(dialect, r, start, end)
        source = _per_miner(query, r.miner_id) if postgres else query
    dialect_insert = postgresql.insert if postgres else sqlite.insert
    statement = dialect_insert(TelemetryRollup).from_select(list(ROLLUP_COLUMNS), source)
    statement = statement.on_conflict_do_update(
        index_elements=["miner_id", "resolution_s", "bucket_start"],
        set_={name: statement.excluded[name] for name in ROLLUP_COLUMNS[3:]},
    )
    statement = statement.execution_options(preserve_rowcount=True)  # kept for INSERT too
    with engine.begin() as connection:
        if postgres:  # the per-miner plan's cost estimate triggers JIT compiling that costs more than it saves
            connection.execute(text("SET LOCAL jit = off"))
        written = cast_type("CursorResult[Any]", connection.execute(statement)).rowcount
        fill_billing_columns(connection, resolution_s, start, end)
        if resolution_s == HOUR:
            sum_days(connection, start, end, rolled_until=end)
        return written


def five_minute_watermark(engine: Engine) -> datetime | None:
    """The newest 5-minute bucket rolled up for any miner (one index descent per miner)."""
    r = aliased(TelemetryRollup)
    latest = (
        select(r.bucket_start)
        .where(r.miner_id == Miner.id, r.resolution_s == FIVE_MINUTES)
        .order_by(r.bucket_start.desc())
        .limit(1)
        .scalar_subquery()
    )
    with engine.connect() as connection:
        return connection.scalar(select(func.max(latest)))


def roll_up_recent(
    engine: Engine,
    now: datetime,
    *,
    lookback: timedelta = timedelta(minutes=30),
    catch_up: timedelta = timedelta(days=2),
) -> tuple[int, int]:
    """What the maintenance job runs every few minutes: both resolutions from ``lookback`` ago (which
    re-rolls buckets that late, buffered samples reached) — or, after the job was not running, from
    the newest rolled-up bucket, at most ``catch_up`` back, an hour at a time. Hourly buckets are
    built from the 5-minute ones present. Returns (5-minute, hourly) rows written."""
    since = now - lookback
    mark = five_minute_watermark(engine)
    if mark is not None and mark < since:
        since = max(mark, now - catch_up)
    five, start = 0, floor_time(since, FIVE_MINUTES)
    while start < now:
        end = min(start + PER_MINER_MAX_RANGE, now)
        five += roll_up(engine, resolution_s=FIVE_MINUTES, since=start, until=end)
        start = end
    hourly = roll_up(engine, resolution_s=HOUR, since=since, until=now)
    return five, hourly


@dataclass(frozen=True)
class RetentionResult:
    raw_deleted: int
    five_minute_deleted: int


RETENTION_CHUNK = 500  # miners per DELETE (each its own short transaction)
# The distinct miners that have samples, one index descent each (a "skip scan"), not a table scan.
_SAMPLE_MINERS = text(
    "WITH RECURSIVE ids(miner_id) AS ("
    " SELECT (SELECT miner_id FROM telemetry_samples ORDER BY miner_id LIMIT 1)"
    " UNION ALL"
    " SELECT (SELECT s.miner_id FROM telemetry_samples s WHERE s.miner_id > ids.miner_id ORDER BY s.miner_id LIMIT 1)"
    " FROM ids WHERE ids.miner_id IS NOT NULL)"
    " SELECT miner_id FROM ids WHERE miner_id IS NOT NULL"
).columns(miner_id=Uuid())


def _chunks(ids: list[uuid.UUID]) -> list[list[uuid.UUID]]:
    return [ids[i : i + RETENTION_CHUNK] for i in range(0, len(ids), RETENTION_CHUNK)]


def _deleted(engine: Engine, statement: Any) -> int:
    with engine.begin() as connection:
        return int(connection.execute(statement).rowcount)


def apply_retention(engine: Engine, *, raw_days: int = 30, five_min_days: int = 400, now: datetime) -> RetentionResult:
    """Delete raw samples older than ``raw_days`` whose 5-minute bucket is rolled up (or whose miner
    is gone), and 5-minute roll-ups older than ``five_min_days`` whose hour is rolled up. Hourly
    roll-ups are kept.

    Works miner by miner through the (miner_id, time) indexes, a few hundred miners per statement:
    its cost follows what it deletes, not the size of the table (no index on time alone exists)."""
    if raw_days < 1 or five_min_days < 1:
        raise ValueError("retention must be at least one day")
    dialect = engine.dialect.name
    raw_cutoff, five_cutoff = now - timedelta(days=raw_days), now - timedelta(days=five_min_days)
    with engine.connect() as connection:
        with_samples = list(connection.scalars(_SAMPLE_MINERS))
        miners = set(connection.scalars(select(Miner.id)))
    s, r = TelemetrySample, aliased(TelemetryRollup)
    rolled = exists().where(
        r.miner_id == s.miner_id,
        r.resolution_s == FIVE_MINUTES,
        r.bucket_start == bucket_start(dialect, s.recorded_at, FIVE_MINUTES),
    )
    raw_deleted = 0
    for chunk in _chunks([m for m in with_samples if m in miners]):
        raw_deleted += _deleted(engine, delete(s).where(s.miner_id.in_(chunk), s.recorded_at < raw_cutoff, rolled))
    for chunk in _chunks([m for m in with_samples if m not in miners]):  # nothing to roll up into
        raw_deleted += _deleted(engine, delete(s).where(s.miner_id.in_(chunk), s.recorded_at < raw_cutoff))
    five, hourly = TelemetryRollup, aliased(TelemetryRollup)
    hour_rolled = exists().where(
        hourly.miner_id == five.miner_id,
        hourly.resolution_s == HOUR,
        hourly.bucket_start == bucket_start(dialect, five.bucket_start, HOUR),
    )
    five_deleted = 0
    for chunk in _chunks(sorted(miners)):
        old_five = delete(five).where(
            five.miner_id.in_(chunk),
            five.resolution_s == FIVE_MINUTES,
            five.bucket_start < five_cutoff,
            hour_rolled,
        )
        five_deleted += _deleted(engine, old_five)
    return RetentionResult(raw_deleted, five_deleted)


def delete_miner_telemetry(session: Session, miner_id: uuid.UUID) -> int:
    """Delete a miner's samples (they have no foreign key to cascade) and roll-ups, in the caller's
    transaction; returns the samples deleted."""
    samples = delete(TelemetrySample).where(TelemetrySample.miner_id == miner_id)
    deleted = cast_type("CursorResult[Any]", session.execute(samples)).rowcount
    session.execute(delete(TelemetryRollup).where(TelemetryRollup.miner_id == miner_id))
    session.execute(delete(TelemetryDailyRollup).where(TelemetryDailyRollup.miner_id == miner_id))
    return int(deleted)
