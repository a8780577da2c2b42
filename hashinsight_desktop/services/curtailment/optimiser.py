"""The one entry point of curtailment optimisation: a ``Problem`` in, a ``Solution`` with an honest message out.

Flow: protected (and anti-flap) miners are locked at level 0; the strategy becomes a per-level loss; customer
caps and rack/feed limits become budgets. The fast path answers in milliseconds with an LP bound. The proof
path (PuLP + CBC or HiGHS in a killable child process) runs when asked (``prove=True``) and whenever the fast
path found no plan meeting the target, the window and every constraint. A returned plan is never worse than
the fast plan, and ``proven`` is only true when the solver proved optimality.

"Fewest miners touched" (``Problem.switch_cost_ths``) is a per-miner switching cost added to the objective
(see ``strategies.with_switch_cost``): the fast path and the proof path minimise lost hashrate + cost ×
miners changed, so a user trades a stated amount of hashrate for each command saved. ``Solution.commands``
counts the miners changed; ``Solution.message`` says what the plan loses (or costs) against the least any
plan can, ``solver_detail`` who solved it and the gap; an out-of-reach target names in ``reasons`` each
constraint that binds and what it withholds (``shortfall.py``).

Statuses say how the run ended; ``feasible`` says whether the plan may be executed:

- "ok": a plan meeting everything (proven or not: see ``proven`` and ``gap_pct``);
- "infeasible_target": no plan sheds the target within the constraints; ``max_sheddable_w`` says how much can be;
- "tolerance_not_met": the target can be met, but no plan found sheds within the window;
- "time_limit" / "cancelled" / "solver_failed": the proof path stopped so; the plan is the best one found
  (``feasible`` False when there is none);
- "not_found": the efficiency rule could not meet the target within the constraints (other strategies may).
"""

from __future__ import annotations

import time

import numpy as np

from hashinsight_desktop.services.curtailment import fast_path
from hashinsight_desktop.services.curtailment.constrained_path import efficiency_order, solve_constrained
from hashinsight_desktop.services.curtailment.fast_path import Plan, pad_levels, relative_gap_pct
from hashinsight_desktop.services.curtailment.max_shed import MaxShed, max_sheddable
from hashinsight_desktop.services.curtailment.out_of_reach import infeasible, proven_no_plan
from hashinsight_desktop.services.curtailment.problem import Problem, build_budgets, locked_fleet
from hashinsight_desktop.services.curtailment.proof_path import SOLVER_NAMES, Cancel, ProofModel, ProofResult, Solver
from hashinsight_desktop.services.curtailment.proof_path import prove as prove_in_child
from hashinsight_desktop.services.curtailment.solution import EPS_W, Run, Solution, answer
from hashinsight_desktop.services.curtailment.solution_text import kw, lp_gap_text, stopped, window, within
from hashinsight_desktop.services.curtailment.strategies import UNITS, level_loss, switch_cost_in_unit, with_switch_cost
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

__all__ = ["Problem", "Solution", "optimise"]  # defined in problem.py and solution.py; callers import them here


def optimise(
    problem: Problem,
    *,
    prove: bool = False,
    time_limit_s: float = 30.0,
    solver: Solver = "cbc",
    cancel: Cancel = None,
) -> Solution:
    """Plan the curtailment of ``problem``; see the module docstring for what the answer promises."""
    t0 = time.perf_counter()
    problem.validate()
    if solver not in SOLVER_NAMES:
        raise ValidationError(
            "solver",
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be one of {value}, not {solver!r}"),
                value=", ".join(SOLVER_NAMES),
                solver=solver,
            ),
        )
    if not time_limit_s > 0:
        raise ValidationError("time_limit", QT_TRANSLATE_NOOP("Errors", "must be more than 0 seconds"))
    fleet = locked_fleet(problem.fleet, problem.protected)
    loss = level_loss(
        fleet,
        problem.strategy,
        sla_weight=problem.weights,
        hashprice_usd_per_th_h=problem.hashprice_usd_per_th_h,
        power_price_usd_per_kwh=problem.power_price_usd_per_kwh,
    )
    if fleet.n_miners == 0:
        return _empty(problem, t0)
    switch_cost = switch_cost_in_unit(
        problem.switch_cost_ths, problem.strategy, hashprice_usd_per_th_h=problem.hashprice_usd_per_th_h
    )
    if switch_cost > 0:
        loss = with_switch_cost(fleet, loss, switch_cost)
    upper_w = None if problem.tolerance_w is None else problem.target_w + problem.tolerance_w
    pad = pad_levels(fleet, loss)
    budgets = build_budgets(problem)
    run = Run(problem, fleet, loss, pad, budgets, upper_w, solver, time_limit_s, cancel, prove, t0, switch_cost)
    if problem.strategy == "efficiency":
        return _efficiency(run)
    fast = solve_constrained(fleet, problem.target_w, problem.tolerance_w, budgets=run.budgets, level_loss=loss)
    if fast.status == "infeasible_target":
        return infeasible(run, max_sheddable(fleet, run.budgets), proven=True)
    if fast.feasible and not prove:
        return _fast_solution(run, fast)
    limits: MaxShed | None = None
    if not fast.feasible and run.budgets:
        limits = max_sheddable(fleet, run.budgets)
        if limits.upper_w < problem.target_w - EPS_W:
            return infeasible(run, limits, proven=True)
    model = ProofModel.from_fleet(fleet, problem.target_w, upper_w, budgets=run.budgets, level_loss=loss)
    warm = fast.assignments if fast.feasible else None
    proof = prove_in_child(model, warm_start=warm, time_limit_s=time_limit_s, solver=solver, cancel=cancel)
    return _after_proof(run, fast, proof, limits)


