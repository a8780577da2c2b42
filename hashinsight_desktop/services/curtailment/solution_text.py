"""A plan's cost in one line an operator reads, and the solver's account of it for whoever asks.

"loses 5,629.9 TH/s; no plan can lose less than 5,629.7 TH/s" says what "objective · bound · gap 0.00 %
(not proven)" said, in words. When the bound proves the plan optimal (a solver proved it, or the plan meets
the LP bound) the line says "this is the least any plan can lose". The solver, whether it proved the plan and
the gap in % are the detail (a tooltip, separate fields of --json).
"""

from __future__ import annotations

import math

from hashinsight_desktop.services.curtailment.proof_path import ProofResult
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

OPTIMAL_GAP = 1e-9  # relative: a plan this close to its bound is the optimum
# An out-of-reach message and the constraints that hold it back (in English: "...; held back by ...").
HELD_BACK_BY = QT_TRANSLATE_NOOP("PlanSolve", "{message}; held back by {reasons}")


def amount(value: float, unit: str, *, than: float | None = None) -> str:
    """``value`` with its unit, with enough decimals to differ from ``than`` when the two differ."""
    base = 1 if abs(value) >= 100 else 2 if abs(value) >= 1 else 4
    decimals = base
    if than is not None and value != than:
        while decimals < base + 3 and f"{value:,.{decimals}f}" == f"{than:,.{decimals}f}":
            decimals += 1
    return f"{value:,.{decimals}f} {unit}".strip()


def is_optimal(objective: float, bound: float | None, proven: bool) -> bool:
    if proven:
        return True
    if bound is None or not math.isfinite(bound):
        return False
    return objective - bound <= OPTIMAL_GAP * max(1.0, abs(bound))


def loss_line(
    objective: float,
    bound: float | None,
    unit: str,
    *,
    proven: bool,
    commands: int = 0,
    switch_cost: float = 0.0,
) -> Text:
    """The plan's cost against the least any plan can cost. ``objective`` and ``bound`` include the
    switching cost (``switch_cost`` per miner touched, ``commands`` miners) when there is one. A text: English by
    ``str()``, the reader's language by ``render``."""
    optimal = is_optimal(objective, bound, proven)
    no_bound = bound is None or not math.isfinite(bound)
    if switch_cost > 0:
        lost = objective - switch_cost * commands
        line = Text(
            QT_TRANSLATE_NOOP("PlanCost", "costs {cost} ({lost} lost + {commands:,} miners touched × {each})"),
            cost=amount(objective, unit),
            lost=amount(lost, unit),
            commands=commands,
            each=amount(switch_cost, unit),
        )
        if optimal:
            return Text(QT_TRANSLATE_NOOP("PlanCost", "{line}; this is the least any plan can cost"), line=line)
        if bound is None or no_bound:
            return line
        return Text(
            QT_TRANSLATE_NOOP("PlanCost", "{line}; no plan can cost less than {bound}"),
            line=line,
            bound=amount(bound, unit, than=objective),
        )
    if objective < 0:  # the revenue strategy: shedding earns more power savings than it loses
        line = Text(QT_TRANSLATE_NOOP("PlanCost", "gains {gain} net"), gain=amount(-objective, unit))
        if optimal:
            return Text(QT_TRANSLATE_NOOP("PlanCost", "{line}; this is the most any plan can gain"), line=line)
        if bound is None or no_bound:
            return line
        if bound < 0:
            return Text(
                QT_TRANSLATE_NOOP("PlanCost", "{line}; no plan can gain more than {bound}"),
                line=line,
                bound=amount(-bound, unit, than=-objective),
            )
        return Text(
            QT_TRANSLATE_NOOP("PlanCost", "{line}; no plan can lose less than {bound}"),
            line=line,
            bound=amount(bound, unit),
        )
    line = Text(QT_TRANSLATE_NOOP("PlanCost", "loses {loss}"), loss=amount(objective, unit))
    if optimal:
        return Text(QT_TRANSLATE_NOOP("PlanCost", "{line}; this is the least any plan can lose"), line=line)
    if bound is None or no_bound:
        return line
    if bound < 0:
        return Text(
            QT_TRANSLATE_NOOP("PlanCost", "{line}; a plan might gain as much as {gain} net"),
            line=line,
            gain=amount(-bound, unit),
        )
    return Text(
        QT_TRANSLATE_NOOP("PlanCost", "{line}; no plan can lose less than {bound}"),
        line=line,
        bound=amount(bound, unit, than=objective),
    )


