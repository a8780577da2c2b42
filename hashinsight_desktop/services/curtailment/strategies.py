"""Curtailment strategies as one mechanism: the loss each level of each miner costs, in the strategy's unit.

- performance: lost TH/s (the default objective of the fast and proof paths);
- customer: lost TH/s × the miner's SLA weight (a higher weight protects the miner more);
- revenue: lost TH/s × hashprice − shed kW × power price, in USD/h. A miner whose power costs more than it
  earns has a negative loss when shed, so it is shed beyond the target unless a tolerance window caps it;
- efficiency: the rule simple fleet tools use (least efficient first, on/off); not an objective, kept for
  comparison and measured in lost TH/s.

"Fewest miners touched" adds a switching cost to every level but full (``with_switch_cost``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, get_args

import numpy as np

from hashinsight_desktop.services.curtailment.fast_path import Fleet, FloatArray

Strategy = Literal["performance", "efficiency", "revenue", "customer"]
STRATEGIES: tuple[str, ...] = get_args(Strategy)
UNITS: dict[str, str] = {
    "performance": "TH/s",
    "efficiency": "TH/s",
    "customer": "weighted TH/s",
    "revenue": "USD/h",
}


def level_loss(
    fleet: Fleet,
    strategy: Strategy | str,
    *,
    sla_weight: Sequence[float] | FloatArray | None = None,
    hashprice_usd_per_th_h: float | None = None,
    power_price_usd_per_kwh: float = 0.0,
) -> FloatArray | None:
    """Loss per level (flat, aligned with ``fleet.power_w``, 0 at full); None means plain lost TH/s."""
    if strategy in ("performance", "efficiency"):
        return None
    miner = np.repeat(np.arange(fleet.n_miners), fleet.counts)
    lost = fleet.full_hashrate_ths[miner] - fleet.hashrate_ths
    if strategy == "customer":
        weight = np.ones(fleet.n_miners) if sla_weight is None else np.asarray(sla_weight, dtype=np.float64)
        return lost * weight[miner]
    if strategy == "revenue":
        if hashprice_usd_per_th_h is None:
            raise ValueError("the revenue strategy needs a hashprice")
        shed_kw = (fleet.full_power_w[miner] - fleet.power_w) / 1000.0
        return lost * hashprice_usd_per_th_h - shed_kw * power_price_usd_per_kwh
    raise ValueError(f"unknown strategy {strategy!r}")


def switch_cost_in_unit(
    switch_cost_ths: float, strategy: Strategy | str, *, hashprice_usd_per_th_h: float | None = None
) -> float:
    """The switching cost in the objective's unit: TH/s as such (weighted TH/s at weight 1), USD/h at the
    hashprice for the revenue strategy; none for the efficiency rule, which is not an optimisation."""
    if switch_cost_ths <= 0 or strategy == "efficiency":
        return 0.0
    if strategy == "revenue":
        return switch_cost_ths * (hashprice_usd_per_th_h or 0.0)
    return switch_cost_ths


def with_switch_cost(fleet: Fleet, loss: FloatArray | None, cost: float) -> FloatArray:
    """Per-level loss plus ``cost`` on every level but full: a changed miner costs that much more.

    This is the "fewest miners touched" option as a per-miner switching cost rather than a lexicographic
    second objective: it stays one linear objective, so the fast path's hull greedy, its LP bound and the
    proof path's MIP all take it unchanged, and it trades hashrate for commands at a stated rate (a
    lexicographic rule would only break ties between equally good plans and never save a command).
    """
    miner = np.repeat(np.arange(fleet.n_miners), fleet.counts)
    base = fleet.full_hashrate_ths[miner] - fleet.hashrate_ths if loss is None else loss
    changed = np.arange(fleet.power_w.size) != fleet.offsets[:-1][miner]
    out: FloatArray = base + cost * changed
    return out
