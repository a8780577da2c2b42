"""Roll-ups checked by hand, re-run idempotence, retention, and deleting a miner's telemetry."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from hashinsight_desktop.db.models import TelemetryRollup, TelemetrySample
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.cgminer.sample import HASHING, OFFLINE, SLEEPING
from hashinsight_desktop.services.telemetry.rollups import (
    FIVE_MINUTES,
    HOUR,
    apply_retention,
    delete_miner_telemetry,
    five_minute_watermark,
    floor_time,
    roll_up,
    roll_up_recent,
)
from tests.services.telemetry.conftest import T0, Fleet

S = timedelta(seconds=1)


def ten_samples(fleet: Fleet) -> list[tuple[object, ...]]:
    """Six samples of miner 1 in bucket 12:00-12:05 (one offline, one asleep, one 0.5 s before the
    end), four in 12:05-12:10 (one exactly on its start), one of miner 2, one after the range, and one
    of a miner that no longer exists."""
    m1, m2 = fleet.miners[0], fleet.miners[1]
    return [
        (m1, T0, HASHING, 100.0, 3000.0, 70.0, 4000),
        (m1, T0 + 30 * S, HASHING, 110.0, 3100.0, 72.0, 4100),
        (m1, T0 + 60 * S, OFFLINE, None, None, None, None),
        (m1, T0 + 120 * S, HASHING, 90.0, 2900.0, 80.0, 4300),
        (m1, T0 + 180 * S, SLEEPING, 0.0, 25.0, 40.0, 1000),
        (m1, T0 + 299.5 * S, HASHING, 100.0, 3000.0, 75.0, 4200),
        (m1, T0 + 300 * S, HASHING, 120.0, 3200.0, 60.0, 5000),
        (m1, T0 + 360 * S, HASHING, 130.0, 3300.0, 61.0, 5100),
        (m1, T0 + 420 * S, HASHING, 140.0, 3400.0, 62.0, 5200),
        (m1, T0 + 540 * S, HASHING, 150.0, 3500.0, 63.0, 5300),
        (m2, T0 + 400 * S, HASHING, 200.0, 3600.0, 65.0, 4500),
        (m1, T0 + 600 * S, HASHING, 999.0, 9999.0, 99.0, 9999),
        (uuid.uuid4(), T0, HASHING, 1.0, 1.0, 1.0, 1),
    ]


def rollups(fleet: Fleet, resolution: int) -> dict[tuple[uuid.UUID, object], tuple[object, ...]]:
    r = TelemetryRollup
    with fleet.session_factory() as session:
        query = select(
            r.miner_id,
            r.bucket_start,
            r.samples,
            r.online_samples,
            r.hashrate_ths_avg,
            r.hashrate_ths_min,
            r.power_w_avg,
            r.max_chip_temp_c,
            r.fan_rpm_max,
        ).where(r.resolution_s == resolution)
        return {(row[0], row[1]): tuple(_round(v) for v in row[2:]) for row in session.execute(query)}


def _round(value: object) -> object:
    return round(value, 6) if isinstance(value, float) else value


def test_five_minute_buckets_by_hand_and_a_rerun_changes_nothing(fleet: Fleet) -> None:
    write_samples(fleet.engine, ten_samples(fleet))
    m1, m2 = fleet.miners[0], fleet.miners[1]
    assert roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0, until=T0 + 600 * S) == 3
    expected = {
        # samples, online (hashing or asleep), mean and min hashrate and mean power over the answers
        (m1, T0): (6, 5, 80.0, 0.0, 2405.0, 80.0, 4300),
        (m1, T0 + 300 * S): (4, 4, 135.0, 120.0, 3350.0, 63.0, 5300),
        (m2, T0 + 300 * S): (1, 1, 200.0, 200.0, 3600.0, 65.0, 4500),
    }
    assert rollups(fleet, FIVE_MINUTES) == expected
    assert roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0, until=T0 + 600 * S) == 3
    assert rollups(fleet, FIVE_MINUTES) == expected

    write_samples(fleet.engine, [(m1, T0 + 599 * S, HASHING, 160.0, 3600.0, 90.0, 5400)])  # arrives late
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0, until=T0 + 600 * S)
    assert rollups(fleet, FIVE_MINUTES)[(m1, T0 + 300 * S)] == (5, 5, 140.0, 120.0, 3400.0, 90.0, 5400)


def test_only_whole_buckets_are_written(fleet: Fleet) -> None:
    write_samples(fleet.engine, ten_samples(fleet))
    # 12:02-12:08 covers no bucket wholly but 12:00-12:05 once aligned down; 12:05-12:10 is not over
    assert roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0 + 120 * S, until=T0 + 480 * S) == 1
    assert list(rollups(fleet, FIVE_MINUTES)) == [(fleet.miners[0], T0)]
    assert roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0 + 60 * S, until=T0 + 120 * S) == 0
    with pytest.raises(ValueError, match="resolution_s"):
        roll_up(fleet.engine, resolution_s=60, since=T0, until=T0 + 600 * S)


def test_hourly_roll_up_weights_five_minute_buckets_by_their_answered_samples(fleet: Fleet) -> None:
    write_samples(fleet.engine, ten_samples(fleet))
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0, until=T0 + 3600 * S)
    assert roll_up(fleet.engine, resolution_s=HOUR, since=T0, until=T0 + 3600 * S) == 2
    assert roll_up(fleet.engine, resolution_s=HOUR, since=T0, until=T0 + 3600 * S) == 2
    m1, m2 = fleet.miners[0], fleet.miners[1]
    # miner 1's whole hour from raw: 11 samples, 10 answered; the 12:10 sample is in it too
    hashrate = (100 + 110 + 90 + 0 + 100 + 120 + 130 + 140 + 150 + 999) / 10
    power = (3000 + 3100 + 2900 + 25 + 3000 + 3200 + 3300 + 3400 + 3500 + 9999) / 10
    assert rollups(fleet, HOUR) == {
        (m1, T0): (11, 10, round(hashrate, 6), 0.0, round(power, 6), 99.0, 9999),
        (m2, T0): (1, 1, 200.0, 200.0, 3600.0, 65.0, 4500),
    }


def test_the_scheduled_run_rolls_up_recent_buckets_and_catches_up_after_a_pause(fleet: Fleet) -> None:
    m1, now = fleet.miners[0], T0 + 90 * S
    write_samples(fleet.engine, [(m1, T0 - i * 60 * S, HASHING, 100.0, 3000.0, 70.0, 4000) for i in range(1, 181)])
    # First run ever: the last 30 minutes (11:30-12:00: six buckets), and the 11:00 hour from them
    assert five_minute_watermark(fleet.engine) is None
    assert roll_up_recent(fleet.engine, now) == (6, 1)
    assert rollups(fleet, HOUR)[(m1, T0 - 3600 * S)][:2] == (30, 30)
    # The job did not run for two hours: the next run starts from the newest bucket it wrote
    with fleet.session_factory.begin() as session:
        session.execute(delete(TelemetryRollup))
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0 - 3 * 3600 * S, until=T0 - 2 * 3600 * S)
    assert five_minute_watermark(fleet.engine) == T0 - 2 * 3600 * S - 300 * S
    assert roll_up_recent(fleet.engine, now) == (25, 3)  # 9:55-12:00, and the hours 9, 10 and 11
    assert len(rollups(fleet, FIVE_MINUTES)) == 36
    assert {bucket: row[0] for (_, bucket), row in rollups(fleet, HOUR).items()} == {
        T0 - 3 * 3600 * S: 60,
        T0 - 2 * 3600 * S: 60,
        T0 - 3600 * S: 60,
    }


def test_floor_time_aligns_to_the_epoch_in_utc() -> None:
    assert floor_time(T0 + 299.9 * S, 300) == T0
    assert floor_time(T0 + 3599 * S, 3600) == T0
    with pytest.raises(ValueError, match="timezone"):
        floor_time(T0.replace(tzinfo=None), 300)


def count_samples(fleet: Fleet) -> int:
    with fleet.session_factory() as session:
        return session.scalar(select(func.count()).select_from(TelemetrySample)) or 0


def test_retention_deletes_only_what_is_rolled_up_and_keeps_hourly(fleet: Fleet) -> None:
    m1 = fleet.miners[0]
    now = T0 + timedelta(days=401)
    write_samples(
        fleet.engine,
        [
            (m1, T0 + 60 * S, HASHING, 100.0, 3000.0, 70.0, 4000),  # old, rolled up: deleted
            (uuid.uuid4(), T0 + 60 * S, HASHING, 1.0, 1.0, 1.0, 1),  # old, of a deleted miner: deleted
            (m1, T0 + 3660 * S, HASHING, 100.0, 3000.0, 70.0, 4000),  # old, never rolled up: kept
            (m1, now - timedelta(days=29), HASHING, 100.0, 3000.0, 70.0, 4000),  # recent: kept
        ],
    )
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0, until=T0 + 300 * S)
    roll_up(fleet.engine, resolution_s=HOUR, since=T0, until=T0 + 3600 * S)
    with fleet.session_factory.begin() as session:  # a 5-minute bucket whose hour was never rolled up
        session.add(
            TelemetryRollup(miner_id=m1, resolution_s=300, bucket_start=T0 + 7200 * S, samples=1, online_samples=1)
        )
    result = apply_retention(fleet.engine, now=now)
    assert (result.raw_deleted, result.five_minute_deleted) == (2, 1)
    assert count_samples(fleet) == 2
    assert list(rollups(fleet, FIVE_MINUTES)) == [(m1, T0 + 7200 * S)]
    assert list(rollups(fleet, HOUR)) == [(m1, T0)]
    again = apply_retention(fleet.engine, now=now)
    assert (again.raw_deleted, again.five_minute_deleted) == (0, 0)


def test_deleting_a_miners_telemetry_leaves_the_others(fleet: Fleet) -> None:
    write_samples(fleet.engine, ten_samples(fleet))
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=T0, until=T0 + 600 * S)
    with fleet.session_factory.begin() as session:
        assert delete_miner_telemetry(session, fleet.miners[0]) == 11
    assert count_samples(fleet) == 2  # miner 2's and the orphan
    assert list(rollups(fleet, FIVE_MINUTES)) == [(fleet.miners[1], T0 + 300 * S)]
