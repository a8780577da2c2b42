"""Alert notifications: channels (mail, webhooks), the rules that pick alerts for them, the alerts waiting
for their channel's digest, and the deliveries that are both the retry queue and the send log.

Secrets (SMTP passwords, webhook URLs, bot tokens) live in the keyring under ``notification:<channel id>``,
never here. A delivery row is written in the transaction that takes its alerts off the waiting list, so a
restart neither loses a digest nor builds it twice; its retry schedule (``next_attempt_at``) is a column.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK, EntityMixin, utcnow


class NotificationChannel(EntityMixin, Base):
    __tablename__ = "notification_channels"

    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # email, webhook, slack, teams, telegram
    # Not secret: SMTP host/port/security/user/sender/recipients, Telegram chat id and API base, a URL's host.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    digest_window_s: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    max_per_hour: Mapped[int] = mapped_column(Integer, nullable=False, default=20)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=true())


class NotificationRule(EntityMixin, Base):
    __tablename__ = "notification_rules"

    name: Mapped[str] = mapped_column(String(80), nullable=False)
    channel_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("notification_channels.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # Empty list: any. Severities (warning, critical), alert kinds, site ids as text.
    severities: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    kinds: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    site_ids: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=true())


class NotificationDelivery(Base):
    """One message to one channel: queued, retried with back-off, then sent or given up (the send log)."""

    __tablename__ = "notification_deliveries"
    __table_args__ = (Index("ix_notification_deliveries_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    channel_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("notification_channels.id", ondelete="SET NULL"), index=True
    )
    channel_name: Mapped[str] = mapped_column(String(80), nullable=False)  # kept when the channel is removed
    recipient: Mapped[str] = mapped_column(String(300), nullable=False)  # addresses, a URL's host, a chat id
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    alerts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    is_test: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")  # pending, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, index=True)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_attempt_at: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(String(300))


class NotificationItem(Base):
    """An alert a rule picked for a channel, waiting for the channel's next digest (then linked to it)."""

    __tablename__ = "notification_items"
    __table_args__ = (UniqueConstraint("channel_id", "alert_id"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    channel_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("notification_channels.id", ondelete="CASCADE"), nullable=False
    )
    alert_id: Mapped[uuid.UUID] = mapped_column(nullable=False)  # no key: the message outlives a removed miner
    queued_at: Mapped[datetime] = mapped_column(nullable=False)
    alert: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)  # what the message says of it
    delivery_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("notification_deliveries.id", ondelete="SET NULL"), index=True
    )
