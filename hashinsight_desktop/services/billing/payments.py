"""Payments (partial ones too) against issued invoices, a customer's balance and statement.

A payment never exceeds what is owed on its invoice (the balance, late fees included); the invoice is paid when
nothing is owed. The statement lists, in date order, every invoice issued, late fee, credit note and payment of
a customer with the running balance: data the console and a PDF print.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CreditNote, Customer, Invoice, Payment, ReminderStep
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.billing.invoices import OPEN, _manage, owed, settle_if_paid
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import CRM, in_sentence
from hashinsight_desktop.services.crm.scope import get_scoped, scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import flush


def record_payment(
    session: Session,
    principal: Principal,
    invoice_id: uuid.UUID,
    *,
    amount: Decimal,
    paid_on: date,
    reference: str = "",
    clock: Clock = system_clock,
) -> Payment:
    invoice = _manage(session, principal, invoice_id, "record payments")
    if invoice.status not in OPEN:
        raise ValidationError(
            "INVOICE",
            Text(
                QT_TRANSLATE_NOOP("Errors", "invoice {value} is {status}: nothing is due"),
                value=invoice.number or invoice.id,
                status=invoice.status,
            ),
        )
    due = owed(session, invoice.id).balance_usd
    if amount > due:
        raise ValidationError(
            "amount",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{amount} USD is more than the {due} USD owed on invoice {number}"),
                amount=amount,
                due=due,
                number=invoice.number,
            ),
        )
    payment = Payment(
        invoice_id=invoice.id,
        amount_usd=amount,
        paid_on=paid_on,
        reference=reference.strip()[:120],
        recorded_at=clock(),
        recorded_by=principal.username,
    )
    session.add(payment)
    flush(session, "payment")
    settle_if_paid(invoice, owed(session, invoice.id))
    audit.append(
        session,
        principal,
        "invoice.payment",
        "invoice_payment",
        payment.id,
        after={"invoice": invoice.number, "amount_usd": f"{amount}", "paid_on": paid_on.isoformat()},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "payment of {amount} USD on invoice {number} ({status})"),
            amount=amount,
            number=invoice.number,
            status=in_sentence(CRM, invoice.status),
        ),
        clock=clock,
    )
    outbox.emit(session, "invoice.changed", "invoice", invoice.id)
    return payment


@dataclass(frozen=True)
class StatementEntry:
    on: date
    kind: str  # invoice, late_fee, credit_note, payment
    reference: str | Text  # a number, or a text naming two (English by str())
    amount_usd: Decimal  # + owed by the customer, − in their favour
    balance_usd: Decimal


def _day(moment: datetime | None) -> date:
    return (moment or datetime.min.replace(tzinfo=UTC)).date()


def statement(
    session: Session, principal: Principal, customer_id: uuid.UUID, *, until: date | None = None
) -> list[StatementEntry]:
    """Everything billed to and paid by the customer, in date order, with the running balance."""
    get_scoped(session, principal, Customer, customer_id, Customer.id, entity="customer")
    invoices = session.scalars(
        scoped(select(Invoice), principal, Invoice.customer_id, "see invoices").where(
            Invoice.customer_id == customer_id, Invoice.number.is_not(None)
        )
    ).all()
    ids = [invoice.id for invoice in invoices]
    numbers = {invoice.id: invoice.number or "" for invoice in invoices}
    moves: list[tuple[date, int, str, str | Text, Decimal]] = []
    for invoice in invoices:
        if invoice.status != "void":
            moves.append((_day(invoice.issued_at), 0, "invoice", numbers[invoice.id], invoice.total_usd))
    for step in session.scalars(select(ReminderStep).where(ReminderStep.invoice_id.in_(ids), ReminderStep.fee_usd > 0)):
        moves.append(
            (
                _day(step.done_at),
                1,
                "late_fee",
                Text(
                    QT_TRANSLATE_NOOP("Statement", "{invoice} step {step}"),
                    invoice=numbers[step.invoice_id],
                    step=step.step + 1,
                ),
                step.fee_usd,
            )
        )
    for note in session.scalars(select(CreditNote).where(CreditNote.invoice_id.in_(ids))):
        moves.append(
            (
                _day(note.issued_at),
                2,
                "credit_note",
                Text(
                    QT_TRANSLATE_NOOP("Statement", "{note} on {invoice}"),
                    note=note.number,
                    invoice=numbers[note.invoice_id],
                ),
                -note.amount_usd,
            )
        )
    for paid in session.scalars(select(Payment).where(Payment.invoice_id.in_(ids))):
        label = f"{numbers[paid.invoice_id]}" + (f" ({paid.reference})" if paid.reference else "")
        moves.append((paid.paid_on, 3, "payment", label, -paid.amount_usd))
    entries: list[StatementEntry] = []
    balance = Decimal("0.00")
    for on, _order, kind, reference, amount in sorted(moves, key=lambda move: move[:2]):
        if until is not None and on > until:
            break
        balance += amount
        entries.append(StatementEntry(on, kind, reference, amount, balance))
    return entries


def customer_balance(session: Session, principal: Principal, customer_id: uuid.UUID) -> Decimal:
    """What the customer owes now over all their issued invoices (negative: a credit in their favour)."""
    entries = statement(session, principal, customer_id)
    return entries[-1].balance_usd if entries else Decimal("0.00")


def invoice_owed(session: Session, invoice_id: uuid.UUID) -> Decimal:
    return owed(session, invoice_id).balance_usd
