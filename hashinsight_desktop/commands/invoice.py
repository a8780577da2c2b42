"""`hashinsight-desktop invoice list|show|issue|pay|credit|void|statement|proposals|decide`: hosting invoices.

    invoice list [--status S] [--period YYYY-MM] [--customer NAME] [--limit N] [--offset N]
    invoice show INVOICE                      (its number, INV-2026-000123, or its id)
    invoice issue INVOICE...                  (drafts: numbered in the year's series, gapless)
    invoice pay INVOICE --amount 120.50 [--date YYYY-MM-DD] [--reference TEXT]
    invoice credit INVOICE --amount 20 --reason TEXT
    invoice void INVOICE --reason TEXT
    invoice statement CUSTOMER
    invoice proposals                         (open proposals to curtail overdue customers' miners)
    invoice decide PROPOSAL approve|reject [--action curtail|disconnect]
    invoice pdf INVOICE --out FILE | send INVOICE | statement-pdf CUSTOMER --out FILE   (commands/invoice_print.py)

Each takes --as USER and --json (each item carries its id). The same services as the console: the same
permissions (a customer-role user sees only their own invoices and changes none), audited alike. Bad input:
exit 1 naming the field.
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import date
from typing import Any

from hashinsight_desktop.commands import invoice_print
from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.stored_text import render_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

OPTION_NAMES = {
    "amount": "--amount",
    "reason": "--reason",
    "status": "--status",
    "period": "--period",
    "customer": "CUSTOMER",
    "proposal": "PROPOSAL",
    "action": "--action",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invoice = commands.add_parser(
        "invoice", help=translate("CLI", "hosting invoices: list, show, issue, pay, credit")
    ).add_subparsers(dest="invoice_command", required=True, metavar="ACTION")
    listing = invoice.add_parser("list", help=translate("CLI", "invoices, newest month first (a customer: their own)"))
    listing.add_argument("--status", metavar="S", help=translate("CLI", "draft, issued, paid, overdue or void"))
    listing.add_argument("--period", metavar="YYYY-MM", help=translate("CLI", "only this month's"))
    listing.add_argument("--customer", metavar="NAME", help=translate("CLI", "only this customer's"))
    listing.add_argument("--limit", metavar="N", type=int)
    listing.add_argument("--offset", metavar="N", type=int, default=0)
    show = invoice.add_parser(
        "show", help=translate("CLI", ("an invoice: lines, usage per miner, gaps, SLA, totals, payments"))
    )
    show.add_argument("invoice", metavar="INVOICE")
    issue = invoice.add_parser("issue", help=translate("CLI", "issue drafts: each gets the next number of its series"))
    issue.add_argument("invoice", metavar="INVOICE", nargs="+")
    pay = invoice.add_parser("pay", help=translate("CLI", "record a payment (partial payments too)"))
    pay.add_argument("invoice", metavar="INVOICE")
    pay.add_argument("--amount", required=True, metavar="USD")
    pay.add_argument("--date", metavar="YYYY-MM-DD", help=translate("CLI", "when it was paid (default today)"))
    pay.add_argument("--reference", default="", metavar="TEXT", help=translate("CLI", "the bank's reference"))
    credit = invoice.add_parser(
        "credit", help=translate("CLI", "issue a credit note on an invoice (never above what is left)")
    )
    credit.add_argument("invoice", metavar="INVOICE")
    credit.add_argument("--amount", required=True, metavar="USD")
    credit.add_argument("--reason", required=True, metavar="TEXT")
    void = invoice.add_parser(
        "void", help=translate("CLI", ("void a draft, or an issued invoice nothing was paid or credited on"))
    )
    void.add_argument("invoice", metavar="INVOICE")
    void.add_argument("--reason", required=True, metavar="TEXT")
    statement = invoice.add_parser(
        "statement", help=translate("CLI", "a customer's statement: every move with the running balance")
    )
    statement.add_argument("customer", metavar="CUSTOMER")
    invoice.add_parser("proposals", help=translate("CLI", "open proposals to curtail overdue customers' miners"))
    decide = invoice.add_parser(
        "decide", help=translate("CLI", ("approve or reject a proposal (audited; curtail with `curtail`)"))
    )
    decide.add_argument("proposal", metavar="PROPOSAL")
    decide.add_argument("decision", choices=("approve", "reject"))
    decide.add_argument(
        "--action", default="curtail", metavar="A", help=translate("CLI", "curtail (default) or disconnect")
    )
    for parser in (listing, show, issue, pay, credit, void, statement, decide):
        add_acting_arguments(parser)
    add_acting_arguments(invoice.choices["proposals"])
    invoice_print.add_parsers(invoice)


def invoice_json(session: Any, invoice: Any) -> dict[str, Any]:
    from hashinsight_desktop.db.models import BillingContract, BillingContractVersion, Customer
    from hashinsight_desktop.services.billing.invoices import owed

    money = owed(session, invoice.id)
    contract = session.get(BillingContract, invoice.contract_id)
    version = session.get(BillingContractVersion, invoice.contract_version_id)
    return {
        "id": str(invoice.id),
        "number": invoice.number,
        "status": invoice.status,
        "period": invoice.period,
        "customer": session.get(Customer, invoice.customer_id).name,
        "contract": contract.reference,
        "contract_version": version.number,
        "total_usd": f"{invoice.total_usd}",
        "balance_usd": f"{money.balance_usd}",
        "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
    }


def _amount(text: str) -> Any:
    from hashinsight_desktop.services.billing.credit_notes import amount_usd

    return amount_usd(text, "--amount")


def _customer_id(session: Any, name: str) -> uuid.UUID:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Customer

    found = session.scalar(select(Customer.id).where(Customer.name == name.strip()))
    if found is None:
        raise ValidationError("CUSTOMER", Text(QT_TRANSLATE_NOOP("Errors", "no customer named {name!r}"), name=name))
    return found  # type: ignore[no-any-return]


def _print_rows(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        print(
            translate(
                "CLI",
                "{value} {status} {period}  {customer} {total_usd:>12} USD  owed {balance_usd:>12}  due {value2}",
            ).format(
                # by terminal columns: Chinese names stay in line
                value=pad(row["number"] or translate("CLI", "(draft)"), 18),
                status=pad(row["status"], 8),
                period=row["period"],
                customer=pad(row["customer"], 28),
                total_usd=row["total_usd"],
                balance_usd=row["balance_usd"],
                value2=row["due_on"] or "–",
            )
        )


def run(args: argparse.Namespace, ctx: Any) -> int:
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "invoice") as session:
        document = _RUNNERS[args.invoice_command](session, principal, args, ctx)
    if args.json:
        print(json.dumps(document, indent=2, default=str))
    return 0


def _list(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing import invoices

    customer = _customer_id(session, args.customer) if args.customer else None
    found = invoices.list_invoices(
        session,
        principal,
        customer_id=customer,
        status=args.status,
        period=args.period,
        limit=args.limit,
        offset=args.offset,
    )
    rows = [invoice_json(session, row.invoice) for row in found]
    if not args.json:
        _print_rows(rows)
    return {"invoices": rows}


def _show(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.document import invoice_document
    from hashinsight_desktop.services.billing.invoices import find_invoice

    document = invoice_document(session, principal, find_invoice(session, principal, args.invoice).id)
    if not args.json:
        print(
            translate("CLI", "Invoice {value}  {status}  {period}").format(
                value=document["number"] or translate("CLI", "(draft)"),
                status=document["status"],
                period=document["period"],
            )
        )
        customer = document["customer"]
        print(
            translate("CLI", "To: {name}  {address}").format(name=customer["name"], address=customer["billing_address"])
        )
        for line in document["lines"]:  # in the command line's language; --json keeps the English and the text
            described = render_stored(line["description"], line.get("description_text"), translate)
            print(f"{line['amount_usd']:>12}  {described}")
        for key, value in document["totals"].items():
            print(f"{value:>12}  {key}")
        print(
            translate("CLI", "{n_items} gap(s); SLA: {explained}").format(
                n_items=len(document["gaps"]),
                explained=render_stored(document["sla"]["explained"], document["sla"].get("explained_text"), translate),
            )
        )
    return {"invoice": document}


def _issue(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.invoices import find_invoice, issue_invoice

    issued = [
        issue_invoice(session, principal, find_invoice(session, principal, key).id, clock=ctx.clock)
        for key in args.invoice
    ]
    rows = [invoice_json(session, invoice) for invoice in issued]
    if not args.json:
        _print_rows(rows)
    return {"invoices": rows}


def _pay(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.invoices import find_invoice
    from hashinsight_desktop.services.billing.payments import record_payment

    try:
        paid_on = date.fromisoformat(args.date) if args.date else ctx.clock().date()
    except ValueError:
        raise ValidationError(
            "--date", Text(QT_TRANSLATE_NOOP("Errors", "{date!r} is not a date (YYYY-MM-DD)"), date=args.date)
        ) from None
    invoice = find_invoice(session, principal, args.invoice)
    payment = record_payment(
        session,
        principal,
        invoice.id,
        amount=_amount(args.amount),
        paid_on=paid_on,
        reference=args.reference,
        clock=ctx.clock,
    )
    row = invoice_json(session, invoice)
    if not args.json:
        print(
            translate("CLI", ("payment of {amount_usd} USD on {number}: {status}, owed {balance_usd}")).format(
                amount_usd=payment.amount_usd,
                number=row["number"],
                status=row["status"],
                balance_usd=row["balance_usd"],
            )
        )
    return {"payment": {"id": str(payment.id), "amount_usd": f"{payment.amount_usd}"}, "invoice": row}


def _credit(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.credit_notes import issue_credit_note
    from hashinsight_desktop.services.billing.invoices import find_invoice

    invoice = find_invoice(session, principal, args.invoice)
    note = issue_credit_note(
        session, principal, invoice.id, amount=_amount(args.amount), reason=args.reason, clock=ctx.clock
    )
    row = invoice_json(session, invoice)
    if not args.json:
        print(
            translate("CLI", ("credit note {number}: {amount_usd} USD on {number2}, owed {balance_usd}")).format(
                number=note.number, amount_usd=note.amount_usd, number2=row["number"], balance_usd=row["balance_usd"]
            )
        )
    return {
        "credit_note": {"id": str(note.id), "number": note.number, "amount_usd": f"{note.amount_usd}"},
        "invoice": row,
    }


def _void(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.invoices import find_invoice, void_invoice

    invoice = void_invoice(
        session, principal, find_invoice(session, principal, args.invoice).id, reason=args.reason, clock=ctx.clock
    )
    row = invoice_json(session, invoice)
    if not args.json:
        _print_rows([row])
    return {"invoice": row}


def _statement(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.payments import statement

    entries = statement(session, principal, _customer_id(session, args.customer))
    rows = [
        {
            "date": e.on.isoformat(),
            "kind": e.kind,
            "reference": str(e.reference),  # --json: English, as the codebase's stored texts
            "amount_usd": f"{e.amount_usd}",
            "balance_usd": f"{e.balance_usd}",
        }
        for e in entries
    ]
    if not args.json:
        for row, entry in zip(rows, entries, strict=True):
            money = f"{row['amount_usd']:>12} {row['balance_usd']:>12}"
            print(f"{row['date']}  {row['kind']:<12} {pad(render(entry.reference, translate), 36)} {money}")
    return {"statement": rows, "balance_usd": rows[-1]["balance_usd"] if rows else "0.00"}


def _proposal_json(proposal: Any) -> dict[str, Any]:
    return {
        "id": str(proposal.id),
        "status": proposal.status,
        "action": proposal.action,
        "miners": proposal.miner_ids,
        "reason": proposal.reason,
        "decided_by": proposal.decided_by,
    }


def _proposals(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.proposals import list_proposals

    rows = [_proposal_json(p) for p in list_proposals(session, principal)]
    if not args.json:
        for row in rows:
            print(
                translate("CLI", "{id}  {action} {n_items} miner(s): {reason}").format(
                    id=row["id"], action=row["action"], n_items=len(row["miners"]), reason=row["reason"]
                )
            )
    return {"proposals": rows}


def _decide(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.proposals import decide_proposal

    try:
        proposal_id = uuid.UUID(args.proposal)
    except ValueError:
        raise ValidationError(
            "PROPOSAL", Text(QT_TRANSLATE_NOOP("Errors", "{proposal!r} is not a proposal id"), proposal=args.proposal)
        ) from None
    proposal = decide_proposal(
        session, principal, proposal_id, approve=args.decision == "approve", action=args.action, clock=ctx.clock
    )
    if not args.json:
        print(
            translate("CLI", "proposal {status}: {action} {n_miner_ids} miner(s)").format(
                status=proposal.status, action=proposal.action, n_miner_ids=len(proposal.miner_ids)
            )
        )
    return {"proposal": _proposal_json(proposal)}


_RUNNERS = {
    "list": _list,
    "show": _show,
    "issue": _issue,
    "pay": _pay,
    "credit": _credit,
    "void": _void,
    "statement": _statement,
    "proposals": _proposals,
    "decide": _decide,
    **invoice_print.RUNNERS,
}
