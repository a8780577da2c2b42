"""The billing columns of the telemetry roll-ups, filled in SQL by the roll-up job as samples arrive.

They hold a miner's usage exactly as the usage engine (services/billing/usage.py) counts it with a 300 s max
gap: each sample's power and status count from its time until the next sample, for at most 300 s. Per
5-minute bucket, from its samples (the one before and the one after bound them):

- ``hashing_us``, ``sleeping_us``, ``curtailed_us``, ``offline_us``: covered time inside the bucket per status
  (``error`` and any other status count as offline); ``energy_mwus``: Σ power × covered time inside the bucket,
  power metered to the milliwatt (``floor(W × 1000 + ½)``), in mW·µs;
- ``spill_us``: how far the bucket's last sample covers past the bucket's end (into the next bucket only: the
  max gap is the bucket's length), with ``last_power_mw`` / ``last_status``;
- ``first_us`` / ``last_us``: the bucket's first and last sample; ``prev_us`` / ``prev_power_mw`` /
  ``prev_status``: the sample before the first one (NULL: none known). The uncovered time before the first
  sample, ``[prev_us + 300 s, first_us)``, is the gap that ends in this bucket: gaps need no rows of their own,
  and a bucket with no sample (no row) is a gap or a spill.

Times are epoch microseconds, energy an integer: every sum over buckets is exact. Hourly rows sum their
5-minute rows (the spills inside the hour included) and count ``inner_gaps``, the gaps after the hour's first
sample, whose places the 5-minute rows keep. A bucket is recomputed (the job's look-back) when its next sample
arrives late: its spill depends on it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, text

from hashinsight_desktop.db.base import UTCDateTime

MAX_GAP_S = 300  # the roll-ups' max gap: contracts billed from them use it
MAX_GAP_US = MAX_GAP_S * 1_000_000
BUCKET_US = 300 * 1_000_000
HOUR_US = 3600 * 1_000_000
SQLITE_MICROSECONDS = "CAST(substr(recorded_at, 21, 6) AS INTEGER)"  # stored as 'YYYY-MM-DD HH:MM:SS.ffffff'
STATUS_COLUMNS = {"hashing": "hashing_us", "sleeping": "sleeping_us", "curtailed": "curtailed_us"}


def _dialect_parts(dialect: str) -> dict[str, str]:
    if dialect == "postgresql":
        return {
            "at_us": "CAST(extract(epoch FROM recorded_at) * 1000000 AS bigint)",
            "mw": "CAST(floor(power_w * 1000 + 0.5) AS bigint)",
            "least": "LEAST",
            "greatest": "GREATEST",
            "stamp": "to_timestamp(CAST(b_us / 1000000 AS double precision))",
        }
    return {
        "at_us": f"(CAST(strftime('%s', recorded_at) AS INTEGER) * 1000000 + {SQLITE_MICROSECONDS})",
        "mw": "CAST(power_w * 1000 + 0.5 AS INTEGER)",
        "least": "min",
        "greatest": "max",
        "stamp": "strftime('%Y-%m-%d %H:%M:%S.000000', b_us / 1000000, 'unixepoch')",
    }


def _status_sums(length: str, status: str = "status") -> str:
    parts = [
        f"sum(CASE WHEN {status} = '{name}' THEN {length} ELSE 0 END) AS {column}"
        for name, column in STATUS_COLUMNS.items()
    ]
    named = ", ".join(f"'{name}'" for name in STATUS_COLUMNS)
    parts.append(f"sum(CASE WHEN {status} NOT IN ({named}) THEN {length} ELSE 0 END) AS offline_us")
    return ",\n    ".join(parts)


def _per_miner(dialect: str, table: str, condition: str) -> str:
    """``table`` (as ``t``) read miner by miner through its (miner_id, time) index: neither table has an index on
    time alone, and a scan of all of it for an hour's rows would cost the whole table each run. PostgreSQL:
    LATERAL; SQLite: CROSS JOIN, which keeps ``miners`` the outer loop."""
    if dialect == "postgresql":
        return f"miners m CROSS JOIN LATERAL (SELECT * FROM {table} t WHERE t.miner_id = m.id AND {condition}) t"
    return f"miners m CROSS JOIN {table} t WHERE t.miner_id = m.id AND {condition}"


def _five_minute_sql(dialect: str) -> str:
    d = _dialect_parts(dialect)
    inside = f"({d['least']}(cover_us, b_us + {BUCKET_US}) - at_us)"
    previous_row = (
        "SELECT r2.{col} FROM telemetry_rollups r2 WHERE r2.miner_id = a.miner_id AND r2.resolution_s = 300 "
        "AND r2.bucket_start < :start AND r2.last_us IS NOT NULL ORDER BY r2.bucket_start DESC LIMIT 1"
    )
    return f"""
