"""Fast path under side constraints: customer caps and rack/feed limits, honoured by a budget-aware greedy.

The unconstrained fast path runs first; when its plan keeps every budget it is the answer. Otherwise a greedy
over the same hull segments (least loss per watt first) skips any segment that would break a budget, then a
repair closes what is still missing of the target with single-miner moves that keep every budget, and an
improvement pass steps miners back while the target, the window and the budgets allow. This is a heuristic:
when it finds no plan the optimiser hands the problem to the proof path.

The lower bound stays the one of the unconstrained LP: the constrained problem's plans are a subset of the
unconstrained ones, so its optimum can only be higher and the bound stays valid (not tight, though).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from hashinsight_desktop.services.curtailment import fast_path
from hashinsight_desktop.services.curtailment.budgets import TOLERANCE, Budget, keeps_budgets, move_allowed
from hashinsight_desktop.services.curtailment.fast_path import (
    Fleet,
    FloatArray,
    IntArray,
    PaddedLevels,
    Plan,
    hull_segments,
    pad_levels,
    relative_gap_pct,
)

_EPS_W = 1e-6
_REPAIR_ROUNDS = 200
_IMPROVE_ROUNDS = 50
_PAIR_POOL = 200  # moves of each kind a pair search looks at: 40,000 pairs, under a millisecond
_PAIR_ROUNDS = 25  # pair moves at most per plan: each gains a little, the first few gain most


def solve_constrained(
    fleet: Fleet,
    target_w: float,
    tolerance_w: float | None = None,
    *,
    budgets: Sequence[Budget] = (),
    level_loss: FloatArray | None = None,
) -> Plan:
    """Fast plan that keeps every budget; status "constraints_not_met" when the heuristic finds none.

    ``max_sheddable_w`` is the unconstrained figure (an upper estimate when there are budgets).
    """
    t0 = time.perf_counter()
    base = fast_path.solve(fleet, target_w, tolerance_w, level_loss=level_loss)
    if not budgets or base.status == "infeasible_target" or fleet.n_miners == 0:
        return base
    pad = pad_levels(fleet, level_loss)
    if base.feasible and keeps_budgets(pad, base.assignments, budgets):
        return base
    upper_w = np.inf if tolerance_w is None else target_w + max(tolerance_w, 0.0)
    greedy, before_crossing = greedy_within_budgets(pad, target_w, upper_w, budgets)
    candidates = [greedy]
    for start in (greedy, before_crossing):
        if start is not None:
            repaired = _repair(pad, start, target_w, upper_w, budgets)
            if repaired is not None:
                candidates.append(repaired)
    best: tuple[bool, float, IntArray] | None = None
    for candidate in candidates:
        plan = improve_within_budgets(pad, candidate, target_w, upper_w, budgets)
        shed, loss = _totals(pad, plan)
        ok = target_w - _EPS_W <= shed <= upper_w + _EPS_W and keeps_budgets(pad, plan, budgets)
        if best is None or (not ok, loss) < (not best[0], best[1]):
            best = (ok, loss, plan)
    assert best is not None
    ok, loss, assign = best
    shed, _ = _totals(pad, assign)
    if ok:
        status = "ok"
    elif shed >= target_w - _EPS_W and keeps_budgets(pad, assign, budgets):
        status = "tolerance_not_met"
    else:
        status = "constraints_not_met"
    return Plan(
        assign,
        shed_w=shed,
        lost_ths=_lost(pad, assign),
        objective=loss,
        lower_bound=base.lower_bound,
        gap_pct=relative_gap_pct(loss, base.lower_bound),
        feasible=ok,
        max_sheddable_w=base.max_sheddable_w,
        solve_seconds=time.perf_counter() - t0,
        status=status,
    )


def greedy_within_budgets(
    pad: PaddedLevels, target_w: float, upper_w: float, budgets: Sequence[Budget]
) -> tuple[IntArray, IntArray | None]:
    """Hull segments in slope order, skipping those that break a budget; also the plan before the crossing one.

    A skipped segment blocks its miner's later segments (they start where the skipped one ends). With
    ``target_w`` = inf every segment that fits is taken: a plan shedding as much as the greedy can.
    Scalar loop over Python lists: it runs only for constrained problems, about 1 µs a segment.
    """
    n = pad.shed.shape[0]
    seg = hull_segments(pad)
    order = np.argsort(seg.slope, kind="stable")
    level_at = np.zeros(pad.shed.shape, dtype=np.int64)
    level_at[seg.miner, seg.rank] = seg.to_level
    prev = np.where(seg.rank > 0, level_at[seg.miner, np.maximum(seg.rank - 1, 0)], 0)
    miners: list[int] = seg.miner[order].tolist()
    to_level: list[int] = seg.to_level[order].tolist()
    d_shed: list[float] = seg.dp[order].tolist()
    slopes: list[float] = seg.slope[order].tolist()
    d_use: list[list[float]] = []
    group_of: list[list[int]] = []
    left: list[list[float]] = []
    for budget in budgets:
        use = budget.level_use(pad)
        d_use.append((use[seg.miner, seg.to_level] - use[seg.miner, prev])[order].tolist())
        group_of.append(budget.group_of.tolist())
        left.append((budget.limit + TOLERANCE).tolist())
    assign = [0] * n
    blocked = bytearray(n)
    shed = 0.0
    before: list[int] | None = None
    n_budgets = len(budgets)
    for k, i in enumerate(miners):
        if blocked[i]:
            continue
        met = shed >= target_w - _EPS_W
        if met and slopes[k] >= 0:
            break
        if met and shed + d_shed[k] > upper_w + _EPS_W:  # a loss-lowering segment would leave the window
            blocked[i] = 1
            continue
        fits = True
        for b in range(n_budgets):
            g = group_of[b][i]
            if g >= 0 and d_use[b][k] > left[b][g]:
                fits = False
                break
        if not fits:
            blocked[i] = 1
            continue
        if before is None and not met and shed + d_shed[k] >= target_w - _EPS_W:
            before = list(assign)
        for b in range(n_budgets):
            g = group_of[b][i]
            if g >= 0:
                left[b][g] -= d_use[b][k]
        assign[i] = to_level[k]
        shed += d_shed[k]
    plan = np.asarray(assign, dtype=np.int64)
    return plan, (None if before is None else np.asarray(before, dtype=np.int64))


def _totals(pad: PaddedLevels, assign: IntArray) -> tuple[float, float]:
    rows = np.arange(assign.size)
    return float(pad.shed[rows, assign].sum()), float(pad.loss[rows, assign].sum())


def _lost(pad: PaddedLevels, assign: IntArray) -> float:
    return float(pad.lost[np.arange(assign.size), assign].sum())


def _deltas(
    pad: PaddedLevels, assign: IntArray, budgets: Sequence[Budget]
) -> tuple[FloatArray, FloatArray, np.ndarray]:
    """Change in shed and loss of every single-miner move, and which moves keep every budget."""
    rows = np.arange(assign.size)
    d_s = pad.shed - pad.shed[rows, assign][:, None]
    d_l = pad.loss - pad.loss[rows, assign][:, None]
    ok = move_allowed(pad, assign, budgets)
    ok[rows, assign] = False
    return d_s, d_l, ok


def _apply(assign: IntArray, mask: np.ndarray, cost: FloatArray) -> IntArray:
    i, j = divmod(int(np.argmin(np.where(mask, cost, np.inf))), cost.shape[1])
    out = assign.copy()
    out[i] = j
    return out


def _repair(
    pad: PaddedLevels, assign: IntArray, target_w: float, upper_w: float, budgets: Sequence[Budget]
) -> IntArray | None:
    """Single-miner moves that keep every budget until the shed lies in [target, upper]; None when stuck."""
    for _ in range(_REPAIR_ROUNDS):
        shed, _ = _totals(pad, assign)
        need, room = target_w - shed, upper_w - shed
        if need <= _EPS_W and room >= -_EPS_W:
            return assign
        d_s, d_l, ok = _deltas(pad, assign, budgets)
        into_window = ok & (d_s >= need - _EPS_W) & (d_s <= room + _EPS_W)
        if into_window.any():
            return _apply(assign, into_window, d_l)  # the cheapest single move that lands in the window
        if need > _EPS_W:
            partial = ok & (d_s > _EPS_W) & (d_s < need)
            if partial.any():
                assign = _apply(assign, partial, np.where(partial, d_l / np.where(partial, d_s, 1.0), np.inf))
                continue
            over = ok & (d_s >= need - _EPS_W)  # overshoot now, step back into the window in a later round
            if not over.any():
                return None
            assign = _apply(assign, over, d_l)
        else:
            back = ok & (d_s < -_EPS_W) & (d_s >= need - _EPS_W)  # shed less, still ≥ target
            if not back.any():
                return None
            assign = _apply(assign, back, d_s)  # the biggest step back first
    return None


def improve_within_budgets(
    pad: PaddedLevels, assign: IntArray, target_w: float, upper_w: float, budgets: Sequence[Budget]
) -> IntArray:
    """Single-miner moves that lower the loss and keep the target, the window and every budget."""
    for _ in range(_IMPROVE_ROUNDS):
        shed, _ = _totals(pad, assign)
        if shed < target_w - _EPS_W or shed > upper_w + _EPS_W:
            return assign
        d_s, d_l, ok = _deltas(pad, assign, budgets)
        better = ok & (d_s >= target_w - shed - _EPS_W) & (d_s <= upper_w - shed + _EPS_W) & (d_l < -1e-12)
        if not better.any():
            return assign
        assign = _apply(assign, better, d_l)
    return assign


def max_shed_within_budgets(pad: PaddedLevels, budgets: Sequence[Budget]) -> IntArray:
    """A plan shedding as much as the greedy finds within the budgets (a lower estimate of the maximum):
    the greedy, then single-miner moves that shed more, then pairs (one miner deeper, one back) that do."""
    assign, _ = greedy_within_budgets(pad, np.inf, np.inf, budgets)
    pairs = 0
    for _ in range(_REPAIR_ROUNDS):
        d_s, _, ok = _deltas(pad, assign, budgets)
        more = ok & (d_s > _EPS_W)
        if more.any():
            assign = _apply(assign, more, -d_s)
            continue
        pairs += 1
        swapped = _pair_for_more_shed(pad, assign, budgets) if pairs <= _PAIR_ROUNDS else None
        if swapped is None:
            break
        assign = swapped
    return assign


def _pair_for_more_shed(pad: PaddedLevels, assign: IntArray, budgets: Sequence[Budget]) -> IntArray | None:
    """Two miners changing level together (one deeper, one back) so the plan sheds more and keeps every
    budget, as a full budget blocks each move alone; among the ``_PAIR_POOL`` biggest moves of each kind."""
    rows = np.arange(assign.size)
    d_s = pad.shed - pad.shed[rows, assign][:, None]
    valid = pad.valid.copy()
    valid[rows, assign] = False
    deeper_i, deeper_l = np.nonzero(valid & (d_s > _EPS_W))
    back_i, back_l = np.nonzero(valid & (d_s < -_EPS_W))
    if deeper_i.size == 0 or back_i.size == 0:
        return None
    if deeper_i.size > _PAIR_POOL:
        keep = np.argpartition(-d_s[deeper_i, deeper_l], _PAIR_POOL)[:_PAIR_POOL]
        deeper_i, deeper_l = deeper_i[keep], deeper_l[keep]
    if back_i.size > _PAIR_POOL:
        keep = np.argpartition(-d_s[back_i, back_l], _PAIR_POOL)[:_PAIR_POOL]  # the smallest steps back
        back_i, back_l = back_i[keep], back_l[keep]
    gain = d_s[deeper_i, deeper_l][:, None] + d_s[back_i, back_l][None, :]
    ok = (gain > _EPS_W) & (deeper_i[:, None] != back_i[None, :])
    for budget in budgets:
        use = budget.level_use(pad)
        d_use = use - use[rows, assign][:, None]
        slack = budget.limit - budget.usage(pad, assign) + TOLERANCE
        g_a, g_b = budget.group_of[deeper_i], budget.group_of[back_i]
        u_a, u_b = d_use[deeper_i, deeper_l], d_use[back_i, back_l]
        slack_a = np.where(g_a >= 0, slack[np.maximum(g_a, 0)], np.inf)
        slack_b = np.where(g_b >= 0, slack[np.maximum(g_b, 0)], np.inf)
        same = (g_a[:, None] == g_b[None, :]) & (g_a[:, None] >= 0)
        together = u_a[:, None] + u_b[None, :] <= slack_a[:, None]
        apart = (u_a[:, None] <= slack_a[:, None]) & (u_b[None, :] <= slack_b[None, :])
        ok &= np.where(same, together, apart)
        if not ok.any():
            return None
    if not ok.any():
        return None
    a, b = divmod(int(np.argmax(np.where(ok, gain, -np.inf))), gain.shape[1])
    out = assign.copy()
    out[deeper_i[a]] = deeper_l[a]
    out[back_i[b]] = back_l[b]
    return out


def efficiency_order(fleet: Fleet, target_w: float, upper_w: float, budgets: Sequence[Budget]) -> IntArray:
    """The efficiency-order rule (least efficient first, on/off) keeping the window and the budgets.

    A miner whose switch-off would break a budget or leave the window is passed over, the next one tried.
    It ignores presets and sleep (on/off only, as simple fleet tools do) and the objective: it is a rule.
    """
    assign = np.zeros(fleet.n_miners, dtype=np.int64)
    if fleet.n_miners == 0 or target_w <= 0:
        return assign
    idx, off_level, off_shed = fast_path.efficiency_ranking(fleet)
    pad = pad_levels(fleet)
    uses = [b.level_use(pad)[idx, off_level].tolist() for b in budgets]
    group_of = [b.group_of[idx].tolist() for b in budgets]
    left = [(b.limit + TOLERANCE).tolist() for b in budgets]
    shed = 0.0
    for k, (i, level, watts) in enumerate(zip(idx.tolist(), off_level.tolist(), off_shed.tolist(), strict=True)):
        if shed >= target_w - _EPS_W:
            break
        if shed + watts > upper_w + _EPS_W:
            continue
        groups = [(b, group_of[b][k]) for b in range(len(budgets)) if group_of[b][k] >= 0]
        if any(uses[b][k] > left[b][g] for b, g in groups):
            continue
        for b, g in groups:
            left[b][g] -= uses[b][k]
        assign[i] = level
        shed += watts
    return assign
