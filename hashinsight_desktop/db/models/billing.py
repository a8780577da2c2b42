"""Hosting billing: versioned contracts, invoices with their stored inputs, gapless number series, credit notes,
payments, reminder steps (late fees at most once per invoice and step) and curtail/disconnect proposals."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, EntityMixin, utcnow

MONEY = Numeric(14, 2)


class BillingContract(EntityMixin, Base):
    """A hosting contract's identity; what it says lives in its versions (an edit adds one)."""

    __tablename__ = "billing_contracts"
    __table_args__ = (UniqueConstraint("reference"),)

    reference: Mapped[str] = mapped_column(String(64), nullable=False)  # "C-ACME-1", shown on invoices
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    current_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class BillingContractVersion(Base):
    """One version of a contract, never changed once written: an invoice names the version it billed by.
    ``terms`` holds the usage engine's fields as a contract file writes them (contract_terms.parse_contract),
    with the fleet's miner ids."""

    __tablename__ = "billing_contract_versions"
    __table_args__ = (UniqueConstraint("contract_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("billing_contracts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    terms: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    deposit_usd: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal(0))
    billing_mode: Mapped[str] = mapped_column(String(16), nullable=False)  # prepaid | arrears
    payment_terms_days: Mapped[int] = mapped_column(Integer, nullable=False)
    reminders: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)  # days, fee_usd
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str] = mapped_column(String(300), nullable=False, default="")


class NumberSeries(Base):
    """The last number given in a series ("INV-2026", "CN-2026"); its row is locked while a number is taken,
    so a rolled-back issue gives its number back."""

    __tablename__ = "billing_number_series"

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Invoice(EntityMixin, Base):
    """draft → issued → paid / overdue / void. ``inputs`` keeps what the bill was computed from (sample window,
    contract version, per-miner usage, gaps, uptime) and ``document`` the bill as computed, so a reprint or a
    dispute recomputes the same cents."""

    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_invoices_contract_id_period", "contract_id", "period"),
        Index("ix_invoices_status_due_on", "status", "due_on"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("billing_contracts.id", ondelete="RESTRICT"))
    contract_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("billing_contract_versions.id", ondelete="RESTRICT")
    )
    period: Mapped[str] = mapped_column(String(7), nullable=False)  # YYYY-MM
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    number: Mapped[str | None] = mapped_column(String(32))
    issued_at: Mapped[datetime | None] = mapped_column()
    due_on: Mapped[date | None] = mapped_column(Date)
    total_usd: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    void_reason: Mapped[str | None] = mapped_column(String(300))


class CreditNote(Base):
    __tablename__ = "credit_notes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    amount_usd: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    reason: Mapped[str] = mapped_column(String(300), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(nullable=False)
    issued_by: Mapped[str] = mapped_column(String(64), nullable=False)


class Payment(Base):
    __tablename__ = "invoice_payments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    amount_usd: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    reference: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    recorded_at: Mapped[datetime] = mapped_column(nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(64), nullable=False)


class ReminderStep(Base):
    """A reminder step done for an invoice: unique per (invoice, step), so its late fee is charged once however
    often the reminder job runs."""

    __tablename__ = "invoice_reminder_steps"
    __table_args__ = (UniqueConstraint("invoice_id", "step"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column(Integer, nullable=False)  # index in the contract version's schedule
    days_from_due: Mapped[int] = mapped_column(Integer, nullable=False)  # -3: three days before
    fee_usd: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    done_at: Mapped[datetime] = mapped_column(nullable=False)


class CurtailProposal(Base):
    """An overdue customer's miners proposed for curtailment or disconnection; an operator decides."""

    __tablename__ = "billing_curtail_proposals"
    __table_args__ = (UniqueConstraint("invoice_id", "action"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # curtail | disconnect
    miner_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    reason_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py; None: older, English
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")  # open|approved|rejected
    created_at: Mapped[datetime] = mapped_column(nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by: Mapped[str | None] = mapped_column(String(64))
