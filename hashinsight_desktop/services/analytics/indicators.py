"""Trading indicators as TA-Lib defines them (its C library, called through the TA-Lib package): SMA 20, EMA 20,
RSI 14 (Wilder), MACD (12, 26, 9), Bollinger Bands (20, 2) and ATR 14.

Computed once over the whole series and sliced for display (``window``): an EMA, RSI or ATR depends on every
earlier value, so recomputing on a zoomed window would change the numbers. TA-Lib seeds each one from its first
full window (the EMA from the SMA of its first 20 values, RSI and ATR by Wilder's smoothing); values before that
(the warm-up) are NaN here and null in JSON, never invented. TA-Lib's "unstable period" stays at its default, 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import talib
from numpy.typing import NDArray

Array = NDArray[np.float64]
SMA_PERIOD = EMA_PERIOD = BB_PERIOD = 20
RSI_PERIOD = ATR_PERIOD = 14
MACD_FAST, MACD_SLOW, MACD_SIGNAL = 12, 26, 9
BB_DEVIATIONS = 2.0
# The names the CLI prints and the tab plots, in this order; atr_14 only when the prices have high and low.
NAMES = (
    "sma_20",
    "ema_20",
    "rsi_14",
    "macd",
    "macd_signal",
    "macd_hist",
    "bb_upper",
    "bb_middle",
    "bb_lower",
    "atr_14",
)


@dataclass(frozen=True, eq=False)
class Indicators:
    """Arrays aligned with the input rows; NaN during each indicator's warm-up."""

    values: dict[str, Array]

    def __len__(self) -> int:
        return len(next(iter(self.values.values())))

    def window(self, start: int, stop: int) -> Indicators:
        """The rows [start, stop) of the full-series values, for a zoomed chart (not recomputed)."""
        return Indicators({name: series[start:stop] for name, series in self.values.items()})

    def as_json(self) -> dict[str, list[float | None]]:
        return {name: [None if math.isnan(v) else v for v in series.tolist()] for name, series in self.values.items()}


def compute(close: Array, high: Array | None = None, low: Array | None = None) -> Indicators:
    """Every indicator over the full series; ATR needs high and low (omitted without them)."""
    close = np.ascontiguousarray(close, dtype=np.float64)
    macd, macd_signal, macd_hist = talib.MACD(close, MACD_FAST, MACD_SLOW, MACD_SIGNAL)
    upper, middle, lower = talib.BBANDS(close, BB_PERIOD, BB_DEVIATIONS, BB_DEVIATIONS)  # around an SMA (default)
    values = {
        "sma_20": talib.SMA(close, SMA_PERIOD),
        "ema_20": talib.EMA(close, EMA_PERIOD),
        "rsi_14": talib.RSI(close, RSI_PERIOD),
        "macd": macd,
        "macd_signal": macd_signal,
        "macd_hist": macd_hist,
        "bb_upper": upper,
        "bb_middle": middle,
        "bb_lower": lower,
    }
    if high is not None and low is not None:
        values["atr_14"] = talib.ATR(
            np.ascontiguousarray(high, dtype=np.float64), np.ascontiguousarray(low, dtype=np.float64), close, ATR_PERIOD
        )
    return Indicators(values)
