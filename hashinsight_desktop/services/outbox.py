"""Publish a domain event in the same transaction as the change it describes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import OutboxEvent

NOTIFY_CHANNEL = "hashinsight_outbox"


def emit(
    session: Session, topic: str, entity_type: str, entity_id: object, payload: dict[str, Any] | None = None
) -> None:
    event = OutboxEvent(topic=topic, entity_type=entity_type, entity_id=str(entity_id), payload=payload or {})
    session.add(event)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        # Delivered by the server only when (and if) this transaction commits.
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": NOTIFY_CHANNEL, "payload": topic})
