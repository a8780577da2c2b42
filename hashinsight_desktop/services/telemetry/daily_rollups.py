"""Daily telemetry roll-ups: each miner's UTC day summed from its hourly roll-ups, for readers of years of history
(the analytics' fleet replay reads ~36,500 rows for 10 miners × 10 years instead of ~880,000 hourly ones).

Written in the hourly roll-up's transaction (``roll_up``), so a day always equals the grouping of its hourly rows:
every day the hourly range touched is summed again from all its hourly rows (re-running adds nothing twice, a
re-rolled hour replaces its old figures, and a day is right again after anything else wrote its hours). Measured with
10,000 miners, re-summing a whole day costs the job 0.3-0.8 s a run (its worst case, the day's last hour); taking an
hour's old figures out of its day and adding the new ones was faster on SQLite (0.3 s) and slower on PostgreSQL (two
writes per row), and would count twice if two roll-ups of the same hours ever overlapped.

A day is ``complete`` once the hourly roll-ups have reached its end; the current day is summed as far as they go.
A miner-day with no hourly row has no daily row (no telemetry, never zero).

Per hour, like the fleet replay has always counted it: the answered time is the covered time hashing, sleeping or
curtailed (the billing columns; older rows: the hour × answered share of samples), the hash-time the hour's average
hashrate × that time, the energy the metered energy (older rows: average power × answered time). The day of an hour
is its bucket's UTC date: SQLite stores times as naive-UTC text, whose first ten characters are that date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, Date, bindparam, column, text

from hashinsight_desktop.db.base import UTCDateTime

# Floating point on both engines (PostgreSQL would divide integers by a decimal constant as numeric).
ANSWERED_S = (
    "CASE WHEN t.hashing_us IS NOT NULL"
    " THEN CAST(t.hashing_us + t.sleeping_us + t.curtailed_us AS double precision) / 1000000"
    " ELSE CAST(t.online_samples AS double precision) * 3600 / nullif(t.samples, 0) END"
)
ENERGY_KWH = (
    "CASE WHEN t.energy_mwus IS NOT NULL THEN CAST(t.energy_mwus AS double precision) / 3600000000000000"  # mW·µs
    f" ELSE coalesce(t.power_w_avg, 0.0) * ({ANSWERED_S}) / 3600000 END"
)


def _day(dialect: str) -> str:
    if dialect == "postgresql":
        return "CAST(timezone('UTC', t.bucket_start) AS date)"
    return "substr(t.bucket_start, 1, 10)"


def _hourly_rows(dialect: str) -> str:
    """The hourly rows of [:start, :end), read miner by miner through the roll-ups' (miner_id, resolution_s,
    bucket_start) key: there is no index on time alone (PostgreSQL: LATERAL; SQLite: CROSS JOIN, which keeps
    ``miners`` the outer loop)."""
    rows = "t.resolution_s = 3600 AND t.bucket_start >= :start AND t.bucket_start < :end"
    if dialect == "postgresql":
        return f"miners m CROSS JOIN LATERAL (SELECT * FROM telemetry_rollups t WHERE t.miner_id = m.id AND {rows}) t"
    return f"miners m CROSS JOIN telemetry_rollups t WHERE t.miner_id = m.id AND {rows}"


def _sum_sql(dialect: str) -> str:
    day = _day(dialect)
    return f"""
INSERT INTO telemetry_daily_rollups (miner_id, day, hours, hash_time_ths_s, energy_kwh, complete)
SELECT t.miner_id, {day}, count(*), sum(coalesce(t.hashrate_ths_avg, 0.0) * ({ANSWERED_S})), sum({ENERGY_KWH}),
  {day} < :open_day
FROM {_hourly_rows(dialect)}
GROUP BY t.miner_id, {day}
ON CONFLICT (miner_id, day) DO UPDATE SET
  hours = excluded.hours, hash_time_ths_s = excluded.hash_time_ths_s, energy_kwh = excluded.energy_kwh,
  complete = excluded.complete OR telemetry_daily_rollups.complete
"""


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def sum_days(connection: Connection, start: datetime, end: datetime, rolled_until: datetime) -> int:
    """Sum again every miner's days that hold an hour of [start, end) — whole days, from all their hourly rows —
    after the hourly roll-ups were written up to ``rolled_until``: a day ending by then is complete. Returns the
    daily rows written."""
    if end <= start:
        return 0
    first, last = start.astimezone(UTC).date(), (end - timedelta(microseconds=1)).astimezone(UTC).date()
    open_day = rolled_until.astimezone(UTC).date()  # the first day the hourly roll-ups have not finished
    times = (bindparam("start", type_=UTCDateTime()), bindparam("end", type_=UTCDateTime()))
    statement = text(_sum_sql(connection.dialect.name)).bindparams(*times, bindparam("open_day", type_=Date()))
    params = {"start": midnight(first), "end": midnight(last + timedelta(days=1)), "open_day": open_day}
    return int(connection.execute(statement.execution_options(preserve_rowcount=True), params).rowcount)


def back_fill(connection: Connection, now: datetime) -> int:
    """Sum every day of the hourly roll-ups present (the migration that adds the daily level): days before
    ``now``'s hour are complete as far as the roll-ups can tell."""
    bounds = connection.execute(
        text("SELECT min(bucket_start) AS first, max(bucket_start) AS last FROM telemetry_rollups").columns(
            column("first", UTCDateTime()), column("last", UTCDateTime())
        )
    ).one()
    if bounds[0] is None:
        return 0
    rolled_until = now.replace(minute=0, second=0, microsecond=0)
    return sum_days(connection, bounds[0], bounds[1] + timedelta(hours=1), rolled_until)
