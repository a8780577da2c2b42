"""The signal modules on hand-built daily series, each made to trigger its rule, and the ensemble's sum and
its list of modules that had no data."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from hashinsight_desktop.services.analytics.signals import MarketSeries
from hashinsight_desktop.services.analytics.signals.ensemble import Ensemble, ensemble
from hashinsight_desktop.services.texts import Template

START = date(2024, 1, 1)
ALL_MODULES = {"technical", "sentiment", "derivatives", "network", "regime", "levels", "exhaustion"}


def series(close: list[float], **parts: Any) -> MarketSeries:
    days = tuple(START + timedelta(days=i) for i in range(len(close)))
    return MarketSeries(days, np.array(close, dtype=np.float64), **parts)


def voted(result: Ensemble) -> dict[tuple[str, str], float]:
    return {(c.module, c.rule): c.points for c in result.contributions if c.points}


def test_a_sharp_fall_is_oversold_and_below_the_lower_band() -> None:
    result = ensemble(series([100.0] * 40 + [100.0 - 3 * i for i in range(1, 11)]))
    assert voted(result) == {("technical", "band_break"): 10.0, ("technical", "rsi_extreme"): 15.0}
    assert result.score == 25.0 and result.stance == "buy"


@pytest.mark.parametrize(
    ("rise_days", "expected"),
    [
        (2, {("technical", "macd_cross"): 15.0}),
        (3, {("technical", "macd_cross"): 15.0, ("technical", "sma_cross"): 10.0}),
        (7, {("technical", "band_break"): -10.0, ("technical", "rsi_extreme"): -15.0}),
    ],
)
def test_a_turn_up_crosses_macd_then_the_average_then_overshoots(
    rise_days: int, expected: dict[tuple[str, str], float]
) -> None:
    close = [200.0 - i for i in range(60)] + [140.0 + 4 * i for i in range(1, rise_days + 1)]
    result = ensemble(series(close))
    assert {k: v for k, v in voted(result).items() if k[0] == "technical"} == expected


def test_a_steady_climb_is_an_uptrend() -> None:
    result = ensemble(series([100 * 1.01**i for i in range(70)]))
    assert voted(result)[("regime", "trend")] == 10.0
    volatility = next(c for c in result.contributions if c.rule == "volatility")
    assert volatility.points == 0.0 and "volatility" in str(volatility.reason)  # reported, no vote


@pytest.mark.parametrize(("value", "points"), [(12, 15.0), (50, 0.0), (88, -15.0)])
def test_fear_and_greed_extremes_are_read_contrarian(value: int, points: float) -> None:
    close = [100.0] * 30
    result = ensemble(series(close, fear_greed={START + timedelta(days=28): value}))
    sentiment = next(c for c in result.contributions if c.module == "sentiment")
    assert sentiment.points == points and str(value) in str(sentiment.reason)


def test_an_old_fear_and_greed_reading_does_not_count() -> None:
    result = ensemble(series([100.0] * 30, fear_greed={START: 10}))
    assert "sentiment" in result.missing and "within 3 days" in str(result.missing["sentiment"])


def test_funding_and_basis_when_deribit_answered() -> None:
    result = ensemble(series([100.0] * 30, funding_8h_pct=0.05, basis_pct=-1.0))
    assert voted(result)[("derivatives", "funding")] == -10.0
    assert voted(result)[("derivatives", "basis")] == 5.0
    assert "derivatives" in ensemble(series([100.0] * 30)).missing


def test_difficulty_outrunning_a_flat_price_squeezes_miners() -> None:
    difficulty = np.array([1e14 * 1.01**i for i in range(40)])
    result = ensemble(series([100.0] * 40, difficulty=difficulty))
    assert voted(result) == {("network", "difficulty_vs_price"): -10.0, ("network", "hashprice_trend"): -10.0}
    reason = next(str(c.reason) for c in result.contributions if c.rule == "difficulty_vs_price")
    assert "difficulty +14.9 %" in reason


def test_a_close_through_the_last_swing_high_is_a_breakout() -> None:
    close = [100.0] * 10 + [100, 102, 104, 106, 108, 110, 108, 106, 104, 102, 100, 101, 102, 103, 104, 105, 106]
    result = ensemble(series([*close, 107, 108, 109, 111]))
    assert voted(result) == {("levels", "breakout"): 10.0}
    assert result.resistance is None and result.support == 100.0  # nothing above 111 any more


def test_a_breakout_with_shrinking_moves_and_a_stretched_rsi_is_tiring() -> None:
    flat = list(100 + np.random.default_rng(1).normal(0, 0.5, 30))
    result = ensemble(series([*flat, 103, 107, 110, 112, 113]))
    assert voted(result) == {("exhaustion", "breakout_exhaustion"): -10.0}
    assert "shrinking" in next(str(c.reason) for c in result.contributions if c.module == "exhaustion")


def test_too_little_data_contributes_nothing_and_says_what_is_missing() -> None:
    result = ensemble(series([100.0, 101.0, 99.0, 100.5, 102.0, 101.0, 100.0, 99.5, 101.5, 100.0]))
    assert result.contributions == () and result.score == 0.0 and result.stance == "neutral"
    assert set(result.missing) == ALL_MODULES
    assert str(result.missing["technical"]) == "10 daily closes; MACD needs 36"


def test_every_reason_and_why_missing_is_a_template_marked_for_translation() -> None:
    """The console and the CLI render them in the reader's language: each is a Signals template and its figures."""
    difficulty = np.array([1e14 * 1.01**i for i in range(70)])
    full = ensemble(series([100 * 1.01**i for i in range(70)], difficulty=difficulty, funding_8h_pct=0.05))
    short = ensemble(series([100.0] * 10))
    texts = [c.reason for c in full.contributions] + list(short.missing.values())
    assert texts and all(isinstance(t.template, Template) and t.template.context == "Signals" for t in texts)
    marked = full.as_json(lambda context, source: "» " + source)
    assert all(c["reason"].startswith("» ") for c in marked["contributions"])  # the translation is what JSON shows
    assert str(full.contributions[0].reason) == full.as_json()["contributions"][0]["reason"]  # English without one


def test_the_score_is_the_sum_of_the_contributions_clamped() -> None:
    difficulty = np.array([1e14 * 1.01**i for i in range(50)])
    close = [100.0] * 40 + [100.0 - 3 * i for i in range(1, 11)]
    result = ensemble(series(close, difficulty=difficulty, fear_greed={START + timedelta(days=49): 8}))
    assert result.score == sum(c.points for c in result.contributions)
    assert result.as_json()["contributions"][0].keys() == {"module", "rule", "points", "reason"}
    assert -100.0 <= result.score <= 100.0