WITH s AS (
  SELECT t.miner_id, t.status, {d["at_us"]} AS at_us, COALESCE({d["mw"]}, 0) AS mw
  FROM {_per_miner(dialect, "telemetry_samples", "t.recorded_at >= :lo AND t.recorded_at < :hi")}
), w AS (
  SELECT miner_id, status, at_us, mw,
    lag(at_us) OVER m AS p_us, lag(mw) OVER m AS p_mw, lag(status) OVER m AS p_status, lead(at_us) OVER m AS n_us
  FROM s WINDOW m AS (PARTITION BY miner_id ORDER BY at_us)
), c AS (
  SELECT miner_id, status, at_us, mw, p_us, p_mw, p_status, n_us,
    at_us - (at_us % {BUCKET_US}) AS b_us,
    {d["least"]}(at_us + {MAX_GAP_US}, COALESCE(n_us, at_us + {MAX_GAP_US})) AS cover_us
  FROM w WHERE at_us >= :start_us AND at_us < :end_us
), a AS (
  SELECT miner_id, b_us,
    {_status_sums(inside)},
    sum(mw * {inside}) AS energy_mwus,
    min(at_us) AS first_us, max(at_us) AS last_us,
    {d["greatest"]}(max(cover_us) - (b_us + {BUCKET_US}), 0) AS spill_us,
    max(CASE WHEN n_us IS NULL OR n_us >= b_us + {BUCKET_US} THEN mw END) AS last_power_mw,
    max(CASE WHEN n_us IS NULL OR n_us >= b_us + {BUCKET_US} THEN status END) AS last_status,
    max(CASE WHEN p_us < b_us THEN p_us END) AS p_us,
    max(CASE WHEN p_us < b_us THEN p_mw END) AS p_mw,
    max(CASE WHEN p_us < b_us THEN p_status END) AS p_status
  FROM c GROUP BY miner_id, b_us
), f AS (
  SELECT a.*,
    CASE WHEN a.p_us IS NOT NULL THEN a.p_us ELSE ({previous_row.format(col="last_us")}) END AS prev_us,
    CASE WHEN a.p_us IS NOT NULL THEN a.p_mw ELSE ({previous_row.format(col="last_power_mw")}) END AS prev_power_mw,
    CASE WHEN a.p_us IS NOT NULL THEN a.p_status ELSE ({previous_row.format(col="last_status")}) END AS prev_status,
    {d["stamp"]} AS stamp
  FROM a
)
UPDATE telemetry_rollups SET
  hashing_us = f.hashing_us, sleeping_us = f.sleeping_us, curtailed_us = f.curtailed_us, offline_us = f.offline_us,
  energy_mwus = f.energy_mwus, first_us = f.first_us, last_us = f.last_us, last_power_mw = f.last_power_mw,
  last_status = f.last_status, spill_us = f.spill_us, prev_us = f.prev_us, prev_power_mw = f.prev_power_mw,
  prev_status = f.prev_status, inner_gaps = 0
FROM f
WHERE telemetry_rollups.miner_id = f.miner_id AND telemetry_rollups.resolution_s = 300
  AND telemetry_rollups.bucket_start = f.stamp
"""


def _hourly_sql(dialect: str) -> str:
    d = _dialect_parts(dialect)
    rows = "t.resolution_s = 300 AND t.bucket_start >= :start AND t.bucket_start < :end AND t.last_us IS NOT NULL"
    inner = f"(bucket_us < h_us + {HOUR_US - BUCKET_US})"  # a spill that stays inside the hour
    return f"""
