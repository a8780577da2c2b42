"""Indicators equal TA-Lib's (called here independently, with every parameter spelt out) to 1e-9 after the
warm-up, are null during it, and follow the textbook definitions TA-Lib implements (independent references
below for SMA, EMA seeded by the SMA, Wilder's RSI and ATR, Bollinger with the population deviation).

The fixture btc_usd_daily.csv is a generated BTC-like daily OHLCV history (fat-tailed returns around 2024's
levels), recorded once as a file: this machine has no internet to fetch real quotes, and the values only need to
look like what a user imports."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import talib

from hashinsight_desktop.services.analytics.indicators import NAMES, compute
from hashinsight_desktop.services.analytics.series_file import PriceTable, read_prices

FIXTURE = Path(__file__).parent / "data" / "btc_usd_daily.csv"
WARM_UP = {  # rows without a value: TA-Lib's lookback of each
    "sma_20": 19,
    "ema_20": 19,
    "rsi_14": 14,
    "macd": 33,
    "macd_signal": 33,
    "macd_hist": 33,
    "bb_upper": 19,
    "bb_middle": 19,
    "bb_lower": 19,
    "atr_14": 14,
}


@pytest.fixture(scope="module")
def prices() -> PriceTable:
    return read_prices(FIXTURE)


def reference_talib(close: np.ndarray, high: np.ndarray, low: np.ndarray) -> dict[str, np.ndarray]:
    macd = talib.MACD(close, fastperiod=12, slowperiod=26, signalperiod=9)
    bands = talib.BBANDS(close, timeperiod=20, nbdevup=2.0, nbdevdn=2.0, matype=talib.MA_Type.SMA)
    return {
        "sma_20": talib.SMA(close, timeperiod=20),
        "ema_20": talib.EMA(close, timeperiod=20),
        "rsi_14": talib.RSI(close, timeperiod=14),
        "macd": macd[0],
        "macd_signal": macd[1],
        "macd_hist": macd[2],
        "bb_upper": bands[0],
        "bb_middle": bands[1],
        "bb_lower": bands[2],
        "atr_14": talib.ATR(high, low, close, timeperiod=14),
    }


def test_equal_to_talib_after_warm_up_and_null_during_it(prices: PriceTable) -> None:
    assert len(prices.close) == 260
    result = compute(prices.close, prices.high, prices.low)
    expected = reference_talib(prices.close, prices.high, prices.low)
    assert tuple(result.values) == NAMES
    as_json = result.as_json()
    for name in NAMES:
        warm = WARM_UP[name]
        values = result.values[name]
        assert len(values) == len(prices.close), name
        assert np.isnan(values[:warm]).all() and not np.isnan(values[warm:]).any(), name
        assert np.max(np.abs(values[warm:] - expected[name][warm:])) <= 1e-9, name
        assert as_json[name][:warm] == [None] * warm and None not in as_json[name][warm:], name


def test_atr_only_with_high_and_low(prices: PriceTable) -> None:
    assert "atr_14" not in compute(prices.close).values


def _ema(close: np.ndarray, period: int) -> np.ndarray:
    out = np.full(len(close), math.nan)
    out[period - 1] = close[:period].mean()
    alpha = 2.0 / (period + 1)
    for i in range(period, len(close)):
        out[i] = alpha * close[i] + (1 - alpha) * out[i - 1]
    return out


def _wilder(values: np.ndarray, period: int, first: int) -> np.ndarray:
    """Wilder's smoothing: the mean of the first ``period`` values (ending at ``first``), then (prev·(n−1) + x)/n."""
    out = np.full(len(values), math.nan)
    out[first] = values[first - period + 1 : first + 1].mean()
    for i in range(first + 1, len(values)):
        out[i] = (out[i - 1] * (period - 1) + values[i]) / period
    return out


def test_textbook_definitions(prices: PriceTable) -> None:
    close, high, low = prices.close, prices.high, prices.low
    result = compute(close, high, low).values
    sma = np.convolve(close, np.ones(20) / 20, mode="valid")
    np.testing.assert_allclose(result["sma_20"][19:], sma, rtol=0, atol=1e-9)
    np.testing.assert_allclose(result["ema_20"][19:], _ema(close, 20)[19:], rtol=0, atol=1e-9)
    change = np.r_[math.nan, np.diff(close)]
    gain, loss = _wilder(np.clip(change, 0, None), 14, 14), _wilder(np.clip(-change, 0, None), 14, 14)
    np.testing.assert_allclose(result["rsi_14"][14:], (100 * gain / (gain + loss))[14:], rtol=0, atol=1e-9)
    deviation = np.array([close[i - 19 : i + 1].std(ddof=0) for i in range(19, len(close))])
    np.testing.assert_allclose(result["bb_upper"][19:], sma + 2 * deviation, rtol=0, atol=1e-6)
    previous = np.r_[math.nan, close[:-1]]
    true_range = np.fmax(high - low, np.fmax(np.abs(high - previous), np.abs(low - previous)))
    np.testing.assert_allclose(result["atr_14"][14:], _wilder(true_range, 14, 14)[14:], rtol=0, atol=1e-9)


def test_a_zoomed_window_is_sliced_not_recomputed(prices: PriceTable) -> None:
    full = compute(prices.close)
    zoomed = full.window(100, 160)
    np.testing.assert_array_equal(zoomed.values["ema_20"], full.values["ema_20"][100:160])
    recomputed = compute(prices.close[100:160]).values["ema_20"]
    assert np.isnan(recomputed[:19]).all() and not np.isnan(zoomed.values["ema_20"]).any()
    assert abs(recomputed[30] - zoomed.values["ema_20"][30]) > 1e-6  # what a recomputation would have shown
