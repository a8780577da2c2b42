"""`hashinsight-desktop batch FLEET.(csv|xlsx) --out RESULT.(xlsx|csv)`: every line of a fleet file.

Exit 0: every row computed, the output written, one history entry saved, a short summary printed.
Exit 1: some rows are invalid; every bad cell listed on stderr by spreadsheet row, nothing written.
Exit 2: one line on stderr: no such input file, an output type we do not write, no market data, ...
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hashinsight_desktop.commands.calc import (
    FIELD_FLAGS,
    add_market_arguments,
    check_given,
    given_market_and_farm,
    market_values,
    require_market,
    stored_growth,
)
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

if TYPE_CHECKING:
    from hashinsight_desktop.services.calculator.batch import BatchTotals

OUTPUT_TYPES = (".xlsx", ".csv")
EXIT_OK, EXIT_INVALID_ROWS = 0, 1
MAX_LISTED_ERRORS = 200  # a file wrong on every line still gives a readable report


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "batch",
        help=translate("CLI", ("profitability of every line of a fleet file (CSV or XLSX), written to XLSX or CSV")),
        description=translate(
            "CLI",
            (
                "Columns: model, quantity, electricity_price, and optionally "
                "hardware_cost and site. Any invalid row stops the run with a "
                "row-numbered list of errors and nothing written."
            ),
        ),
    )
    parser.add_argument("fleet_file", metavar="IN", help=translate("CLI", "the fleet file: .csv or .xlsx"))
    parser.add_argument(
        "--out", metavar="OUT", required=True, help=translate("CLI", "the result: .xlsx (with a chart) or .csv")
    )
    add_market_arguments(parser)


def _check_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    from hashinsight_desktop.services.errors import ValidationError

    source, out = Path(args.fleet_file), Path(args.out)
    if not source.is_file():
        raise ValidationError("fleet file", Text(QT_TRANSLATE_NOOP("Errors", "no such file: {source}"), source=source))
    if out.suffix.lower() not in OUTPUT_TYPES:
        raise ValidationError(
            "--out", Text(QT_TRANSLATE_NOOP("Errors", "{name}: the result is written as .xlsx or .csv"), name=out.name)
        )
    if not out.parent.is_dir():
        raise ValidationError("--out", Text(QT_TRANSLATE_NOOP("Errors", "no such folder: {parent}"), parent=out.parent))
    if out.exists() and out.resolve() == source.resolve():
        raise ValidationError("--out", QT_TRANSLATE_NOOP("Errors", "is the fleet file itself; choose another name"))
    return source, out


def _progress(label: str) -> Callable[[int, int], None] | None:
    """A percentage on stderr while a big workbook is written, when a person is watching."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{label}: {done * 100 // max(total, 1)} %", end=end, file=sys.stderr, flush=True)

    return show


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.calculator import history
    from hashinsight_desktop.services.calculator.batch import compute_batch, history_inputs, resolve_market
    from hashinsight_desktop.services.calculator.export import export_csv, export_xlsx
    from hashinsight_desktop.services.calculator.fleet_file import load_models, read_fleet_file, validate_rows
    from hashinsight_desktop.services.calculator.resolution import market_quantities_needed, sources_as_dict
    from hashinsight_desktop.services.errors import ValidationError
    from hashinsight_desktop.services.permissions import Role, os_account
    from hashinsight_desktop.services.transaction import unit_of_work

    user = os_account(Role.GUEST)  # no login here: the OS account, with the calculator's rights only
    started = time.perf_counter()
    source, out = _check_paths(args)
    given = given_market_and_farm(args)
    check_given(given)  # a typo in a flag is reported before any file or network work

    with ctx.database.session_factory() as session:
        models = load_models(session, user)
    rows, errors = validate_rows(read_fleet_file(source), models)
    if errors:
        bad_rows = len({e.row for e in errors})
        print(
            translate(
                "CLI",
                (
                    "hashinsight-desktop: error: {name}: {n_errors} invalid "
                    "cell(s) in {bad_rows} row(s); nothing was computed and "
                    "{name2} was not written. Fix these and run again:"
                ),
            ).format(name=source.name, n_errors=len(errors), bad_rows=bad_rows, name2=out.name),
            file=sys.stderr,
        )
        for error in errors[:MAX_LISTED_ERRORS]:
            print(f"  {render(error.text, translate)}", file=sys.stderr)
        if len(errors) > MAX_LISTED_ERRORS:
            print(
                translate("CLI", "  ... and {value} more").format(value=len(errors) - MAX_LISTED_ERRORS),
                file=sys.stderr,
            )
        return EXIT_INVALID_ROWS
    if not len(rows):
        raise ValidationError(
            "fleet file", Text(QT_TRANSLATE_NOOP("Errors", "{name} has a header but no fleet rows"), name=source.name)
        )

    values = market_values(ctx, market_quantities_needed(given), args.offline)
    require_market(values, given, args.offline)
    with options_named(FIELD_FLAGS):
        market, sources = resolve_market(given, values, ctx.clock(), stored_growth(ctx))
    result = compute_batch(rows, market)
    try:
        if out.suffix.lower() == ".xlsx":
            export_xlsx(result, out, market, progress=_progress(f"writing {out.name}"))
        else:
            export_csv(result, out)
    except OSError as exc:
        raise ValidationError(
            "--out",
            Text(QT_TRANSLATE_NOOP("Errors", "cannot write {out}: {value}"), out=out, value=exc.strerror or exc),
        ) from None
    elapsed = time.perf_counter() - started

    totals = result.totals
    with unit_of_work(ctx.database.session_factory) as session:
        history.save_calculation(
            session,
            user,
            kind="batch",
            label=f"CLI batch: {source.name} ({totals.rows:,} rows)",
            inputs=history_inputs(sources, source.name, totals),
            results=totals.as_history(),
            clock=ctx.clock,
        )
    if args.json:
        payload: dict[str, Any] = {
            **totals.as_exact(),  # full precision: the text summary rounds
            "output": str(out),
            "elapsed_s": round(elapsed, 3),
            "inputs": sources_as_dict(sources),
        }
        print(json.dumps(payload, indent=2))
    else:
        print(render_summary(source.name, totals, out, elapsed))
    return EXIT_OK


