"""E-mailing an issued invoice's PDF to the customer's billing contacts (the CRM's queue and SMTP settings).

The PDF is made in the ui layer (Qt's writer) and handed in as bytes; this queues it in the caller's transaction
and audits who sent what to whom."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, CustomerContact, EmailLog
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.billing.invoices import get_invoice
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.crm_mail import Attachment, queue_email
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate


def billing_recipients(session: Session, customer_id: uuid.UUID) -> list[str]:
    """The contacts marked as billing; else the customer's own address; none: a one-line refusal."""
    found = session.scalars(
        select(CustomerContact.email).where(
            CustomerContact.customer_id == customer_id, CustomerContact.is_billing, CustomerContact.email.is_not(None)
        )
    ).all()
    recipients = [address for address in found if address]
    if not recipients:
        customer = session.get(Customer, customer_id)
        if customer is not None and customer.contact_email:
            recipients = [customer.contact_email]
    if not recipients:
        raise ValidationError(
            "billing contact", QT_TRANSLATE_NOOP("Errors", "the customer has no billing contact with an e-mail address")
        )
    return recipients


def queue_invoice_email(
    session: Session,
    principal: Principal,
    invoice_id: uuid.UUID,
    pdf: bytes,
    *,
    clock: Clock = system_clock,
    translate: Translate | None = None,
) -> EmailLog:
    """Queue the invoice's PDF to the billing contacts; ``translate`` says the subject and text in the customer's
    language (the caller's translator for it; English without one)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "send invoices")
    invoice = get_invoice(session, principal, invoice_id)
    if invoice.number is None or invoice.status == "void":
        raise ValidationError(
            "invoice",
            Text(
                QT_TRANSLATE_NOOP("Errors", "only issued invoices are sent (this one is {status})"),
                status=invoice.status,
            ),
        )
    recipients = billing_recipients(session, invoice.customer_id)
    due = invoice.due_on.isoformat() if invoice.due_on else QT_TRANSLATE_NOOP("InvoiceMail", "on receipt")
    body = Text(
        QT_TRANSLATE_NOOP(
            "InvoiceMail",
            "Dear customer,\n\nplease find attached invoice {number} for {period}, {total} USD, due {due}.\n",
        ),
        number=invoice.number,
        period=invoice.period,
        total=invoice.total_usd,
        due=due,
    )
    subject = Text(
        QT_TRANSLATE_NOOP("InvoiceMail", "Invoice {number} ({period})"), number=invoice.number, period=invoice.period
    )
    row = queue_email(
        session,
        recipients,
        subject.render(translate),
        body.render(translate),
        attachments=(Attachment(f"{invoice.number}.pdf", "application/pdf", pdf),),
        related=("invoice", invoice.id),
        queued_by=principal.username,
        clock=clock,
    )
    audit.append(
        session,
        principal,
        "invoice.send",
        "invoice",
        invoice.id,
        after={"to": recipients, "email": str(row.id)},
        clock=clock,
    )
    return row