def _empty(problem: Problem, t0: float) -> Solution:
    ok = problem.target_w <= EPS_W
    message: str | Text = QT_TRANSLATE_NOOP("PlanSolve", "nothing to shed")
    if not ok:
        message = Text(
            QT_TRANSLATE_NOOP("PlanSolve", "cannot shed {target}: the fleet has no miners"),
            target=kw(problem.target_w),
        )
    return Solution(
        assignments=np.zeros(0, dtype=np.int64),
        shed_w=0.0,
        lost_ths=0.0,
        objective=0.0,
        lower_bound=0.0 if ok else None,
        gap_pct=0.0 if ok else None,
        unit=UNITS[problem.strategy],
        strategy=problem.strategy,
        feasible=ok,
        proven=True,
        path="fast",
        status="ok" if ok else "infeasible_target",
        max_sheddable_w=0.0,
        max_sheddable_exact=True,
        solve_seconds=time.perf_counter() - t0,
        message=str(message),
        message_text=message,
    )


def _fast_solution(run: Run, fast: Plan) -> Solution:
    gap = relative_gap_pct(fast.objective, fast.lower_bound)
    message = Text(
        QT_TRANSLATE_NOOP("PlanSolve", "fast plan in {ms:.0f} ms; {gap}"),
        ms=fast.solve_seconds * 1000,
        gap=lp_gap_text(gap),
    )
    if gap > 1e-9:
        message = Text(QT_TRANSLATE_NOOP("PlanSolve", "{message} (not proven optimal)"), message=message)
    return answer(
        run, fast.assignments, lower_bound=fast.lower_bound, proven=False, path="fast", status="ok", message=message
    )


def _efficiency(run: Run) -> Solution:
    upper = np.inf if run.upper_w is None else run.upper_w
    assign = efficiency_order(run.fleet, run.target_w, upper, run.budgets)
    bound = fast_path.solve(run.fleet, run.target_w, run.problem.tolerance_w)  # performance: lost TH/s
    if bound.status == "infeasible_target":
        return infeasible(run, max_sheddable(run.fleet, run.budgets), proven=True)
    if run.meets(assign):
        gap = relative_gap_pct(run.totals(assign)[2], bound.lower_bound)
        message = Text(
            QT_TRANSLATE_NOOP(
                "PlanSolve", "efficiency order (least efficient first, on/off): a fixed rule, not an optimum; {gap}"
            ),
            gap=lp_gap_text(gap, of_best_plan=True),
        )
        return answer(
            run,
            assign,
            lower_bound=bound.lower_bound,
            proven=False,
            path="fast",
            status="ok",
            message=message,
            note=QT_TRANSLATE_NOOP("PlanSolve", "the efficiency order is a fixed rule, not an optimum"),
        )
    limits = max_sheddable(run.fleet, run.budgets)
    if limits.upper_w < run.target_w - EPS_W:
        return infeasible(run, limits, proven=True)
    shed = run.totals(assign)[0]
    said = {"target": kw(run.target_w), "within": within(run.constrained), "shed": kw(shed)}
    if run.upper_w is None:
        template = QT_TRANSLATE_NOOP(
            "PlanSolve",
            "the efficiency order (on/off only) cannot shed {target}{within}: it sheds {shed}; "
            "the performance strategy can also use power presets",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "PlanSolve",
            "the efficiency order (on/off only) cannot shed {target} to {upper}{within}: it sheds {shed}; "
            "the performance strategy can also use power presets",
        )
        said["upper"] = kw(run.upper_w)
    return answer(
        run,
        assign,
        lower_bound=None,
        proven=False,
        path="fast",
        status="not_found",
        message=Text(template, **said),
        max_shed=(limits.upper_w, limits.exact),
    )