def without_reasons(message: str | Text) -> str | Text:
    """An out-of-reach message without the constraints that hold it back (a screen lists them apart)."""
    if isinstance(message, Text):
        if str.__str__(message.template) == str.__str__(HELD_BACK_BY):
            inner = message.params["message"]
            return inner if isinstance(inner, str | Text) else str(inner)
        return message
    return message.partition("; held back by ")[0]


def kw(watts: float) -> str:
    return f"{watts / 1000.0:,.1f} kW"


def lp_gap_text(gap: float | None, *, of_best_plan: bool = False) -> Text:
    """The gap to the LP bound in the solver's account (a tooltip; English in --json). ``of_best_plan``: the bound
    is that of the best possible plan (the efficiency rule is measured against it)."""
    if gap is None or not math.isfinite(gap):
        if of_best_plan:
            return Text(QT_TRANSLATE_NOOP("PlanSolve", "gap unknown (the LP bound of the best possible plan is 0)"))
        return Text(QT_TRANSLATE_NOOP("PlanSolve", "gap unknown (the LP bound is 0)"))
    if gap <= 1e-9:
        if of_best_plan:
            return Text(
                QT_TRANSLATE_NOOP("PlanSolve", "it meets the LP bound of the best possible plan, so it is optimal")
            )
        return Text(QT_TRANSLATE_NOOP("PlanSolve", "it meets the LP bound, so it is optimal"))
    if of_best_plan:
        return Text(
            QT_TRANSLATE_NOOP("PlanSolve", "gap {gap:.3g} % to the LP bound of the best possible plan"), gap=gap
        )
    return Text(QT_TRANSLATE_NOOP("PlanSolve", "gap {gap:.3g} % to the LP bound"), gap=gap)


WITHIN = QT_TRANSLATE_NOOP("PlanSolve", " within the constraints")


def within(constrained: bool) -> str:
    return WITHIN if constrained else ""


def window(target_w: float, upper_w: float | None) -> Text:
    """What a request asks to shed: at least the target, or between the target and its tolerance."""
    if upper_w is None:
        return Text(QT_TRANSLATE_NOOP("PlanSolve", "at least {target}"), target=kw(target_w))
    return Text(QT_TRANSLATE_NOOP("PlanSolve", "between {target} and {upper}"), target=kw(target_w), upper=kw(upper_w))


def stopped(solver: str, time_limit_s: float, result: ProofResult) -> str | Text:
    """How a proof run ended without a verdict, in a few words."""
    if result.outcome == "time_limit":
        return Text(
            QT_TRANSLATE_NOOP("PlanSolve", "{solver} stopped at its {seconds:g} s limit"),
            solver=solver,
            seconds=time_limit_s,
        )
    if result.outcome == "cancelled":
        return Text(QT_TRANSLATE_NOOP("PlanSolve", "cancelled after {seconds:.1f} s"), seconds=result.seconds)
    if result.outcome == "killed":
        return result.detail  # the proof path's own words
    if result.assignments is not None:
        return Text(
            QT_TRANSLATE_NOOP("PlanSolve", "{solver}'s plan did not pass the check of the constraints"), solver=solver
        )
    return Text(
        QT_TRANSLATE_NOOP("PlanSolve", "the {solver} run failed ({why})"),
        solver=solver,
        why=result.detail or result.status,
    )
