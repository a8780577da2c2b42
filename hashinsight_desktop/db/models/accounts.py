"""Users, roles, site scopes and the customer accounts a customer user is bound to."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hashinsight_desktop.db.base import Base, EntityMixin


class Role(Base):
    """The fixed set of roles; what each may do is decided in services.permissions."""

    __tablename__ = "roles"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    description: Mapped[str] = mapped_column(String(200), nullable=False)


class Customer(EntityMixin, Base):
    """A hosting customer account (the CRM extends it)."""

    __tablename__ = "customers"
    __table_args__ = (Index("ix_customers_created_at", "created_at"),)  # the customers table's "Since" sort

    name: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    contact_email: Mapped[str | None] = mapped_column(String(254), index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    # The CRM's account details (services.crm.customers); indexed where the customers table sorts.
    company: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="", index=True)
    billing_address: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    tax_id: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")
    phone: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")
    # What their invoices, statements and SLA reports are written in (services.languages: en or zh_CN).
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en", server_default="en")


class User(EntityMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    email: Mapped[str | None] = mapped_column(String(254))  # where CRM notices reach them (a deal they own)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[str] = mapped_column(ForeignKey("roles.name"), nullable=False)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=true())
    failed_login_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    last_failed_login_at: Mapped[datetime | None] = mapped_column()
    last_login_at: Mapped[datetime | None] = mapped_column()

    site_scopes: Mapped[list[UserSiteScope]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def site_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(scope.site_id for scope in self.site_scopes)


class UserSiteScope(Base):
    """Which sites a site_manager may act on."""

    __tablename__ = "user_site_scopes"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)

    user: Mapped[User] = relationship(back_populates="site_scopes")
