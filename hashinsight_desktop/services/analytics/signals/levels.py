"""Support and resistance from swing points: a day whose high (or close, without highs) is the highest of the
WING days either side is a swing high, likewise swing lows. The nearest swing low under the close is support,
the nearest swing high above it resistance; a close through the highest swing high (or lowest swing low) of the
look-back, from the other side the day before, is a breakout (breakdown)."""

from __future__ import annotations

from dataclasses import dataclass

from hashinsight_desktop.services.analytics.signals import Array, Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODULE = "levels"
WING = 3
LOOKBACK = 120
MIN_BARS = 4 * WING + 2
NEAR_PCT = 1.5


@dataclass(frozen=True)
class Levels:
    support: tuple[float, ...]  # swing lows of the look-back, highest first
    resistance: tuple[float, ...]  # swing highs, lowest first


def swing_points(high: Array, low: Array, wing: int = WING) -> tuple[list[int], list[int]]:
    """Indexes of swing highs and lows (the last ``wing`` days cannot be one yet)."""
    highs, lows = [], []
    for i in range(wing, len(high) - wing):
        window = slice(i - wing, i + wing + 1)
        if high[i] == high[window].max() and high[i] > high[i - 1]:
            highs.append(i)
        if low[i] == low[window].min() and low[i] < low[i - 1]:
            lows.append(i)
    return highs, lows


def find_levels(series: MarketSeries) -> Levels:
    close = series.close[-LOOKBACK:]
    high = series.high[-LOOKBACK:] if series.high is not None else close
    low = series.low[-LOOKBACK:] if series.low is not None else close
    highs, lows = swing_points(high[:-1], low[:-1])  # today's bar is judged against them, not one of them
    return Levels(
        tuple(sorted({float(low[i]) for i in lows}, reverse=True)), tuple(sorted({float(high[i]) for i in highs}))
    )


def judge(series: MarketSeries) -> ModuleResult:
    if len(series.close) < MIN_BARS:
        why = QT_TRANSLATE_NOOP("Signals", "{n} daily closes; swing levels need {needed}")
        return missing(MODULE, Text(why, n=len(series.close), needed=MIN_BARS))
    levels = find_levels(series)
    if not levels.support and not levels.resistance:
        return missing(MODULE, Text(QT_TRANSLATE_NOOP("Signals", "no swing high or low in the look-back")))
    close, before = float(series.close[-1]), float(series.close[-2])
    top = max(levels.resistance) if levels.resistance else None
    bottom = min(levels.support) if levels.support else None
    if top is not None and before <= top < close:
        text = Text(QT_TRANSLATE_NOOP("Signals", "closed above resistance {level:,.0f}"), level=top)
        return ModuleResult(MODULE, (Contribution(MODULE, "breakout", 10.0, text),))
    if bottom is not None and before >= bottom > close:
        text = Text(QT_TRANSLATE_NOOP("Signals", "closed below support {level:,.0f}"), level=bottom)
        return ModuleResult(MODULE, (Contribution(MODULE, "breakdown", -10.0, text),))
    found: list[Contribution] = []
    support = next((s for s in levels.support if s <= close), None)
    resistance = next((r for r in levels.resistance if r >= close), None)
    if support is not None and (close - support) / close * 100.0 <= NEAR_PCT:
        text = Text(
            QT_TRANSLATE_NOOP("Signals", "{close:,.0f} just above support {level:,.0f}"), close=close, level=support
        )
        found.append(Contribution(MODULE, "near_support", 5.0, text))
    if resistance is not None and (resistance - close) / close * 100.0 <= NEAR_PCT:
        text = Text(
            QT_TRANSLATE_NOOP("Signals", "{close:,.0f} just under resistance {level:,.0f}"),
            close=close,
            level=resistance,
        )
        found.append(Contribution(MODULE, "near_resistance", -5.0, text))
    if not found:
        found.append(Contribution(MODULE, "range", 0.0, _range_text(support, resistance)))
    return ModuleResult(MODULE, tuple(found))


def _range_text(support: float | None, resistance: float | None) -> Text:
    if support and resistance:
        template = QT_TRANSLATE_NOOP("Signals", "between levels (support {support:,.0f}, resistance {resistance:,.0f})")
        return Text(template, support=support, resistance=resistance)
    if support:
        return Text(QT_TRANSLATE_NOOP("Signals", "between levels (support {support:,.0f})"), support=support)
    if resistance:
        template = QT_TRANSLATE_NOOP("Signals", "between levels (resistance {resistance:,.0f})")
        return Text(template, resistance=resistance)
    return Text(QT_TRANSLATE_NOOP("Signals", "between levels (none near)"))


def nearest(levels: Levels, close: float) -> tuple[float | None, float | None]:
    """The support under and the resistance over ``close`` (for the chart's lines)."""
    return (
        next((s for s in levels.support if s <= close), None),
        next((r for r in levels.resistance if r >= close), None),
    )
