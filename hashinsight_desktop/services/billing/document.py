"""Everything an invoice's PDF (or any print of it) needs, as plain data: who bills whom, the lines, usage per
miner, gaps, the SLA calculation, totals with late fees, credit notes and payments, and payment details.
The figures are the invoice's stored ones (what was billed), never recomputed from today's roll-ups."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    BillingContract,
    BillingContractVersion,
    CreditNote,
    Customer,
    Miner,
    Payment,
    ReminderStep,
    Site,
)
from hashinsight_desktop.services.billing.invoices import get_invoice, owed
from hashinsight_desktop.services.billing.money import usd_text
from hashinsight_desktop.services.permissions import Principal


def invoice_document(session: Session, principal: Principal, invoice_id: uuid.UUID) -> dict[str, Any]:
    invoice = get_invoice(session, principal, invoice_id)  # a customer: their own only
    customer = session.get(Customer, invoice.customer_id)
    contract = session.get(BillingContract, invoice.contract_id)
    version = session.get(BillingContractVersion, invoice.contract_version_id)
    assert customer is not None and contract is not None and version is not None
    site = session.get(Site, contract.site_id)
    assert site is not None
    bill = invoice.document
    energy_lines = [line for line in bill["lines"] if line["kind"] == "energy"]
    ids = [uuid.UUID(line["miner_id"]) for line in energy_lines]
    names = {row.id: row.name for row in session.execute(select(Miner.id, Miner.name).where(Miner.id.in_(ids)))}
    credit = next(line for line in bill["lines"] if line["kind"] == "sla_credit")
    money = owed(session, invoice.id)
    return {
        "id": str(invoice.id),
        "customer_id": str(invoice.customer_id),
        "number": invoice.number,
        "status": invoice.status,
        "period": invoice.period,
        "issued_at": invoice.issued_at.isoformat() if invoice.issued_at else None,
        "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
        "customer": {
            "name": customer.name,
            "company": customer.company,
            "billing_address": customer.billing_address,
            "tax_id": customer.tax_id,
            "email": customer.contact_email,
            "language": customer.language,
        },
        "site": {"name": site.name, "location": site.location, "timezone": site.timezone},
        "contract": {
            "reference": contract.reference,
            "version": version.number,
            "billing_mode": version.billing_mode,
            "payment_terms_days": version.payment_terms_days,
            "deposit_usd": usd_text(version.deposit_usd),
        },
        "lines": bill["lines"],
        "usage_per_miner": [
            {
                "miner_id": line["miner_id"],
                "name": names.get(uuid.UUID(line["miner_id"]), line["miner_id"]),
                "kwh": line["kwh"],
                "gap_kwh": line["gap_kwh"],
                "uptime_pct": line["uptime_pct"],
                "status_s": line["status_s"],
                "gap_s": line["gap_s"],
                "contracted_s": line["contracted_s"],
                "amount_usd": line["amount_usd"],
            }
            for line in energy_lines
        ],
        "gaps": bill["gaps"],
        "sla": {
            "uptime_pct": credit["uptime_pct"],
            "promised_pct": credit["promised_pct"],
            "tier": credit["tier"],
            "credit_usd": bill["sla_credit_usd"],
            "explained": credit["description"],  # English; its text (None on older invoices) for other languages
            "explained_text": credit.get("description_text"),
        },
        "totals": {
            "kwh": bill["kwh"],
            "energy_usd": bill["energy_usd"],
            "fees_usd": bill["fees_usd"],
            "subtotal_usd": bill["subtotal_usd"],
            "sla_credit_usd": bill["sla_credit_usd"],
            "total_usd": usd_text(invoice.total_usd),
            "late_fees_usd": usd_text(money.fees_usd),
            "credited_usd": usd_text(money.credited_usd),
            "paid_usd": usd_text(money.paid_usd),
            "balance_usd": usd_text(money.balance_usd),
        },
        "late_fees": [
            {"step": step.step + 1, "days_from_due": step.days_from_due, "fee_usd": usd_text(step.fee_usd)}
            for step in session.scalars(
                select(ReminderStep).where(ReminderStep.invoice_id == invoice.id, ReminderStep.fee_usd > 0)
            )
        ],
        "credit_notes": [
            {"number": note.number, "amount_usd": usd_text(note.amount_usd), "reason": note.reason}
            for note in session.scalars(select(CreditNote).where(CreditNote.invoice_id == invoice.id))
        ],
        "payments": [
            {"paid_on": paid.paid_on.isoformat(), "amount_usd": usd_text(paid.amount_usd), "reference": paid.reference}
            for paid in session.scalars(select(Payment).where(Payment.invoice_id == invoice.id))
        ],
        "inputs": {key: invoice.inputs.get(key) for key in ("sample_window", "contract_version", "uptime_per_miner")},
    }
