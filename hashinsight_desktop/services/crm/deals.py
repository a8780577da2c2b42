"""Deals: draft → pending → approved → signed → completed, one stage at a time and never backwards, or lost
(with a reason) from any open stage. Completing a deal writes its owner's commission in the same transaction.

Every change is one audited record and one outbox event (``deal.changed``; a move's payload says from and
to); a refused move saves nothing; a save from a stale copy is "changed by someone else". Customers see none
of the pipeline (``listing``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Deal, User
from hashinsight_desktop.services import records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import (
    commissions,
    listing,
    sales_people,
    search_terms,
    stage_probabilities,
    stages,
)
from hashinsight_desktop.services.crm.leads import record_move
from hashinsight_desktop.services.crm.stage_probabilities import (
    StageProbability,
    list_stage_probabilities,
    set_stage_probability,
)
from hashinsight_desktop.services.crm.stages import DEAL_STAGES, legal_moves
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import decimal_in_range, optional_text, required_text

__all__ = [
    "DEAL_STAGES",
    "BoardColumn",
    "DealRow",
    "StageProbability",
    "add_deal",
    "get_deal",
    "legal_moves",
    "list_deals",
    "list_stage_probabilities",
    "move_deal",
    "pipeline_board",
    "set_stage_probability",
    "update_deal",
]

MAX_VALUE = Decimal("999999999999.99")
CENT = Decimal("0.01")  # as stored: what a caller holds equals what a reader gets
SEE = "see the sales pipeline"


@dataclass(frozen=True)
class DealRow:
    id: uuid.UUID
    title: str
    customer_id: uuid.UUID
    customer_name: str
    lead_id: uuid.UUID | None
    owner_id: uuid.UUID
    owner_name: str
    stage: str
    value: Decimal
    expected_close: date | None
    commission_rate_pct: Decimal
    lost_reason: str | None
    signed_at: datetime | None
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int


def deal_state(deal: Deal) -> dict[str, Any]:
    return {
        "title": deal.title,
        "customer_id": str(deal.customer_id),
        "owner_id": str(deal.owner_id),
        "stage": deal.stage,
        "value": str(deal.value),
        "expected_close": deal.expected_close.isoformat() if deal.expected_close else None,
        "commission_rate_pct": str(deal.commission_rate_pct),
        "lost_reason": deal.lost_reason,
        "version": deal.version,
    }


def deal_row(deal: Any, customer_name: str, owner_name: str) -> DealRow:
    """A list's row of a deal (an ORM Deal or a row of the deals table's columns)."""
    return DealRow(
        deal.id,
        deal.title,
        deal.customer_id,
        customer_name,
        deal.lead_id,
        deal.owner_id,
        owner_name,
        deal.stage,
        deal.value,
        deal.expected_close,
        deal.commission_rate_pct,
        deal.lost_reason,
        deal.signed_at,
        deal.closed_at,
        deal.created_at,
        deal.updated_at,
        deal.version,
    )


SORTABLE = {
    "title": Deal.title,
    "customer": Customer.name,
    "owner": User.username,
    "stage": Deal.stage,
    "value": Deal.value,
    "expected_close": Deal.expected_close,
    "created_at": Deal.created_at,
    "updated_at": Deal.updated_at,
}


def _rows(session: Session, ids: Sequence[uuid.UUID]) -> list[DealRow]:
    """The rows of ``ids`` (in that order) with their customer's name and owner: plain columns, no ORM objects
    (a board loads 300 cards)."""
    if not ids:
        return []
    query = (
        select(
            *Deal.__table__.c,
            Customer.name.label("customer_name"),
            User.username.label("owner_username"),
            User.display_name.label("owner_display"),
        )
        .join(Customer, Customer.id == Deal.customer_id)
        .join(User, User.id == Deal.owner_id)
        .where(Deal.id.in_(ids))
    )
    ordered = listing.in_order(session.execute(query).all(), ids, lambda r: r.id)
    return [deal_row(r, r.customer_name, sales_people.owner_label(r.owner_username, r.owner_display)) for r in ordered]


def filtered_ids(
    session: Session, principal: Principal, *, search: str | None = None, owner_id: uuid.UUID | None = None
) -> Select[uuid.UUID]:
    """The ids of the deals the principal may see, of one owner, where every word of ``search`` starts a word of
    the deal's title or of its customer's name."""
    ids = listing.visible(select(Deal.id), principal, Deal.customer_id, SEE)
    sources = (("deal", Deal.id), ("customer", Deal.customer_id))
    matched = listing.search_condition(session, search, Deal.id, sources)
    if matched is not None:
        ids = ids.where(matched)
    return ids.where(Deal.owner_id == owner_id) if owner_id is not None else ids


def list_deals(
    session: Session,
    principal: Principal,
    *,
    search: str | None = None,
    stage: str | None = None,
    owner_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    order_by: str = "updated_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> listing.Page[DealRow]:
    """A page of deals; ``search``: every word typed starts a word of the title or of the customer's name."""
    ids = filtered_ids(session, principal, search=search, owner_id=owner_id)
    if stage:
        if stage not in DEAL_STAGES:
            raise ValidationError(
                "stage",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{stage!r} is not a deal stage; one of {value}"),
                    stage=stage,
                    value=", ".join(DEAL_STAGES),
                ),
            )
        ids = ids.where(Deal.stage == stage)
    if customer_id is not None:
        ids = ids.where(Deal.customer_id == customer_id)
    if order_by == "customer":
        ids = ids.join(Customer, Customer.id == Deal.customer_id)
    elif order_by == "owner":
        ids = ids.join(User, User.id == Deal.owner_id)
    found, total = listing.page_ids(
        session,
        ids,
        sortable=SORTABLE,
        order_by=order_by,
        descending=descending,
        tie_break=Deal.id,
        limit=limit,
        offset=offset,
    )
    return listing.Page(_rows(session, found), total)


