"""Daily roll-ups equal the grouping of the hourly rows — on both engines, whose day-grouping SQL differs — for a day
still partial and once it is complete, re-running adds nothing twice, and the migration's back-fill agrees."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from hashinsight_desktop.db.models import TelemetryDailyRollup, TelemetryRollup
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.analytics.fleet_history import fleet_days
from hashinsight_desktop.services.cgminer.sample import CURTAILED, HASHING, OFFLINE, SLEEPING
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.telemetry.daily_rollups import back_fill
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from tests.services.telemetry.conftest import Fleet

D1, D2 = date(2026, 3, 1), date(2026, 3, 2)
EVENING = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
STATUSES = (HASHING, HASHING, HASHING, SLEEPING, CURTAILED, OFFLINE)


def samples(fleet: Fleet) -> list[tuple[object, ...]]:
    """m1 every 5 minutes from 20:00 on D1 to 10:00 on D2 (hashing, asleep, curtailed, offline in turn); m2 on D1's
    evening only."""
    m1, m2 = fleet.miners[0], fleet.miners[1]
    rows: list[tuple[object, ...]] = []
    for i in range(14 * 12):
        status = STATUSES[i % len(STATUSES)]
        on = status != OFFLINE
        rows.append(
            (m1, EVENING + timedelta(minutes=5 * i), status, 100.0 + i % 7 if on else None, 3000.0 + i, 70.0, 4000)
        )
        if i < 3 * 12:
            rows.append((m2, EVENING + timedelta(minutes=5 * i), HASHING, 50.0, 1500.0, 65.0, 4000))
    return rows


def legacy_hour(fleet: Fleet) -> TelemetryRollup:
    """An hour rolled up before the billing columns existed (they are NULL): answered share of samples instead."""
    return TelemetryRollup(
        miner_id=fleet.miners[2],
        resolution_s=HOUR,
        bucket_start=datetime(2026, 3, 1, 21, 0, tzinfo=UTC),
        samples=12,
        online_samples=9,
        hashrate_ths_avg=190.0,
        power_w_avg=3400.0,
    )


def grouped_hourly(fleet: Fleet) -> dict[tuple[uuid.UUID, date], tuple[int, float, float]]:
    """The hourly rows grouped by miner and UTC day in Python, as the fleet replay counts them."""
    days: dict[tuple[uuid.UUID, date], tuple[int, float, float]] = {}
    with fleet.session_factory() as session:
        for r in session.scalars(select(TelemetryRollup).where(TelemetryRollup.resolution_s == HOUR)):
            if r.hashing_us is not None:
                answered = (r.hashing_us + (r.sleeping_us or 0) + (r.curtailed_us or 0)) / 1e6
                kwh = (r.energy_mwus or 0) / 3.6e15
            else:
                answered = 3600.0 * r.online_samples / r.samples
                kwh = (r.power_w_avg or 0.0) * answered / 3.6e6
            key = (r.miner_id, r.bucket_start.date())
            hours, hash_s, energy = days.get(key, (0, 0.0, 0.0))
            days[key] = (hours + 1, hash_s + (r.hashrate_ths_avg or 0.0) * answered, energy + kwh)
    return days


def daily(fleet: Fleet) -> dict[tuple[uuid.UUID, date], tuple[int, float, float, bool]]:
    d = TelemetryDailyRollup
    with fleet.session_factory() as session:
        rows = session.execute(select(d.miner_id, d.day, d.hours, d.hash_time_ths_s, d.energy_kwh, d.complete))
        return {(m, day): (hours, hash_s, kwh, complete) for m, day, hours, hash_s, kwh, complete in rows}


def assert_equal_to_hourly(fleet: Fleet, complete: dict[date, bool]) -> None:
    expected, got = grouped_hourly(fleet), daily(fleet)
    assert got.keys() == expected.keys()
    for key, (hours, hash_s, kwh) in expected.items():
        assert got[key][:3] == (hours, pytest.approx(hash_s, rel=1e-12), pytest.approx(kwh, rel=1e-12)), key
        assert got[key][3] is complete[key[1]], key


def test_daily_rollups_are_the_hourly_rows_grouped_by_day(fleet: Fleet) -> None:
    m1, m2, m3 = fleet.miners[:3]
    write_samples(fleet.engine, samples(fleet))
    with fleet.session_factory.begin() as session:
        session.add(legacy_hour(fleet))
    six_d2 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=EVENING, until=six_d2)
    roll_up(fleet.engine, resolution_s=HOUR, since=EVENING, until=six_d2)
    assert_equal_to_hourly(fleet, {D1: True, D2: False})  # D2 rolled up to 06:00 only: partial
    partial = daily(fleet)
    assert {key for key in partial} == {(m1, D1), (m1, D2), (m2, D1), (m3, D1)}  # m2 nothing on D2: no row, not 0
    assert partial[(m1, D2)][0] == 6 and partial[(m3, D1)][0] == 1
    with fleet.session_factory() as session:
        fleet_read = fleet_days(session, SYSTEM, D1, D2 + timedelta(days=1))
    assert list(fleet_read.partial) == [False, True, False] and fleet_read.partial_days == [D2]

    roll_up(fleet.engine, resolution_s=HOUR, since=EVENING, until=six_d2)  # the job re-running its look-back
    assert_equal_to_hourly(fleet, {D1: True, D2: False})  # nothing counted twice

    end = datetime(2026, 3, 3, tzinfo=UTC)
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=six_d2, until=end)
    roll_up(fleet.engine, resolution_s=HOUR, since=six_d2, until=end)
    assert_equal_to_hourly(fleet, {D1: True, D2: True})  # D2's hours all in: complete
    assert daily(fleet)[(m1, D2)][0] == 10  # until 10:00

    late = datetime(2026, 3, 1, 22, 2, tzinfo=UTC)  # a buffered sample of an hour rolled up long ago
    write_samples(fleet.engine, [(m2, late, HASHING, 80.0, 2500.0, 66.0, 4000)])
    for resolution in (FIVE_MINUTES, HOUR):
        roll_up(fleet.engine, resolution_s=resolution, since=late, until=late + timedelta(hours=1))
    assert_equal_to_hourly(fleet, {D1: True, D2: True})  # the re-rolled hour replaced in its day, not added

    with fleet.engine.begin() as connection:  # the migration's back-fill of existing hourly rows agrees
        connection.execute(delete(TelemetryDailyRollup))
        assert back_fill(connection, end + timedelta(minutes=10)) == 4
    assert_equal_to_hourly(fleet, {D1: True, D2: True})
