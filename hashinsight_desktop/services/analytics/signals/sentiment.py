"""Sentiment: the Fear & Greed index read contrarian at its extremes (extreme fear has tended to come near
bottoms, extreme greed near tops); a reading older than MAX_AGE days before the last close does not count."""

from __future__ import annotations

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODULE = "sentiment"
MAX_AGE = 3
EXTREME_FEAR, EXTREME_GREED = 20, 80


def judge(series: MarketSeries) -> ModuleResult:
    if not series.dates:
        return missing(MODULE, Text(QT_TRANSLATE_NOOP("Signals", "no prices")))
    last = series.dates[-1]
    recent = [d for d in series.fear_greed if 0 <= (last - d).days <= MAX_AGE]
    if not recent:
        why = QT_TRANSLATE_NOOP("Signals", "no Fear & Greed reading within {days} days of {day}")
        return missing(MODULE, Text(why, days=MAX_AGE, day=last.isoformat()))
    day = max(recent)
    value = series.fear_greed[day]
    if value <= EXTREME_FEAR:
        points, template = (
            15.0,
            QT_TRANSLATE_NOOP("Signals", "Fear & Greed {value} on {day}: extreme fear (contrarian buy)"),
        )
    elif value >= EXTREME_GREED:
        points, template = (
            -15.0,
            QT_TRANSLATE_NOOP("Signals", "Fear & Greed {value} on {day}: extreme greed (contrarian sell)"),
        )
    else:
        points, template = 0.0, QT_TRANSLATE_NOOP("Signals", "Fear & Greed {value} on {day}: not at an extreme")
    text = Text(template, value=value, day=day.isoformat())
    return ModuleResult(MODULE, (Contribution(MODULE, "fear_greed", points, text),))
