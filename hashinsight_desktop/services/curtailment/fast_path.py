"""Fast path of the curtailment optimiser: LP relaxation (convex-hull greedy) plus an integral repair.

The problem is a multiple-choice knapsack: every miner runs at exactly one of its levels; minimise the lost
hashrate (full hashrate − chosen hashrate) subject to shed power (full power − chosen power, summed)
≥ ``target_w`` and, optionally, ≤ ``target_w + tolerance_w``. A strategy may replace the lost hashrate by any
other per-level loss (weighted hashrate, lost revenue): ``solve(..., level_loss=...)``; ``lost_ths`` is
still the real hashrate lost.

Its LP relaxation is solved exactly by a greedy on the lower convex hull of each miner's
(shed power, lost hashrate) points: hull segments of all miners sorted by slope ΔH/ΔP are taken until the
target is met; the fractional last segment gives the lower bound. The repair rounds the plan to a feasible
integral one and improves it with cheap single-miner moves. Everything is vectorised over the fleet.

Level 0 of every miner is its full level (its current/nominal operating point).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

_EPS_W = 1e-6  # watts: comparisons of power sums
_MAX_IMPROVE_ROUNDS = 50
_PAIR_POOL = 1500


@dataclass(frozen=True)
class Fleet:
    """Ragged levels of a fleet: miner ``i`` owns ``power_w[offsets[i]:offsets[i+1]]``; its level 0 is full."""

    offsets: IntArray
    power_w: FloatArray
    hashrate_ths: FloatArray

    def __post_init__(self) -> None:
        if self.offsets.ndim != 1 or self.offsets.size < 1 or self.offsets[0] != 0:
            raise ValueError("offsets must be 1-D and start at 0")
        if int(self.offsets[-1]) != self.power_w.size or self.power_w.size != self.hashrate_ths.size:
            raise ValueError("offsets[-1] must equal the number of levels in power_w and hashrate_ths")
        if np.any(np.diff(self.offsets) < 1):
            raise ValueError("every miner needs at least its full level")

    @property
    def n_miners(self) -> int:
        return int(self.offsets.size - 1)

    @property
    def counts(self) -> IntArray:
        return np.diff(self.offsets)

    @property
    def full_power_w(self) -> FloatArray:
        return self.power_w[self.offsets[:-1]]

    @property
    def full_hashrate_ths(self) -> FloatArray:
        return self.hashrate_ths[self.offsets[:-1]]

    def level_power_w(self, assignments: IntArray) -> FloatArray:
        idx: IntArray = self.offsets[:-1] + assignments
        return self.power_w[idx]

    def level_hashrate_ths(self, assignments: IntArray) -> FloatArray:
        idx: IntArray = self.offsets[:-1] + assignments
        return self.hashrate_ths[idx]

    @classmethod
    def from_levels(cls, levels: Sequence[Sequence[tuple[float, float]]]) -> Fleet:
        """Build from per-miner lists of (power_w, hashrate_ths); the first pair of each list is full."""
        counts = np.fromiter((len(m) for m in levels), dtype=np.int64, count=len(levels))
        offsets = np.zeros(len(levels) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        flat = [pair for miner in levels for pair in miner]
        arr = np.asarray(flat, dtype=np.float64).reshape(-1, 2)
        return cls(offsets, np.ascontiguousarray(arr[:, 0]), np.ascontiguousarray(arr[:, 1]))


def build_fleet(
    full_power_w: Sequence[float] | FloatArray,
    full_hashrate_ths: Sequence[float] | FloatArray,
    presets: Sequence[Sequence[tuple[float, float]]] | None = None,
    sleep_w: Sequence[float | None] | None = None,
    protected: Sequence[bool] | BoolArray | None = None,
) -> Fleet:
    """Levels per miner in the order full, presets…, sleep (when given), off; protected miners only full."""
    fp = np.asarray(full_power_w, dtype=np.float64)
    fh = np.asarray(full_hashrate_ths, dtype=np.float64)
    n = fp.size
    prot = np.zeros(n, dtype=bool) if protected is None else np.asarray(protected, dtype=bool)
    levels: list[list[tuple[float, float]]] = []
    for i in range(n):
        miner = [(float(fp[i]), float(fh[i]))]
        if not prot[i]:
            if presets is not None:
                miner.extend((float(p), float(h)) for p, h in presets[i])
            if sleep_w is not None and sleep_w[i] is not None:
                miner.append((float(sleep_w[i] or 0.0), 0.0))
            miner.append((0.0, 0.0))
        levels.append(miner)
    return Fleet.from_levels(levels)


@dataclass(frozen=True)
class Plan:
    assignments: IntArray  # chosen level index per miner (0 = full)
    shed_w: float
    lost_ths: float  # real hashrate lost, whatever the objective
    objective: float  # total per-level loss (= lost_ths without a ``level_loss``)
    lower_bound: float  # LP bound on the objective for shedding ≥ target (ignores the upper bound)
    gap_pct: float  # see ``relative_gap_pct``
    feasible: bool  # meets shed ≥ target and, when a tolerance is set, shed ≤ target + tolerance
    max_sheddable_w: float
    solve_seconds: float
    status: str = "ok"  # "ok" | "infeasible_target" | "tolerance_not_met"


def relative_gap_pct(objective: float, bound: float) -> float:
    """(objective − bound) / |bound| × 100; 0 when both agree, inf when the bound is 0 and they do not."""
    if abs(bound) > 1e-12:
        return (objective - bound) / abs(bound) * 100.0
    return 0.0 if objective - bound <= 1e-9 else float("inf")


@dataclass(frozen=True)
class PaddedLevels:
    shed: FloatArray  # (n, K) shed power of each level, -inf where padding
    loss: FloatArray  # (n, K) objective loss of each level (lost hashrate by default), inf where padding
    lost: FloatArray  # (n, K) lost hashrate of each level, inf where padding
    valid: BoolArray  # (n, K)


def pad_levels(fleet: Fleet, level_loss: FloatArray | None = None) -> PaddedLevels:
    """Per-miner rows of (shed, loss) relative to full; ``level_loss`` is per flat level, made relative to level 0."""
    counts = fleet.counts
    k = int(counts.max())
    cols = np.arange(k, dtype=np.int64)
    valid = cols[None, :] < counts[:, None]
    idx = np.where(valid, fleet.offsets[:-1, None] + cols[None, :], fleet.offsets[:-1, None])
    shed = fleet.full_power_w[:, None] - fleet.power_w[idx]
    lost = fleet.full_hashrate_ths[:, None] - fleet.hashrate_ths[idx]
    if level_loss is None:
        loss = lost
    else:
        if level_loss.shape != fleet.power_w.shape:
            raise ValueError("level_loss needs one value per level")
        loss = level_loss[idx] - level_loss[fleet.offsets[:-1]][:, None]
    shed = np.where(valid, shed, -np.inf)
    return PaddedLevels(shed, np.where(valid, loss, np.inf), np.where(valid, lost, np.inf), valid)


@dataclass(frozen=True)
class HullSegments:
    miner: IntArray
    to_level: IntArray
    rank: IntArray  # position along the miner's hull
    dp: FloatArray
    dh: FloatArray
    slope: FloatArray


def hull_segments(pad: PaddedLevels) -> HullSegments:
    """Lower convex hull from the full point (0, 0) by gift wrapping, vectorised over miners (≤ K steps).

    Segments come out grouped by hull step, so within a miner they are in hull order; their sort key
    (``slope``) is made non-decreasing along each miner's hull so that a stable sort keeps that order.
    """
    n, k = pad.shed.shape
    cur_s = np.zeros(n)
    cur_l = np.zeros(n)
    run_slope = np.full(n, -np.inf)
    usable = pad.valid & (pad.shed > 0)
    parts: list[tuple[IntArray, IntArray, IntArray, FloatArray, FloatArray, FloatArray]] = []
    for step in range(k):
        cand = usable & (pad.shed > cur_s[:, None] + _EPS_W)
        has = cand.any(axis=1)
        if not has.any():
            break
        ds = np.where(cand, pad.shed - cur_s[:, None], 1.0)
        slope = np.where(cand, (pad.loss - cur_l[:, None]) / ds, np.inf)
        best = slope.min(axis=1, keepdims=True)
        tie = cand & (slope <= best + 1e-12 * np.maximum(1.0, np.abs(best)))
        pick = np.argmin(np.where(tie, pad.shed, np.inf), axis=1)  # collinear: nearest point first, finer steps
        alive = np.flatnonzero(has)
        pick_a = pick[alive].astype(np.int64)
        new_s = pad.shed[alive, pick_a]
        new_l = pad.loss[alive, pick_a]
        d_p = new_s - cur_s[alive]
        d_h = new_l - cur_l[alive]
        key = np.maximum(d_h / d_p, run_slope[alive])
        parts.append((alive, pick_a, np.full(alive.size, step, dtype=np.int64), d_p, d_h, key))
        cur_s[alive], cur_l[alive], run_slope[alive] = new_s, new_l, key
    if not parts:
        e_i = np.zeros(0, dtype=np.int64)
        e_f = np.zeros(0)
        return HullSegments(e_i, e_i, e_i, e_f, e_f, e_f)
    cols = [np.concatenate([p[c] for p in parts]) for c in range(6)]
    return HullSegments(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5])


def _totals(pad: PaddedLevels, assign: IntArray) -> tuple[float, float]:
    rows = np.arange(assign.size)
    return float(pad.shed[rows, assign].sum()), float(pad.loss[rows, assign].sum())


def _lost(pad: PaddedLevels, assign: IntArray) -> float:
    return float(pad.lost[np.arange(assign.size), assign].sum())


def _best_single_move(
    pad: PaddedLevels, assign: IntArray, lo_w: float, hi_w: float, *, maximise_saving: bool = False
) -> tuple[int, int, float] | None:
    """The single-miner level change whose change in shed lies in [lo_w, hi_w] with the least change in loss."""
    rows = np.arange(assign.size)
    d_s = pad.shed - pad.shed[rows, assign][:, None]
    d_l = pad.loss - pad.loss[rows, assign][:, None]
    ok = pad.valid & (d_s >= lo_w - _EPS_W) & (d_s <= hi_w + _EPS_W)
    ok[rows, assign] = False
    if maximise_saving:
        ok &= d_l < -1e-12
    if not ok.any():
        return None
    cost = np.where(ok, d_l, np.inf)
    flat = int(np.argmin(cost))
    i, j = divmod(flat, cost.shape[1])
    return i, j, float(cost[i, j])


def _best_pair_move(pad: PaddedLevels, assign: IntArray, lo_w: float, hi_w: float) -> IntArray | None:
    """Two miners changing level together so that the change in shed lies in [lo_w, hi_w], least loss added.

    Used only to honour a tolerance window; limited to the ``_PAIR_POOL`` cheapest single moves.
    """
    rows = np.arange(assign.size)
    d_s = pad.shed - pad.shed[rows, assign][:, None]
    d_l = pad.loss - pad.loss[rows, assign][:, None]
    ok = pad.valid.copy()
    ok[rows, assign] = False
    mi, lj = np.nonzero(ok)
    if mi.size < 2:
        return None
    ms, ml = d_s[mi, lj], d_l[mi, lj]
    if mi.size > _PAIR_POOL:
        keep = np.argpartition(ml, _PAIR_POOL)[:_PAIR_POOL]
        mi, lj, ms, ml = mi[keep], lj[keep], ms[keep], ml[keep]
    tot_s = ms[:, None] + ms[None, :]
    good = (tot_s >= lo_w - _EPS_W) & (tot_s <= hi_w + _EPS_W) & (mi[:, None] != mi[None, :])
    if not good.any():
        return None
    cost = np.where(good, ml[:, None] + ml[None, :], np.inf)
    a, b = divmod(int(np.argmin(cost)), cost.shape[1])
    out = assign.copy()
    out[mi[a]] = lj[a]
    out[mi[b]] = lj[b]
    return out


def _improve(pad: PaddedLevels, assign: IntArray, target_w: float, upper_w: float) -> IntArray:
    """Step back miners (lower shed, less loss) while the overshoot above the target allows it."""
    assign = assign.copy()
    for _ in range(_MAX_IMPROVE_ROUNDS):
        shed, _ = _totals(pad, assign)
        move = _best_single_move(pad, assign, target_w - shed, upper_w - shed, maximise_saving=True)
        if move is None:
            break
        assign[move[0]] = move[1]
    return assign


def solve(
    fleet: Fleet, target_w: float, tolerance_w: float | None = None, *, level_loss: FloatArray | None = None
) -> Plan:
    """Fast-path plan for shedding at least ``target_w`` (and at most ``target_w + tolerance_w`` when set).

    ``level_loss`` (one value per level of ``fleet.power_w``) replaces lost hashrate as the objective.
    """
    t0 = time.perf_counter()
    n = fleet.n_miners
    if n == 0:
        ok = target_w <= 0 and (tolerance_w is None or tolerance_w >= -target_w)
        empty = np.zeros(0, dtype=np.int64)
        return Plan(
            empty,
            shed_w=0.0,
            lost_ths=0.0,
            objective=0.0,
            lower_bound=0.0,
            gap_pct=0.0,
            feasible=ok,
            max_sheddable_w=0.0,
            solve_seconds=time.perf_counter() - t0,
            status="ok" if ok else "infeasible_target",
        )
    pad = pad_levels(fleet, level_loss)
    max_shed = float(np.where(pad.valid, np.maximum(pad.shed, 0.0), 0.0).max(axis=1).sum())
    upper_w = np.inf if tolerance_w is None else target_w + max(tolerance_w, 0.0)

    seg = hull_segments(pad)
    order = np.argsort(seg.slope, kind="stable")  # stable: each miner's segments stay in hull order
    dp = seg.dp[order]
    dh = seg.dh[order]
    cum = np.cumsum(dp)
    n_neg = int(np.searchsorted(seg.slope[order], 0.0, side="left"))  # segments that lower the loss: always take

    level_at = np.zeros(pad.shed.shape, dtype=np.int64)  # (miner, hull rank) -> level index
    level_at[seg.miner, seg.rank] = seg.to_level

    def plan_from_prefix(m: int) -> IntArray:
        # a miner's taken segments are the first t of its hull: its level is the end of hull segment t − 1
        taken_per_miner = np.bincount(seg.miner[order[:m]], minlength=n)
        a = np.zeros(n, dtype=np.int64)
        moved = np.flatnonzero(taken_per_miner)
        a[moved] = level_at[moved, taken_per_miner[moved] - 1]
        return a

    if cum.size == 0 or target_w > cum[-1] + _EPS_W:
        assign = plan_from_prefix(cum.size)
        shed, loss = _totals(pad, assign)
        return Plan(
            assign,
            shed_w=shed,
            lost_ths=_lost(pad, assign),
            objective=loss,
            lower_bound=loss,
            gap_pct=0.0,
            feasible=False,
            max_sheddable_w=max_shed,
            solve_seconds=time.perf_counter() - t0,
            status="infeasible_target",
        )

    if target_w <= 0:
        m_full, frac = n_neg, 0.0
    else:
        k = int(np.searchsorted(cum, target_w - _EPS_W, side="left"))
        if k + 1 <= n_neg:
            m_full, frac = n_neg, 0.0
        else:
            before = float(cum[k - 1]) if k else 0.0
            m_full, frac = k, (target_w - before) / float(dp[k])
    lower_bound = float(dh[:m_full].sum()) + (frac * float(dh[m_full]) if frac > 0 else 0.0)

    base = plan_from_prefix(m_full)
    base_shed, _ = _totals(pad, base)
    candidates: list[IntArray] = []
    if base_shed >= target_w - _EPS_W:
        candidates.append(base)
    else:
        rounded = plan_from_prefix(m_full + 1)
        candidates.append(rounded)
        # best single miner change from the base that closes the remaining need (hull or non-hull level)
        move = _best_single_move(pad, base, target_w - base_shed, np.inf)
        if move is not None:
            alt = base.copy()
            alt[move[0]] = move[1]
            candidates.append(alt)
        if np.isfinite(upper_w):
            move = _best_single_move(pad, base, target_w - base_shed, upper_w - base_shed)
            if move is not None:
                alt = base.copy()
                alt[move[0]] = move[1]
                candidates.append(alt)
    improved = [_improve(pad, c, target_w, upper_w) for c in candidates]
    if np.isfinite(upper_w):
        # from an over-shooting plan, one miner stepping back into the window
        for c in list(improved):
            shed, _ = _totals(pad, c)
            if shed > upper_w + _EPS_W:
                move = _best_single_move(pad, c, target_w - shed, upper_w - shed)
                if move is not None:
                    alt = c.copy()
                    alt[move[0]] = move[1]
                    improved.append(_improve(pad, alt, target_w, upper_w))
        if not any(target_w - _EPS_W <= _totals(pad, c)[0] <= upper_w + _EPS_W for c in improved):
            for c in [base, *improved]:
                shed, _ = _totals(pad, c)
                pair = _best_pair_move(pad, c, target_w - shed, upper_w - shed)
                if pair is not None:
                    improved.append(_improve(pad, pair, target_w, upper_w))

    best: tuple[bool, float, IntArray, float] | None = None
    for c in improved:
        shed, loss = _totals(pad, c)
        ok = target_w - _EPS_W <= shed <= upper_w + _EPS_W
        key = (not ok, loss)
        if best is None or key < (not best[0], best[1]):
            best = (ok, loss, c, shed)
    assert best is not None
    ok, loss, assign, shed = best
    return Plan(
        assign,
        shed_w=shed,
        lost_ths=_lost(pad, assign),
        objective=loss,
        lower_bound=lower_bound,
        gap_pct=relative_gap_pct(loss, lower_bound),
        feasible=ok,
        max_sheddable_w=max_shed,
        solve_seconds=time.perf_counter() - t0,
        status="ok" if ok else "tolerance_not_met",
    )


def efficiency_ranking(fleet: Fleet) -> tuple[IntArray, IntArray, FloatArray]:
    """Miners that can be switched off, least efficient (highest J/TH) first: (miners, off level, off shed)."""
    pad = pad_levels(fleet)
    off_level = np.argmax(np.where(pad.valid, pad.shed, -np.inf), axis=1)
    off_shed = pad.shed[np.arange(fleet.n_miners), off_level]
    can = (off_level > 0) & (off_shed > 0)
    with np.errstate(divide="ignore"):
        jth = np.where(fleet.full_hashrate_ths > 0, fleet.full_power_w / fleet.full_hashrate_ths, np.inf)
    idx = np.flatnonzero(can)
    idx = idx[np.argsort(-jth[idx], kind="stable")]
    return idx, off_level[idx], off_shed[idx]


def efficiency_order_on_off(fleet: Fleet, target_w: float) -> IntArray:
    """Comparison strategy: switch off the least efficient miners (highest J/TH) first until the target is met.

    Miners without an off level (protected) are never touched. Returns level indices (off or 0).
    """
    assign = np.zeros(fleet.n_miners, dtype=np.int64)
    if fleet.n_miners == 0:
        return assign
    idx, off_level, off_shed = efficiency_ranking(fleet)
    cum = np.cumsum(off_shed)
    m = min(int(np.searchsorted(cum, target_w - _EPS_W, side="left")) + 1, idx.size) if target_w > 0 else 0
    assign[idx[:m]] = off_level[:m]
    return assign
