"""The database behind bench_analytics' fleet cases: a migrated database (SQLite or PostgreSQL) with a large fleet's
last 24 hours of hourly roll-ups (for the heat-map's fleet profile) and a small fleet's ten years of them, summed into
daily roll-ups as the roll-up job does, with ten years of daily bars and one network snapshot a day (for the fleet
replay). Rows go in with executemany, fixed seeds, no network."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import numpy as np
from sqlalchemy import insert

from hashinsight_desktop.db.models import DailyBar, Miner, MinerModel, NetworkSnapshot, Site, TelemetryRollup
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.telemetry.daily_rollups import back_fill

HOUR_US = 3_600_000_000
CHUNK = 20_000


@dataclass(frozen=True)
class FleetBench:
    database: Database
    now: datetime  # the profile's window is the 24 hours before it
    big_site: uuid.UUID  # the large fleet (its last day)
    history_site: uuid.UUID  # the small fleet with ten years of roll-ups
    start: date
    end: date


def _rollups(miner_ids: list[uuid.UUID], first_hour: datetime, hours: int, rng: np.random.Generator) -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for miner_id in miner_ids:
        ths = rng.normal(200.0, 8.0, hours)
        watts = ths * 17.5
        for h in range(hours):
            rows.append(
                {
                    "miner_id": miner_id,
                    "resolution_s": 3600,
                    "bucket_start": first_hour + timedelta(hours=h),
                    "samples": 12,
                    "online_samples": 12,
                    "hashrate_ths_avg": float(ths[h]),
                    "hashrate_ths_min": float(ths[h]) * 0.97,
                    "power_w_avg": float(watts[h]),
                    "hashing_us": HOUR_US,
                    "sleeping_us": 0,
                    "curtailed_us": 0,
                    "offline_us": 0,
                    "energy_mwus": int(watts[h] * 1000) * HOUR_US,
                }
            )
    return rows


def _insert(database: Database, table: type, rows: list[dict]) -> None:  # type: ignore[type-arg]
    with database.engine.begin() as connection:
        for first in range(0, len(rows), CHUNK):
            connection.execute(insert(table), rows[first : first + CHUNK])


def build(database: Database, *, big_fleet: int, history_miners: int, years: int) -> FleetBench:
    rng = np.random.default_rng(16)
    now = datetime(2026, 11, 30, 0, 30, tzinfo=UTC)
    end = now.date() - timedelta(days=1)
    start = date(end.year - years, end.month, end.day) + timedelta(days=1)
    with database.session_factory.begin() as session:
        model = MinerModel(
            manufacturer="Bench",
            name="B200",
            lookup_key="bench-b200",
            hashrate_ths=200,
            power_w=3500,
            efficiency_j_per_th=17.5,
        )
        big, small = Site(name="Bench big"), Site(name="Bench history")
        session.add_all([model, big, small])
        session.flush()
        big_ids, small_ids = [uuid.uuid4() for _ in range(big_fleet)], [uuid.uuid4() for _ in range(history_miners)]
        session.execute(
            insert(Miner),
            [
                {
                    "id": m,
                    "site_id": site,
                    "model_id": model.id,
                    "name": f"b{i}",
                    "ip_address": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}",
                }
                for i, (m, site) in enumerate([(m, big.id) for m in big_ids] + [(m, small.id) for m in small_ids])
            ],
        )
        big_site, history_site = big.id, small.id
    midnight = datetime(now.year, now.month, now.day, tzinfo=UTC)
    _insert(database, TelemetryRollup, _rollups(big_ids, midnight - timedelta(hours=24), 24, rng))
    days = (end - start).days + 1
    first = datetime(start.year, start.month, start.day, tzinfo=UTC)
    _insert(database, TelemetryRollup, _rollups(small_ids, first, days * 24, rng))
    with database.engine.begin() as connection:  # the days the hourly roll-ups have reached, as the job sums them
        back_fill(connection, now)
    close = 400 * np.exp(np.cumsum(rng.normal(0.001, 0.03, days)))
    difficulty = 1e11 * np.exp(np.cumsum(rng.normal(0.002, 0.01, days)))
    _insert(
        database,
        DailyBar,
        [
            {
                "day": start + timedelta(days=i),
                "close": round(float(close[i]), 2),
                "difficulty": float(difficulty[i]),
                "origin": "imported",
                "samples": 0,
            }
            for i in range(days)
        ],
    )
    _insert(
        database,
        NetworkSnapshot,
        [
            {
                "taken_at": first + timedelta(days=i, hours=12),
                "fees_per_block_btc": 0.1 + 0.05 * (i % 7),
                "sources": "bench",
            }
            for i in range(days)
        ],
    )
    return FleetBench(database, now, big_site, history_site, start, end)
