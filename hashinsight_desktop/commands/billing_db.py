"""The database side of `billing`: the month's billing run and the hosting contracts.

    billing run --period YYYY-MM --as USER [--json]
    billing contract add CONTRACT.json --as USER [--json]
    billing contract edit REFERENCE CONTRACT.json --as USER [--json]   (a new version)
    billing contract list [--customer NAME] --as USER [--json]

A contract file is the `billing draft` contract file (its engine fields; miners by their fleet id, nameplate_w
optional: the model's power) plus ``reference``, ``customer`` (name), ``site`` (name), ``deposit_usd``,
``billing_mode`` (prepaid|arrears), ``payment_terms_days``, ``reminders`` ([{"days": -3}, {"days": 7,
"fee_usd": "25"}]), ``start`` and ``end`` (YYYY-MM-DD). Bad input: exit 1 naming the field.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

OPTION_NAMES = {"period": "--period", "file": "CONTRACT.json", "contract": "REFERENCE"}


def add_database_parsers(billing: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = billing.add_parser(
        "run",
        help=translate("CLI", ("draft an invoice per active contract for a month, from the telemetry roll-ups")),
        description=translate(
            "CLI",
            (
                "Each contract active in the month is billed at its current "
                "version in its site's time zone; a draft of the same month "
                "is rebuilt, an issued invoice left alone. Issue drafts with "
                "`invoice issue`."
            ),
        ),
    )
    run.add_argument("--period", metavar="YYYY-MM", required=True, help=translate("CLI", "the month billed"))
    add_acting_arguments(run)
    contract = billing.add_parser("contract", help=translate("CLI", "hosting contracts (versioned)")).add_subparsers(
        dest="contract_command", required=True, metavar="ACTION"
    )
    add = contract.add_parser("add", help=translate("CLI", "add a contract from a contract file (see the README)"))
    add.add_argument("file", metavar="CONTRACT.json")
    add_acting_arguments(add)
    edit = contract.add_parser("edit", help=translate("CLI", "a new version of a contract from a contract file"))
    edit.add_argument("contract", metavar="REFERENCE")
    edit.add_argument("file", metavar="CONTRACT.json")
    add_acting_arguments(edit)
    listing = contract.add_parser(
        "list", help=translate("CLI", ("the contracts at their current version (a customer: their own)"))
    )
    listing.add_argument("--customer", metavar="NAME", help=translate("CLI", "only this customer's"))
    add_acting_arguments(listing)


def contract_json(view: Any) -> dict[str, Any]:
    version = view.version
    return {
        "id": str(view.contract.id),
        "reference": view.contract.reference,
        "customer": view.customer_name,
        "site": view.site_name,
        "version": version.number,
        "version_id": str(version.id),
        "terms": version.terms,
        "deposit_usd": f"{version.deposit_usd}",
        "billing_mode": version.billing_mode,
        "payment_terms_days": version.payment_terms_days,
        "reminders": version.reminders,
        "start": version.starts_on.isoformat(),
        "end": version.ends_on.isoformat() if version.ends_on else None,
    }


def _file(path_text: str) -> dict[str, Any]:
    from decimal import Decimal

    path = Path(path_text)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"), parse_float=Decimal)
    except OSError as exc:
        raise ValidationError(
            "CONTRACT.json",
            Text(QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {value}"), path=path, value=exc.strerror or exc),
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            path.name,
            Text(QT_TRANSLATE_NOOP("Errors", "not valid JSON: {msg} at line {lineno}"), msg=exc.msg, lineno=exc.lineno),
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(
            path.name, QT_TRANSLATE_NOOP("Errors", "must be one JSON object with the contract's fields")
        )
    return data


def _named(session: Any, model: Any, name: object, field: str) -> Any:
    from sqlalchemy import select

    found = session.scalars(select(model).where(model.name == str(name or "").strip())).first()
    if found is None:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "no {field} named {name!r}"), field=field, name=name)
        )
    return found


def _contract_add_or_edit(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.db.models import Customer, Site
    from hashinsight_desktop.services.billing import contracts

    data = _file(args.file)
    details = contracts.read_details(data)
    if args.contract_command == "add":
        view = contracts.add_contract(
            session,
            principal,
            reference=str(data.get("reference", "")),
            customer_id=_named(session, Customer, data.get("customer"), "customer").id,
            site_id=_named(session, Site, data.get("site"), "site").id,
            terms=data,
            details=details,
            clock=ctx.clock,
        )
    else:
        current = contracts.contract_by_reference(session, principal, args.contract)
        view = contracts.edit_contract(
            session, principal, current.contract.id, expected_version=None, terms=data, details=details, clock=ctx.clock
        )
    if not args.json:
        print(
            translate("CLI", "contract {reference} version {number} saved").format(
                reference=view.contract.reference, number=view.version.number
            )
        )
    return {"contract": contract_json(view)}


def _contract_list(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.db.models import Customer
    from hashinsight_desktop.services.billing import contracts

    customer = _named(session, Customer, args.customer, "customer").id if args.customer else None
    rows = [contract_json(view) for view in contracts.list_contracts(session, principal, customer_id=customer)]
    if not args.json:
        for row in rows:
            where = f"{pad(row['customer'], 30)} {pad(row['site'], 20)}"  # names may be Chinese
            print(
                translate("CLI", "{reference:<20} v{version:<3} {where} from {start}").format(
                    reference=row["reference"], version=row["version"], where=where, start=row["start"]
                )
            )
    return {"contracts": rows}


def _run(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.commands.invoice import invoice_json
    from hashinsight_desktop.services.billing.run import run_billing

    result = run_billing(session, principal, args.period, ctx.clock)
    drafts = [invoice_json(session, invoice) for invoice in result.drafts]
    if not args.json:
        for draft in drafts:
            print(
                translate("CLI", "draft {period}  {customer} {contract} {total_usd:>12} USD").format(
                    period=draft["period"],
                    customer=pad(draft["customer"], 30),  # by terminal columns: Chinese names stay in line
                    contract=pad(draft["contract"], 16),
                    total_usd=draft["total_usd"],
                )
            )
        for line in result.skipped:
            print(translate("CLI", "skipped {line}").format(line=line.render(translate)))
        print(
            translate("CLI", "{n_drafts} draft invoice(s) for {period}").format(
                n_drafts=len(drafts), period=args.period
            )
        )
    return {"drafts": drafts, "skipped": [str(line) for line in result.skipped]}  # --json: English, as stored texts


def run_database_command(args: argparse.Namespace, ctx: Any) -> int:
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    runner: Callable[[Any, Any, argparse.Namespace, Any], dict[str, Any]] = _run
    if args.billing_command == "contract":
        runner = _contract_list if args.contract_command == "list" else _contract_add_or_edit
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "billing") as session:
        document = runner(session, principal, args, ctx)
    if args.json:
        print(json.dumps(document, indent=2, default=str))
    return 0
