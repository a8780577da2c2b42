"""Invoices: draft → issued → paid / overdue / void; listing and what is owed on each.

A draft (built by ``billing run``) has no number; ``issue_invoice`` gives it the next number of the year's
series inside the issuing transaction (services/billing/numbering.py) and its due date from the contract
version's payment terms. What is owed on an invoice: its total plus late fees, less credit notes and payments.
Staff need CUSTOMERS_MANAGE; a customer-role user sees only their own invoices and changes none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    BillingContract,
    BillingContractVersion,
    CreditNote,
    Customer,
    Invoice,
    Payment,
    ReminderStep,
    Site,
)
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.billing.numbering import INVOICE, next_number
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.scope import get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush

DRAFT, ISSUED, PAID, OVERDUE, VOID = "draft", "issued", "paid", "overdue", "void"
STATUSES = (DRAFT, ISSUED, PAID, OVERDUE, VOID)
OPEN = (ISSUED, OVERDUE)  # issued and not settled: payments, credit notes and reminders apply
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Owed:
    total_usd: Decimal
    fees_usd: Decimal
    credited_usd: Decimal
    paid_usd: Decimal

    @property
    def creditable_usd(self) -> Decimal:
        """What a credit note may still take off: the invoice and its fees, less earlier credit notes."""
        return self.total_usd + self.fees_usd - self.credited_usd

    @property
    def balance_usd(self) -> Decimal:
        return self.total_usd + self.fees_usd - self.credited_usd - self.paid_usd


@dataclass(frozen=True)
class InvoiceRow:
    invoice: Invoice
    customer_name: str
    contract_reference: str
    version_number: int
    owed: Owed


def owed(session: Session, invoice_id: uuid.UUID) -> Owed:
    invoice = session.get(Invoice, invoice_id)
    assert invoice is not None

    def total(column: Any, model: Any) -> Decimal:
        found = session.scalar(select(func.coalesce(func.sum(column), 0)).where(model.invoice_id == invoice_id))
        return Decimal(found or 0).quantize(ZERO)

    return Owed(
        invoice.total_usd,
        total(ReminderStep.fee_usd, ReminderStep),
        total(CreditNote.amount_usd, CreditNote),
        total(Payment.amount_usd, Payment),
    )


def get_invoice(session: Session, principal: Principal, invoice_id: uuid.UUID) -> Invoice:
    return get_scoped(session, principal, Invoice, invoice_id, Invoice.customer_id, entity="invoice")


def find_invoice(session: Session, principal: Principal, key: str) -> Invoice:
    """An invoice by its number (``INV-2026-000123``) or id, as the command line names it."""
    text = key.strip()
    try:
        return get_invoice(session, principal, uuid.UUID(text))
    except ValueError:
        pass
    query = scoped(select(Invoice).where(Invoice.number == text), principal, Invoice.customer_id, "see invoices")
    found = session.scalars(query).first()
    if found is None:
        raise ValidationError(
            "INVOICE", Text(QT_TRANSLATE_NOOP("Errors", "no invoice {text!r} (give its number or id)"), text=text)
        )
    return found


def list_invoices(
    session: Session,
    principal: Principal,
    *,
    customer_id: uuid.UUID | None = None,
    status: str | None = None,
    period: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[InvoiceRow]:
    """Invoices newest period first (a customer: their own), with what is owed on each."""
    if status is not None and status not in STATUSES:
        raise ValidationError(
            "status",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{status!r} is not one of {value}"),
                status=status,
                value=", ".join(STATUSES),
            ),
        )
    query = (
        select(Invoice, Customer.name, BillingContract.reference, BillingContractVersion.number)
        .join(Customer, Customer.id == Invoice.customer_id)
        .join(BillingContract, BillingContract.id == Invoice.contract_id)
        .join(BillingContractVersion, BillingContractVersion.id == Invoice.contract_version_id)
    )
    query = scoped(query, principal, Invoice.customer_id, "see invoices")
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    if status is not None:
        query = query.where(Invoice.status == status)
    if period is not None:
        query = query.where(Invoice.period == period)
    query = query.order_by(Invoice.period.desc(), Customer.name, BillingContract.reference).offset(offset)
    rows = session.execute(query.limit(limit) if limit is not None else query).all()
    return [InvoiceRow(row[0], row[1], row[2], row[3], owed(session, row[0].id)) for row in rows]


def invoice_state(invoice: Invoice) -> dict[str, Any]:
    return {
        "number": invoice.number,
        "status": invoice.status,
        "period": invoice.period,
        "total_usd": f"{invoice.total_usd}",
        "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
        "contract_version_id": str(invoice.contract_version_id),
    }


def _manage(session: Session, principal: Principal, invoice_id: uuid.UUID, action: str) -> Invoice:
    require(principal, Permission.CUSTOMERS_MANAGE, action)
    return get_invoice(session, principal, invoice_id)


def issue_invoice(
    session: Session,
    principal: Principal,
    invoice_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    clock: Clock = system_clock,
) -> Invoice:
    """Give a draft its number (the year's series, gapless) and due date; audited."""
    invoice = _manage(session, principal, invoice_id, "issue invoices")
    check_version("invoice", invoice.version, expected_version)
    if invoice.status != DRAFT:
        raise ValidationError(
            "status",
            Text(
                QT_TRANSLATE_NOOP("Errors", "invoice {value} is {status}, not a draft"),
                value=invoice.number or invoice.id,
                status=invoice.status,
            ),
        )
    version = session.get(BillingContractVersion, invoice.contract_version_id)
    assert version is not None
    site_zone = _zone_of(session, invoice.contract_id)
    now = clock()
    today = now.astimezone(site_zone).date()
    before = invoice_state(invoice)
    invoice.number = next_number(session, INVOICE, today.year)
    invoice.status = ISSUED
    invoice.issued_at = now
    invoice.due_on = today + timedelta(days=version.payment_terms_days)
    flush(session, "invoice")
    audit.append(
        session,
        principal,
        "invoice.issue",
        "invoice",
        invoice.id,
        before=before,
        after=invoice_state(invoice),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "issued invoice {number} ({total_usd} USD), due {due_on}"),
            number=invoice.number,
            total_usd=invoice.total_usd,
            due_on=invoice.due_on,
        ),
        clock=clock,
    )
    outbox.emit(session, "invoice.changed", "invoice", invoice.id)
    return invoice


