"""Technical rules on the indicators of ``analytics.indicators`` (TA-Lib's definitions, computed over the whole
series): MACD and price/SMA-20 crossovers in the last few bars, Bollinger band breaks, RSI extremes."""

from __future__ import annotations

import math

import numpy as np

from hashinsight_desktop.services.analytics import indicators
from hashinsight_desktop.services.analytics.signals import Array, Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

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
        why = QT_TRANSLATE_NOOP("Signals", "{n} daily closes; MACD needs {needed}")
        return missing(MODULE, Text(why, n=len(series.close), needed=MIN_BARS))
    values = indicators.compute(series.close).values
    close = series.close
    found: list[Contribution] = []
    macd = _cross(values["macd"], values["macd_signal"])
    if macd > 0:
        text = Text(QT_TRANSLATE_NOOP("Signals", "MACD crossed above its signal line"))
        found.append(Contribution(MODULE, "macd_cross", 15.0, text))
    elif macd < 0:
        text = Text(QT_TRANSLATE_NOOP("Signals", "MACD crossed below its signal line"))
        found.append(Contribution(MODULE, "macd_cross", -15.0, text))
    sma, sma_20 = _cross(close, values["sma_20"]), float(values["sma_20"][-1])
    if sma > 0:
        text = Text(QT_TRANSLATE_NOOP("Signals", "price crossed above its 20-day average ({sma:,.0f})"), sma=sma_20)
        found.append(Contribution(MODULE, "sma_cross", 10.0, text))
    elif sma < 0:
        text = Text(QT_TRANSLATE_NOOP("Signals", "price crossed below its 20-day average ({sma:,.0f})"), sma=sma_20)
        found.append(Contribution(MODULE, "sma_cross", -10.0, text))
    last, upper, lower = float(close[-1]), float(values["bb_upper"][-1]), float(values["bb_lower"][-1])
    if last > upper:
        text = Text(
            QT_TRANSLATE_NOOP("Signals", "close {close:,.0f} above the upper band {band:,.0f}: stretched"),
            close=last,
            band=upper,
        )
        found.append(Contribution(MODULE, "band_break", -10.0, text))
    elif last < lower:
        text = Text(
            QT_TRANSLATE_NOOP("Signals", "close {close:,.0f} below the lower band {band:,.0f}: stretched"),
            close=last,
            band=lower,
        )
        found.append(Contribution(MODULE, "band_break", 10.0, text))
    rsi = float(values["rsi_14"][-1])
    if not np.ptp(close):  # no gain and no loss: TA-Lib answers 0, which is not "oversold"
        text = Text(QT_TRANSLATE_NOOP("Signals", "the price has not moved: RSI says nothing"))
        found.append(Contribution(MODULE, "rsi_extreme", 0.0, text))
    elif rsi <= RSI_LOW:
        text = Text(QT_TRANSLATE_NOOP("Signals", "RSI {rsi:.0f}: oversold (≤ {limit:.0f})"), rsi=rsi, limit=RSI_LOW)
        found.append(Contribution(MODULE, "rsi_extreme", 15.0, text))
    elif rsi >= RSI_HIGH:
        text = Text(QT_TRANSLATE_NOOP("Signals", "RSI {rsi:.0f}: overbought (≥ {limit:.0f})"), rsi=rsi, limit=RSI_HIGH)
        found.append(Contribution(MODULE, "rsi_extreme", -15.0, text))
    else:
        text = Text(QT_TRANSLATE_NOOP("Signals", "RSI {rsi:.0f}: neither oversold nor overbought"), rsi=rsi)
        found.append(Contribution(MODULE, "rsi_extreme", 0.0, text))
    return ModuleResult(MODULE, tuple(found))
