"""Signals over the stored market history, each module a pure function of a :class:`MarketSeries` returning its
contributions (points towards buy > 0 or sell < 0, each with its reason) or saying why it has no data.

Modules: ``technical`` (crossovers, band breaks, RSI extremes), ``sentiment`` (Fear & Greed extremes),
``derivatives`` (Deribit funding and basis), ``network`` (difficulty against price, hashprice trend),
``regime`` (trend and volatility state), ``levels`` (support/resistance and breakouts) and ``exhaustion``
(a breakout losing momentum); ``ensemble`` adds them up into −100 (sell) … +100 (buy).

Reasons and "why missing" are ``services.texts.Text``: a template marked with QT_TRANSLATE_NOOP under the context
"Signals" (lupdate extracts it) and its figures, so the console and the command line render them in the reader's
language; ``str()`` is the English sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
from numpy.typing import NDArray

from hashinsight_desktop.services.texts import Text

Array = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class MarketSeries:
    """Daily history, oldest first; optional parts None (``difficulty`` NaN on a day without one)."""

    dates: tuple[date, ...]
    close: Array
    high: Array | None = None
    low: Array | None = None
    volume: Array | None = None
    difficulty: Array | None = None
    fear_greed: dict[date, int] = field(default_factory=dict)
    funding_8h_pct: float | None = None  # the latest Deribit perpetual funding, percent per 8 h
    basis_pct: float | None = None  # (mark − index) / index, percent


@dataclass(frozen=True)
class Contribution:
    module: str
    rule: str
    points: float  # > 0 towards buy, < 0 towards sell, 0 a state reported without a vote
    reason: Text  # a template marked for translation (context "Signals") and its figures; str(): English


@dataclass(frozen=True)
class ModuleResult:
    module: str
    contributions: tuple[Contribution, ...] = ()
    missing: Text | None = None  # why the module had nothing to judge (then it contributes nothing)


def missing(module: str, why: Text) -> ModuleResult:
    return ModuleResult(module, (), why)
