"""When no plan meets the target: the most that can be shed, as honestly as the run can tell (the solver settles
an estimate when asked to prove), and each constraint that withholds power; or, when the target can be met but not
within the window, the nearest plan."""

from __future__ import annotations

from hashinsight_desktop.services.curtailment.budgets import keeps_budgets
from hashinsight_desktop.services.curtailment.fast_path import Plan
from hashinsight_desktop.services.curtailment.max_shed import MaxShed, max_sheddable
from hashinsight_desktop.services.curtailment.proof_path import ProofModel
from hashinsight_desktop.services.curtailment.proof_path import prove as prove_in_child
from hashinsight_desktop.services.curtailment.shortfall import describe, withholdings
from hashinsight_desktop.services.curtailment.solution import EPS_W, Run, Solution, answer
from hashinsight_desktop.services.curtailment.solution_text import HELD_BACK_BY, kw, stopped, window, within
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text


def infeasible(run: Run, limits: MaxShed, *, proven: bool, path: str = "fast", how: str | Text = "") -> Solution:
    """The target is out of reach: the most that can be shed, computed as honestly as the run allows."""
    found_plan, found_w, upper_w, exact = limits.assignments, limits.found_w, limits.upper_w, limits.exact
    how_upper: str | Text = limits.how
    if not exact and run.prove:
        # the exact maximum within caps and limits is itself a MIP: let the solver settle it
        model = ProofModel.from_fleet(run.fleet, 0.0, None, budgets=run.budgets, sense="max_shed")
        result = prove_in_child(
            model, warm_start=found_plan, time_limit_s=run.time_limit_s, solver=run.solver, cancel=run.cancel
        )
        if result.assignments is not None and keeps_budgets(run.pad, result.assignments, run.budgets):
            path = run.solver
            shed = run.totals(result.assignments)[0]
            if shed > found_w:
                found_plan, found_w = result.assignments, shed
            if result.proven:
                upper_w, exact = found_w, True
        if result.bound is not None and result.bound < upper_w:
            upper_w = max(result.bound, found_w)
            how_upper = Text(QT_TRANSLATE_NOOP("PlanSolve", "{solver}'s bound"), solver=run.name)
        if not exact:
            how_upper = Text(
                QT_TRANSLATE_NOOP("PlanSolve", "{how}; {stopped}"),
                how=how_upper,
                stopped=stopped(run.name, run.time_limit_s, result),
            )
    message: Text = Text(
        QT_TRANSLATE_NOOP("PlanSolve", "cannot shed {target}: at most {upper} can be shed{within}"),
        target=kw(run.target_w),
        upper=kw(upper_w),
        within=within(run.constrained),
    )
    if not exact:
        estimate = QT_TRANSLATE_NOOP(
            "PlanSolve", "{message} (an upper estimate from {how}; the best plan found sheds {found})"
        )
        message = Text(estimate, message=message, how=how_upper, found=kw(found_w))
    if how:
        message = Text(QT_TRANSLATE_NOOP("PlanSolve", "{message}; {how}"), message=message, how=how)
    reasons = tuple(withholdings(run.problem, run.budgets))
    if reasons:  # HELD_BACK in English: readers cut the reasons off there (shortfall.with_reasons)
        held = Joined(QT_TRANSLATE_NOOP("PlanSolve", "; "), [describe(w) for w in reasons])
        message = Text(HELD_BACK_BY, message=message, reasons=held)
    return answer(
        run,
        found_plan,
        lower_bound=None,
        proven=proven,
        path=path,
        status="infeasible_target",
        message=message,
        feasible=False,
        max_shed=(upper_w, exact),
        reasons=reasons,
    )


def proven_no_plan(run: Run, fast: Plan, limits: MaxShed | None) -> Solution:
    """The solver proved that no plan meets the target, the window and the constraints together."""
    proved = Text(QT_TRANSLATE_NOOP("PlanSolve", "proven by {solver}"), solver=run.name)
    if limits is None:
        limits = max_sheddable(run.fleet, run.budgets)
    if run.upper_w is None:
        return infeasible(run, limits, proven=True, path=run.solver, how=proved)
    meets_target = fast.shed_w >= run.target_w - EPS_W and keeps_budgets(run.pad, fast.assignments, run.budgets)
    if not meets_target and limits.upper_w < run.target_w - EPS_W:
        return infeasible(run, limits, proven=True, path=run.solver, how=proved)
    plan = fast.assignments if meets_target else limits.assignments
    message = Text(
        QT_TRANSLATE_NOOP("PlanSolve", "no plan sheds {window}{within} ({proved})"),
        window=window(run.target_w, run.upper_w),
        within=within(run.constrained),
        proved=proved,
    )
    if meets_target:
        nearest = QT_TRANSLATE_NOOP("PlanSolve", "{message}; the nearest plan found sheds {shed}")
        message = Text(nearest, message=message, shed=kw(run.totals(plan)[0]))
    elif limits.found_w < run.target_w - EPS_W:
        unsettled = QT_TRANSLATE_NOOP(
            "PlanSolve", "{message}; whether the target alone can be met within the constraints is not settled"
        )
        message = Text(unsettled, message=message)
    return answer(
        run,
        plan,
        lower_bound=None,
        proven=True,
        path=run.solver,
        status="tolerance_not_met",
        message=message,
        feasible=False,
        max_shed=(limits.upper_w, limits.exact),
    )
