"""`invoice pdf|send|statement-pdf`: an invoice or a customer's statement as a PDF (Qt's writer, offscreen), and an
issued invoice e-mailed with its PDF to the customer's billing contacts (the CRM mail queue sends it)."""

from __future__ import annotations

import argparse
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hashinsight_desktop.commands.acting_user import add_acting_arguments


def add_parsers(invoice: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pdf = invoice.add_parser("pdf", help="write an invoice as a PDF (logo, addresses, lines, usage, gaps, SLA)")
    pdf.add_argument("invoice", metavar="INVOICE")
    pdf.add_argument("--out", required=True, metavar="FILE", type=Path)
    send = invoice.add_parser("send", help="e-mail an issued invoice's PDF to the customer's billing contacts")
    send.add_argument("invoice", metavar="INVOICE")
    statement = invoice.add_parser("statement-pdf", help="write a customer's statement as a PDF")
    statement.add_argument("customer", metavar="CUSTOMER")
    statement.add_argument("--out", required=True, metavar="FILE", type=Path)
    for parser in (pdf, send, statement):
        add_acting_arguments(parser)


def invoice_pdf(session: Any, principal: Any, key: str, out: Path) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.document import invoice_document
    from hashinsight_desktop.services.billing.invoices import find_invoice
    from hashinsight_desktop.ui.crm.billing_pdf import invoice_html, write_pdf

    document = invoice_document(session, principal, find_invoice(session, principal, key).id)
    write_pdf(invoice_html(document), out, f"Invoice {document['number'] or document['id']}")
    return document


def _pdf(session: Any, principal: Any, args: argparse.Namespace, _ctx: Any) -> dict[str, Any]:
    document = invoice_pdf(session, principal, args.invoice, args.out)
    if not args.json:
        print(f"wrote {args.out}: {document['number'] or '(draft)'}, {document['totals']['total_usd']} USD")
    return {"id": document["id"], "number": document["number"], "pdf": str(args.out)}


def _send(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.billing.invoice_mail import queue_invoice_email

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "invoice.pdf"
        document = invoice_pdf(session, principal, args.invoice, out)
        row = queue_invoice_email(session, principal, uuid.UUID(document["id"]), out.read_bytes(), clock=ctx.clock)
    if not args.json:
        print(f"queued {document['number']} to {', '.join(row.recipients)}")
    return {"id": str(row.id), "invoice": document["id"], "to": row.recipients}


def statement_rows(session: Any, principal: Any, customer_id: Any) -> list[dict[str, str]]:
    from hashinsight_desktop.services.billing.payments import statement

    return [
        {
            "date": e.on.isoformat(),
            "kind": e.kind,
            "reference": e.reference,
            "amount_usd": f"{e.amount_usd}",
            "balance_usd": f"{e.balance_usd}",
        }
        for e in statement(session, principal, customer_id)
    ]


def statement_pdf(session: Any, principal: Any, customer_id: Any, out: Path, today: str) -> list[dict[str, str]]:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import BillingContract, Customer, Site
    from hashinsight_desktop.ui.crm.billing_pdf import statement_html, write_pdf

    rows = statement_rows(session, principal, customer_id)  # scoped: a customer sees only their own
    customer = session.get(Customer, customer_id)
    site = session.scalar(
        select(Site)
        .join(BillingContract, BillingContract.site_id == Site.id)
        .where(BillingContract.customer_id == customer_id)
    )
    about = {"name": customer.name, "company": customer.company, "billing_address": customer.billing_address}
    where = {"name": site.name, "location": site.location} if site else {}
    write_pdf(statement_html(about, where, rows, today), out, f"Statement {customer.name}")
    return rows


def _statement_pdf(session: Any, principal: Any, args: argparse.Namespace, ctx: Any) -> dict[str, Any]:
    from hashinsight_desktop.commands.invoice import _customer_id

    rows = statement_pdf(
        session, principal, _customer_id(session, args.customer), args.out, ctx.clock().date().isoformat()
    )
    balance = rows[-1]["balance_usd"] if rows else "0.00"
    if not args.json:
        print(f"wrote {args.out}: {len(rows)} move(s), balance {balance} USD")
    return {"pdf": str(args.out), "balance_usd": balance}


RUNNERS = {"pdf": _pdf, "send": _send, "statement-pdf": _statement_pdf}
