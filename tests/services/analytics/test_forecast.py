"""Forecasts: intervals that hold their nominal rate on simulated ARIMA series, log prices reported in their own
scale, the back-test, captured warnings, the time budget and the fingerprint cache."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from hashinsight_desktop.services.analytics import forecast as forecasting
from hashinsight_desktop.services.analytics.forecast import forecast
from hashinsight_desktop.services.analytics.series_file import read_prices
from hashinsight_desktop.services.errors import ValidationError
from tests.services.analytics.simulated_arima import arma_path, days, measure_coverage

FIXTURE = Path(__file__).parent / "data" / "btc_usd_daily.csv"


@pytest.mark.statistical
def test_intervals_contain_the_truth_at_their_nominal_rate() -> None:
    """36 simulated ARIMA(1, 1, 1) paths, each forecast 7 days from its first 200 values by the whole product path
    (order search, fit, bands): for every day ahead, the band's exact coverage (the chance that the truth falls
    inside it, known from the simulation's true model, averaged over paths: see simulated_arima) is within 3 points
    of its level.

    The seed was used for nothing else (the method has no constant tuned to coverage). The textbook ARIMA bands
    drawn before (coefficients taken as exact) fail here: 80 % band on day 6 76.5 %, day 7 76.1 %; these bands:
    77.9 % on day 7, 78.9 % over days 1–7 (95 %: 93.7 %, 94.4 %). On 300 paths of another seed
    (`benchmarks/bench_analytics.py --coverage-paths 300`): 79.3 ± 0.25 % and 94.6 ± 0.13 % over days 1–7,
    78.7 % and 94.2 % on day 7 (textbook: 77.7 %, 93.5 %; day 7 76.6 %, 92.7 %)."""
    coverage = measure_coverage(seed=19, paths=36, length=200, horizon=7)
    for level in (80, 95):
        assert coverage.standard_error_pct[level] < 1.0, coverage  # the measurement can tell ±3 points apart
        assert np.all(np.abs(coverage.by_day_pct[level] - level) <= 3), coverage
        assert abs(coverage.pct[level] - level) <= 3, coverage


def test_log_prices_are_reported_in_their_own_scale_with_a_backtest() -> None:
    prices = read_prices(FIXTURE)
    result = forecast(prices.dates, prices.close, days=7, log=True, max_models=94)
    assert [p.date.date().isoformat() for p in result.points][:2] == ["2024-09-17", "2024-09-18"]
    assert len(result.points) == 7 and result.log
    on_logs = forecast(prices.dates, np.log(prices.close), days=7, max_models=94, windows=0)
    for point, log_point in zip(result.points, on_logs.points, strict=True):
        assert 0 < point.lo95 < point.lo80 < point.median < point.mean < point.hi80 < point.hi95
        # the bands are the log model's mapped back with exp (quantiles survive a monotone map)
        for bound in ("lo95", "lo80", "hi80", "hi95"):
            assert getattr(point, bound) == pytest.approx(np.exp(getattr(log_point, bound)), rel=1e-9)
    assert result.points[0].median == pytest.approx(prices.close[-1], rel=0.05)
    backtest = result.backtest
    assert backtest is not None and backtest.windows == 5 and backtest.points == 35
    assert 0 < backtest.mape_pct < 20 and 0 <= backtest.coverage_80_pct <= backtest.coverage_95_pct <= 100
    payload = result.as_json()
    assert set(payload["points"][0]) == {"date", "mean", "median", "lo80", "hi80", "lo95", "hi95"}
    assert payload["order"] == list(result.order) and payload["backtest_mape_pct"] == backtest.mape_pct
    # how the bands were drawn is said: parameter draws, and the constant's weight where one was averaged
    assert payload["coefficient_draws"] == result.coefficient_draws > 100
    assert payload["constant_weight"] == result.constant_weight and (result.order[1] >= 2) == (
        result.constant_weight is None
    )
    assert forecasting.bands_note(result).startswith("Intervals include the fitted parameters' estimation error (")


def test_warnings_are_captured_and_a_search_cut_by_the_budget_says_so() -> None:
    rng = np.random.default_rng(5)
    path = arma_path(rng, 400, phi=0.6, theta=0.4)[2]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # none may escape to the console
        cut = forecast(days(400), path, budget_s=1e-6, windows=0)
    assert cut.models_allowed == forecasting.MIN_MODELS
    assert "order search: stopped at its time budget before visiting every neighbouring model" in cut.warnings
    assert any(str(w).startswith("order search: possible convergence problem") for w in cut.warnings)
    full = forecast(days(400), path, max_models=94, windows=0)
    assert not any("time budget" in w for w in full.warnings)


def test_cached_by_the_fingerprint_of_its_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(9)
    path = arma_path(rng, 60)[2]
    first = forecast(days(60), path, days=3, max_models=20, windows=2)
    assert forecast(days(60), path.copy(), days=3, max_models=20, windows=2) is first
    fits: list[object] = []
    real = forecasting._fit_and_forecast
    monkeypatch.setattr(forecasting, "_fit_and_forecast", lambda *a: fits.append(a) or real(*a))
    changed = path.copy()
    changed[10] += 1e-9
    again = forecast(days(60), changed, days=3, max_models=20, windows=2)
    assert len(fits) == 1 and again.fingerprint != first.fingerprint
    forecast(days(60), path, days=4, max_models=20, windows=2)
    assert len(fits) == 2


def test_refused_inputs() -> None:
    with pytest.raises(ValidationError, match="at least 20 days"):
        forecast(days(10), np.arange(1.0, 11.0))
    with pytest.raises(ValidationError, match="--days"):
        forecast(days(30), np.arange(1.0, 31.0), days=0)
    with pytest.raises(ValidationError, match="--log"):
        forecast(days(30), np.arange(0.0, 30.0), log=True)


def test_bands_widen_the_textbook_ones_or_fall_back_to_them() -> None:
    from statsforecast.models import ARIMA

    from hashinsight_desktop.services.analytics.forecast_uncertainty import predictive

    path = arma_path(np.random.default_rng(3), 200)[2]
    for order, kwargs in (((1, 1, 1), {"include_drift": True}), ((2, 0, 1), {})):
        fitted = ARIMA(order=order, **kwargs).fit(path)
        textbook = fitted.predict(h=7, level=[80])
        bands = predictive(fitted.model_, path, 7)
        low, high = bands.quantile(0.1), bands.quantile(0.9)
        if order == (2, 0, 1):  # a stationary model of a random walk: its likelihood has no curvature to invert
            assert bands.draws == 0
            assert np.allclose(high, textbook["hi-80"], rtol=1e-9) and np.allclose(low, textbook["lo-80"], rtol=1e-9)
        else:
            assert bands.draws > 190
            assert np.all(high - low > textbook["hi-80"] - textbook["lo-80"])
            assert np.allclose(bands.mean(), textbook["mean"], atol=0.05 * (high - low).min())
