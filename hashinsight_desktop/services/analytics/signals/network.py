"""Network against price. Difficulty rising faster than price squeezes miners (who then sell more of what they
mine), price outrunning difficulty eases them. Hashprice — revenue per unit of hashrate — moves as
price ÷ difficulty while the subsidy and fees per block hold, so its trend is that ratio's change."""

from __future__ import annotations

import numpy as np

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODULE = "network"
SPAN_DAYS = 14  # about one difficulty period
TREND_DAYS = 30
GAP_PCT = 5.0
HASHPRICE_PCT = 10.0


def _change_pct(values: np.ndarray, days: int) -> float:
    return float((values[-1] / values[-1 - days] - 1.0) * 100.0)


def judge(series: MarketSeries) -> ModuleResult:
    difficulty = series.difficulty
    if difficulty is None or not np.isfinite(difficulty).any():
        return missing(MODULE, Text(QT_TRANSLATE_NOOP("Signals", "no difficulty history")))
    known = np.isfinite(difficulty) & np.isfinite(series.close)
    if len(known) <= SPAN_DAYS or not (known[-1] and known[-1 - SPAN_DAYS]):
        why = QT_TRANSLATE_NOOP("Signals", "difficulty needed today and {days} days ago")
        return missing(MODULE, Text(why, days=SPAN_DAYS))
    price_pct = _change_pct(series.close, SPAN_DAYS)
    diff_pct = _change_pct(difficulty, SPAN_DAYS)
    gap = price_pct - diff_pct
    if gap > GAP_PCT:
        points = 10.0
        template = QT_TRANSLATE_NOOP(
            "Signals", "over {days} days price {price:+.1f} %, difficulty {difficulty:+.1f} %: miners' margins widen"
        )
    elif gap < -GAP_PCT:
        points = -10.0
        template = QT_TRANSLATE_NOOP(
            "Signals",
            "over {days} days price {price:+.1f} %, difficulty {difficulty:+.1f} %: miners squeezed (selling pressure)",
        )
    else:
        points = 0.0
        template = QT_TRANSLATE_NOOP(
            "Signals", "over {days} days price {price:+.1f} %, difficulty {difficulty:+.1f} %: in step"
        )
    text = Text(template, days=SPAN_DAYS, price=price_pct, difficulty=diff_pct)
    found = [Contribution(MODULE, "difficulty_vs_price", points, text)]
    days = TREND_DAYS if len(known) > TREND_DAYS and known[-1 - TREND_DAYS] else SPAN_DAYS
    hashprice = series.close / difficulty
    trend = _change_pct(hashprice, days)
    if trend > HASHPRICE_PCT:
        points, template = (
            10.0,
            QT_TRANSLATE_NOOP("Signals", "hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days: rising"),
        )
    elif trend < -HASHPRICE_PCT:
        points, template = (
            -10.0,
            QT_TRANSLATE_NOOP("Signals", "hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days: falling"),
        )
    else:
        points, template = (
            0.0,
            QT_TRANSLATE_NOOP("Signals", "hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days: flat"),
        )
    found.append(Contribution(MODULE, "hashprice_trend", points, Text(template, trend=trend, days=days)))
    return ModuleResult(MODULE, tuple(found))
