"""Proof path of the curtailment optimiser: the MIP in PuLP, solved by CBC (or HiGHS) in a child process.

Model: a binary x[i, l] per non-full level l of miner i (full = 1 − Σ_l x[i, l]), Σ_l x[i, l] ≤ 1,
shed ≥ target, shed ≤ target + tolerance when set, one row per customer cap and per rack/feed limit;
minimise the strategy's loss. A second sense, "max_shed", maximises the shed within the budgets (the
honest "most that can be shed" when a target is out of reach).

Why a child process: CBC runs as a subprocess of PuLP and cannot be interrupted through PuLP, and HiGHS runs
inside the calling process. The child (multiprocessing "spawn": no forked GUI or threads) makes itself a
process-group leader, so killing the group on cancel or at the hard wall-clock limit also kills its cbc.

Honesty: PuLP sets ``status`` to "Optimal" when CBC stops at its time limit with a solution; only
``sol_status == LpSolutionOptimal`` means proven. ``ProofResult.proven`` is exactly that.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

import numpy as np

from hashinsight_desktop.services.curtailment.budgets import Budget
from hashinsight_desktop.services.curtailment.fast_path import Fleet, FloatArray, IntArray
from hashinsight_desktop.services.curtailment.solver_output import log_solver_text, stdout_to_file
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

Solver = Literal["cbc", "highs"]
Sense = Literal["min_loss", "max_shed"]
Outcome = Literal["optimal", "time_limit", "infeasible", "cancelled", "killed", "error"]
Cancel = threading.Event | Callable[[], bool] | None
SOLVER_NAMES = {"cbc": "CBC", "highs": "HiGHS"}
_POLL_S = 0.05
SOLVER_OUTPUT = "solver-stdout.txt"  # what the child's solver printed, logged by the parent
# How a proof run ended without an answer (the solver's account; a tooltip, English in --json).
EXIT_WITHOUT_RESULT = QT_TRANSLATE_NOOP("PlanSolve", "the {solver} process ended without a result (exit code {code})")
CANCELLED_AFTER = QT_TRANSLATE_NOOP("PlanSolve", "cancelled after {seconds:.1f} s")
NO_ANSWER_WITHIN = QT_TRANSLATE_NOOP("PlanSolve", "{solver} gave no answer within {seconds:.0f} s and was stopped")


@dataclass(frozen=True)
class ProofModel:
    """Everything the child needs, as plain arrays (cheap to pickle). Per-level arrays are relative to full."""

    offsets: IntArray
    shed_w: FloatArray
    loss: FloatArray  # the objective per level
    lost_ths: FloatArray
    budgets: tuple[Budget, ...]
    target_w: float
    upper_w: float | None
    sense: Sense = "min_loss"

    @classmethod
    def from_fleet(
        cls,
        fleet: Fleet,
        target_w: float,
        upper_w: float | None = None,
        *,
        budgets: Sequence[Budget] = (),
        level_loss: FloatArray | None = None,
        sense: Sense = "min_loss",
    ) -> ProofModel:
        miner = np.repeat(np.arange(fleet.n_miners), fleet.counts)
        shed = fleet.full_power_w[miner] - fleet.power_w
        lost = fleet.full_hashrate_ths[miner] - fleet.hashrate_ths
        loss = lost if level_loss is None else level_loss - level_loss[fleet.offsets[:-1]][miner]
        return cls(fleet.offsets, shed, loss, lost, tuple(budgets), float(target_w), upper_w, sense)

    @property
    def n_miners(self) -> int:
        return int(self.offsets.size - 1)

    @property
    def n_variables(self) -> int:
        return int(self.offsets[-1] - self.n_miners)


@dataclass(frozen=True)
class ProofResult:
    outcome: Outcome
    proven: bool  # sol_status == optimal: the plan is optimal (or, with outcome "infeasible", none exists)
    solver: str  # "cbc" | "highs"
    status: str  # what the solver said, e.g. "Optimal / Integer Feasible" (PuLP status / solution status)
    assignments: IntArray | None  # level per miner, None without a plan
    objective: float | None  # of ``assignments`` (the loss, or the shed for "max_shed")
    shed_w: float | None
    lost_ths: float | None
    bound: float | None  # the solver's own bound on the objective, when it gives one (HiGHS)
    seconds: float
    detail: str | Text = ""  # how the run ended when it gave no answer, or the child's error (its own words)


def solve_in_process(
    model: ProofModel,
    *,
    warm_start: IntArray | None = None,
    time_limit_s: float = 30.0,
    solver: Solver = "cbc",
    tmp_dir: str | None = None,
) -> ProofResult:
    """Build and solve the MIP here. ``prove`` runs this in a child; tests may call it directly."""
    import pulp

    t0 = time.perf_counter()
    n = model.n_miners
    counts = np.diff(model.offsets)
    miner_of = np.repeat(np.arange(n), counts)
    level_of = np.arange(model.offsets[-1]) - np.repeat(model.offsets[:-1], counts)
    cols = np.flatnonzero(level_of > 0)  # one binary per non-full level; miner i owns a contiguous run
    col_miner, col_level = miner_of[cols], level_of[cols]
    maximise = model.sense == "max_shed"
    prob = pulp.LpProblem("curtailment", pulp.LpMaximize if maximise else pulp.LpMinimize)
    names = [f"x{i}_{lv}" for i, lv in zip(col_miner.tolist(), col_level.tolist(), strict=True)]
    if hasattr(prob, "add_variable"):  # PuLP ≥ 3.3: variables belong to the model (LpVariable() warns)
        x = [prob.add_variable(name, cat=pulp.LpBinary) for name in names]
    else:
        x = [pulp.LpVariable(name, cat=pulp.LpBinary) for name in names]

    def expression(idx: IntArray, coef: FloatArray) -> Any:
        # pairs, not lpSum: about four times faster at 100,000 miners
        return pulp.LpAffineExpression(
            [(x[j], c) for j, c in zip(idx.tolist(), coef.tolist(), strict=True) if c != 0.0]
        )

    every = np.arange(cols.size)
    prob.setObjective(expression(every, model.shed_w[cols] if maximise else model.loss[cols]))
    start = model.offsets[:-1] - np.arange(n)  # first column of each miner
    for i in np.flatnonzero(counts >= 3).tolist():  # ≥ 2 non-full levels: at most one of them
        run = np.arange(start[i], start[i] + counts[i] - 1)
        prob.addConstraint(pulp.LpConstraint(expression(run, np.ones(run.size)), pulp.LpConstraintLE, f"one_{i}", 1))
    if not maximise:
        shed = model.shed_w[cols]
        prob.addConstraint(pulp.LpConstraint(expression(every, shed), pulp.LpConstraintGE, "target", model.target_w))
        if model.upper_w is not None:
            prob.addConstraint(pulp.LpConstraint(expression(every, shed), pulp.LpConstraintLE, "window", model.upper_w))
    for b, budget in enumerate(model.budgets):
        use = model.lost_ths[cols] if budget.measure == "lost_ths" else model.shed_w[cols]
        group = budget.group_of[col_miner]
        member = np.flatnonzero(group >= 0)
        member = member[np.argsort(group[member], kind="stable")]
        bounds = np.searchsorted(group[member], np.arange(budget.n_groups + 1))
        for g in range(budget.n_groups):
            idx = member[bounds[g] : bounds[g + 1]]
            if idx.size == 0:
                continue  # every miner of the group is locked: nothing to limit
            limit = float(budget.limit[g])
            prob.addConstraint(pulp.LpConstraint(expression(idx, use[idx]), pulp.LpConstraintLE, f"b{b}_{g}", limit))
    if warm_start is not None:
        initial = (warm_start[col_miner] == col_level).tolist()
        for var, on in zip(x, initial, strict=True):
            var.setInitialValue(1 if on else 0)
    engine = _solver(pulp, solver, time_limit_s, warm=warm_start is not None, tmp_dir=tmp_dir)
    prob.solve(engine)
    status = f"{pulp.LpStatus[prob.status]} / {pulp.LpSolution[prob.sol_status]}"
    proven = prob.sol_status == pulp.LpSolutionOptimal
    bound = _highs_bound(prob, maximise) if solver == "highs" else None
    if prob.status == pulp.LpStatusInfeasible:
        return ProofResult("infeasible", True, solver, status, None, None, None, None, None, time.perf_counter() - t0)
    outcome: Outcome = "optimal" if proven else "time_limit"
    if prob.sol_status not in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible):
        return ProofResult(outcome, False, solver, status, None, None, None, None, bound, time.perf_counter() - t0)
    values = np.fromiter((v.varValue or 0.0 for v in x), dtype=np.float64, count=len(x))
    chosen = values > 0.5
    assign = np.zeros(n, dtype=np.int64)
    assign[col_miner[chosen]] = col_level[chosen]
    at = model.offsets[:-1] + assign
    shed_w, lost_ths = float(model.shed_w[at].sum()), float(model.lost_ths[at].sum())
    objective = shed_w if maximise else float(model.loss[at].sum())
    return ProofResult(
        outcome, proven, solver, status, assign, objective, shed_w, lost_ths, bound, time.perf_counter() - t0
    )


def _solver(pulp: Any, solver: Solver, time_limit_s: float, *, warm: bool, tmp_dir: str | None) -> Any:
    if solver == "cbc":
        with warnings.catch_warnings():
            # PuLP 3.3 announces that 4.0 drops the bundled CBC; until then it is the one every install has
            warnings.simplefilter("ignore", DeprecationWarning)
            engine = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit_s, warmStart=warm)
        if tmp_dir is not None:
            engine.tmpDir = tmp_dir  # the parent removes it, also after a kill
        return engine
    if solver == "highs":
        if pulp.HiGHS().available():
            return _warm_highs_class(pulp)(msg=False, timeLimit=time_limit_s, warm=warm)
        return pulp.HiGHS_CMD(msg=False, timeLimit=time_limit_s, warmStart=warm)
    raise ValueError(f"unknown solver {solver!r}")


def _warm_highs_class(pulp: Any) -> Any:
    """pulp.HiGHS (highspy in process) with the warm start it lacks: the initial values as a start solution."""
    import highspy

    class WarmHiGHS(pulp.HiGHS):  # type: ignore[misc]
        def __init__(self, *, warm: bool, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.warm = warm

        def callSolver(self, lp: Any) -> None:
            if self.warm:
                solution = highspy.HighsSolution()
                values = [0.0] * lp.solverModel.getNumCol()
                for var in lp.variables():
                    values[var.index] = float(var.varValue or 0.0)
                solution.col_value = values
                lp.solverModel.setSolution(solution)
            lp.solverModel.run()

    return WarmHiGHS


def _highs_bound(prob: Any, maximise: bool) -> float | None:
    model = getattr(prob, "solverModel", None)
    if model is None:
        return None
    value = float(model.getInfo().mip_dual_bound)
    if not np.isfinite(value):
        return None
    return -value if maximise else value  # PuLP hands HiGHS −objective when maximising


def _exit_with_parent(parent: int, tmp_dir: str | None) -> None:
    """If the app dies (no cancel, no kill), take cbc down too instead of letting it run to its time limit."""
    while os.getppid() == parent:
        time.sleep(0.5)
    if tmp_dir is not None:
        shutil.rmtree(tmp_dir, ignore_errors=True)  # the parent that would have removed it is gone
    os.killpg(0, signal.SIGKILL)


def _child_main(conn: Connection, model: ProofModel, kwargs: dict[str, Any]) -> None:
    tmp_dir = kwargs.get("tmp_dir")
    if tmp_dir is not None:
        stdout_to_file(os.path.join(tmp_dir, SOLVER_OUTPUT))  # HiGHS prints from C: never on the user's stdout
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # leader of a new group: killing the group kills cbc with us
        watch = threading.Thread(target=_exit_with_parent, args=(os.getppid(), kwargs.get("tmp_dir")), daemon=True)
        watch.start()
    try:
        result: ProofResult | str = solve_in_process(model, **kwargs)
    except BaseException:  # report any failure to the parent instead of dying silently
        result = traceback.format_exc(limit=5)
    conn.send(result)
    conn.close()


def _cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def _kill_tree(proc: multiprocessing.process.BaseProcess) -> None:
    pid = proc.pid
    if pid is not None and proc.is_alive():
        if os.name == "posix":
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # the child and its cbc; fails only before setpgrp ran
        else:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(pid)], capture_output=True, check=False)
    with contextlib.suppress(Exception):
        proc.kill()  # covers the moment before the child's setpgrp
    proc.join(5.0)


def default_margin_s(model: ProofModel, time_limit_s: float) -> float:
    """Room beyond the solver's own limit for spawning, building and writing the model, and reading back."""
    return 5.0 + 0.25 * time_limit_s + 3e-5 * model.n_variables


