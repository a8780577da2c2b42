"""`hashinsight-desktop billing draft`: a hosting contract's bill for a month from a usage file, no database.

    billing draft --contract CONTRACT.json --usage-csv USAGE.csv --period 2026-11 [--tz Europe/Oslo] [--json]

And against the database (commands/billing_db.py): `billing run --period YYYY-MM` (a draft invoice per active
contract, from the telemetry roll-ups) and `billing contract add|edit|list` (versioned hosting contracts).

The usage engine of the console (services/billing/usage.py) on a contract file (services/billing/contract_terms.py)
and a usage file (services/billing/usage_file.py). Exit 0 with the bill; exit 1 naming the bad field of the
contract or every bad cell of the usage file (row and column), nothing billed; exit 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hashinsight_desktop.commands.language import error_text, translate
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.stored_text import render_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.texts import render as render_text

EXIT_OK, EXIT_BAD_INPUT = 0, 1
MAX_LISTED_ERRORS = 200  # a file wrong on every line still gives a readable report
DATABASE_FREE = frozenset({"draft"})


def NEEDS_DATABASE(args: argparse.Namespace) -> bool:
    """cli.py asks: `draft` runs on files alone."""
    return args.billing_command not in DATABASE_FREE


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    billing = commands.add_parser(
        "billing", help=translate("CLI", ("hosting billing: a contract's bill for a month from its usage"))
    ).add_subparsers(dest="billing_command", required=True, metavar="ACTION")
    draft = billing.add_parser(
        "draft",
        help=translate("CLI", ("bill a contract file for a month from a usage file (no database)")),
        description=translate(
            "CLI",
            (
                "Energy per miner from measured power (or nameplate × hashing "
                "time, or a fixed amount), gaps billed by the contract's gap "
                "policy, hosting fees and the SLA credit, in exact cents."
            ),
        ),
    )
    draft.add_argument(
        "--contract",
        metavar="CONTRACT.json",
        required=True,
        help=translate("CLI", "the contract's terms (JSON; see the README)"),
    )
    draft.add_argument(
        "--usage-csv",
        metavar="USAGE.csv",
        required=True,
        help=translate(
            "CLI",
            (
                "columns miner_id, recorded_at (ISO-8601 with offset), "
                "power_w, status (hashing|sleeping|curtailed|offline)"
            ),
        ),
    )
    draft.add_argument(
        "--period", metavar="YYYY-MM", required=True, help=translate("CLI", "the month billed, in the site's time zone")
    )
    draft.add_argument(
        "--tz",
        metavar="ZONE",
        default="UTC",
        help=translate("CLI", "the site's time zone (default UTC), e.g. Europe/Oslo"),
    )
    draft.add_argument("--json", action="store_true", help=translate("CLI", "print the bill as one JSON object"))
    from hashinsight_desktop.commands.billing_db import add_database_parsers

    add_database_parsers(billing)


def run(args: argparse.Namespace, context: object = None) -> int:
    from hashinsight_desktop.services.table_file import BadCells

    if args.billing_command not in DATABASE_FREE:
        from hashinsight_desktop.commands.billing_db import run_database_command

        return run_database_command(args, context)

    try:
        document = _draft(args)
    except BadCells as bad:
        print(translate("CLI", "hashinsight-desktop: error: {bad}").format(bad=error_text(bad)), file=sys.stderr)
        if len(bad.errors) > 5:
            for error in bad.errors[:MAX_LISTED_ERRORS]:
                print(f"  {render_text(error.text, translate)}", file=sys.stderr)
            if len(bad.errors) > MAX_LISTED_ERRORS:
                print(
                    translate("CLI", "  ... and {value} more").format(value=len(bad.errors) - MAX_LISTED_ERRORS),
                    file=sys.stderr,
                )
        return EXIT_BAD_INPUT
    print(json.dumps(document, indent=2, ensure_ascii=False) if args.json else render(document))
    return EXIT_OK


def _draft(args: argparse.Namespace) -> dict[str, object]:
    from hashinsight_desktop.services.billing.contract_terms import billing_period, load_contract_file, site_zone
    from hashinsight_desktop.services.billing.usage import bill, bill_document, usage_from_samples
    from hashinsight_desktop.services.billing.usage_file import read_usage_file

    period = billing_period(args.period, site_zone(args.tz))
    contract, usage_path = Path(args.contract), Path(args.usage_csv)
    for flag, path in (("--contract", contract), ("--usage-csv", usage_path)):
        if not path.is_file():
            raise ValidationError(flag, Text(QT_TRANSLATE_NOOP("Errors", "no such file: {path}"), path=path))
    terms = load_contract_file(contract)
    samples = read_usage_file(usage_path, {miner.miner_id for miner in terms.miners})
    buckets = []
    for miner in terms.miners:
        start, end = period.miner_window(miner)
        if start < end:  # a miner outside the period is refused by bill(), naming it
            buckets.append(
                usage_from_samples(miner.miner_id, samples.get(miner.miner_id, []), start, end, terms.max_gap_s)
            )
    return bill_document(bill(terms, period, buckets))


def render(document: dict[str, object]) -> str:
    """The bill as text: each line with its amount, the totals, then the gaps."""
    lines = document["lines"]
    gaps = document["gaps"]
    assert isinstance(lines, list) and isinstance(gaps, list)
    amount, line_heading = translate("CLI", "AMOUNT USD"), translate("CLI", "LINE")
    out = [f"{amount:>12}  {line_heading}"]
    out += [
        f"{line['amount_usd']:>12}  {render_stored(line['description'], line.get('description_text'), translate)}"
        for line in lines
    ]
    out.append("")
    for label, key in (
        (QT_TRANSLATE_NOOP("CLI", "Energy"), "energy_usd"),
        (QT_TRANSLATE_NOOP("CLI", "Hosting fees"), "fees_usd"),
        (QT_TRANSLATE_NOOP("CLI", "Subtotal"), "subtotal_usd"),
        (QT_TRANSLATE_NOOP("CLI", "SLA credit"), "sla_credit_usd"),
        (QT_TRANSLATE_NOOP("CLI", "Total"), "total_usd"),
    ):
        sign = "-" if key == "sla_credit_usd" and document[key] != "0.00" else ""
        out.append(f"{sign + str(document[key]):>12}  {translate('CLI', label)}")
    billed = translate("CLI", "kWh billed (of which {gap_kwh} kWh for gaps)").format(gap_kwh=document["gap_kwh"])
    out.append(f"{document['kwh']:>12}  {billed}")
    uptime = translate("CLI", "% uptime (mean over the miners)")
    out.append(f"{document['uptime_pct']:>12}  {uptime}")
    if gaps:
        out.append("\n" + translate("CLI", "{count} gap(s): time no sample covered").format(count=len(gaps)))
        gap_line = translate("CLI", "  {miner_id}  from {start}  {length_s} s  at {billed_w} W")
        out += [
            gap_line.format(miner_id=g["miner_id"], start=g["start"], length_s=g["length_s"], billed_w=g["billed_w"])
            for g in gaps
        ]
    return "\n".join(out)
