"""`invoice pdf|send|statement-pdf`: an invoice or a customer's statement as a PDF (Qt's writer, offscreen), and an
issued invoice e-mailed with its PDF to the customer's billing contacts (the CRM mail queue sends it)."""

from __future__ import annotations

import argparse
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hashinsight_desktop.commands.acting_user import add_acting_arguments
from hashinsight_desktop.commands.language import translate


def add_parsers(invoice: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pdf = invoice.add_parser(
        "pdf", help=translate("CLI", ("write an invoice as a PDF (logo, addresses, lines, usage, gaps, SLA)"))
    )
    pdf.add_argument("invoice", metavar="INVOICE")
    pdf.add_argument("--out", required=True, metavar="FILE", type=Path)
    send = invoice.add_parser(
        "send", help=translate("CLI", ("e-mail an issued invoice's PDF to the customer's billing contacts"))
    )
    send.add_argument("invoice", metavar="INVOICE")
    statement = invoice.add_parser("statement-pdf", help=translate("CLI", "write a customer's statement as a PDF"))
    statement.add_argument("customer", metavar="CUSTOMER")
    statement.add_argument("--out", required=True, metavar="FILE", type=Path)
    for parser in (pdf, send, statement):
        add_acting_arguments(parser)


def _pdf(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.ui.crm.billing_print import invoice_pdf

    document = invoice_pdf(session, principal, args.invoice, args.out)
    if not args.json:
        print(
            translate("CLI", "wrote {out}: {value}, {total_usd} USD").format(
                out=args.out,
                value=document["number"] or translate("CLI", "(draft)"),
                total_usd=document["totals"]["total_usd"],
            )
        )
    return {"id": document["id"], "number": document["number"], "pdf": str(args.out)}


def _send(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.invoice_mail import queue_invoice_email
    from hashinsight_desktop.services.crm.crm_mail import smtp_configured
    from hashinsight_desktop.ui.crm.billing_print import customer_translate, invoice_pdf

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "invoice.pdf"
        document = invoice_pdf(session, principal, args.invoice, out)
        row = queue_invoice_email(
            session,
            principal,
            uuid.UUID(document["id"]),
            out.read_bytes(),
            clock=ctx.clock,
            translate=customer_translate(session, uuid.UUID(document["customer_id"])),
        )
    smtp = smtp_configured(session)
    if not args.json:
        waits = "" if smtp else translate("CLI", " (no SMTP settings yet: it waits in the send log until they are set)")
        print(
            translate("CLI", "queued {number} to {value}{waits}").format(
                number=document["number"], value=", ".join(row.recipients), waits=waits
            )
        )
    return {"id": str(row.id), "invoice": document["id"], "to": row.recipients, "smtp_configured": smtp}


def _statement_pdf(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.commands.invoice import _customer_id
    from hashinsight_desktop.ui.crm.billing_print import statement_pdf

    rows = statement_pdf(
        session, principal, _customer_id(session, args.customer), args.out, ctx.clock().date().isoformat()
    )
    balance = rows[-1]["balance_usd"] if rows else "0.00"
    if not args.json:
        print(
            translate("CLI", "wrote {out}: {n_rows} move(s), balance {balance} USD").format(
                out=args.out, n_rows=len(rows), balance=balance
            )
        )
    return {"pdf": str(args.out), "balance_usd": balance}


RUNNERS = {"pdf": _pdf, "send": _send, "statement-pdf": _statement_pdf}
