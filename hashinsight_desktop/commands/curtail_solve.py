"""`hashinsight-desktop curtail solve`: plan a curtailment for a fleet in a CSV file (no database).

Exit code 0 when the plan meets the target, the window and every constraint; 1 otherwise (the output says
why, and how much can be shed when the target is out of reach); 2 for bad input, with every bad cell of the
file listed at once. With ``--json`` stdout is exactly one JSON document for every outcome, bad input included.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.curtailment.miners_csv import (
    CellError,
    MinersFileError,
    MinersTable,
    load_miners_csv,
)
from hashinsight_desktop.services.curtailment.optimiser import Solution, optimise
from hashinsight_desktop.services.curtailment.problem import DEFAULT_SWITCH_COST_THS
from hashinsight_desktop.services.curtailment.shortfall import describe
from hashinsight_desktop.services.curtailment.solution_text import without_reasons
from hashinsight_desktop.services.curtailment.strategies import STRATEGIES
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render, render_error

NEEDS_DATABASE = False
EXIT_OK, EXIT_NOT_MET, EXIT_BAD_INPUT = 0, 1, 2
MAX_LISTED_ERRORS = 200  # a file wrong on every line still gives a readable report
_SHOWN_MINERS = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--miners-csv",
        metavar="FILE",
        required=True,
        help=translate(
            "CLI",
            (
                "columns miner_id, hashrate_ths, power_w; optional levels "
                "(e.g. 2400:80;1800:62), sleep_w, protected (0/1), "
                "customer_id, customer_cap_pct, sla_weight, group_id, "
                "group_max_shed_kw"
            ),
        ),
    )
    parser.add_argument(
        "--target-kw", metavar="KW", type=float, required=True, help=translate("CLI", "shed at least this")
    )
    parser.add_argument("--tolerance-kw", metavar="T", type=float, help=translate("CLI", "and at most target + T"))
    parser.add_argument(
        "--strategy", choices=STRATEGIES, default="performance", help=translate("CLI", "default performance")
    )
    parser.add_argument(
        "--hashprice-usd-per-th-day",
        metavar="X",
        type=float,
        help=translate("CLI", "revenue strategy: USD per TH/s per day"),
    )
    parser.add_argument(
        "--power-price-usd-per-kwh",
        metavar="Y",
        type=float,
        default=0.0,
        help=translate("CLI", "revenue strategy: default 0"),
    )
    parser.add_argument(
        "--allow-power-off",
        action="store_true",
        help=translate(
            "CLI", ("a miner with a sleep_w may also be switched off (0 W); without it such a miner only sleeps")
        ),
    )
    touched = parser.add_mutually_exclusive_group()
    touched.add_argument(
        "--switch-cost-ths",
        metavar="X",
        type=float,
        default=0.0,
        help=translate(
            "CLI", ("fewest miners touched: each miner the plan changes counts as losing X TH/s more (default 0)")
        ),
    )
    touched.add_argument(
        "--fewest-miners",
        action="store_true",
        help=translate("CLI", "the same with X = {ths:g} TH/s: fewer commands for a little hashrate").format(
            ths=DEFAULT_SWITCH_COST_THS
        ),
    )
    parser.add_argument(
        "--prove", action="store_true", help=translate("CLI", "run the MIP solver to prove the plan optimal")
    )
    parser.add_argument(
        "--solver", choices=("cbc", "highs"), default="cbc", help=translate("CLI", "for --prove; default cbc")
    )
    parser.add_argument(
        "--time-limit", metavar="S", type=float, default=30.0, help=translate("CLI", "solver time limit, default 30")
    )
    parser.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object"))


def run(args: argparse.Namespace, _context: object = None) -> int:
    """Solve and print; bad input prints every bad cell (stderr, and with --json one JSON document on stdout)."""
    try:
        return _solve(args)
    except ValidationError as exc:
        cells = exc.errors if isinstance(exc, MinersFileError) else []
        if args.json:
            print(json.dumps(_error_json(exc, cells), indent=2))
        if len(cells) <= 1:
            if args.json:  # the one line on stderr, then exit 2, as the cli does for any bad input
                error = translate("CLI", "hashinsight-desktop: error: {exc}")
                print(error.format(exc=render_error(exc, translate)), file=sys.stderr)
                return EXIT_BAD_INPUT
            raise
        rows = len({cell.row for cell in cells})
        print(
            translate(
                "CLI",
                (
                    "hashinsight-desktop: error: {miners_csv}: {n_cells} bad "
                    "cells in {rows} row(s); nothing was solved. Fix these and "
                    "run again:"
                ),
            ).format(miners_csv=args.miners_csv, n_cells=len(cells), rows=rows),
            file=sys.stderr,
        )
        for cell in cells[:MAX_LISTED_ERRORS]:
            print(f"  {render(cell.text, translate)}", file=sys.stderr)
        if len(cells) > MAX_LISTED_ERRORS:
            print(
                translate("CLI", "  ... and {value} more").format(value=len(cells) - MAX_LISTED_ERRORS), file=sys.stderr
            )
        return EXIT_BAD_INPUT


def _error_json(exc: ValidationError, cells: list[CellError]) -> dict[str, Any]:
    return {
        "status": "invalid_input",
        "feasible": False,
        "message": str(exc),
        "errors": [{"row": c.row, "column": c.column, "value": c.value, "message": str(c.message)} for c in cells]
        or [{"row": None, "column": exc.field, "value": None, "message": exc.message}],
    }


def _solve(args: argparse.Namespace) -> int:
    for flag, value in (("--target-kw", args.target_kw), ("--tolerance-kw", args.tolerance_kw)):
        if value is not None and not (math.isfinite(value) and value >= 0):
            raise ValidationError(
                flag, Text(QT_TRANSLATE_NOOP("Errors", "must be a number ≥ 0, not {value}"), value=value)
            )
    switch_cost = DEFAULT_SWITCH_COST_THS if args.fewest_miners else args.switch_cost_ths
    if not (math.isfinite(switch_cost) and switch_cost >= 0):
        raise ValidationError(
            "--switch-cost-ths",
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be a number of TH/s ≥ 0, not {switch_cost}"), switch_cost=switch_cost
            ),
        )
    if not (math.isfinite(args.time_limit) and args.time_limit > 0):
        raise ValidationError(
            "--time-limit",
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be more than 0 seconds, not {time_limit}"), time_limit=args.time_limit
            ),
        )
    hashprice = args.hashprice_usd_per_th_day
    if args.strategy == "revenue" and hashprice is None:
        raise ValidationError(
            "--hashprice-usd-per-th-day", QT_TRANSLATE_NOOP("Errors", "the revenue strategy needs the hashprice")
        )
    from hashinsight_desktop.services.logging_setup import configure_logging
    from hashinsight_desktop.services.paths import AppPaths

    configure_logging(AppPaths.default().ensure().log_dir, "cli")  # what a solver prints goes there, not to stdout
    table = load_miners_csv(args.miners_csv, allow_power_off=args.allow_power_off)
    problem = table.problem(
        args.target_kw * 1000.0,
        None if args.tolerance_kw is None else args.tolerance_kw * 1000.0,
        strategy=args.strategy,
        hashprice_usd_per_th_h=None if hashprice is None else hashprice / 24.0,
        power_price_usd_per_kwh=args.power_price_usd_per_kwh,
        switch_cost_ths=switch_cost,
    )
    solution = optimise(problem, prove=args.prove, time_limit_s=args.time_limit, solver=args.solver)
    if args.json:
        print(json.dumps(as_json(table, solution), indent=2))
    else:
        print(summary(table, solution, args.target_kw, args.tolerance_kw))
    return EXIT_OK if solution.feasible else EXIT_NOT_MET


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _changed(table: MinersTable, solution: Solution) -> list[tuple[str, float, float]]:
    fleet = table.fleet
    power = fleet.level_power_w(solution.assignments)
    hashrate = fleet.level_hashrate_ths(solution.assignments)
    return [
        (table.miner_ids[i], float(power[i]), float(hashrate[i]))
        for i in range(fleet.n_miners)
        if solution.assignments[i] != 0
    ]


def as_json(table: MinersTable, solution: Solution) -> dict[str, Any]:
    """The JSON object: the documented keys first, then the extra ones."""
    in_ths = solution.unit == "TH/s" and solution.switch_cost == 0  # with a switching cost it bounds the cost
    return {
        "status": solution.status,
        "shed_kw": solution.shed_w / 1000.0,
        "lost_ths": solution.lost_ths,
        "lower_bound_ths": _finite(solution.lower_bound) if in_ths else None,  # see "lower_bound" and "unit"
        "gap_pct": _finite(solution.gap_pct),
        "solve_seconds": solution.solve_seconds,
        "assignments": [
            {"miner_id": miner_id, "level_power_w": power, "level_hashrate_ths": hashrate}
            for miner_id, power, hashrate in _changed(table, solution)
        ],
        "feasible": solution.feasible,
        "proven": solution.proven,
        "path": solution.path,
        "strategy": solution.strategy,
        "objective": solution.objective,
        "lower_bound": _finite(solution.lower_bound),
        "unit": solution.unit,
        "max_sheddable_kw": solution.max_sheddable_w / 1000.0,
        "max_sheddable_exact": solution.max_sheddable_exact,
        "message": solution.message,
        "commands": solution.commands,  # miners the plan changes: one command each
        "switch_cost": solution.switch_cost,  # per miner touched, in "unit" (0: the option is off)
        "plan_loss": solution.plan_loss,  # the objective without the switching cost, in "unit"
        "solver_detail": solution.solver_detail,
        "reasons": [w.to_json() | {"text": str(describe(w))} for w in solution.reasons],
    }


def _kind(power: float, hashrate: float) -> str:
    if power == 0:
        return "off"
    return "sleep" if hashrate == 0 else "reduced"


_KIND_TEXT = {
    "off": QT_TRANSLATE_NOOP("CLI", "off"),
    "sleep": QT_TRANSLATE_NOOP("CLI", "sleep"),
    "reduced": QT_TRANSLATE_NOOP("CLI", "reduced"),
}


def _kind_text(kind: str) -> str:
    return translate("CLI", _KIND_TEXT[kind])


def summary(table: MinersTable, solution: Solution, target_kw: float, tolerance_kw: float | None) -> str:
    window = (
        "" if tolerance_kw is None else translate("CLI", " (at most {kw:,.1f} kW)").format(kw=target_kw + tolerance_kw)
    )
    changed = _changed(table, solution)
    message = render(without_reasons(solution.message_text or solution.message), translate)
    lines = [
        f"{solution.status}: {message}",
        translate(
            "CLI",
            "shed {shed_kw:,.1f} kW of a {target_kw:,.1f} kW target{window}; hashrate lost {lost_ths:,.2f} TH/s; "
            "{commands:,} command(s), one per miner touched",
        ).format(
            shed_kw=solution.shed_w / 1000,
            target_kw=target_kw,
            window=window,
            lost_ths=solution.lost_ths,
            commands=len(changed),
        ),
    ]
    if not solution.feasible:
        exact = "" if solution.max_sheddable_exact else translate("CLI", " (upper estimate)")
        most = translate("CLI", "the most that can be shed: {kw:,.1f} kW{exact}")
        lines.append(most.format(kw=solution.max_sheddable_w / 1000, exact=exact))
        held_back = translate("CLI", "  held back: {value}")
        lines.extend(held_back.format(value=render(describe(w), translate)) for w in solution.reasons)
    lines.append(
        translate("CLI", "solver: {detail}").format(
            detail=render(solution.solver_detail_text or solution.solver_detail, translate)
        )
    )
    kinds = [_kind(p, h) for _, p, h in changed]
    counts = ", ".join(f"{kinds.count(k)} {_kind_text(k)}" for k in ("off", "sleep", "reduced") if k in kinds)
    change = translate("CLI", "{changed:,} of {miners:,} miners change").format(
        changed=len(changed), miners=table.fleet.n_miners
    )
    lines.append(change + (f": {counts}" if counts else ""))
    for miner_id, power, hashrate in changed[:_SHOWN_MINERS]:
        row = translate("CLI", "  {miner_id:<20} {power:>9,.0f} W {hashrate:>10,.2f} TH/s  {kind}")
        lines.append(
            row.format(miner_id=miner_id, power=power, hashrate=hashrate, kind=_kind_text(_kind(power, hashrate)))
        )
    if len(changed) > _SHOWN_MINERS:
        more = translate("CLI", "  … and {count:,} more (--json lists every one)")
        lines.append(more.format(count=len(changed) - _SHOWN_MINERS))
    return "\n".join(lines)
