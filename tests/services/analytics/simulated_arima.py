"""Simulated ARIMA(1, 1, 1) paths and the coverage of forecast intervals on them: by the product's forecast, and
by the true model knowing its own shocks (what perfect knowledge would give on the same draws, so a sample's
luck can be told from the method's error). Used by tests/services/analytics/test_forecast.py and, with many
paths, by benchmarks/bench_analytics.py --coverage-paths."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from hashinsight_desktop.services.analytics.forecast import forecast

PHI, THETA = 0.5, 0.3
Z = {80: 1.2815515655446004, 95: 1.959963984540054}  # standard normal quantiles of the two-sided levels


def days(n: int) -> list[datetime]:
    return [datetime(2024, 1, 1) + timedelta(days=i) for i in range(n)]


def arma_path(rng: np.random.Generator, n: int, phi: float = PHI, theta: float = THETA) -> tuple[np.ndarray, ...]:
    """An ARMA(1, 1) with unit noise after a burn-in, its shocks, and its sum: an ARIMA(1, 1, 1) path from 100."""
    noise = rng.normal(size=n + 50)
    arma = np.zeros(n + 50)
    for t in range(1, n + 50):
        arma[t] = phi * arma[t - 1] + noise[t] + theta * noise[t - 1]
    return arma[50:], noise[50:], np.cumsum(arma[50:]) + 100.0


def true_model_forecast(
    arma: np.ndarray, noise: np.ndarray, path: np.ndarray, length: int, horizon: int
) -> tuple[np.ndarray, np.ndarray]:
    """What a forecaster knowing the true model and its past shocks would say: mean and standard deviation for
    each day ahead (the psi weights of the integrated process)."""
    means, previous = [], arma[length - 1]
    for ahead in range(1, horizon + 1):
        previous = PHI * previous + (THETA * noise[length - 1] if ahead == 1 else 0.0)
        means.append(previous)
    psi = np.cumsum([1.0] + [PHI ** (k - 1) * (PHI + THETA) for k in range(1, horizon)])
    return path[length - 1] + np.cumsum(means), np.sqrt(np.cumsum(psi**2))


@dataclass(frozen=True)
class Coverage:
    checks: int
    product_pct: dict[int, float]  # by level: share of true values inside the product's interval
    true_model_pct: dict[int, float]  # the same for the true model's interval on the same draws


def measure_coverage(seed: int, paths: int, length: int, horizon: int) -> Coverage:
    rng = np.random.default_rng(seed)
    inside = dict.fromkeys(Z, 0)
    ideal = dict.fromkeys(Z, 0)
    for _ in range(paths):
        arma, noise, path = arma_path(rng, length + horizon)
        truth = path[length:]
        result = forecast(days(length), path[:length], days=horizon, max_models=94, windows=0)
        for point, value in zip(result.points, truth, strict=True):
            inside[80] += point.lo80 <= value <= point.hi80
            inside[95] += point.lo95 <= value <= point.hi95
        mean, deviation = true_model_forecast(arma, noise, path, length, horizon)
        for level, z in Z.items():
            ideal[level] += int(np.sum(np.abs(truth - mean) <= z * deviation))
    checks = paths * horizon
    return Coverage(
        checks,
        {level: count / checks * 100 for level, count in inside.items()},
        {level: count / checks * 100 for level, count in ideal.items()},
    )
