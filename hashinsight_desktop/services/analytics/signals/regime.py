"""Regime: the trend (close against a rising or falling 50-day average) votes; the volatility state (20-day
realised volatility against its own median over the history) is reported, without a vote, since it says how
far to trust the other signals rather than which way to lean."""

from __future__ import annotations

import numpy as np
import talib

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODULE = "regime"
TREND_PERIOD = 50
SLOPE_DAYS = 10
VOL_WINDOW = 20
HIGH_VOL, LOW_VOL = 1.5, 0.67
DAYS_PER_YEAR = 365.0


def judge(series: MarketSeries) -> ModuleResult:
    close = np.ascontiguousarray(series.close, dtype=np.float64)
    if len(close) < TREND_PERIOD + SLOPE_DAYS:
        why = QT_TRANSLATE_NOOP("Signals", "{n} daily closes; the trend needs {needed}")
        return missing(MODULE, Text(why, n=len(close), needed=TREND_PERIOD + SLOPE_DAYS))
    sma = talib.SMA(close, TREND_PERIOD)
    slope_pct = float((sma[-1] / sma[-1 - SLOPE_DAYS] - 1.0) * 100.0)
    if close[-1] > sma[-1] and slope_pct > 0:
        points = 10.0
        template = QT_TRANSLATE_NOOP(
            "Signals", "uptrend: close {close:,.0f} vs 50-day average {sma:,.0f} ({slope:+.1f} % in {days} days)"
        )
    elif close[-1] < sma[-1] and slope_pct < 0:
        points = -10.0
        template = QT_TRANSLATE_NOOP(
            "Signals", "downtrend: close {close:,.0f} vs 50-day average {sma:,.0f} ({slope:+.1f} % in {days} days)"
        )
    else:
        points = 0.0
        template = QT_TRANSLATE_NOOP(
            "Signals", "no clear trend: close {close:,.0f} vs 50-day average {sma:,.0f} ({slope:+.1f} % in {days} days)"
        )
    text = Text(template, close=float(close[-1]), sma=float(sma[-1]), slope=slope_pct, days=SLOPE_DAYS)
    found = [Contribution(MODULE, "trend", points, text)]
    returns = np.diff(np.log(close))
    rolling = talib.STDDEV(returns, VOL_WINDOW, 1.0) * np.sqrt(DAYS_PER_YEAR) * 100.0
    now, typical = float(rolling[-1]), float(np.nanmedian(rolling))
    ratio = now / typical if typical > 0 else 1.0
    if ratio >= HIGH_VOL:
        template = QT_TRANSLATE_NOOP("Signals", "high volatility: {now:.0f} % a year vs a typical {typical:.0f} %")
    elif ratio <= LOW_VOL:
        template = QT_TRANSLATE_NOOP("Signals", "low volatility: {now:.0f} % a year vs a typical {typical:.0f} %")
    else:
        template = QT_TRANSLATE_NOOP("Signals", "normal volatility: {now:.0f} % a year vs a typical {typical:.0f} %")
    found.append(Contribution(MODULE, "volatility", 0.0, Text(template, now=now, typical=typical)))
    return ModuleResult(MODULE, tuple(found))