def get_deal(session: Session, principal: Principal, deal_id: uuid.UUID) -> Deal:
    return listing.get_visible(session, principal, Deal, deal_id, "deal", SEE)


def deal_fields(
    session: Session,
    principal: Principal,
    *,
    title: str,
    value: object,
    owner_id: uuid.UUID | None,
    expected_close: date | None,
    commission_rate_pct: object,
) -> dict[str, Any]:
    return {
        "title": required_text("title", title, 200),
        "value": decimal_in_range("value", value, Decimal(0), MAX_VALUE, places=2).quantize(CENT),
        "owner_id": sales_people.owner_for(session, principal, owner_id).id,
        "expected_close": expected_close,
        "commission_rate_pct": decimal_in_range(
            "commission_rate_pct", commission_rate_pct, Decimal(0), Decimal(100), places=2
        ).quantize(CENT),
    }


def add_deal(
    session: Session,
    principal: Principal,
    *,
    customer_id: uuid.UUID,
    title: str,
    value: object = "0",
    owner_id: uuid.UUID | None = None,
    expected_close: date | None = None,
    commission_rate_pct: object = "0",
    lead_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
) -> Deal:
    """A new deal in draft for an existing customer (a lead becomes one through ``conversion.convert_lead``)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "add deals")
    fields = deal_fields(
        session,
        principal,
        title=title,
        value=value,
        owner_id=owner_id,
        expected_close=expected_close,
        commission_rate_pct=commission_rate_pct,
    )
    if session.get(Customer, customer_id) is None:
        raise ValidationError("customer", QT_TRANSLATE_NOOP("Errors", "no customer account with that id"))
    now = clock()
    deal = Deal(
        id=uuid.uuid4(),
        customer_id=customer_id,
        lead_id=lead_id,
        stage="draft",
        stage_changed_at=now,
        created_at=now,
        updated_at=now,
        **fields,
    )
    search_terms.index(session, "deal", deal.id, deal.title)
    return records.save_new(
        session,
        principal,
        deal,
        "deal",
        deal_state,
        Text(QT_TRANSLATE_NOOP("Audit", "added deal {title}"), title=deal.title),
        clock=clock,
    )


def update_deal(
    session: Session,
    principal: Principal,
    deal_id: uuid.UUID,
    *,
    expected_version: int,
    title: str,
    value: object,
    owner_id: uuid.UUID | None,
    expected_close: date | None,
    commission_rate_pct: object,
    clock: Clock = system_clock,
) -> Deal:
    """Edit a deal's details (its stage moves through ``move_deal``); a closed deal's figures stay as they were."""
    require(principal, Permission.CUSTOMERS_MANAGE, "edit deals")
    deal = get_deal(session, principal, deal_id)
    check_version("deal", deal.version, expected_version)
    if deal.stage not in stages.DEAL_OPEN:
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP("Errors", "a {stage} deal is closed: its figures stay as they were"), stage=deal.stage
            ),
        )
    changes = deal_fields(
        session,
        principal,
        title=title,
        value=value,
        owner_id=owner_id or deal.owner_id,
        expected_close=expected_close,
        commission_rate_pct=commission_rate_pct,
    )
    saved = records.save_changes(
        session,
        principal,
        deal,
        "deal",
        deal_state,
        changes,
        expected_version,
        Text(QT_TRANSLATE_NOOP("Audit", "updated deal {title}"), title=title),
        clock=clock,
    )
    search_terms.index(session, "deal", deal.id, deal.title)
    return saved


def move_deal(
    session: Session,
    principal: Principal,
    deal_id: uuid.UUID,
    stage: str,
    *,
    expected_version: int | None,
    reason: str | None = None,
    clock: Clock = system_clock,
) -> Deal:
    """Move a deal one stage forward, or to lost (``reason`` required) from an open stage; completing it writes
    the owner's commission. Anything else is refused with one line and nothing is saved."""
    require(principal, Permission.CUSTOMERS_MANAGE, "move deals")
    deal = get_deal(session, principal, deal_id)
    check_version("deal", deal.version, expected_version)
    target = stages.check_deal_move(deal.stage, stage, reason)
    before, source, now = deal_state(deal), deal.stage, clock()
    deal.stage, deal.stage_changed_at = target, now
    if target == "signed":
        deal.signed_at = now
    if target in ("completed", stages.LOST):
        deal.closed_at = now
    if target == stages.LOST:
        deal.lost_reason, deal.lost_from = optional_text("reason", reason, 2000), source
    flush(session, "deal")
    record_move(session, principal, "deal", deal.id, deal.title, source, target, before, deal_state(deal), clock)
    if target == "completed":
        commissions.record_commission(session, principal, deal, clock=clock)
    return deal


