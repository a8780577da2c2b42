"""A plan's cost in one line an operator reads, and the solver's account of it for whoever asks.

"loses 5,629.9 TH/s; no plan can lose less than 5,629.7 TH/s" says what "objective · bound · gap 0.00 %
(not proven)" said, in words. When the bound proves the plan optimal (a solver proved it, or the plan meets
the LP bound) the line says "this is the least any plan can lose". The solver, whether it proved the plan and
the gap in % are the detail (a tooltip, separate fields of --json).
"""

from __future__ import annotations

import math

OPTIMAL_GAP = 1e-9  # relative: a plan this close to its bound is the optimum


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
) -> str:
    """The plan's cost against the least any plan can cost. ``objective`` and ``bound`` include the
    switching cost (``switch_cost`` per miner touched, ``commands`` miners) when there is one."""
    optimal = is_optimal(objective, bound, proven)
    if switch_cost > 0:
        lost = objective - switch_cost * commands
        line = (
            f"costs {amount(objective, unit)} ({amount(lost, unit)} lost + {commands:,} miners touched × "
            f"{amount(switch_cost, unit)})"
        )
        if optimal:
            return f"{line}; this is the least any plan can cost"
        if bound is None or not math.isfinite(bound):
            return line
        return f"{line}; no plan can cost less than {amount(bound, unit, than=objective)}"
    if objective < 0:  # the revenue strategy: shedding earns more power savings than it loses
        line = f"gains {amount(-objective, unit)} net"
        if optimal:
            return f"{line}; this is the most any plan can gain"
        if bound is None or not math.isfinite(bound):
            return line
        if bound < 0:
            return f"{line}; no plan can gain more than {amount(-bound, unit, than=-objective)}"
        return f"{line}; no plan can lose less than {amount(bound, unit)}"
    line = f"loses {amount(objective, unit)}"
    if optimal:
        return f"{line}; this is the least any plan can lose"
    if bound is None or not math.isfinite(bound):
        return line
    if bound < 0:
        return f"{line}; a plan might gain as much as {amount(-bound, unit)} net"
    return f"{line}; no plan can lose less than {amount(bound, unit, than=objective)}"


def gap_detail(gap_pct: float | None) -> str:
    """The gap as a solver states it, for the detail."""
    if gap_pct is None:
        return "no bound"
    if not math.isfinite(gap_pct):
        return "gap unknown (the bound is 0)"
    if gap_pct <= 1e-9:
        return "gap 0 % (optimal)"
    return f"gap {gap_pct:.3g} % against the bound"
