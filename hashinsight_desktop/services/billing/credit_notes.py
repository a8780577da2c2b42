"""Credit notes: their own gapless series (``CN-2026-000004``), each linked to an issued invoice and never larger
than what is left of it (the invoice and its late fees, less earlier credit notes)."""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CreditNote
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.billing.invoices import OPEN, PAID, _manage, _zone_of, owed, settle_if_paid
from hashinsight_desktop.services.billing.numbering import CREDIT_NOTE, next_number
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import flush

CENT = Decimal("0.01")


def amount_usd(text: object, field: str = "amount") -> Decimal:
    """A positive amount of money in cents, read exactly."""
    try:
        amount = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not an amount (e.g. 120.50)"), text=text)
        ) from None
    if not amount.is_finite() or amount <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "must be more than 0"))
    if amount != amount.quantize(CENT):
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{text} has more than two decimals (cents)"), text=text)
        )
    return amount.quantize(CENT)


def issue_credit_note(
    session: Session,
    principal: Principal,
    invoice_id: uuid.UUID,
    *,
    amount: Decimal,
    reason: str,
    clock: Clock = system_clock,
) -> CreditNote:
    invoice = _manage(session, principal, invoice_id, "issue credit notes")
    if invoice.status not in (*OPEN, PAID):
        raise ValidationError(
            "INVOICE",
            Text(
                QT_TRANSLATE_NOOP("Errors", "invoice {value} is {status}: only an issued invoice can be credited"),
                value=invoice.number or invoice.id,
                status=invoice.status,
            ),
        )
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "say why the invoice is credited"))
    left = owed(session, invoice.id).creditable_usd
    if amount > left:
        raise ValidationError(
            "amount",
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    (
                        "{amount} USD is more than what is left of invoice {number} "
                        "({left} USD not yet credited of {total_usd} USD and its "
                        "fees); nothing was credited"
                    ),
                ),
                amount=amount,
                number=invoice.number,
                left=left,
                total_usd=invoice.total_usd,
            ),
        )
    now = clock()
    note = CreditNote(
        invoice_id=invoice.id,
        number=next_number(session, CREDIT_NOTE, now.astimezone(_zone_of(session, invoice.contract_id)).year),
        amount_usd=amount,
        reason=reason[:300],
        issued_at=now,
        issued_by=principal.username,
    )
    session.add(note)
    flush(session, "credit note")
    settle_if_paid(invoice, owed(session, invoice.id))
    audit.append(
        session,
        principal,
        "invoice.credit",
        "credit_note",
        note.id,
        after={"invoice": invoice.number, "number": note.number, "amount_usd": f"{amount}", "reason": note.reason},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "credit note {number}: {amount} USD on invoice {invoice_number}"),
            number=note.number,
            amount=amount,
            invoice_number=invoice.number,
        ),
        clock=clock,
    )
    outbox.emit(session, "invoice.changed", "invoice", invoice.id)
    return note
