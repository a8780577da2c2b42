"""Breakout exhaustion: within the last WITHIN days the close broke the prior CHANNEL-day high (low), and now
the push is fading — RSI stretched (≥ 70 / ≤ 30) while the day-to-day moves shrank RUN days in a row, or the
volume fell RUN days in a row when volumes are known. A tired breakout leans the other way."""

from __future__ import annotations

import numpy as np
import talib

from hashinsight_desktop.services.analytics.signals import Array, Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODULE = "exhaustion"
CHANNEL = 20
WITHIN = 5
RUN = 3
RSI_HIGH, RSI_LOW = 70.0, 30.0


def _fading(close: Array, volume: Array | None) -> Text | None:
    moves = np.abs(np.diff(close[-(RUN + 1) :]))
    if len(moves) == RUN and all(moves[i] < moves[i - 1] for i in range(1, RUN)):
        return Text(QT_TRANSLATE_NOOP("Signals", "daily moves shrinking {days} days running"), days=RUN)
    if volume is not None and len(volume) > RUN:
        recent = volume[-RUN:]
        if all(recent[i] < recent[i - 1] for i in range(1, RUN)):
            return Text(QT_TRANSLATE_NOOP("Signals", "volume falling {days} days running"), days=RUN)
    return None


def judge(series: MarketSeries) -> ModuleResult:
    close = np.ascontiguousarray(series.close, dtype=np.float64)
    if len(close) < CHANNEL + WITHIN + 1:
        why = QT_TRANSLATE_NOOP("Signals", "{n} daily closes; a {channel}-day breakout needs {needed}")
        return missing(MODULE, Text(why, n=len(close), channel=CHANNEL, needed=CHANNEL + WITHIN + 1))
    rsi = float(talib.RSI(close, 14)[-1])
    n = len(close)
    up = down = False
    for i in range(n - WITHIN, n):
        prior = close[i - CHANNEL : i]
        up = up or close[i] > prior.max()
        down = down or close[i] < prior.min()
    fading = _fading(close, series.volume)
    if up and rsi >= RSI_HIGH and fading:
        template = QT_TRANSLATE_NOOP("Signals", "{channel}-day breakout tiring: RSI {rsi:.0f}, {fading}")
        text = Text(template, channel=CHANNEL, rsi=rsi, fading=fading)
        return ModuleResult(MODULE, (Contribution(MODULE, "breakout_exhaustion", -10.0, text),))
    if down and rsi <= RSI_LOW and fading:
        template = QT_TRANSLATE_NOOP("Signals", "{channel}-day breakdown tiring: RSI {rsi:.0f}, {fading}")
        text = Text(template, channel=CHANNEL, rsi=rsi, fading=fading)
        return ModuleResult(MODULE, (Contribution(MODULE, "breakdown_exhaustion", 10.0, text),))
    if up:
        template = QT_TRANSLATE_NOOP("Signals", "breakout in the last {days} days; not exhausted (RSI {rsi:.0f})")
    elif down:
        template = QT_TRANSLATE_NOOP("Signals", "breakdown in the last {days} days; not exhausted (RSI {rsi:.0f})")
    else:
        template = QT_TRANSLATE_NOOP("Signals", "no breakout in the last {days} days; not exhausted (RSI {rsi:.0f})")
    text = Text(template, days=WITHIN, rsi=rsi)
    return ModuleResult(MODULE, (Contribution(MODULE, "breakout_exhaustion", 0.0, text),))
