"""Outbox retention: events older than the keeping time (the setting ``{"extra": {"outbox": {"keep_days": 7}}}``)
are deleted with their ``inbox`` rows, but only once every consumer has passed them — so an event a
consumer has not applied yet stays, however old.

*Passed* is what ``services/cluster/consumers.py`` proves with a consumer's row in ``consumer_positions``:
the event's id is at or below ``after_id`` (on SQLite every such event is applied; everywhere, older ones
came before the consumer), or, on PostgreSQL, its writing transaction is older than ``horizon_txid`` (every
such event is applied or failed). An event with a failure row still to be retried, or a dead letter an
administrator may still send back, is kept too: a retry needs the event. Every consumer that ever ran has a
position, so one that stopped for good holds events back until its row is removed (conservative on purpose).

The newest event always stays: SQLite gives a new row the highest id left plus one, and consumers' positions
and the live-refresh tails go by id there, so an id must never come back.

Deleting runs in short transactions of :data:`BATCH` events (the oldest first): old rows are never the
rows writers insert or lock, and each batch commits at once, so neither engine's writers wait long.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import ConsumerFailure, ConsumerPosition, InboxEntry, OutboxEvent
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.consumers import RETRIED
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

SETTINGS_KEY = "outbox"
DEFAULT_KEEP_DAYS = 7.0
BATCH = 2000


def keep_setting(extra: dict[str, Any]) -> timedelta:
    """``keep_days`` of the settings' ``outbox`` section (days > 0), else the default of 7 days."""
    section = extra.get(SETTINGS_KEY)
    value = section.get("keep_days") if isinstance(section, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return timedelta(days=value)
    if value is not None:
        log.warning("settings: outbox keep_days %r ignored (days, more than 0)", value)
    return timedelta(days=DEFAULT_KEEP_DAYS)


def _passed_by_every_consumer(postgres: bool) -> ColumnElement[bool]:
    """No consumer position that has not passed the event (no consumers: every event is passed)."""
    passed = OutboxEvent.id <= ConsumerPosition.after_id
    if postgres:
        passed = or_(
            passed,
            and_(
                OutboxEvent.txid.is_not(None),
                ConsumerPosition.horizon_txid.is_not(None),
                OutboxEvent.txid < ConsumerPosition.horizon_txid,
            ),
        )
    return ~exists().where(~passed)


def _awaiting_retry() -> ColumnElement[bool]:
    """A failure row that may still be applied: retrying, dead but not discarded, or sent back."""
    return exists().where(
        ConsumerFailure.event_id == OutboxEvent.id,
        or_(ConsumerFailure.resolution.is_(None), ConsumerFailure.resolution == RETRIED),
    )


def prune_outbox(session_factory: sessionmaker[Session], keep: timedelta, *, batch: int = BATCH) -> int:
    """Delete the outbox events older than ``keep`` (by the database's clock) that every consumer has passed,
    with their inbox rows, ``batch`` events per transaction; returns the events deleted."""
    deleted = 0
    while True:
        with unit_of_work(session_factory, "outbox event") as session:
            postgres = session.get_bind().dialect.name == "postgresql"
            cutoff = database_now(session) - keep
            ids = list(
                session.scalars(
                    select(OutboxEvent.id)
                    .where(
                        OutboxEvent.created_at < cutoff,
                        OutboxEvent.id < select(func.max(OutboxEvent.id)).scalar_subquery(),
                        _passed_by_every_consumer(postgres),
                        ~_awaiting_retry(),
                    )
                    .order_by(OutboxEvent.id)
                    .limit(batch)
                )
            )
            if ids:
                # By the inbox's key (consumer, event id): every consumer that applied anything has a position.
                consumers = list(session.scalars(select(ConsumerPosition.consumer)))
                session.execute(
                    delete(InboxEntry).where(InboxEntry.consumer.in_(consumers), InboxEntry.event_id.in_(ids))
                )
                session.execute(delete(OutboxEvent).where(OutboxEvent.id.in_(ids)))
        deleted += len(ids)
        if len(ids) < batch:
            return deleted