def _hashrate(ths: float) -> str:
    return f"{ths / 1000:,.2f} PH/s" if ths >= 1000 else f"{ths:,.1f} TH/s"


def _power(mw: float) -> str:
    return f"{mw:,.3f} MW" if mw >= 1 else f"{mw * 1000:,.1f} kW"


def _usd(value: float) -> str:
    return f"{'-' if value < 0 else ''}${abs(value):,.2f}"


def render_summary(name: str, totals: BatchTotals, out: Path, elapsed: float) -> str:
    """A few lines: what was computed, the fleet's totals, where the result went and how long it took."""
    said = {  # each line's label, padded in the reader's language
        label: translate("CLI", label)
        for label in (
            QT_TRANSLATE_NOOP("CLI", "Fleet hashrate"),
            QT_TRANSLATE_NOOP("CLI", "Power"),
            QT_TRANSLATE_NOOP("CLI", "Profit per day"),
            QT_TRANSLATE_NOOP("CLI", "Written to"),
            QT_TRANSLATE_NOOP("CLI", "Took"),
        )
    }
    parts = translate("CLI", "(revenue {revenue}, power {power})").format(
        revenue=_usd(totals.revenue_usd_day), power=_usd(totals.power_cost_usd_day)
    )
    lines = [
        translate("CLI", "{name}: {rows:,} rows, {machines:,} machines").format(
            name=name, rows=totals.rows, machines=totals.machines
        ),
        f"  {pad(said['Fleet hashrate'], 18)} {_hashrate(totals.hashrate_ths)}",
        f"  {pad(said['Power'], 18)} {_power(totals.power_mw)}",
        f"  {pad(said['Profit per day'], 18)} {_usd(totals.profit_usd_day)}  {parts}",
        f"  {pad(said['Written to'], 18)} {out}",
        f"  {pad(said['Took'], 18)} " + translate("CLI", "{seconds:.2f} s").format(seconds=elapsed),
    ]
    return "\n".join(lines)
