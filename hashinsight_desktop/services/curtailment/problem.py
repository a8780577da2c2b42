"""A curtailment problem as the rest of the app states it: the fleet, the target, the strategy and its prices,
and the side rules (protected miners, customer caps, rack/feed limits), checked and turned into what the
solvers take: a fleet with locked miners reduced to one level, and budgets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from hashinsight_desktop.services.curtailment.budgets import Budget, group_index
from hashinsight_desktop.services.curtailment.fast_path import BoolArray, Fleet, FloatArray
from hashinsight_desktop.services.curtailment.strategies import STRATEGIES, Strategy
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

Limits = Mapping[str, float] | Mapping[int, float] | Sequence[float | None]
# "fewest miners touched" without a figure: each changed miner counts as 10 TH/s more lost. On a 240-miner
# site shedding 200 kW that halves the commands for about 5 % more hashrate lost (tests/…/test_optimiser.py).
DEFAULT_SWITCH_COST_THS = 10.0


@dataclass(frozen=True)
class Problem:
    """What to shed and under which rules. Per-miner sequences follow the fleet's miner order."""

    fleet: Fleet
    target_w: float
    tolerance_w: float | None = None  # shed at most target + tolerance when set
    strategy: Strategy | str = "performance"
    weights: Sequence[float] | FloatArray | None = None  # customer strategy: SLA weights, default 1; higher protects
    hashprice_usd_per_th_h: float | None = None  # revenue strategy: USD per TH/s per hour
    power_price_usd_per_kwh: float = 0.0  # revenue strategy: what a shed kWh saves
    protected: Sequence[bool] | BoolArray | None = None  # locked at level 0: protected, or changed too recently
    # why each locked miner is locked ("protected", "anti-flap"): the reasons an out-of-reach target names
    locked_by: Sequence[str | None] | None = None
    # "fewest miners touched": every miner the plan changes counts as losing this many TH/s more (see optimiser)
    switch_cost_ths: float = 0.0
    # Customers and groups (rack or feed) are labels per miner: a name, or an index (None or < 0: none). Their
    # limits are a mapping label → value, or with index labels a sequence by index (None: no limit).
    customer_of: Sequence[str | int | None] | None = None
    customer_cap_pct: Limits = field(default_factory=dict)  # max % of a customer's hashrate curtailed
    group_of: Sequence[str | int | None] | None = None
    group_max_shed_w: Limits = field(default_factory=dict)

    def validate(self) -> None:
        n = self.fleet.n_miners
        if not np.isfinite(self.target_w) or self.target_w < 0:
            raise ValidationError(
                "target",
                Text(QT_TRANSLATE_NOOP("Errors", "must be a number ≥ 0, not {target_w!r}"), target_w=self.target_w),
            )
        if self.tolerance_w is not None and (not np.isfinite(self.tolerance_w) or self.tolerance_w < 0):
            raise ValidationError(
                "tolerance",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "must be a number ≥ 0, not {tolerance_w!r}"),
                    tolerance_w=self.tolerance_w,
                ),
            )
        if not np.isfinite(self.switch_cost_ths) or self.switch_cost_ths < 0:
            raise ValidationError(
                "switch_cost",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "must be a number of TH/s ≥ 0, not {switch_cost_ths!r}"),
                    switch_cost_ths=self.switch_cost_ths,
                ),
            )
        if self.strategy not in STRATEGIES:
            raise ValidationError(
                "strategy",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "must be one of {value}, not {strategy!r}"),
                    value=", ".join(STRATEGIES),
                    strategy=self.strategy,
                ),
            )
        for name, values in (
            ("weights", self.weights),
            ("protected", self.protected),
            ("locked_by", self.locked_by),
            ("customer_of", self.customer_of),
            ("group_of", self.group_of),
        ):
            if values is not None and len(values) != n:
                raise ValidationError(
                    name,
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "has {n_values} values for {n} miners"), n_values=len(values), n=n
                    ),
                )
        if self.weights is not None:
            weights = np.asarray(self.weights, dtype=np.float64)
            if not np.all(np.isfinite(weights) & (weights >= 0)):
                raise ValidationError("weights", QT_TRANSLATE_NOOP("Errors", "SLA weights must be numbers ≥ 0"))
        if self.strategy == "revenue":
            price = self.hashprice_usd_per_th_h
            if price is None or not np.isfinite(price) or price < 0:
                raise ValidationError(
                    "hashprice", QT_TRANSLATE_NOOP("Errors", "the revenue strategy needs a hashprice ≥ 0")
                )
            if not np.isfinite(self.power_price_usd_per_kwh):
                raise ValidationError("power_price", QT_TRANSLATE_NOOP("Errors", "must be a number"))
        for customer, pct in limits_by_label(self.customer_cap_pct).items():
            if not 0 <= pct <= 100:
                raise ValidationError(
                    "customer_cap_pct",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "customer {customer!r}: {pct} is not between 0 and 100"),
                        customer=customer,
                        pct=pct,
                    ),
                )
        for group, limit in limits_by_label(self.group_max_shed_w).items():
            if not np.isfinite(limit) or limit < 0:
                raise ValidationError(
                    "group_max_shed",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "group {group!r}: {limit} is not a power ≥ 0"),
                        group=group,
                        limit=limit,
                    ),
                )


