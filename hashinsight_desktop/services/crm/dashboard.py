"""The CRM dashboard's figures, as a careful sales manager would compute them.

- Funnel: per stage, how many deals (or leads) reached it, how many went on to the next stage (conversion)
  and how many were lost there (drop-off). A deal reached every stage up to its current one; a lost deal every
  stage up to the one it was lost from (deals move one stage at a time, so this is exact). For leads, a lead
  converted from ``contacted`` counts as having passed ``qualified``: conversion is its qualification.
- Won value by month: a deal is won when it is signed (and not lost afterwards); by the month (UTC) it was
  signed, every month of the window listed, empty ones as 0.
- Sales cycle: from the first contact (the lead's creation, or the deal's when it had no lead) to signing,
  over the deals won in the window.
"""

from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from hashinsight_desktop.db.models import Deal, Lead
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import listing, stages
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

SEE = "see the sales dashboard"
DEAL_FUNNEL = stages.DEAL_STAGES[:5]  # draft … completed
LEAD_FUNNEL = ("new", "contacted", "qualified", "won")


@dataclass(frozen=True)
class FunnelStage:
    stage: str
    reached: int
    advanced: int  # went on to the next stage (0 for the last)
    lost: int  # lost from this stage
    current: int  # in this stage now (for the last stage: every deal that got there)
    conversion_pct: float | None  # advanced / reached (None: nothing reached it, or the last stage)
    drop_off_pct: float | None  # lost / reached


def _pct(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def funnel(
    session: Session, principal: Principal, *, pipeline: str = "deals", owner_id: uuid.UUID | None = None
) -> list[FunnelStage]:
    if pipeline not in ("deals", "leads"):
        raise ValidationError(
            "pipeline", Text(QT_TRANSLATE_NOOP("Errors", "{pipeline!r}: deals or leads"), pipeline=pipeline)
        )
    model: type[Deal] | type[Lead] = Deal if pipeline == "deals" else Lead
    order = DEAL_FUNNEL if pipeline == "deals" else LEAD_FUNNEL
    stage_column = Deal.stage if pipeline == "deals" else Lead.status
    query: Select[*tuple[Any, ...]] = select(stage_column, model.lost_from, func.count())
    query = listing.visible(query.group_by(stage_column, model.lost_from), principal, model.customer_id, SEE)
    if owner_id is not None:
        query = query.where(model.owner_id == owner_id)
    furthest: dict[str, int] = dict.fromkeys(order, 0)
    lost: dict[str, int] = dict.fromkeys(order, 0)
    current: dict[str, int] = dict.fromkeys(order, 0)
    for stage, lost_from, count in session.execute(query):
        if stage == stages.LOST:
            if lost_from in furthest:
                furthest[lost_from] += count
                lost[lost_from] += count
        elif stage in furthest:
            furthest[stage] += count
            current[stage] += count
    result = []
    for position, stage in enumerate(order):
        reached = sum(furthest[s] for s in order[position:])
        advanced = sum(furthest[s] for s in order[position + 1 :])
        last = position == len(order) - 1
        result.append(
            FunnelStage(
                stage,
                reached,
                advanced,
                lost[stage],
                current[stage],
                None if last else _pct(advanced, reached),
                _pct(lost[stage], reached),
            )
        )
    return result


@dataclass(frozen=True)
class MonthValue:
    month: str  # YYYY-MM
    deals: int
    value: Decimal


def _month_start(moment: datetime) -> datetime:
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _months_back(moment: datetime, count: int) -> list[str]:
    year, month = moment.year, moment.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[::-1]


def _won(principal: Principal, since: datetime, owner_id: uuid.UUID | None) -> Select[Deal]:
    query = select(Deal).where(Deal.signed_at >= since, Deal.stage != stages.LOST)
    query = listing.visible(query, principal, Deal.customer_id, SEE)
    return query.where(Deal.owner_id == owner_id) if owner_id is not None else query


def won_by_month(
    session: Session,
    principal: Principal,
    *,
    months: int = 12,
    owner_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
) -> list[MonthValue]:
    """The value of deals signed in each of the last ``months`` months (this one included), oldest first."""
    if not 1 <= months <= 120:
        raise ValidationError("months", QT_TRANSLATE_NOOP("Errors", "must be between 1 and 120"))
    now = clock()
    keys = _months_back(now, months)
    first = _month_start(now).replace(year=int(keys[0][:4]), month=int(keys[0][5:]))
    query = _won(principal, first, owner_id).with_only_columns(Deal.signed_at, Deal.value)
    counts = dict.fromkeys(keys, 0)
    values = dict.fromkeys(keys, Decimal(0))
    for signed_at, value in session.execute(query):
        key = signed_at.strftime("%Y-%m") if signed_at is not None else ""
        if key in counts:
            counts[key] += 1
            values[key] += value
    return [MonthValue(key, counts[key], values[key]) for key in keys]


@dataclass(frozen=True)
class SalesCycle:
    deals: int
    mean_days: float | None
    median_days: float | None
    shortest_days: float | None
    longest_days: float | None


def sales_cycle(
    session: Session,
    principal: Principal,
    *,
    days: int = 365,
    owner_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
) -> SalesCycle:
    """First contact to signing, in days, over the deals won in the last ``days`` days."""
    if not 1 <= days <= 3660:
        raise ValidationError("days", QT_TRANSLATE_NOOP("Errors", "must be between 1 and 3660"))
    source = aliased(Lead)
    won = _won(principal, clock() - timedelta(days=days), owner_id)
    query = won.outerjoin(source, source.id == Deal.lead_id).with_only_columns(
        Deal.signed_at, Deal.created_at, source.created_at
    )
    cycles = sorted(
        (signed - (lead_created or deal_created)).total_seconds() / 86400
        for signed, deal_created, lead_created in session.execute(query)
        if signed is not None  # the WHERE already asks for it: typing cannot know
    )
    if not cycles:
        return SalesCycle(0, None, None, None, None)
    return SalesCycle(
        len(cycles),
        round(statistics.fmean(cycles), 1),
        round(statistics.median(cycles), 1),
        round(cycles[0], 1),
        round(cycles[-1], 1),
    )