def _after_proof(run: Run, fast: Plan, proof: ProofResult, limits: MaxShed | None) -> Solution:
    name = run.name
    candidate = proof.assignments if proof.assignments is not None and run.meets(proof.assignments) else None
    if proof.outcome == "infeasible" and not fast.feasible:
        return proven_no_plan(run, fast, limits)
    if candidate is None and not fast.feasible:
        status = {"cancelled": "cancelled", "time_limit": "time_limit", "killed": "time_limit"}.get(
            proof.outcome, "solver_failed"
        )
        none_found = Text(
            QT_TRANSLATE_NOOP(
                "PlanSolve",
                "no plan shedding {window}{within} was found ({stopped} before finding one); not proven infeasible",
            ),
            window=window(run.target_w, run.upper_w),
            within=within(run.constrained),
            stopped=stopped(run.name, run.time_limit_s, proof),
        )
        return answer(
            run,
            fast.assignments,
            lower_bound=fast.lower_bound,
            proven=False,
            path="fast",
            status=status,
            message=none_found,
            feasible=False,
        )
    cand_objective = np.inf if candidate is None else run.totals(candidate)[2]
    tol = 1e-9 * max(1.0, abs(cand_objective)) if np.isfinite(cand_objective) else 0.0
    keep_fast = fast.feasible and fast.objective <= cand_objective + tol
    plan = fast.assignments if keep_fast else candidate
    assert plan is not None
    objective = run.totals(plan)[2]
    proven = proof.proven and candidate is not None and objective <= cand_objective + tol
    bound = fast.lower_bound if proof.bound is None else max(fast.lower_bound, proof.bound)
    if proven:
        bound = objective
    gap = relative_gap_pct(objective, bound)
    path: str = run.solver
    said = {"solver": name, "gap": lp_gap_text(gap)}
    message: Text
    if proven:
        status = "ok"
        message = Text(
            QT_TRANSLATE_NOOP("PlanSolve", "proven optimal by {solver} in {seconds:.1f} s"),
            solver=name,
            seconds=proof.seconds,
        )
        if keep_fast:
            message = Text(
                QT_TRANSLATE_NOOP("PlanSolve", "{message} (the fast plan was already optimal)"), message=message
            )
    elif proof.outcome == "time_limit":
        status = "time_limit"
        message = Text(
            QT_TRANSLATE_NOOP(
                "PlanSolve", "{solver} stopped at its {limit:g} s limit; best plan found, not proven; {gap}"
            ),
            limit=run.time_limit_s,
            **said,
        )
        if keep_fast:
            message = Text(
                QT_TRANSLATE_NOOP("PlanSolve", "{message} (the fast plan: {solver} found nothing better)"),
                message=message,
                solver=name,
            )
    elif proof.outcome == "killed":
        status, path = "time_limit", "fast"
        message = Text(
            QT_TRANSLATE_NOOP("PlanSolve", "{detail}; the fast plan stands, not proven; {gap}"),
            detail=proof.detail,
            gap=said["gap"],
        )
    elif proof.outcome == "cancelled":
        status, path = "cancelled", "fast"
        message = Text(
            QT_TRANSLATE_NOOP("PlanSolve", "cancelled after {seconds:.1f} s; the fast plan stands, not proven; {gap}"),
            seconds=proof.seconds,
            gap=said["gap"],
        )
    elif proof.assignments is not None and candidate is None:  # outside our tolerances: numerical trouble
        status, path = "solver_failed", "fast"
        message = Text(
            QT_TRANSLATE_NOOP(
                "PlanSolve", "{solver}'s plan did not pass the check of the constraints; the fast plan stands; {gap}"
            ),
            **said,
        )
    elif proof.outcome == "infeasible":  # the solver contradicts a plan we checked: numerical trouble
        status, path = "solver_failed", "fast"
        message = Text(
            QT_TRANSLATE_NOOP(
                "PlanSolve", "{solver} called the problem infeasible, yet the fast plan meets it; not proven; {gap}"
            ),
            **said,
        )
    else:
        status, path = "solver_failed", "fast"
        message = Text(
            QT_TRANSLATE_NOOP("PlanSolve", "the {solver} run failed ({why}); the fast plan stands; {gap}"),
            why=proof.detail or proof.status,
            **said,
        )
    notes: dict[str, str | Text] = {
        "time_limit": Text(
            QT_TRANSLATE_NOOP("PlanSolve", "not proven: {solver} stopped at its time limit"), solver=name
        ),
        "cancelled": QT_TRANSLATE_NOOP("PlanSolve", "not proven: the exact solver was cancelled"),
        "solver_failed": Text(
            QT_TRANSLATE_NOOP("PlanSolve", "not proven: the {solver} run failed, the fast plan stands"), solver=name
        ),
    }
    return answer(
        run,
        plan,
        lower_bound=bound,
        proven=proven,
        path=path,
        status=status,
        message=message,
        note=notes.get(status, ""),
    )
