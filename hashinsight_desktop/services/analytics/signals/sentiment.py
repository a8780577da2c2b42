"""Sentiment: the Fear & Greed index read contrarian at its extremes (extreme fear has tended to come near
bottoms, extreme greed near tops); a reading older than MAX_AGE days before the last close does not count."""

from __future__ import annotations

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing

MODULE = "sentiment"
MAX_AGE = 3
EXTREME_FEAR, EXTREME_GREED = 20, 80


def judge(series: MarketSeries) -> ModuleResult:
    if not series.dates:
        return missing(MODULE, "no prices")
    last = series.dates[-1]
    recent = [d for d in series.fear_greed if 0 <= (last - d).days <= MAX_AGE]
    if not recent:
        return missing(MODULE, f"no Fear & Greed reading within {MAX_AGE} days of {last.isoformat()}")
    day = max(recent)
    value = series.fear_greed[day]
    if value <= EXTREME_FEAR:
        points, text = 15.0, f"Fear & Greed {value} on {day.isoformat()}: extreme fear (contrarian buy)"
    elif value >= EXTREME_GREED:
        points, text = -15.0, f"Fear & Greed {value} on {day.isoformat()}: extreme greed (contrarian sell)"
    else:
        points, text = 0.0, f"Fear & Greed {value} on {day.isoformat()}: not at an extreme"
    return ModuleResult(MODULE, (Contribution(MODULE, "fear_greed", points, text),))
