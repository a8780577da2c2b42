"""Side constraints of a curtailment plan as budgets: per group of miners, a sum that may not exceed a limit.

Two kinds cover the hosting contracts and the electrical limits:

- a customer cap ("at most X % of a customer's hashrate curtailed") is a budget on lost TH/s per customer;
- a rack or feed limit ("at most Y kW shed on feed F") is a budget on shed watts per group.

Both are linear in the per-level choice, so the fast path can check them move by move and the proof path
can state them as MIP rows. Protected and anti-flap miners are not budgets: they simply have one level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from hashinsight_desktop.services.curtailment.fast_path import BoolArray, FloatArray, IntArray, PaddedLevels

Measure = Literal["lost_ths", "shed_w"]
TOLERANCE = 1e-6  # W or TH/s: a budget met up to float rounding is met


@dataclass(frozen=True)
class Budget:
    """For each group ``g``: Σ over miners with ``group_of == g`` of ``measure`` ≤ ``limit[g]``."""

    kind: str  # for messages: "customer cap", "group limit"
    measure: Measure
    group_of: IntArray  # per miner, −1 when the miner is in no group of this kind
    labels: tuple[str, ...]  # per group
    limit: FloatArray  # per group, in the measure's unit

    def __post_init__(self) -> None:
        if self.limit.shape != (len(self.labels),):
            raise ValueError("one limit per group label")
        if self.group_of.size and int(self.group_of.max()) >= len(self.labels):
            raise ValueError("group_of refers to a group without a label")

    @property
    def n_groups(self) -> int:
        return len(self.labels)

    def level_use(self, pad: PaddedLevels) -> FloatArray:
        """(n, K) use of each level, relative to full (0 at full); 0 for miners in no group."""
        use = pad.lost if self.measure == "lost_ths" else pad.shed
        return np.where(pad.valid & (self.group_of >= 0)[:, None], use, 0.0)

    def usage(self, pad: PaddedLevels, assign: IntArray) -> FloatArray:
        """Use per group of the plan ``assign``."""
        per_miner = self.level_use(pad)[np.arange(assign.size), assign]
        member = self.group_of >= 0
        return np.bincount(self.group_of[member], weights=per_miner[member], minlength=self.n_groups).astype(np.float64)


def group_index(labels_per_miner: Sequence[str | None]) -> tuple[IntArray, tuple[str, ...]]:
    """Per-miner labels (None = no group) → (group index per miner, −1 for none; labels in first-seen order)."""
    index: dict[str, int] = {}
    group_of = np.full(len(labels_per_miner), -1, dtype=np.int64)
    for i, label in enumerate(labels_per_miner):
        if label is not None:
            group_of[i] = index.setdefault(label, len(index))
    return group_of, tuple(index)


def keeps_budgets(pad: PaddedLevels, assign: IntArray, budgets: Sequence[Budget]) -> bool:
    return all(bool(np.all(b.usage(pad, assign) <= b.limit + TOLERANCE)) for b in budgets)


def move_allowed(pad: PaddedLevels, assign: IntArray, budgets: Sequence[Budget]) -> BoolArray:
    """(n, K) mask of single-miner level changes that keep every budget, given the rest of the plan."""
    rows = np.arange(assign.size)
    ok = pad.valid.copy()
    for budget in budgets:
        use = budget.level_use(pad)
        slack = budget.limit - budget.usage(pad, assign)
        slack_m = np.where(budget.group_of >= 0, slack[np.maximum(budget.group_of, 0)], np.inf)
        ok &= use - use[rows, assign][:, None] <= slack_m[:, None] + TOLERANCE
    return ok