def locked_fleet(fleet: Fleet, protected: Sequence[bool] | BoolArray | None) -> Fleet:
    """The fleet with every protected miner reduced to its level 0; level indices of the others unchanged."""
    if protected is None:
        return fleet
    locked = np.asarray(protected, dtype=bool)
    if not locked.any():
        return fleet
    counts = fleet.counts
    miner = np.repeat(np.arange(fleet.n_miners), counts)
    level = np.arange(fleet.power_w.size) - fleet.offsets[:-1][miner]
    keep = ~(locked[miner] & (level > 0))
    offsets = np.zeros(fleet.n_miners + 1, dtype=np.int64)
    np.cumsum(np.where(locked, 1, counts), out=offsets[1:])
    return Fleet(offsets, fleet.power_w[keep], fleet.hashrate_ths[keep])


def build_budgets(problem: Problem) -> tuple[Budget, ...]:
    """Customer caps (lost TH/s: cap % of all the customer's hashrate, locked miners included) and group limits."""
    fleet = problem.fleet
    budgets: list[Budget] = []
    caps = limits_by_label(problem.customer_cap_pct)
    if problem.customer_of is not None and caps:
        group_of, names = group_index([_label(c, caps) for c in problem.customer_of])
        if names:
            member = group_of >= 0
            full = np.bincount(group_of[member], weights=fleet.full_hashrate_ths[member], minlength=len(names))
            limit = np.array([caps[name] for name in names], dtype=np.float64) / 100.0 * full
            budgets.append(Budget("customer cap", "lost_ths", group_of, names, limit))
    limits = limits_by_label(problem.group_max_shed_w)
    if problem.group_of is not None and limits:
        group_of, names = group_index([_label(g, limits) for g in problem.group_of])
        if names:
            limit = np.array([limits[name] for name in names], dtype=np.float64)
            budgets.append(Budget("group limit", "shed_w", group_of, names, limit))
    return tuple(budgets)


def limits_by_label(limits: Limits) -> dict[str, float]:
    """Limits by label text; a sequence is indexed by the integer labels, None meaning no limit."""
    if isinstance(limits, Mapping):
        return {str(k): float(v) for k, v in limits.items()}
    return {str(i): float(v) for i, v in enumerate(limits) if v is not None}


def _label(of: str | int | None, limits: dict[str, float]) -> str | None:
    """The miner's label when a limit applies to it; None (or a negative index) is no label."""
    if of is None or (isinstance(of, int | np.integer) and of < 0):
        return None
    label = str(of)
    return label if label in limits else None
