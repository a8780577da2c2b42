"""An invoice or a customer's statement read through the services (scoped to who asks) and written as a PDF in the
customer's language: shared by the console's pages and the `invoice pdf|send|statement-pdf` commands."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import BillingContract, Customer, Site
from hashinsight_desktop.services.billing.document import invoice_document
from hashinsight_desktop.services.billing.invoices import find_invoice
from hashinsight_desktop.services.billing.payments import statement
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Translate, render
from hashinsight_desktop.ui.crm.billing_pdf import customer_language, invoice_html, statement_html, write_pdf
from hashinsight_desktop.ui.document_language import DocumentLanguage


def invoice_pdf(session: Session, principal: Principal, key: str, out: Path) -> dict[str, Any]:
    """``key``: the invoice's number or id. Returns the document printed."""
    document = invoice_document(session, principal, find_invoice(session, principal, key).id)
    language = customer_language(document["customer"])
    title = language.translate("BillingPdf", "Invoice {number}").format(number=document["number"] or document["id"])
    write_pdf(invoice_html(document, language), out, title)
    return document


def customer_translate(session: Session, customer_id: uuid.UUID) -> Translate:
    """Translates into the customer's language (an invoice e-mail's subject and text)."""
    customer = session.get(Customer, customer_id)
    return DocumentLanguage(customer.language if customer is not None else "en").translate


def statement_rows(
    session: Session, principal: Principal, customer_id: uuid.UUID, translate: Translate | None = None
) -> list[dict[str, str]]:
    """The statement's moves, their references in the language of ``translate`` (English without one)."""
    return [
        {
            "date": e.on.isoformat(),
            "kind": e.kind,
            "reference": render(e.reference, translate),
            "amount_usd": f"{e.amount_usd}",
            "balance_usd": f"{e.balance_usd}",
        }
        for e in statement(session, principal, customer_id)
    ]


def statement_pdf(
    session: Session, principal: Principal, customer_id: uuid.UUID, out: Path, today: str
) -> list[dict[str, str]]:
    customer = session.get(Customer, customer_id)
    language = customer_language({"language": customer.language if customer is not None else None})
    rows = statement_rows(session, principal, customer_id, language.translate)  # scoped: their own only
    assert customer is not None  # statement() found it
    site = session.scalar(
        select(Site)
        .join(BillingContract, BillingContract.site_id == Site.id)
        .where(BillingContract.customer_id == customer_id)
        .limit(1)
    )
    about = {
        "name": customer.name,
        "company": customer.company,
        "billing_address": customer.billing_address,
        "language": customer.language,
    }
    where = {"name": site.name, "location": site.location} if site else {}
    title = language.translate("BillingPdf", "Statement {customer}").format(customer=customer.name)
    write_pdf(statement_html(about, where, rows, today, language), out, title)
    return rows
