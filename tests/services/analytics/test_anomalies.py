"""Anomaly scoring (pure): a spike, a slow drift, a missing reading, and suppression."""

from __future__ import annotations

import numpy as np
import pytest

from hashinsight_desktop.services.analytics.anomalies import ANOMALY_SCORE, FleetScores, score_fleet

T = 288  # 24 h of 5-minute buckets


def _fleet(n: int = 4, seed: int = 7) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    hashrate = 100 + rng.normal(0, 1, (n, T))
    temp = 70 + rng.normal(0, 0.5, (n, T))
    power = 3250 + rng.normal(0, 10, (n, T))
    return hashrate, temp, power


def _score(
    hashrate: np.ndarray,
    temp: np.ndarray,
    power: np.ndarray,
    excluded: np.ndarray | None = None,
    suppressed: np.ndarray | None = None,
) -> FleetScores:
    n = hashrate.shape[0]
    return score_fleet(
        hashrate,
        temp,
        power,
        excluded=np.zeros(hashrate.shape, bool) if excluded is None else excluded,
        suppressed_now=np.zeros(n, bool) if suppressed is None else suppressed,
        nominal_ths=np.full(n, 100.0),
        nominal_w=np.full(n, 3250.0),
    )


def test_a_steady_fleet_has_no_anomaly() -> None:
    scores = _score(*_fleet(50))
    assert np.all(scores.score < ANOMALY_SCORE)


def test_a_temperature_spike_scores_against_the_miners_own_baseline() -> None:
    hashrate, temp, power = _fleet()
    temp[1, -1] = 82.0  # below any fixed alert limit, but 12 °C above this miner's usual
    scores = _score(hashrate, temp, power)
    assert scores.score[1] >= ANOMALY_SCORE and scores.metric[1] == 1
    assert "chip temperature 82.0 °C" in scores.reason(1)
    assert np.all(np.delete(scores.score, 1) < ANOMALY_SCORE)


def test_a_slow_hashrate_drift_over_the_day_is_an_anomaly() -> None:
    hashrate, temp, power = _fleet()
    hashrate[2] = np.linspace(100, 85, T)  # never a step; power unchanged
    hashrate[3] = 100.0  # steady as a rock: the MAD floor keeps a tiny wobble from scoring
    hashrate[3, -1] = 99.5
    scores = _score(hashrate, temp, power)
    assert scores.score[2] >= ANOMALY_SCORE
    assert scores.score[3] < ANOMALY_SCORE


def test_a_missing_reading_keeps_the_anomaly() -> None:
    hashrate, temp, power = _fleet()
    temp[0, -5] = 90.0
    for values in (hashrate, temp, power):
        values[0, -4:] = np.nan  # the miner stopped answering after the hot reading
    quiet = _score(hashrate, temp, power)
    assert quiet.score[0] >= ANOMALY_SCORE and quiet.metric[0] == 1
    temp[0, -1], hashrate[0, -1], power[0, -1] = 70.0, 100.0, 3250.0  # a real, normal reading does clear it
    assert _score(hashrate, temp, power).score[0] < ANOMALY_SCORE


@pytest.mark.parametrize("why", ["curtailed", "asleep", "maintenance"])
def test_a_suppressed_miner_never_fires(why: str) -> None:
    hashrate, temp, power = _fleet()
    hashrate[0, -12:] = 0.0 if why == "asleep" else 50.0  # what a sleep / 50 % level looks like
    power[0, -12:] = 10.0 if why == "asleep" else 1600.0
    suppressed = np.array([True, False, False, False])
    scores = _score(hashrate, temp, power, suppressed=suppressed)
    assert np.isnan(scores.score[0]) and scores.reason(0) == ""
    # Back at full power afterwards: the curtailed buckets are left out of its baseline and "now".
    excluded = np.zeros(hashrate.shape, bool)
    excluded[0, -12:] = True
    assert _score(hashrate, temp, power, excluded=excluded).score[0] < ANOMALY_SCORE


def test_nameplate_catches_a_miner_that_was_always_slow() -> None:
    hashrate, temp, power = _fleet()
    hashrate[1] = 75 + np.random.default_rng(1).normal(0, 1, T)  # steady, but 75 % of nominal all day
    scores = _score(hashrate, temp, power)
    assert scores.score[1] >= ANOMALY_SCORE and "nameplate" in scores.reason(1)