@dataclass(frozen=True)
class BoardColumn:
    stage: str
    count: int
    value: Decimal
    probability_pct: Decimal
    weighted_value: Decimal  # value × the stage's probability
    cards: list[DealRow]  # the most recently changed deals of the stage (``cards_per_stage``)
    moves: tuple[str, ...]  # where a card of this column may be dropped


def _board_rows(
    session: Session, ids: Select[uuid.UUID], searched: bool, per_stage: int
) -> tuple[dict[str, tuple[int, Decimal]], dict[str, list[DealRow]]]:
    """Each stage's count and value over ``ids``, and its ``per_stage`` most recently changed deals.

    Unsearched: a GROUP BY, then a query per stage along the (stage, updated_at) index. Searched: one ranking of
    the matches that also counts and sums each stage, so the search runs once (a word matching 7,000 deals:
    ~220 ms when each column re-ran it, bench_pipeline)."""
    newest = (Deal.updated_at.desc(), Deal.id.desc())
    totals: dict[str, tuple[int, Decimal]] = {}
    if searched:
        ranked = ids.with_only_columns(
            Deal.id,
            Deal.stage,
            func.row_number().over(order_by=newest, partition_by=Deal.stage).label("rank"),
            func.count().over(partition_by=Deal.stage).label("deals"),
            func.sum(Deal.value).over(partition_by=Deal.stage).label("value"),
        ).subquery()
        chosen = []
        for deal_id, stage, deals, value in session.execute(
            select(ranked.c.id, ranked.c.stage, ranked.c.deals, ranked.c.value).where(ranked.c.rank <= per_stage)
        ):
            totals[stage] = (deals, Decimal(value))
            chosen.append(deal_id)
    else:
        in_stage = ids.with_only_columns(Deal.stage, func.count(), func.coalesce(func.sum(Deal.value), 0))
        for stage, deals, value in session.execute(in_stage.group_by(Deal.stage)):
            totals[stage] = (deals, Decimal(value))
        chosen = [
            deal_id
            for stage in DEAL_STAGES
            if stage in totals
            for deal_id in session.scalars(ids.where(Deal.stage == stage).order_by(*newest).limit(per_stage))
        ]
    cards: dict[str, list[DealRow]] = {}
    for row in sorted(_rows(session, chosen), key=lambda r: (r.updated_at, r.id), reverse=True):
        cards.setdefault(row.stage, []).append(row)
    return totals, cards


def pipeline_board(
    session: Session,
    principal: Principal,
    *,
    search: str | None = None,
    owner_id: uuid.UUID | None = None,
    cards_per_stage: int = 50,
) -> list[BoardColumn]:
    """A column per deal stage: its count, value and probability-weighted value over every deal in it (in the
    database), and its most recently changed cards."""
    ids = filtered_ids(session, principal, search=search, owner_id=owner_id)
    probabilities = stage_probabilities.by_stage(session)
    totals, cards = _board_rows(session, ids, bool(search and search.strip()), cards_per_stage)
    columns = []
    for stage in DEAL_STAGES:
        count, value = totals.get(stage, (0, Decimal(0)))
        pct = probabilities.get(stage, Decimal(0))
        weighted = (value * pct / 100).quantize(CENT)
        columns.append(BoardColumn(stage, count, value, pct, weighted, cards.get(stage, []), legal_moves(stage)))
    return columns
