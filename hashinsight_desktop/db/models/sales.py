"""The sales pipeline: leads, deals (with each stage's probability), activities and commissions.

Stages are text columns checked by ``services/crm/stages.py`` (the only place that knows the legal moves).
An activity's subject is polymorphic (customer, lead, deal or ticket: ``subject_kind`` + ``subject_id``) with
no foreign key, so it can point at tables other modules own; ``customer_id`` is kept beside it for scoping.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, EntityMixin

MONEY = Numeric(14, 2)
PERCENT = Numeric(5, 2)


class Lead(EntityMixin, Base):
    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_status_updated_at", "status", "updated_at"),
        Index("ix_leads_owner_id_status", "owner_id", "status"),
    )

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    company: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    contact_name: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(40), nullable=False, default="", server_default="")
    value_estimate: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="new", server_default="new")
    lost_reason: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    next_step_due: Mapped[date | None] = mapped_column(Date)
    # The customer it is (or became at conversion); None while it is a prospect nobody matched yet.
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    status_changed_at: Mapped[datetime | None] = mapped_column()
    lost_from: Mapped[str | None] = mapped_column(String(16))  # the stage it was lost from (the funnel's drop-off)


class Deal(EntityMixin, Base):
    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_stage_updated_at", "stage", "updated_at"),
        Index("ix_deals_owner_id_stage", "owner_id", "stage"),
        Index("ix_deals_signed_at", "signed_at"),
    )

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("leads.id", ondelete="RESTRICT"), unique=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), nullable=False)
    stage: Mapped[str] = mapped_column(String(16), nullable=False, default="draft", server_default="draft")
    value: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    expected_close: Mapped[date | None] = mapped_column(Date)
    commission_rate_pct: Mapped[Decimal] = mapped_column(PERCENT, nullable=False, default=Decimal("0"))
    stage_changed_at: Mapped[datetime | None] = mapped_column()
    signed_at: Mapped[datetime | None] = mapped_column()  # won: the day the contract was signed
    closed_at: Mapped[datetime | None] = mapped_column()  # completed or lost
    lost_reason: Mapped[str | None] = mapped_column(Text)
    lost_from: Mapped[str | None] = mapped_column(String(16))


class DealStageProbability(Base):
    """How likely a deal in a stage is to be won (the board's weighted value); editable per open stage."""

    __tablename__ = "deal_stage_probabilities"

    stage: Mapped[str] = mapped_column(String(16), primary_key=True)
    probability_pct: Mapped[Decimal] = mapped_column(PERCENT, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's declarative attribute)


class Activity(EntityMixin, Base):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_subject_kind_subject_id_created_at", "subject_kind", "subject_id", "created_at"),
        Index("ix_activities_owner_id_done_at_due_at", "owner_id", "done_at", "due_at"),
        Index("ix_activities_kind_done_at_due_at", "kind", "done_at", "due_at"),  # open tasks of everyone
        Index("ix_activities_customer_id_created_at", "customer_id", "created_at"),
        Index("ix_activities_created_at", "created_at"),
    )

    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # call, email, meeting, note, task
    subject_kind: Mapped[str] = mapped_column(String(16), nullable=False)  # customer, lead, deal, ticket
    subject_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    due_at: Mapped[datetime | None] = mapped_column()
    done_at: Mapped[datetime | None] = mapped_column()


class Commission(EntityMixin, Base):
    """What a completed deal earned its owner: written once, when the deal completes."""

    __tablename__ = "commissions"
    __table_args__ = (Index("ix_commissions_month_owner_id", "month", "owner_id"),)

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deals.id", ondelete="RESTRICT"), nullable=False, unique=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), nullable=False)
    deal_value: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    rate_pct: Mapped[Decimal] = mapped_column(PERCENT, nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    earned_at: Mapped[datetime] = mapped_column(nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)  # YYYY-MM of earned_at (UTC): the report's key
