"""Commissions: a deal completed earns its owner value × the deal's commission rate, written once (a unique
deal) in the transaction that completes it; the report sums them per person and month (UTC)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Commission, Deal, User
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import sales_people
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
CENT = Decimal("0.01")


def commission_amount(value: Decimal, rate_pct: Decimal) -> Decimal:
    """value × rate %, to the cent (half up, as an invoice rounds)."""
    return (value * rate_pct / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def record_commission(session: Session, principal: Principal, deal: Deal, *, clock: Clock = system_clock) -> Commission:
    """The commission of a deal that just completed (its owner, value and rate as they are now), audited."""
    earned_at = deal.closed_at or clock()
    commission = Commission(
        deal_id=deal.id,
        owner_id=deal.owner_id,
        deal_value=deal.value,
        rate_pct=deal.commission_rate_pct,
        amount=commission_amount(deal.value, deal.commission_rate_pct),
        earned_at=earned_at,
        month=earned_at.strftime("%Y-%m"),
    )
    session.add(commission)
    session.flush()
    audit.append(
        session,
        principal,
        "commission.create",
        "commission",
        commission.id,
        after={"deal_id": str(deal.id), "owner_id": str(deal.owner_id), "amount": str(commission.amount)},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "commission {amount} on deal {title} ({commission_rate_pct} % of {value})"),
            amount=commission.amount,
            title=deal.title,
            commission_rate_pct=deal.commission_rate_pct,
            value=deal.value,
        ),
        clock=clock,
    )
    return commission


@dataclass(frozen=True)
class CommissionLine:
    owner_id: uuid.UUID
    owner_name: str
    month: str  # YYYY-MM
    deals: int
    deal_value: Decimal
    amount: Decimal


def _month(field: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not MONTH_RE.match(value):
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a month (YYYY-MM)"), value=value)
        )
    return value


def commission_report(
    session: Session,
    principal: Principal,
    *,
    month_from: str | None = None,
    month_to: str | None = None,
    owner_id: uuid.UUID | None = None,
) -> list[CommissionLine]:
    """Per person and month: deals completed, their value and the commission earned (newest month first)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "see commissions")
    low, high = _month("month_from", month_from), _month("month_to", month_to)
    query = (
        select(
            Commission.owner_id,
            User,
            Commission.month,
            func.count(),
            func.sum(Commission.deal_value),
            func.sum(Commission.amount),
        )
        .join(User, User.id == Commission.owner_id)
        .group_by(Commission.owner_id, User.id, Commission.month)
        .order_by(Commission.month.desc(), User.username)
    )
    if low:
        query = query.where(Commission.month >= low)
    if high:
        query = query.where(Commission.month <= high)
    if owner_id is not None:
        query = query.where(Commission.owner_id == owner_id)
    return [
        CommissionLine(
            owner, sales_people.display_name(user), month, count, Decimal(value), Decimal(amount).quantize(CENT)
        )
        for owner, user, month, count, value, amount in session.execute(query)
    ]
