"""The ensemble: every module's contributions added into one score, clamped to −100 (sell) … +100 (buy).

Each contribution keeps its module, rule, points and reason, so the score can be read as a sum; a module
without data adds nothing and is listed under ``missing`` with why.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from hashinsight_desktop.services.analytics.signals import (
    Contribution,
    MarketSeries,
    ModuleResult,
    derivatives,
    exhaustion,
    levels,
    network,
    regime,
    sentiment,
    technical,
)
from hashinsight_desktop.services.texts import Text, Translate, render

SCORE_LIMIT = 100.0
MODULES: tuple[Callable[[MarketSeries], ModuleResult], ...] = (
    technical.judge,
    sentiment.judge,
    derivatives.judge,
    network.judge,
    regime.judge,
    levels.judge,
    exhaustion.judge,
)


@dataclass(frozen=True)
class Ensemble:
    score: float  # −100 … +100
    contributions: tuple[Contribution, ...]
    missing: dict[str, Text]  # module → why it had no data
    support: float | None
    resistance: float | None
    as_of: date | None

    @property
    def stance(self) -> str:
        return "buy" if self.score >= 20 else "sell" if self.score <= -20 else "neutral"

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        """Reasons in the language of ``translate`` (English without one)."""
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "score": self.score,
            "stance": self.stance,
            "contributions": [
                {"module": c.module, "rule": c.rule, "points": c.points, "reason": render(c.reason, translate)}
                for c in self.contributions
            ],
            "missing": {module: render(why, translate) for module, why in self.missing.items()},
            "support": self.support,
            "resistance": self.resistance,
        }


def ensemble(series: MarketSeries) -> Ensemble:
    """Every module over ``series``; the score is the sum of the points, clamped to ±100."""
    results = [judge(series) for judge in MODULES]
    contributions = tuple(c for r in results for c in r.contributions)
    total = sum(c.points for c in contributions)
    support = resistance = None
    if len(series.close):
        support, resistance = levels.nearest(levels.find_levels(series), float(series.close[-1]))
    return Ensemble(
        max(-SCORE_LIMIT, min(SCORE_LIMIT, total)),
        contributions,
        {r.module: r.missing for r in results if r.missing is not None},
        support,
        resistance,
        series.dates[-1] if series.dates else None,
    )


def _floats(values: Sequence[Decimal | None]) -> np.ndarray:
    return np.array([math.nan if v is None else float(v) for v in values], dtype=np.float64)


def series_from_bars(
    bars: Sequence[Any],
    fear_greed: dict[date, int] | None = None,
    *,
    funding_8h_pct: Decimal | None = None,
    basis_pct: Decimal | None = None,
) -> MarketSeries:
    """A MarketSeries from ``history.daily_bars`` rows (and the latest round's Deribit figures); high and low
    only when every bar has them (an imported close-only stretch has none)."""
    high, low, volume = (
        _floats([b.high for b in bars]),
        _floats([b.low for b in bars]),
        _floats([b.volume_usd for b in bars]),
    )
    difficulty = _floats([b.difficulty for b in bars])
    whole = bool(len(bars)) and np.isfinite(high).all() and np.isfinite(low).all()
    return MarketSeries(
        tuple(b.day for b in bars),
        _floats([b.close for b in bars]),
        high if whole else None,
        low if whole else None,
        volume if len(bars) and np.isfinite(volume).all() else None,
        difficulty if np.isfinite(difficulty).any() else None,
        dict(fear_greed or {}),
        None if funding_8h_pct is None else float(funding_8h_pct),
        None if basis_pct is None else float(basis_pct),
    )
