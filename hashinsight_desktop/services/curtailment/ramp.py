"""Ramp batches: how many kilowatts change per step, so a site's load moves without tripping breakers.

The same grouping serves shedding (executor), recovery (staggered restore) and the preview's power
timeline, so the chart shows exactly the steps the executor will take.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

BATCH_INTERVAL_S = 60.0  # one ramp step per minute: ramp rates are given in kW per minute
DEFAULT_RECOVERY_BATCHES = 10  # recovery is always staggered, even for a plan shed all at once


def ramp_batches(kw: Sequence[float], kw_per_batch: float | None, *, batches_without_ramp: int = 1) -> list[int]:
    """Batch index per entry, entries taken in the given order; a batch holds ≤ ``kw_per_batch``
    (one entry larger than that gets a batch of its own). Without a ramp, ``batches_without_ramp``
    batches of near-equal power."""
    if not kw:
        return []
    if kw_per_batch is None or kw_per_batch <= 0:
        if batches_without_ramp <= 1:
            return [0] * len(kw)
        kw_per_batch = sum(kw) / batches_without_ramp
        if kw_per_batch <= 0:
            return [0] * len(kw)
        # equal shares: cut at each multiple of the share along the running total
        out, running = [], 0.0
        for value in kw:
            out.append(min(batches_without_ramp - 1, int(running / kw_per_batch + 1e-9)))
            running += value
        return out
    out, batch, in_batch = [], 0, 0.0
    for value in kw:
        if in_batch > 0 and in_batch + value > kw_per_batch + 1e-9:
            batch, in_batch = batch + 1, 0.0
        out.append(batch)
        in_batch += value
    return out


def batch_count(batches: Sequence[int]) -> int:
    return (max(batches) + 1) if batches else 0


def power_timeline(
    site_kw: float,
    shed_batches_kw: Sequence[float],
    recovery_batches_kw: Sequence[float],
    hold_minutes: float,
    interval_s: float = BATCH_INTERVAL_S,
) -> list[tuple[float, float]]:
    """(minutes from start, site kW) steps: shedding batch by batch, holding, then recovering."""
    step_min = interval_s / 60.0
    points = [(0.0, site_kw)]
    level, t = site_kw, 0.0
    for k, shed in enumerate(shed_batches_kw):
        t = k * step_min
        points.append((t, level))
        level -= shed
        points.append((t, level))
    start_recovery = max(t + step_min, hold_minutes) if math.isfinite(hold_minutes) else t + step_min
    points.append((start_recovery, level))
    for k, restore in enumerate(recovery_batches_kw):
        t = start_recovery + k * step_min
        points.append((t, level))
        level += restore
        points.append((t, level))
    points.append((t + step_min, level))
    return points
