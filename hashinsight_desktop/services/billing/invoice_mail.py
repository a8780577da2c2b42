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
        raise ValidationError("billing contact", "the customer has no billing contact with an e-mail address")
    return recipients


def queue_invoice_email(
    session: Session, principal: Principal, invoice_id: uuid.UUID, pdf: bytes, *, clock: Clock = system_clock
) -> EmailLog:
    require(principal, Permission.CUSTOMERS_MANAGE, "send invoices")
    invoice = get_invoice(session, principal, invoice_id)
    if invoice.number is None or invoice.status == "void":
        raise ValidationError("invoice", f"only issued invoices are sent (this one is {invoice.status})")
    recipients = billing_recipients(session, invoice.customer_id)
    body = (
        f"Dear customer,\n\nplease find attached invoice {invoice.number} for {invoice.period}, "
        f"{invoice.total_usd} USD, due {invoice.due_on.isoformat() if invoice.due_on else 'on receipt'}.\n"
    )
    row = queue_email(
        session,
        recipients,
        f"Invoice {invoice.number} ({invoice.period})",
        body,
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
