"""Revenue by month: what the issued invoices of each billed month total (void and drafts excluded), and what was
paid against them, for the last N months oldest first; months with nothing billed are there with zeros."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Invoice, Payment
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.scope import scoped
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MonthRevenue:
    month: str  # YYYY-MM, the billed period
    invoiced_usd: Decimal
    paid_usd: Decimal


def _months_back(year: int, month: int, count: int) -> list[str]:
    index = year * 12 + month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def revenue_by_month(
    session: Session, principal: Principal, *, months: int = 12, clock: Clock = system_clock
) -> list[MonthRevenue]:
    if not 1 <= months <= 120:
        raise ValidationError("months", QT_TRANSLATE_NOOP("Errors", "must be between 1 and 120"))
    now = clock()
    keys = _months_back(now.year, now.month, months)
    billed = scoped(
        select(Invoice.period, func.sum(Invoice.total_usd)), principal, Invoice.customer_id, "see invoices"
    ).where(Invoice.number.is_not(None), Invoice.status != "void", Invoice.period.in_(keys))
    invoiced = {period: total for period, total in session.execute(billed.group_by(Invoice.period))}
    received = scoped(
        select(Invoice.period, func.sum(Payment.amount_usd)).join(Invoice, Invoice.id == Payment.invoice_id),
        principal,
        Invoice.customer_id,
        "see invoices",
    ).where(Invoice.period.in_(keys))
    paid = {period: total for period, total in session.execute(received.group_by(Invoice.period))}
    zero = Decimal("0.00")
    return [
        MonthRevenue(
            key, Decimal(invoiced.get(key) or zero).quantize(zero), Decimal(paid.get(key) or zero).quantize(zero)
        )
        for key in keys
    ]
