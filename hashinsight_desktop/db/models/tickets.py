"""Support tickets, site-wide incidents, SLA policies with their business calendars, and the CRM's e-mail log.

A ticket's status history (``ticket_status_changes``) is what its SLA timers are computed from; the due times
and breach flags on the ticket row are that computation stored at each change, so breaches are listed by the
database (indexed) instead of by recomputing every open ticket.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK, EntityMixin, utcnow


class BusinessCalendar(EntityMixin, Base):
    """Working hours per weekday and a time zone; its holidays are whole days off."""

    __tablename__ = "business_calendars"

    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    # IANA zone; None: the ticket's site's zone (UTC for a ticket without a site).
    timezone: Mapped[str | None] = mapped_column(String(64))
    # {"0": [["09:00", "17:00"]], ... "6": []}: Monday = "0"; intervals in local wall-clock time.
    hours: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class CalendarHoliday(Base):
    __tablename__ = "calendar_holidays"
    __table_args__ = (UniqueConstraint("calendar_id", "day"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    calendar_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("business_calendars.id", ondelete="CASCADE"), nullable=False, index=True
    )
    day: Mapped[date] = mapped_column(Date, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")


class SlaPolicy(EntityMixin, Base):
    """Response and resolution targets in business minutes per priority. ``customer_id`` None: the default
    policy (at most one), used for customers without their own."""

    __tablename__ = "sla_policies"

    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), unique=True)
    calendar_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("business_calendars.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    # {"urgent": [response_min, resolution_min], "high": [...], "normal": [...], "low": [...]}
    targets: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class Ticket(EntityMixin, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_opened_at", "status", "opened_at"),
        Index("ix_tickets_customer_id_opened_at", "customer_id", "opened_at"),
        Index("ix_tickets_response_due_at", "response_due_at"),
        Index("ix_tickets_resolution_due_at", "resolution_due_at"),
        Index("ix_tickets_opened_at", "opened_at"),  # the list's default order: a page without sorting them all
        Index("ix_tickets_updated_at", "updated_at"),
    )

    number: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)  # T-<number> for people
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), nullable=False)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    policy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sla_policies.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    subject_key: Mapped[str] = mapped_column(String(200), nullable=False, index=True)  # lower(subject): sorting
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    priority: Mapped[str] = mapped_column(String(16), nullable=False, default="normal")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    opened_by: Mapped[str] = mapped_column(String(64), nullable=False)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    opened_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    first_response_at: Mapped[datetime | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    # Wall-clock due times as of the last change (None: met, no policy, or paused while waiting).
    response_due_at: Mapped[datetime | None] = mapped_column()
    resolution_due_at: Mapped[datetime | None] = mapped_column()
    response_breached: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    resolution_breached: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())


class TicketMiner(Base):
    __tablename__ = "ticket_miners"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    miner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class TicketStatusChange(Base):
    """Every status a ticket entered, when and by whom: the SLA timers' input."""

    __tablename__ = "ticket_status_changes"
    __table_args__ = (Index("ix_ticket_status_changes_ticket_id_at", "ticket_id", "at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16), nullable=False)
    at: Mapped[datetime] = mapped_column(nullable=False)
    by: Mapped[str] = mapped_column(String(64), nullable=False)


class TicketMessage(Base):
    """A reply on a ticket, from staff or from the customer."""

    __tablename__ = "ticket_messages"
    __table_args__ = (Index("ix_ticket_messages_ticket_id_created_at", "ticket_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False)
    from_customer: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class Incident(EntityMixin, Base):
    """A site-wide event (power loss, cooling, network) and the tickets and miners it touched."""

    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_started_at", "started_at"),)

    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    started_at: Mapped[datetime] = mapped_column(nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column()
    opened_by: Mapped[str] = mapped_column(String(64), nullable=False)


class IncidentTicket(Base):
    __tablename__ = "incident_tickets"

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    ticket_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class IncidentMiner(Base):
    __tablename__ = "incident_miners"

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    miner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("miners.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EmailLog(Base):
    """One CRM e-mail (a ticket reply, a deal owner's notice, a test): queued, then sent or failed; the send log.

    Its error text is the transport's, which never holds the SMTP password."""

    __tablename__ = "email_log"
    __table_args__ = (
        Index("ix_email_log_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_email_log_related_kind_related_id", "related_kind", "related_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, index=True)
    recipients: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    # [{"filename", "content_type", "data" (base64)}]
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    related_kind: Mapped[str | None] = mapped_column(String(24))  # ticket, deal, lead, customer, test
    related_id: Mapped[str | None] = mapped_column(String(64))
    queued_by: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="queued")  # queued, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_attempt_at: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    channel_name: Mapped[str | None] = mapped_column(String(80))  # the SMTP channel it went through
    error: Mapped[str | None] = mapped_column(String(300))