WITH r AS (
  SELECT t.miner_id, t.first_us - (t.first_us % {HOUR_US}) AS h_us,
    t.first_us - (t.first_us % {BUCKET_US}) AS bucket_us,
    t.hashing_us, t.sleeping_us, t.curtailed_us, t.offline_us, t.energy_mwus, t.first_us, t.last_us, t.last_power_mw,
    t.last_status, t.spill_us, t.prev_us, t.prev_power_mw, t.prev_status
  FROM {_per_miner(dialect, "telemetry_rollups", rows)}
), o AS (
  SELECT r.*,
    first_value(last_power_mw) OVER (PARTITION BY miner_id, h_us ORDER BY bucket_us DESC) AS h_last_mw,
    first_value(last_status) OVER (PARTITION BY miner_id, h_us ORDER BY bucket_us DESC) AS h_last_status,
    first_value(prev_us) OVER (PARTITION BY miner_id, h_us ORDER BY bucket_us) AS h_prev_us,
    first_value(prev_power_mw) OVER (PARTITION BY miner_id, h_us ORDER BY bucket_us) AS h_prev_mw,
    first_value(prev_status) OVER (PARTITION BY miner_id, h_us ORDER BY bucket_us) AS h_prev_status,
    row_number() OVER (PARTITION BY miner_id, h_us ORDER BY bucket_us) AS nth
  FROM r
), f AS (
  SELECT miner_id, h_us AS b_us,
    sum(hashing_us + CASE WHEN {inner} AND last_status = 'hashing' THEN spill_us ELSE 0 END) AS hashing_us,
    sum(sleeping_us + CASE WHEN {inner} AND last_status = 'sleeping' THEN spill_us ELSE 0 END) AS sleeping_us,
    sum(curtailed_us + CASE WHEN {inner} AND last_status = 'curtailed' THEN spill_us ELSE 0 END) AS curtailed_us,
    sum(offline_us + CASE WHEN {inner} AND last_status NOT IN ('hashing', 'sleeping', 'curtailed')
      THEN spill_us ELSE 0 END) AS offline_us,
    sum(energy_mwus + CASE WHEN {inner} THEN last_power_mw * spill_us ELSE 0 END) AS energy_mwus,
    min(first_us) AS first_us, max(last_us) AS last_us,
    max(CASE WHEN {inner} THEN 0 ELSE spill_us END) AS spill_us,
    max(h_last_mw) AS last_power_mw, max(h_last_status) AS last_status,
    max(h_prev_us) AS prev_us, max(h_prev_mw) AS prev_power_mw, max(h_prev_status) AS prev_status,
    sum(CASE WHEN nth > 1 AND first_us - prev_us > {MAX_GAP_US} THEN 1 ELSE 0 END) AS inner_gaps
  FROM o GROUP BY miner_id, h_us
), g AS (SELECT f.*, {d["stamp"]} AS stamp FROM f)
UPDATE telemetry_rollups SET
  hashing_us = g.hashing_us, sleeping_us = g.sleeping_us, curtailed_us = g.curtailed_us, offline_us = g.offline_us,
  energy_mwus = g.energy_mwus, first_us = g.first_us, last_us = g.last_us, last_power_mw = g.last_power_mw,
  last_status = g.last_status, spill_us = g.spill_us, prev_us = g.prev_us, prev_power_mw = g.prev_power_mw,
  prev_status = g.prev_status, inner_gaps = g.inner_gaps
FROM g
WHERE telemetry_rollups.miner_id = g.miner_id AND telemetry_rollups.resolution_s = 3600
  AND telemetry_rollups.bucket_start = g.stamp
"""


def _epoch_us(moment: datetime) -> int:
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


def fill_billing_columns(connection: Connection, resolution_s: int, start: datetime, end: datetime) -> None:
    """Fill the billing columns of the ``resolution_s`` rows of [start, end) (bucket-aligned), in the roll-up's
    transaction, after its rows were written."""
    dialect = connection.dialect.name
    if resolution_s == 300:
        gap = timedelta(seconds=MAX_GAP_S)
        params = {
            "lo": start - gap,
            "hi": end + gap,
            "start": start,
            "start_us": _epoch_us(start),
            "end_us": _epoch_us(end),
        }
        times: tuple[str, ...] = ("lo", "hi", "start")
        statement = text(_five_minute_sql(dialect)).bindparams(*(bindparam(n, type_=UTCDateTime()) for n in times))
        connection.execute(statement, params)
    else:
        times = ("start", "end")
        statement = text(_hourly_sql(dialect)).bindparams(*(bindparam(n, type_=UTCDateTime()) for n in times))
        connection.execute(statement, {"start": start, "end": end})
