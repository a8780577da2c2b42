"""The forecast page says how its bands were drawn and shows the fit's warnings as clean lines: a difficulty
history whose fits leave the coefficients' error out says 'Textbook ARIMA bands', not '(1 draws)'."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from hashinsight_desktop.services.analytics import forecast
from hashinsight_desktop.ui.analytics.forecast_panel import ForecastPanel
from tests.services.analytics.test_forecast_textbook_bands import STEPS

pytestmark = pytest.mark.gui


def test_textbook_bands_and_a_clean_convergence_warning_are_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ForecastPanel()
    qtbot.addWidget(panel)
    dates = [datetime(2024, 1, 1) + timedelta(days=i) for i in range(len(STEPS))]
    result = forecast.forecast(dates, STEPS, days=7, max_models=94, windows=0)
    panel._summarise(result)
    lines = panel.summary.text().split("\n")
    assert (
        "Textbook ARIMA bands: the fitted parameters' estimation error is not included (it could not be estimated)"
        in lines
    )
    assert not any("draws" in line for line in lines)
    warnings = lines[lines.index("Warnings:") + 1 :]
    assert any("the optimiser (BFGS) gave code 2, precision lost" in line for line in warnings)
    assert not any("]" in line for line in warnings)
