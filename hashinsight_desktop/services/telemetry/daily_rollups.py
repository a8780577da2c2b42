"""Daily telemetry roll-ups: each miner's UTC day summed from its hourly roll-ups, for readers of years of history
(the analytics' fleet replay reads ~36,500 rows for 10 miners × 10 years instead of ~880,000 hourly ones).

Written in the hourly roll-up's transaction (``roll_up``), so a day always equals the grouping of its hourly rows:
the hours about to be rolled up again are taken out of their days, and added back once rolled up (re-running adds
nothing twice; the job's run touches an hour per miner, not its whole day: re-summing a day of 10,000 miners took
0.5-0.7 s a run). A day is ``complete`` once the hourly roll-ups have reached its end; the
current day is summed as far as they go. A miner-day with no hourly row has no daily row (no telemetry, never zero).

Per hour, like the fleet replay has always counted it: the answered time is the covered time hashing, sleeping or
curtailed (the billing columns; older rows: the hour × answered share of samples), the hash-time the hour's average
hashrate × that time, the energy the metered energy (older rows: average power × answered time). The day of an hour
is its bucket's UTC date: SQLite stores times as naive-UTC text, whose first ten characters are that date.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

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


def _hours_by_day(dialect: str) -> str:
    day = _day(dialect)
    return f"""SELECT t.miner_id, {day} AS day, count(*) AS hours,
  sum(coalesce(t.hashrate_ths_avg, 0.0) * ({ANSWERED_S})) AS hash_time_ths_s, sum({ENERGY_KWH}) AS energy_kwh,
  {day} < :open_day AS complete
FROM {_hourly_rows(dialect)}
GROUP BY t.miner_id, {day}"""


def _add_sql(dialect: str) -> str:
    return f"""
INSERT INTO telemetry_daily_rollups (miner_id, day, hours, hash_time_ths_s, energy_kwh, complete)
{_hours_by_day(dialect)}
ON CONFLICT (miner_id, day) DO UPDATE SET
  hours = telemetry_daily_rollups.hours + excluded.hours,
  hash_time_ths_s = telemetry_daily_rollups.hash_time_ths_s + excluded.hash_time_ths_s,
  energy_kwh = telemetry_daily_rollups.energy_kwh + excluded.energy_kwh,
  complete = excluded.complete OR telemetry_daily_rollups.complete
"""


def _take_out_sql(dialect: str) -> str:
    return f"""
WITH o AS ({_hours_by_day(dialect)})
UPDATE telemetry_daily_rollups SET
  hours = telemetry_daily_rollups.hours - o.hours,
  hash_time_ths_s = telemetry_daily_rollups.hash_time_ths_s - o.hash_time_ths_s,
  energy_kwh = telemetry_daily_rollups.energy_kwh - o.energy_kwh
FROM o
WHERE telemetry_daily_rollups.miner_id = o.miner_id AND telemetry_daily_rollups.day = o.day
"""


def _run(connection: Connection, sql: str, start: datetime, end: datetime, rolled_until: datetime) -> int:
    times = (bindparam("start", type_=UTCDateTime()), bindparam("end", type_=UTCDateTime()))
    statement = text(sql).bindparams(*times, bindparam("open_day", type_=Date()))
    open_day = rolled_until.astimezone(UTC).date()  # the first day the hourly roll-ups have not finished
    params = {"start": start, "end": end, "open_day": open_day}
    return int(connection.execute(statement.execution_options(preserve_rowcount=True), params).rowcount)


def take_out_hours(connection: Connection, start: datetime, end: datetime) -> None:
    """Before the hourly rows of [start, end) are rolled up again: take their figures out of their days."""
    _run(connection, _take_out_sql(connection.dialect.name), start, end, end)


def add_hours(connection: Connection, start: datetime, end: datetime, rolled_until: datetime) -> int:
    """Add the hourly rows of [start, end) into their days (a day's first hour makes its row), the hourly roll-ups
    being written up to ``rolled_until``: a day ending by then is complete. Returns the daily rows written."""
    return _run(connection, _add_sql(connection.dialect.name), start, end, rolled_until)


def back_fill(connection: Connection, now: datetime) -> int:
    """Sum every day of the hourly roll-ups present into the empty daily table (the migration that adds it): days
    before ``now``'s hour are complete as far as the roll-ups can tell."""
    bounds = connection.execute(
        text("SELECT min(bucket_start) AS first, max(bucket_start) AS last FROM telemetry_rollups").columns(
            column("first", UTCDateTime()), column("last", UTCDateTime())
        )
    ).one()
    if bounds[0] is None:
        return 0
    rolled_until = now.replace(minute=0, second=0, microsecond=0)
    return add_hours(connection, bounds[0], bounds[1] + timedelta(hours=1), rolled_until)
