"""A curtailment run's fixed figures, read back from what the executor wrote in ``plan.result``: the
site's power before the run, the ceiling it aims at (fixed when it starts), and once it ended the
power measured after the last batch settled, the verdict and the miners that fell short. Written
defensively: a run from before these figures were kept, or a missing key, gives what it can."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ShortMiner:
    """A miner that still drew more than its level once the run settled."""

    miner: str
    host: str
    level_w: float
    measured_w: float | None


@dataclass(frozen=True)
class RunFigures:
    """A run's fixed figures, as the executor wrote them: the site's power before it, the ceiling it
    aims at (power before − the shed target, fixed when the run starts), and once it ended the power
    measured after the last batch settled, against that ceiling."""

    power_before_kw: float
    site_target_kw: float
    tolerance_kw: float | None = None
    measured_kw: float | None = None  # after the last batch settled (None: not yet, or not measured)
    reached: bool | None = None  # None: the run has not ended (or ended before outcomes were written)
    short_kw: float = 0.0
    short_miners: tuple[ShortMiner, ...] = ()
    from_preview: bool = False  # no figure written at the start: the preview's power stands in
    short_total: int = 0  # miners that fell short (the list may hold only the first of them)

    def gap_kw(self, measured_kw: float) -> float:
        """Measured − target: above 0 the site draws more than the plan allows."""
        return measured_kw - self.site_target_kw

    def above_target(self, measured_kw: float) -> bool:
        return self.gap_kw(measured_kw) > (self.tolerance_kw or 0.0) + 1e-9


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def run_figures(result: Any, target_kw: float, site_power_kw: float | None) -> RunFigures | None:
    """The fixed figures of a plan's run from its ``result`` (None before it ran). A run written
    before the executor recorded its starting power uses the power at preview instead."""
    result = result if isinstance(result, dict) else {}
    outcome = result.get("outcome") if isinstance(result.get("outcome"), dict) else {}
    before = _number(outcome.get("power_before_kw"))
    before = before if before is not None else _number(result.get("power_before_kw"))
    from_preview = before is None
    if before is None:
        if not result or not site_power_kw:
            return None
        before = float(site_power_kw)
    ceiling = _number(outcome.get("site_target_kw"))
    ceiling = ceiling if ceiling is not None else _number(result.get("site_target_kw"))
    if ceiling is None:
        ceiling = before - target_kw
    tolerance = _number(outcome.get("tolerance_kw"))
    tolerance = tolerance if tolerance is not None else _number(result.get("tolerance_kw"))
    reached = outcome.get("reached") if isinstance(outcome.get("reached"), bool) else None
    miners = []
    for row in outcome.get("short_miners") or ():
        if isinstance(row, dict):
            miners.append(
                ShortMiner(
                    str(row.get("miner", "")),
                    str(row.get("host", "")),
                    _number(row.get("level_w")) or 0.0,
                    _number(row.get("measured_w")),
                )
            )
    return RunFigures(
        before,
        ceiling,
        tolerance,
        _number(outcome.get("measured_kw")),
        reached,
        max(_number(outcome.get("short_kw")) or 0.0, 0.0),
        tuple(miners),
        from_preview,
        max(int(outcome.get("short_miners_total") or 0), len(miners)),
    )
