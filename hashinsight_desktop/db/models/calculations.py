"""Each user's calculator history: the inputs (with their sources) and the headline results."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, utcnow


class CalculationRecord(Base):
    __tablename__ = "calculation_history"
    __table_args__ = (Index("ix_calculation_history_user_id_created_at", "user_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # "single" or "batch"
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    results: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
