"""Transactional outbox: a change and its event commit together; other desktops read it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK, utcnow


class OutboxEvent(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, index=True)
    topic: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_type: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(64), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    # PostgreSQL: the writing transaction's id (``pg_current_xact_id()``, a server default), so a reader
    # can tail by snapshot watermarks and never skip a transaction that commits late. SQLite: null
    # (one writer at a time: ids commit in order).
    txid: Mapped[int | None] = mapped_column(BigInteger, index=True)
