"""Technical rules on the indicators of ``analytics.indicators`` (TA-Lib's definitions, computed over the whole
series): MACD and price/SMA-20 crossovers in the last few bars, Bollinger band breaks, RSI extremes."""

from __future__ import annotations

import math

import numpy as np

from hashinsight_desktop.services.analytics import indicators
from hashinsight_desktop.services.analytics.signals import Array, Contribution, MarketSeries, ModuleResult, missing

MODULE = "technical"
MIN_BARS = indicators.MACD_SLOW + indicators.MACD_SIGNAL + 1  # MACD's signal warm-up and one bar to compare
RECENT = 3  # a crossover this many bars old still counts, if the lines are still on that side
RSI_LOW, RSI_HIGH = 30.0, 70.0


def _cross(a: Array, b: Array) -> int:
    """+1: ``a`` crossed above ``b`` within the last RECENT bars and stays above; −1 below; 0 neither."""
    n = len(a)
    for i in range(n - 1, max(n - 1 - RECENT, 0), -1):
        before, after = a[i - 1] - b[i - 1], a[i] - b[i]
        if math.isnan(before) or math.isnan(after):
            return 0
        if before <= 0 < after:
            return 1 if a[-1] > b[-1] else 0
        if before >= 0 > after:
            return -1 if a[-1] < b[-1] else 0
    return 0


def judge(series: MarketSeries) -> ModuleResult:
    if len(series.close) < MIN_BARS:
        return missing(MODULE, f"{len(series.close)} daily closes; MACD needs {MIN_BARS}")
    values = indicators.compute(series.close).values
    close = series.close
    found: list[Contribution] = []
    macd = _cross(values["macd"], values["macd_signal"])
    if macd:
        side = "above" if macd > 0 else "below"
        found.append(Contribution(MODULE, "macd_cross", 15.0 * macd, f"MACD crossed {side} its signal line"))
    sma = _cross(close, values["sma_20"])
    if sma:
        side = "above" if sma > 0 else "below"
        found.append(
            Contribution(
                MODULE,
                "sma_cross",
                10.0 * sma,
                f"price crossed {side} its 20-day average ({values['sma_20'][-1]:,.0f})",
            )
        )
    upper, lower = values["bb_upper"][-1], values["bb_lower"][-1]
    if close[-1] > upper:
        found.append(
            Contribution(
                MODULE, "band_break", -10.0, f"close {close[-1]:,.0f} above the upper band {upper:,.0f}: stretched"
            )
        )
    elif close[-1] < lower:
        found.append(
            Contribution(
                MODULE, "band_break", 10.0, f"close {close[-1]:,.0f} below the lower band {lower:,.0f}: stretched"
            )
        )
    rsi = values["rsi_14"][-1]
    if not np.ptp(close):  # no gain and no loss: TA-Lib answers 0, which is not "oversold"
        found.append(Contribution(MODULE, "rsi_extreme", 0.0, "the price has not moved: RSI says nothing"))
    elif rsi <= RSI_LOW:
        found.append(Contribution(MODULE, "rsi_extreme", 15.0, f"RSI {rsi:.0f}: oversold (≤ {RSI_LOW:.0f})"))
    elif rsi >= RSI_HIGH:
        found.append(Contribution(MODULE, "rsi_extreme", -15.0, f"RSI {rsi:.0f}: overbought (≥ {RSI_HIGH:.0f})"))
    else:
        found.append(Contribution(MODULE, "rsi_extreme", 0.0, f"RSI {rsi:.0f}: neither oversold nor overbought"))
    return ModuleResult(MODULE, tuple(found))