def prove(
    model: ProofModel,
    *,
    warm_start: IntArray | None = None,
    time_limit_s: float = 30.0,
    solver: Solver = "cbc",
    cancel: Cancel = None,
    wall_limit_s: float | None = None,
    on_started: Callable[[int], None] | None = None,
) -> ProofResult:
    """Solve in a killable child process, stopped by ``cancel`` or at the hard ``wall_limit_s``.

    The wall limit defaults to ``time_limit_s`` plus ``default_margin_s``; ``on_started`` gets the child's pid
    (its process group id on POSIX).
    """
    t0 = time.perf_counter()
    name = SOLVER_NAMES.get(solver, solver)
    wall = time_limit_s + default_margin_s(model, time_limit_s) if wall_limit_s is None else wall_limit_s
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    tmp_dir = tempfile.mkdtemp(prefix="hashinsight-mip-")
    kwargs = {"warm_start": warm_start, "time_limit_s": time_limit_s, "solver": solver, "tmp_dir": tmp_dir}
    proc = ctx.Process(target=_child_main, args=(sender, model, kwargs), daemon=True, name=f"curtail-{solver}")
    proc.start()
    sender.close()
    if on_started is not None and proc.pid is not None:
        on_started(proc.pid)

    def ended(outcome: Outcome, detail: str | Text) -> ProofResult:
        return ProofResult(
            outcome, False, solver, outcome, None, None, None, None, None, time.perf_counter() - t0, detail
        )

    try:
        deadline = t0 + wall
        while True:
            if receiver.poll(_POLL_S):
                try:
                    received = receiver.recv()
                except EOFError:
                    proc.join(1.0)
                    return ended("error", Text(EXIT_WITHOUT_RESULT, solver=name, code=proc.exitcode))
                break
            if _cancelled(cancel):
                _kill_tree(proc)
                return ended("cancelled", Text(CANCELLED_AFTER, seconds=time.perf_counter() - t0))
            if time.perf_counter() > deadline:
                _kill_tree(proc)
                return ended("killed", Text(NO_ANSWER_WITHIN, solver=name, seconds=wall))
        proc.join(5.0)
    finally:
        if proc.is_alive():
            _kill_tree(proc)  # also on KeyboardInterrupt and any error while waiting
        receiver.close()
        with contextlib.suppress(OSError):
            log_solver_text(name, Path(tmp_dir, SOLVER_OUTPUT).read_text(encoding="utf-8", errors="replace"))
        shutil.rmtree(tmp_dir, ignore_errors=True)
    if isinstance(received, str):
        return ended("error", received.strip().splitlines()[-1])
    assert isinstance(received, ProofResult)
    # the wall clock of the whole run (spawn and model building included) is what a user waits for
    return ProofResult(
        received.outcome,
        received.proven,
        received.solver,
        received.status,
        received.assignments,
        received.objective,
        received.shed_w,
        received.lost_ths,
        received.bound,
        time.perf_counter() - t0,
        received.detail,
    )
