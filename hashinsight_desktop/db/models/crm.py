"""CRM tables around a customer account: its tags, contacts and assets (services.crm)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, EntityMixin

CONTACT_ROLES = ("primary", "billing", "technical", "other")


class CustomerTag(Base):
    """A free label on a customer ("colocation", "vip"); the customers table filters by it."""

    __tablename__ = "customer_tags"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class CustomerContact(EntityMixin, Base):
    """A person at the customer; ``is_billing`` marks who receives invoices (billing, next issue)."""

    __tablename__ = "customer_contacts"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")
    role: Mapped[str] = mapped_column(String(16), nullable=False, default="other", server_default="other")
    is_billing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())


class CustomerAsset(EntityMixin, Base):
    """Equipment a customer owns: a miner in our sites (``miner_id``, the fleet's row) or anything else
    (a PDU, a spare PSU) with its serial, warranty and where it is."""

    __tablename__ = "customer_assets"
    __table_args__ = (
        UniqueConstraint("customer_id", "serial"),
        Index("ix_customer_assets_customer_id_warranty_end", "customer_id", "warranty_end"),
        # The assets table's sorts, with the id that breaks ties (many assets share a model): 50,000 rows sorted
        # without them took 100-400 ms on SQLite.
        *(Index(f"ix_customer_assets_{column}_id", column, "id") for column in ("model", "purchase_date", "location")),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    serial: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    model: Mapped[str] = mapped_column(String(120), nullable=False, default="", server_default="")
    purchase_date: Mapped[date | None] = mapped_column(Date)
    warranty_end: Mapped[date | None] = mapped_column(Date, index=True)
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    miner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("miners.id", ondelete="SET NULL"), index=True)


# Terms compare by code point on both engines (PostgreSQL's "C" collation; SQLite's BINARY is already that), so
# a prefix is one index range: term >= 'acm' AND term < 'acn'.
SEARCH_TERM = String(64).with_variant(String(64, collation="C"), "postgresql")


class CrmSearchTerm(Base):
    """The words of a CRM record's searchable text (lower case), so a search is an index range per word
    instead of a LIKE scan of every row (services.crm.search_terms)."""

    __tablename__ = "crm_search_terms"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    term: Mapped[str] = mapped_column(SEARCH_TERM, primary_key=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, index=True)
