"""Series read the table that fits the window, end with the newest raw buckets, fall back to 30 days."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta

import pytest

from hashinsight_desktop.db.models import Customer, Miner
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.permissions import SYSTEM, Role
from hashinsight_desktop.services.telemetry.miner_records import miner_records
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, RAW, roll_up
from hashinsight_desktop.services.telemetry.series import (
    miner_detail_series,
    miner_series,
    resolution_for,
    stored_history,
)
from tests.services.telemetry.conftest import T0, Fleet, principal

MINUTE = timedelta(minutes=1)


def every_minute(fleet: Fleet, start: object, minutes: int, hashrate: float = 100.0) -> None:
    m1, m2 = fleet.miners[0], fleet.miners[1]
    rows = []
    for i in range(minutes):
        at = start + i * MINUTE  # type: ignore[operator]
        rows.append((m1, at, HASHING, hashrate + i % 5, 3000.0, 70.0, 4000 + i % 5))
        rows.append((m2, at, HASHING, 1.0, 1.0, 1.0, 1))
    write_samples(fleet.engine, rows)


def test_the_window_picks_the_resolution() -> None:
    assert resolution_for(timedelta(hours=6)) == RAW
    assert resolution_for(timedelta(hours=6, seconds=1)) == FIVE_MINUTES
    assert resolution_for(timedelta(days=8)) == FIVE_MINUTES
    assert resolution_for(timedelta(days=8, seconds=1)) == HOUR


def test_a_short_window_reads_raw_samples_of_that_miner_only(fleet: Fleet) -> None:
    every_minute(fleet, T0, 120)
    now = T0 + 119 * MINUTE
    with fleet.session_factory() as session:
        series = miner_series(session, SYSTEM, fleet.miners[0], window=timedelta(hours=1), now=now)
    assert series.resolution_s == RAW and len(series.points) == 61
    first = series.points[0]
    assert (first.t, first.hashrate_ths, first.power_w, first.max_chip_temp_c, first.fan_rpm_max) == (
        T0 + 59 * MINUTE,
        104.0,
        3000.0,
        70.0,
        4004,
    )
    with pytest.raises(ValueError, match="positive"):
        miner_series(session, SYSTEM, fleet.miners[0], window=timedelta(0), now=now)


def test_a_day_reads_five_minute_roll_ups_then_the_newest_raw_buckets(fleet: Fleet) -> None:
    start = T0 - timedelta(hours=24)
    every_minute(fleet, start, 24 * 60)
    now = T0 - MINUTE  # the last sample
    with fleet.session_factory() as session:
        from_raw = miner_series(session, SYSTEM, fleet.miners[0], window=timedelta(hours=24), now=now)
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=start, until=T0 - timedelta(minutes=20))  # job lags
    with fleet.session_factory() as session:
        mixed = miner_series(session, SYSTEM, fleet.miners[0], window=timedelta(hours=24), now=now)
    assert mixed.resolution_s == FIVE_MINUTES and len(mixed.points) == 288
    assert mixed.points == from_raw.points  # roll-ups and on-the-fly buckets agree
    times = [p.t for p in mixed.points]
    assert times == sorted(times) and times[0] == start and times[-1] == T0 - timedelta(minutes=5)
    assert mixed.points[0].hashrate_ths == pytest.approx(102.0)  # 100..104 averaged
    assert mixed.points[-1].fan_rpm_max == 4004


def test_a_month_reads_hourly_roll_ups(fleet: Fleet) -> None:
    start = T0 - timedelta(hours=48)
    every_minute(fleet, start, 48 * 60)
    roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=start, until=T0)
    roll_up(fleet.engine, resolution_s=HOUR, since=start, until=T0)
    with fleet.session_factory() as session:
        series = miner_series(session, SYSTEM, fleet.miners[0], window=timedelta(days=30), now=T0)
    assert series.resolution_s == HOUR and len(series.points) == 48
    assert series.points[0].t == start and series.points[0].hashrate_ths == pytest.approx(102.0)


def test_miner_detail_falls_back_to_thirty_days_when_the_last_day_is_empty(fleet: Fleet) -> None:
    every_minute(fleet, T0 - timedelta(days=3), 90)  # switched off three days ago
    with fleet.session_factory() as session:
        old = miner_detail_series(session, SYSTEM, fleet.miners[0], now=T0)
        assert old.fallback and old.window == timedelta(days=30) and old.resolution_s == HOUR
        assert len(old.points) == 2  # 90 minutes from raw samples, in hourly buckets
        never = miner_detail_series(session, SYSTEM, fleet.miners[2], now=T0)
        assert never.fallback and never.empty
    every_minute(fleet, T0 - timedelta(hours=2), 30)
    with fleet.session_factory() as session:
        recent = miner_detail_series(session, SYSTEM, fleet.miners[0], now=T0)
    assert not recent.fallback and recent.window == timedelta(hours=24) and recent.resolution_s == FIVE_MINUTES
    assert len(recent.points) == 6


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # a WHERE clause: not engine-specific
def test_another_customers_miner_by_id_is_not_found_like_a_missing_one(fleet: Fleet) -> None:
    every_minute(fleet, T0 - timedelta(hours=1), 30)
    with fleet.session_factory.begin() as session:
        acme, beta = Customer(name="Acme"), Customer(name="Beta")
        session.add_all([acme, beta])
        session.flush()
        session.get_one(Miner, fleet.miners[0]).customer_id = acme.id
        session.get_one(Miner, fleet.miners[1]).customer_id = beta.id
        acme_id = acme.id
    acme_user = dataclasses.replace(principal(Role.CUSTOMER), customer_id=acme_id)
    unlinked = principal(Role.CUSTOMER)  # a customer login with no account sees no miner, hosted or not
    window = timedelta(hours=2)
    with fleet.session_factory() as session:
        assert miner_series(session, acme_user, fleet.miners[0], window=window, now=T0).points  # their own
        with pytest.raises(NotFound) as missing:
            miner_series(session, acme_user, uuid.uuid4(), window=window, now=T0)
        for read in (
            lambda who, miner: miner_series(session, who, miner, window=window, now=T0),
            lambda who, miner: miner_detail_series(session, who, miner, T0),
            lambda who, miner: stored_history(session, who, miner, T0),
            lambda who, miner: miner_records(session, who, miner, T0),  # the detail dialog's other half
        ):
            with pytest.raises(NotFound) as other:
                read(acme_user, fleet.miners[1])  # Beta's
            assert str(other.value) == str(missing.value) == "That miner does not exist (it may have been deleted)."
            with pytest.raises(NotFound):
                read(unlinked, fleet.miners[2])  # nobody's
            with pytest.raises(NotFound):
                read(principal(Role.SITE_MANAGER, fleet.other_site_id), fleet.miners[1])  # outside their sites
            read(principal(Role.SITE_MANAGER, fleet.site_id), fleet.miners[1])  # staff of its site see it
            read(SYSTEM, fleet.miners[1])
        assert miner_series(session, SYSTEM, fleet.miners[1], window=window, now=T0).points
