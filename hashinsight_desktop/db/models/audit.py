"""The hash-chained audit log. Append-only: on PostgreSQL a trigger refuses UPDATE and DELETE.

Its end (``audit_head``) is kept by a trigger on every insert, and refuses to move back or be deleted: a
removed newest record then shows (``services/audit_head.py``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK


class AuditRecord(Base):
    __tablename__ = "audit_log"

    # seq is assigned by the writer (last + 1 under a lock), so a gap means a deleted record.
    seq: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=False)
    recorded_at: Mapped[datetime] = mapped_column(nullable=False)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_type: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(64), nullable=False)
    before_digest: Mapped[str | None] = mapped_column(String(64))
    after_digest: Mapped[str | None] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    # The summary's template and parameters (services/stored_text.py), for the reader's language; part of the
    # record hash when not None (older records have None and keep their hash).
    summary_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    record_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)


class AuditHead(Base):
    """One row: the newest record's seq and hash, written by the database's own trigger (never by the program)."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    record_hash: Mapped[str] = mapped_column(String(64), nullable=False)
