"""The proof path: the MIP against brute force (in process, fast), and the child process as a user meets it —
proven small instances, an honest time limit, cancellation and the hard limit that leave no cbc behind."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from hashinsight_desktop.services.curtailment.fast_path import Fleet, build_fleet
from hashinsight_desktop.services.curtailment.optimiser import optimise
from hashinsight_desktop.services.curtailment.problem import Problem, build_budgets, locked_fleet
from hashinsight_desktop.services.curtailment.proof_path import ProofModel, prove, solve_in_process
from hashinsight_desktop.services.curtailment.strategies import level_loss
from tests.services.curtailment.test_optimiser import Brute, random_problem

# Whether a killed solver left a cbc process behind is read from /proc (Linux); elsewhere these checks cannot look.
posix_only = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="finds leftover cbc processes in /proc (Linux only)"
)


def model_of(problem: Problem, sense: str = "min_loss") -> ProofModel:
    fleet = locked_fleet(problem.fleet, problem.protected)
    loss = level_loss(
        fleet,
        problem.strategy,
        sla_weight=problem.weights,
        hashprice_usd_per_th_h=problem.hashprice_usd_per_th_h,
        power_price_usd_per_kwh=problem.power_price_usd_per_kwh,
    )
    upper = None if problem.tolerance_w is None else problem.target_w + problem.tolerance_w
    budgets = build_budgets(problem)
    if sense == "max_shed":
        return ProofModel.from_fleet(fleet, 0.0, None, budgets=budgets, sense="max_shed")
    return ProofModel.from_fleet(fleet, problem.target_w, upper, budgets=budgets, level_loss=loss)


def hard_problem(n: int = 40, seed: int = 1) -> Problem:
    """Presets at 75 % and 50 % power (hashrate ∝ power^0.85), sleep, off; a 500 W window at 30 %.

    Continuous powers and a narrow window make CBC search for many seconds, although the fast plan is within
    about 1 % of the LP bound.
    """
    rng = np.random.default_rng(seed)
    power = rng.uniform(3000, 3500, n)
    hashrate = rng.uniform(90, 200, n)
    presets = [[(p * 0.75, h * 0.75**0.85), (p * 0.5, h * 0.5**0.85)] for p, h in zip(power, hashrate, strict=True)]
    fleet = build_fleet(power, hashrate, presets=presets, sleep_w=[20.0] * n)
    return Problem(fleet, 0.3 * float(power.sum()), tolerance_w=500.0)


@pytest.mark.parametrize("strategy", ["performance", "customer", "revenue"])
def test_cbc_model_matches_brute_force_with_constraints(strategy: str) -> None:
    rng = np.random.default_rng({"performance": 11, "customer": 12, "revenue": 13}[strategy])
    outcomes = {"optimal": 0, "infeasible": 0}
    for _ in range(14):
        problem = random_problem(rng, int(rng.integers(2, 7)), constraints=True, strategy=strategy)
        result = solve_in_process(model_of(problem), time_limit_s=20)
        optimum = Brute(problem).optimum()
        assert result.proven
        outcomes[result.outcome] += 1
        if optimum is None:
            assert result.outcome == "infeasible" and result.assignments is None
            continue
        assert result.outcome == "optimal"
        assert result.objective == pytest.approx(optimum, abs=1e-6)
        assert result.assignments is not None
        brute = Brute(problem)
        row = int(np.flatnonzero((brute.combos == result.assignments).all(axis=1))[0])
        assert brute.feasible[row]
        assert result.shed_w == pytest.approx(brute.shed[row])
        assert result.lost_ths == pytest.approx(brute.lost[row])
    assert outcomes["optimal"] >= 5, outcomes


def test_highs_model_matches_brute_force() -> None:
    rng = np.random.default_rng(21)
    for _ in range(8):
        problem = random_problem(rng, int(rng.integers(2, 7)), constraints=True)
        warm = optimise(replace(problem, tolerance_w=None)).assignments  # any plan: HiGHS takes it as a start
        result = solve_in_process(model_of(problem), warm_start=warm, time_limit_s=20, solver="highs")
        optimum = Brute(problem).optimum()
        assert result.proven
        if optimum is None:
            assert result.outcome == "infeasible"
        else:
            assert result.objective == pytest.approx(optimum, abs=1e-6)
            assert result.bound is not None and result.bound <= optimum + 1e-6


def test_max_shed_model_matches_brute_force() -> None:
    rng = np.random.default_rng(31)
    for _ in range(8):
        problem = random_problem(rng, int(rng.integers(2, 7)), constraints=True)
        result = solve_in_process(model_of(problem, "max_shed"), time_limit_s=20)
        assert result.proven and result.objective is not None
        assert result.objective == pytest.approx(Brute(problem).max_shed(), abs=1e-6)


def test_child_process_proves_a_small_instance_and_matches_brute_force() -> None:
    problem = random_problem(np.random.default_rng(41), 7, constraints=True)
    problem = replace(problem, target_w=0.1 * float(problem.fleet.full_power_w.sum()), tolerance_w=None)
    solution = optimise(problem, prove=True, time_limit_s=20)
    optimum = Brute(problem).optimum()
    assert solution.feasible and solution.proven and solution.status == "ok"
    assert solution.path == "cbc"
    assert solution.objective == pytest.approx(optimum)
    assert solution.lower_bound == pytest.approx(solution.objective) and solution.gap_pct == 0.0
    assert solution.solver_detail.startswith("proven optimal by CBC in ")
    assert solution.message.startswith("loses ") and solution.message.endswith("this is the least any plan can lose")


def test_highs_in_the_child_process() -> None:
    problem = random_problem(np.random.default_rng(42), 6, constraints=False)
    solution = optimise(replace(problem, tolerance_w=None), prove=True, time_limit_s=20, solver="highs")
    assert solution.proven and solution.path == "highs"
    assert solution.objective == pytest.approx(Brute(replace(problem, tolerance_w=None)).optimum())


def test_time_limit_is_reported_honestly() -> None:
    problem = hard_problem()
    fast = optimise(problem)
    t0 = time.perf_counter()
    solution = optimise(problem, prove=True, time_limit_s=1.0)
    elapsed = time.perf_counter() - t0
    assert elapsed < 8.0
    assert not solution.proven  # PuLP said "Optimal"; sol_status said "Integer Feasible"
    assert solution.status == "time_limit"
    assert solution.feasible
    assert solution.objective <= fast.objective + 1e-9  # never worse than the fast plan
    assert solution.lower_bound == pytest.approx(fast.lower_bound)
    assert solution.gap_pct is not None and 0 < solution.gap_pct < 5
    assert "stopped at its 1 s limit; best plan found, not proven; gap " in solution.solver_detail
    assert "no plan can lose less than" in solution.message  # in words: not proven, what the bound allows
    assert solution.message.endswith("(not proven: CBC stopped at its time limit)")
    assert "gap" not in solution.message and "%" not in solution.message


def _processes_in_group(pgid: int) -> dict[int, str]:
    """Live (not zombie) processes of a process group, by pid: their command names."""
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        state, _ppid, group = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and state != "Z":
            found[int(entry.name)] = name
    return found


def _wait_for_cbc(pids: list[int], timeout_s: float = 20.0) -> dict[int, str]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if pids:
            group = _processes_in_group(pids[0])
            if any("cbc" in name for name in group.values()):
                return group
        time.sleep(0.05)
    raise AssertionError("cbc never started")


def _gone(pgid: int, timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _processes_in_group(pgid):
            return True
        time.sleep(0.05)
    return False


@posix_only
def test_cancel_kills_the_child_and_its_cbc() -> None:
    problem = hard_problem()
    model = model_of(problem)
    cancel = threading.Event()
    pids: list[int] = []
    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(prove(model, time_limit_s=120, cancel=cancel, on_started=pids.append))
    )
    worker.start()
    group = _wait_for_cbc(pids)
    assert pids[0] in group  # the child leads its own process group, cbc inside it
    t0 = time.perf_counter()
    cancel.set()
    worker.join(10)
    assert not worker.is_alive()
    assert time.perf_counter() - t0 < 3.0
    (result,) = results
    assert getattr(result, "outcome", None) == "cancelled"
    assert not getattr(result, "proven", True)
    assert _gone(pids[0]), _processes_in_group(pids[0])
    assert pids[0] != os.getpgrp()


@posix_only
def test_hard_wall_clock_limit_kills_the_child_and_its_cbc() -> None:
    model = model_of(hard_problem())
    pids: list[int] = []
    t0 = time.perf_counter()
    result = prove(model, time_limit_s=120, wall_limit_s=3.0, on_started=pids.append)
    assert time.perf_counter() - t0 < 6.0
    assert result.outcome == "killed" and not result.proven and result.assignments is None
    assert "gave no answer within 3 s" in result.detail
    assert _gone(pids[0]), _processes_in_group(pids[0])


def test_cancelled_optimise_keeps_the_fast_plan() -> None:
    problem = hard_problem()
    fast = optimise(problem)
    cancel = threading.Event()
    timer = threading.Timer(1.5, cancel.set)
    timer.start()
    try:
        solution = optimise(problem, prove=True, time_limit_s=120, cancel=cancel)
    finally:
        timer.cancel()
    assert solution.status == "cancelled"
    assert solution.feasible and not solution.proven and solution.path == "fast"
    assert list(solution.assignments) == list(fast.assignments)
    assert solution.solver_detail.startswith("cancelled after")
    assert solution.message.endswith("(not proven: the exact solver was cancelled)")


def test_warm_start_model_respects_locked_miners() -> None:
    fleet = Fleet.from_levels([[(3000.0, 100.0), (0.0, 0.0)], [(3000.0, 50.0), (0.0, 0.0)]])
    problem = Problem(fleet, 3000.0, protected=[False, True])
    result = solve_in_process(model_of(problem), warm_start=np.array([1, 0]), time_limit_s=10)
    assert result.proven and list(result.assignments if result.assignments is not None else []) == [1, 0]


PARENT_SCRIPT = """
from hashinsight_desktop.services.curtailment.proof_path import prove
from tests.services.curtailment.test_proof_path import hard_problem, model_of

if __name__ == "__main__":
    prove(model_of(hard_problem()), time_limit_s=120, on_started=lambda pid: print(pid, flush=True))
"""


@posix_only
def test_when_the_app_dies_the_child_takes_its_cbc_down(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(PARENT_SCRIPT)
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env, cwd=root)
    try:
        assert app.stdout is not None
        child = int(app.stdout.readline())
        _wait_for_cbc([child])
        app.kill()  # no cancel, no cleanup: the app is simply gone
        app.wait(5)
        assert _gone(child, timeout_s=5.0), _processes_in_group(child)
    finally:
        if app.poll() is None:
            app.kill()
