"""Network against price. Difficulty rising faster than price squeezes miners (who then sell more of what they
mine), price outrunning difficulty eases them. Hashprice — revenue per unit of hashrate — moves as
price ÷ difficulty while the subsidy and fees per block hold, so its trend is that ratio's change."""

from __future__ import annotations

import numpy as np

from hashinsight_desktop.services.analytics.signals import Contribution, MarketSeries, ModuleResult, missing

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
        return missing(MODULE, "no difficulty history")
    known = np.isfinite(difficulty) & np.isfinite(series.close)
    if len(known) <= SPAN_DAYS or not (known[-1] and known[-1 - SPAN_DAYS]):
        return missing(MODULE, f"difficulty needed today and {SPAN_DAYS} days ago")
    price_pct = _change_pct(series.close, SPAN_DAYS)
    diff_pct = _change_pct(difficulty, SPAN_DAYS)
    gap = price_pct - diff_pct
    summary = f"over {SPAN_DAYS} days price {price_pct:+.1f} %, difficulty {diff_pct:+.1f} %"
    if gap > GAP_PCT:
        found = [Contribution(MODULE, "difficulty_vs_price", 10.0, f"{summary}: miners' margins widen")]
    elif gap < -GAP_PCT:
        found = [Contribution(MODULE, "difficulty_vs_price", -10.0, f"{summary}: miners squeezed (selling pressure)")]
    else:
        found = [Contribution(MODULE, "difficulty_vs_price", 0.0, f"{summary}: in step")]
    days = TREND_DAYS if len(known) > TREND_DAYS and known[-1 - TREND_DAYS] else SPAN_DAYS
    hashprice = series.close / difficulty
    trend = _change_pct(hashprice, days)
    text = f"hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days"
    if trend > HASHPRICE_PCT:
        found.append(Contribution(MODULE, "hashprice_trend", 10.0, f"{text}: rising"))
    elif trend < -HASHPRICE_PCT:
        found.append(Contribution(MODULE, "hashprice_trend", -10.0, f"{text}: falling"))
    else:
        found.append(Contribution(MODULE, "hashprice_trend", 0.0, f"{text}: flat"))
    return ModuleResult(MODULE, tuple(found))
