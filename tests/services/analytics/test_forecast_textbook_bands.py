"""Bands said to carry the coefficients' error only when they do: a difficulty history (a step every 14 days, as
difficulty adjusts) whose fits leave nothing to draw from reports the textbook bands, not '(1 draws)'."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

from hashinsight_desktop.services.analytics import forecast as forecasting
from hashinsight_desktop.services.analytics.forecast_uncertainty import Predictive, akaike_average, predictive

# the replay and chart tests' difficulty column: 72 T, up 1 % every 14 days
STEPS = np.round(72e12 * 1.01 ** (np.arange(260) // 14))


def _part(draws: int) -> Predictive:
    return Predictive(np.zeros((1, 7)), np.ones((1, 7)), np.ones(1), draws)


def test_draws_all_outside_the_admissible_region_give_the_textbook_bands() -> None:
    from statsforecast.models import ARIMA

    # ARMA(2, 3) without drift on the steps: statsforecast stays at φ = θ = 0, where AR and MA cancel and the
    # likelihood is nearly flat (standard errors ~44): every draw is non-stationary or non-invertible
    fitted = ARIMA(order=(2, 1, 3)).fit(STEPS)
    bands = predictive(fitted.model_, STEPS, 7)
    assert bands.draws == 0 and len(bands.weights) == 1
    textbook = fitted.predict(h=7, level=[80])
    assert np.allclose(bands.quantile(0.9), textbook["hi-80"], rtol=1e-9)


def test_a_mixture_counts_the_draws_of_the_parts_that_shape_it() -> None:
    # a twin with a negligible Akaike weight does not lend its draws to a textbook part
    assert akaike_average([(100.0, _part(0)), (160.0, _part(200))])[0].draws == 0
    assert akaike_average([(100.0, _part(200)), (160.0, _part(0))])[0].draws == 200
    assert akaike_average([(100.0, _part(200)), (101.0, _part(180))])[0].draws == 380
    assert akaike_average([(100.0, _part(200)), (101.0, _part(0))])[0].draws == 0


def test_the_difficulty_forecast_says_its_bands_are_the_textbook_ones() -> None:
    dates = [datetime(2024, 1, 1) + timedelta(days=i) for i in range(len(STEPS))]
    result = forecasting.forecast(dates, STEPS, days=7, max_models=94, windows=0)
    assert result.coefficient_draws == 0
    note = forecasting.bands_note(result)
    assert note.startswith("Textbook ARIMA intervals: the fitted parameters' estimation error is not included")
    assert "draws" not in note
    # statsforecast's convergence warning, one clean line: its code kept and said, its stray ']' gone
    convergence = [w for w in result.warnings if "convergence" in w]
    assert convergence and all("]" not in w and "\n" not in w for w in result.warnings)
    assert "possible convergence problem: the optimiser (BFGS) gave code 2, precision lost" in convergence[0]