def _zone_of(session: Session, contract_id: uuid.UUID) -> Any:
    from hashinsight_desktop.services.billing.contract_terms import site_zone

    name = session.scalar(
        select(Site.timezone)
        .join(BillingContract, BillingContract.site_id == Site.id)
        .where(BillingContract.id == contract_id)
    )
    return site_zone(name or "UTC", "site timezone")


def void_invoice(
    session: Session, principal: Principal, invoice_id: uuid.UUID, *, reason: str, clock: Clock = system_clock
) -> Invoice:
    """Void a draft, or an issued invoice nothing was paid or credited on (its number stays used: an issued
    number is never given again)."""
    invoice = _manage(session, principal, invoice_id, "void invoices")
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "say why the invoice is void"))
    if invoice.status not in (DRAFT, *OPEN):
        raise ValidationError(
            "status",
            Text(
                QT_TRANSLATE_NOOP("Errors", "invoice {value} is {status}: it cannot be void"),
                value=invoice.number or invoice.id,
                status=invoice.status,
            ),
        )
    money = owed(session, invoice.id)
    if money.paid_usd or money.credited_usd:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Errors", "payments or credit notes were booked on it: issue a credit note instead"),
        )
    before = invoice_state(invoice)
    invoice.status, invoice.void_reason = VOID, reason[:300]
    flush(session, "invoice")
    audit.append(
        session,
        principal,
        "invoice.void",
        "invoice",
        invoice.id,
        before=before,
        after=invoice_state(invoice),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "void invoice {invoice}: {reason}"),
            invoice=invoice.number or invoice.period,
            reason=reason[:400],
        ),
        clock=clock,
    )
    outbox.emit(session, "invoice.changed", "invoice", invoice.id)
    return invoice


def settle_if_paid(invoice: Invoice, money: Owed) -> None:
    """An open invoice nothing is owed on any more is paid."""
    if invoice.status in OPEN and money.balance_usd <= 0:
        invoice.status = PAID


def open_invoices(session: Session) -> list[Invoice]:
    """Issued or overdue invoices (the reminder job's work list), by due date."""
    query = select(Invoice).where(Invoice.status.in_(OPEN), Invoice.due_on.is_not(None)).order_by(Invoice.due_on)
    return list(session.scalars(query))
