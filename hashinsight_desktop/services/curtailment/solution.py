"""One run of the optimiser and the answer it gives: `Solution` (what callers read), `Run` (one ``optimise`` call's
fleet, per-level loss, budgets and settings) and `answer`, which turns a plan into a Solution with the operator's
line (what the plan loses against the least any plan can lose) and the solver's account."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from hashinsight_desktop.services.curtailment.budgets import Budget, keeps_budgets
from hashinsight_desktop.services.curtailment.fast_path import (
    Fleet,
    FloatArray,
    IntArray,
    PaddedLevels,
    relative_gap_pct,
)
from hashinsight_desktop.services.curtailment.max_shed import cheap_upper_w
from hashinsight_desktop.services.curtailment.problem import Problem
from hashinsight_desktop.services.curtailment.proof_path import SOLVER_NAMES, Cancel, Solver
from hashinsight_desktop.services.curtailment.shortfall import Withholding
from hashinsight_desktop.services.curtailment.solution_text import loss_line
from hashinsight_desktop.services.curtailment.strategies import UNITS
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

EPS_W = 1e-6
PATHS = {"fast": QT_TRANSLATE_NOOP("PlanSolve", "fast path"), "cbc": "CBC", "highs": "HiGHS"}


@dataclass(frozen=True)
class Solution:
    assignments: IntArray  # level per miner of the problem's fleet (0 = full: unchanged)
    shed_w: float
    lost_ths: float  # real hashrate lost, whatever the strategy
    objective: float  # in ``unit``
    lower_bound: float | None  # no plan within the constraints does better (in ``unit``); None when infeasible
    gap_pct: float | None  # (objective − lower_bound) / |lower_bound| × 100
    unit: str  # "TH/s", "weighted TH/s", "USD/h"
    strategy: str
    feasible: bool  # meets the target, the window and every constraint: may be executed
    proven: bool  # a solver proved the plan optimal (or, for infeasible_target, that no plan exists)
    path: str  # "fast" | "cbc" | "highs": who produced the answer
    status: str
    max_sheddable_w: float  # the most that can be shed within the constraints (exact or an upper estimate)
    max_sheddable_exact: bool  # False: ``max_sheddable_w`` is an upper estimate
    solve_seconds: float
    message: str  # one honest sentence for the user: what the plan loses against the least any plan can lose
    solver_detail: str = ""  # the solver's account (who, proven or not, the gap) in English: --json, logs
    commands: int = 0  # miners the plan changes: one command each
    switch_cost: float = 0.0  # "fewest miners touched": what each changed miner adds to the objective (in unit)
    reasons: tuple[Withholding, ...] = ()  # infeasible_target: each constraint that binds, what it withholds
    message_text: str | Text = ""  # ``message`` as a text, for the reader's language (stored beside the plan's)
    solver_detail_text: str | Text = ""  # ``solver_detail`` as a text: the tooltip, the command line's text output

    @property
    def plan_loss(self) -> float:
        """The strategy's loss of the plan, without the switching cost."""
        return self.objective - self.switch_cost * self.commands


@dataclass(frozen=True)
class Run:
    problem: Problem
    fleet: Fleet  # protected miners reduced to their level 0
    loss: FloatArray | None
    pad: PaddedLevels
    budgets: tuple[Budget, ...]
    upper_w: float | None
    solver: Solver
    time_limit_s: float
    cancel: Cancel
    prove: bool
    t0: float
    switch_cost: float = 0.0  # in the objective's unit, per miner changed

    @property
    def target_w(self) -> float:
        return self.problem.target_w

    @property
    def name(self) -> str:
        return SOLVER_NAMES[self.solver]

    @property
    def constrained(self) -> bool:
        return bool(self.budgets) or (self.problem.protected is not None and bool(np.any(self.problem.protected)))

    def totals(self, assign: IntArray) -> tuple[float, float, float]:
        rows = np.arange(assign.size)
        return (
            float(self.pad.shed[rows, assign].sum()),
            float(self.pad.lost[rows, assign].sum()),
            float(self.pad.loss[rows, assign].sum()),
        )

    def meets(self, assign: IntArray) -> bool:
        shed, _, _ = self.totals(assign)
        upper = np.inf if self.upper_w is None else self.upper_w
        return self.target_w - EPS_W <= shed <= upper + EPS_W and keeps_budgets(self.pad, assign, self.budgets)


def answer(
    run: Run,
    assign: IntArray,
    *,
    lower_bound: float | None,
    proven: bool,
    path: str,
    status: str,
    message: str | Text,
    feasible: bool | None = None,
    max_shed: tuple[float, bool] | None = None,
    note: str | Text = "",
    reasons: tuple[Withholding, ...] = (),
) -> Solution:
    """``message`` is the run's account (the solver detail); a plan that may be executed gets the
    operator's line (what it loses against the least any plan can lose) as its message, with ``note``."""
    shed, lost, objective = run.totals(assign)
    commands = int(np.count_nonzero(assign))
    if max_shed is None:
        unconstrained = float(np.where(run.pad.valid, np.maximum(run.pad.shed, 0.0), 0.0).max(axis=1).sum())
        max_shed = (cheap_upper_w(run.pad, run.budgets), False) if run.budgets else (unconstrained, True)
        if run.budgets and max_shed[0] - shed <= 1e-3:
            max_shed = (max_shed[0], True)
    gap = None if lower_bound is None else relative_gap_pct(objective, lower_bound)
    feasible = run.meets(assign) if feasible is None else feasible
    detail = message  # the solver's account
    if not feasible:
        took = time.perf_counter() - run.t0
        verdict = (
            QT_TRANSLATE_NOOP("PlanSolve", "proven: no plan meets it")
            if proven
            else QT_TRANSLATE_NOOP("PlanSolve", "not proven")
        )
        detail = Text(
            QT_TRANSLATE_NOOP("PlanSolve", "{path} in {seconds:.2f} s; {verdict}"),
            path=PATHS.get(path, path),
            seconds=took,
            verdict=verdict,
        )
    if feasible:
        unit = UNITS[run.problem.strategy]
        line = loss_line(objective, lower_bound, unit, proven=proven, commands=commands, switch_cost=run.switch_cost)
        message = Text(QT_TRANSLATE_NOOP("PlanSolve", "{line} ({note})"), line=line, note=note) if note else line
    return Solution(
        assignments=assign,
        shed_w=shed,
        lost_ths=lost,
        objective=objective,
        lower_bound=lower_bound,
        gap_pct=gap,
        unit=UNITS[run.problem.strategy],
        strategy=run.problem.strategy,
        feasible=feasible,
        proven=proven,
        path=path,
        status=status,
        max_sheddable_w=max_shed[0],
        max_sheddable_exact=max_shed[1],
        solve_seconds=time.perf_counter() - run.t0,
        message=str(message),
        solver_detail=str(detail),
        commands=commands,
        switch_cost=run.switch_cost,
        reasons=reasons,
        message_text=message,
        solver_detail_text=detail,
    )
