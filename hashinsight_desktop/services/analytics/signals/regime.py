"""Regime: the trend (close against a rising or falling 50-day average) votes; the volatility state (20-day
realised volatility against its own median over the history) is reported, without a vote, since it says how
far to trust the other signals rather than which way to lean."""

from __future__ import annotations

import numpy as np
import talib

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing

MODULE = "regime"
TREND_PERIOD = 50
SLOPE_DAYS = 10
VOL_WINDOW = 20
HIGH_VOL, LOW_VOL = 1.5, 0.67
DAYS_PER_YEAR = 365.0


def judge(series: MarketSeries) -> ModuleResult:
    close = np.ascontiguousarray(series.close, dtype=np.float64)
    if len(close) < TREND_PERIOD + SLOPE_DAYS:
        return missing(MODULE, f"{len(close)} daily closes; the trend needs {TREND_PERIOD + SLOPE_DAYS}")
    sma = talib.SMA(close, TREND_PERIOD)
    slope_pct = (sma[-1] / sma[-1 - SLOPE_DAYS] - 1.0) * 100.0
    text = f"close {close[-1]:,.0f} vs 50-day average {sma[-1]:,.0f} ({slope_pct:+.1f} % in {SLOPE_DAYS} days)"
    if close[-1] > sma[-1] and slope_pct > 0:
        found = [Contribution(MODULE, "trend", 10.0, f"uptrend: {text}")]
    elif close[-1] < sma[-1] and slope_pct < 0:
        found = [Contribution(MODULE, "trend", -10.0, f"downtrend: {text}")]
    else:
        found = [Contribution(MODULE, "trend", 0.0, f"no clear trend: {text}")]
    returns = np.diff(np.log(close))
    rolling = talib.STDDEV(returns, VOL_WINDOW, 1.0) * np.sqrt(DAYS_PER_YEAR) * 100.0
    now, typical = rolling[-1], float(np.nanmedian(rolling))
    ratio = now / typical if typical > 0 else 1.0
    state = "high" if ratio >= HIGH_VOL else "low" if ratio <= LOW_VOL else "normal"
    found.append(
        Contribution(MODULE, "volatility", 0.0, f"{state} volatility: {now:.0f} % a year vs a typical {typical:.0f} %")
    )
    return ModuleResult(MODULE, tuple(found))
