"""Telemetry anomalies: a score per miner from robust baselines of its own recent behaviour and its nameplate.

Pure and vectorised over a fleet: three (miners × buckets) arrays — hashrate, hottest chip, power — with NaN
for a bucket without a reading, and a mask of buckets to leave out (the miner was curtailed, asleep or in
maintenance then: :func:`score_fleet`'s ``excluded``).

- **Baseline**: per miner and metric, the median and MAD (×1.4826, a normal σ) of the *reference* half of
  the window (its older half), so a slow drift across the day stands out against where the miner started,
  and a spike against its usual spread. The MAD has a floor (``_FLOOR``) so a perfectly steady miner does
  not turn a 0.1 % wobble into a huge score.
- **Now**: each metric's latest valid reading; a missing reading carries the last one forward, so a miner
  that stops answering keeps the anomaly it had (it never clears one by going quiet).
- **Nameplate**: hashrate below and J/TH above the catalogue's figures, in units of ``NAMEPLATE_UNIT``
  (5 %: a miner at 80 % of nominal scores 4).
- **Score**: the largest of these one-sided deviations (only the harmful direction: less hashrate, hotter,
  less efficient); ``ANOMALY_SCORE`` (4) and above is an anomaly, ``CRITICAL_SCORE`` (8) a critical one.
  A miner suppressed *now* (curtailed, asleep, in maintenance) gets no score at all (NaN) and raises nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

Array = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

ANOMALY_SCORE: Final = 4.0
CRITICAL_SCORE: Final = 8.0
NAMEPLATE_UNIT: Final = 0.05  # a nameplate deviation of 5 % counts as one unit of score
_MAD_TO_SIGMA: Final = 1.4826
# The smallest spread a baseline may have: a share of its median (hashrate, J/TH) or degrees (temperature).
_FLOOR: Final = {"hashrate": 0.02, "temperature": 1.0, "efficiency": 0.02}
_MIN_REFERENCE: Final = 6  # valid reference buckets needed for a baseline (30 minutes of 5-minute data)
METRICS: Final = ("hashrate", "temperature", "efficiency")


# Per metric: the sentence saying why a miner scores what it does (whole sentences, for the translation).
_HASHRATE_NAMEPLATE = QT_TRANSLATE_NOOP(
    "Anomalies", "hashrate {current:.1f} {unit} vs nameplate {baseline:.1f} {unit} (score {score:.1f})"
)
_EFFICIENCY_NAMEPLATE = QT_TRANSLATE_NOOP(
    "Anomalies", "efficiency {current:.1f} {unit} vs nameplate {baseline:.1f} {unit} (score {score:.1f})"
)
_REASONS: Final = {
    0: QT_TRANSLATE_NOOP(
        "Anomalies", "hashrate {current:.1f} {unit} vs its 24 h baseline {baseline:.1f} {unit} (score {score:.1f})"
    ),
    1: QT_TRANSLATE_NOOP(
        "Anomalies",
        "chip temperature {current:.1f} {unit} vs its 24 h baseline {baseline:.1f} {unit} (score {score:.1f})",
    ),
    2: QT_TRANSLATE_NOOP(
        "Anomalies", "efficiency {current:.1f} {unit} vs its 24 h baseline {baseline:.1f} {unit} (score {score:.1f})"
    ),
    3: _HASHRATE_NAMEPLATE,
    5: _EFFICIENCY_NAMEPLATE,
}


@dataclass(frozen=True)
class FleetScores:
    """Per miner (the input rows' order): ``score`` (NaN: suppressed or nothing to judge), the metric that
    gave it (index into :data:`METRICS` plus 3 for a nameplate deviation: 3 hashrate, 5 efficiency; -1 none),
    its latest reading and the baseline (median) it was judged against."""

    score: Array
    metric: npt.NDArray[np.int64]
    current: Array
    baseline: Array

    def reason(self, i: int) -> str | Text:
        """One line saying why miner ``i`` scores what it does ("" when it has no score)."""
        m, score = int(self.metric[i]), float(self.score[i])
        if m < 0 or np.isnan(score):
            return ""
        cur, base = float(self.current[i]), float(self.baseline[i])
        unit = {0: "TH/s", 1: "°C", 2: "J/TH", 3: "TH/s", 5: "J/TH"}[m]
        return Text(_REASONS[m], current=cur, baseline=base, unit=unit, score=score)


def _last_valid(values: Array) -> Array:
    """Each row's latest non-NaN value (NaN if none): a missing reading carries the last one forward."""
    valid = ~np.isnan(values)
    columns = np.arange(values.shape[1])
    last = np.max(np.where(valid, columns, -1), axis=1)
    picked = values[np.arange(values.shape[0]), np.maximum(last, 0)]
    return np.where(last >= 0, picked, np.nan)


def _baseline(reference: Array, floor: float, relative: bool) -> tuple[Array, Array]:
    """Median and robust σ per row of the reference half (NaN where too few valid buckets)."""
    enough = np.sum(~np.isnan(reference), axis=1) >= _MIN_REFERENCE
    rows = np.where(enough[:, None], reference, 0.0)  # all-NaN rows would warn; they are masked out below
    median = np.nanmedian(rows, axis=1)
    mad = np.nanmedian(np.abs(rows - median[:, None]), axis=1) * _MAD_TO_SIGMA
    spread = np.maximum(mad, floor * np.abs(median) if relative else floor)
    return np.where(enough, median, np.nan), np.where(enough, spread, np.nan)


def score_fleet(
    hashrate_ths: Array,
    chip_temp_c: Array,
    power_w: Array,
    *,
    excluded: Mask,
    suppressed_now: Mask,
    nominal_ths: Array,
    nominal_w: Array,
) -> FleetScores:
    """Scores for n miners from (n × t) arrays, oldest bucket first. ``excluded`` (n × t): buckets the
    miner was curtailed, asleep or in maintenance (left out of baselines and "now"); ``suppressed_now`` (n):
    miners curtailed, asleep or in maintenance now (no score); ``nominal_*`` (n, NaN: unknown)."""
    n, t = hashrate_ths.shape
    with np.errstate(divide="ignore", invalid="ignore"):
        efficiency = np.where(hashrate_ths > 0, power_w / hashrate_ths, np.nan)
        metrics = {"hashrate": hashrate_ths, "temperature": chip_temp_c, "efficiency": efficiency}
        half = t // 2
        scores = np.full((n, 5), np.nan)
        currents = np.full((n, 5), np.nan)
        baselines = np.full((n, 5), np.nan)
        for k, name in enumerate(METRICS):
            values = np.where(excluded, np.nan, metrics[name].astype(np.float64, copy=False))
            median, spread = _baseline(values[:, :half], _FLOOR[name], relative=name != "temperature")
            now = _last_valid(values)
            sign = -1.0 if name == "hashrate" else 1.0  # the harmful direction
            scores[:, k] = np.maximum(sign * (now - median) / spread, 0.0)
            currents[:, k], baselines[:, k] = now, median
        nominal_jth = np.where(nominal_ths > 0, nominal_w / nominal_ths, np.nan)
        scores[:, 3] = np.maximum((1 - currents[:, 0] / nominal_ths) / NAMEPLATE_UNIT, 0.0)
        scores[:, 4] = np.maximum((currents[:, 2] / nominal_jth - 1) / NAMEPLATE_UNIT, 0.0)
    currents[:, 3], baselines[:, 3] = currents[:, 0], nominal_ths
    currents[:, 4], baselines[:, 4] = currents[:, 2], nominal_jth
    judged = ~np.all(np.isnan(scores), axis=1) & ~suppressed_now
    best = np.argmax(np.nan_to_num(scores, nan=-1.0), axis=1)
    rows = np.arange(n)
    metric = np.where(best == 4, 5, best)  # nameplate columns 3, 4 → metric codes 3 (hashrate), 5 (J/TH)
    return FleetScores(
        np.where(judged, scores[rows, best], np.nan),
        np.where(judged, metric, -1).astype(np.int64),
        np.where(judged, currents[rows, best], np.nan),
        np.where(judged, baselines[rows, best], np.nan),
    )
