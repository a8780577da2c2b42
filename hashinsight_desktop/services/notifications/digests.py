"""From raised alerts to digests: the outbox's ``alert.raised`` events are matched against the rules,
each match waits on its channel's list, and a channel's waiting alerts become one delivery when the
oldest has waited its digest window — and the channel's hourly message limit allows.

The alert rules stay untouched: they emit ``alert.raised`` with the alert in the same transaction as the
alert itself; this module matches those events as the outbox consumer ``notifications``
(services/cluster/consumers.py: each event applied once, in the transaction that queues its matches,
by whichever process gets it; none skipped when its transaction commits late). Building a digest
commits with the delivery it makes, so nothing is matched or sent twice after a restart (a (channel,
alert) pair is unique besides).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    Alert,
    Miner,
    NotificationChannel,
    NotificationDelivery,
    NotificationItem,
    NotificationRule,
    Site,
)
from hashinsight_desktop.services.cluster.consumers import Consumer, Event
from hashinsight_desktop.services.notifications.delivery import new_delivery
from hashinsight_desktop.services.notifications.formats import digest_message
from hashinsight_desktop.services.notifications.rules import RuleMatcher

RAISED = "alert.raised"
_IN_CHUNK = 1000


def _snapshots(session: Session, events: list[tuple[uuid.UUID, dict[str, Any]]]) -> dict[uuid.UUID, dict[str, Any]]:
    """What a message says of each alert, read now (the miner may be renamed or removed later)."""
    found: dict[uuid.UUID, tuple[Any, ...]] = {}
    ids = list({alert_id for alert_id, _payload in events})
    for start in range(0, len(ids), _IN_CHUNK):
        rows = session.execute(
            select(Alert.id, Alert.raised_at, Miner.name, Miner.ip_address, Site.name)
            .join(Miner, Miner.id == Alert.miner_id)
            .join(Site, Site.id == Alert.site_id)
            .where(Alert.id.in_(ids[start : start + _IN_CHUNK]))
        )
        found.update((row[0], tuple(row[1:])) for row in rows)
    snapshots = {}
    for alert_id, payload in events:
        raised_at, miner, ip, site = found.get(alert_id, (None, None, None, None))
        snapshots[alert_id] = {
            "alert_id": str(alert_id),
            "kind": payload.get("kind"),
            "severity": payload.get("severity"),
            "message": payload.get("message"),
            "site_id": payload.get("site_id"),
            "site": site,
            "miner_id": payload.get("miner_id"),
            "miner": miner,
            "ip": ip,
            "raised_at": raised_at.isoformat() if raised_at else payload.get("raised_at"),
            "escalated_from": payload.get("escalated_from"),
        }
    return snapshots


def _queued_items(session: Session, alert_ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], NotificationItem]:
    found: dict[tuple[uuid.UUID, uuid.UUID], NotificationItem] = {}
    for start in range(0, len(alert_ids), _IN_CHUNK):
        query = select(NotificationItem).where(NotificationItem.alert_id.in_(alert_ids[start : start + _IN_CHUNK]))
        found.update(((item.channel_id, item.alert_id), item) for item in session.scalars(query))
    return found


def queue_alert_events(session: Session, events: Sequence[Event], now: datetime) -> int:
    """Match raised alerts against the enabled rules of enabled channels and queue each match on its
    channel's waiting list; returns how many alerts were queued (or re-queued by an escalation)."""
    rules = [
        RuleMatcher.of(rule)
        for rule in session.scalars(
            select(NotificationRule)
            .join(NotificationChannel, NotificationChannel.id == NotificationRule.channel_id)
            .where(NotificationRule.enabled, NotificationChannel.enabled)
        )
    ]
    matched: list[tuple[uuid.UUID, dict[str, Any], set[uuid.UUID]]] = []
    for event in events:
        if event.topic == RAISED and rules:
            channels = {rule.channel_id for rule in rules if rule.matches(event.payload)}
            if channels:
                matched.append((uuid.UUID(event.entity_id), event.payload, channels))
    new_rows: dict[tuple[uuid.UUID, uuid.UUID], dict[str, Any]] = {}
    escalated = 0
    if matched:
        snapshots = _snapshots(session, [(alert_id, payload) for alert_id, payload, _channels in matched])
        taken = _queued_items(session, [alert_id for alert_id, _payload, _channels in matched])
        for alert_id, payload, channels in matched:
            snapshot = snapshots[alert_id]
            for channel_id in sorted(channels):
                item = taken.get((channel_id, alert_id))
                if item is None:  # new rows go in as one bulk insert (a mass outage is thousands)
                    new_rows[(channel_id, alert_id)] = {
                        "channel_id": channel_id, "alert_id": alert_id, "queued_at": now, "alert": snapshot,
                    }  # fmt: skip
                elif payload.get("escalated_from") and item.alert.get("severity") != snapshot["severity"]:
                    # Escalated in place (warning → critical, same alert): it waits for the next digest again;
                    # the message already sent keeps what it said in its delivery row.
                    item.alert, item.queued_at, item.delivery_id = snapshot, now, None
                    escalated += 1
    if new_rows:
        session.execute(insert(NotificationItem), list(new_rows.values()))
    session.flush()
    return len(new_rows) + escalated


ALERTS_CONSUMER = Consumer("notifications", (RAISED,), queue_alert_events, batch=5000)


def sent_in_last_hour(session: Session, channel_id: uuid.UUID, now: datetime) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(NotificationDelivery)
            .where(
                NotificationDelivery.channel_id == channel_id,
                NotificationDelivery.is_test.is_(False),
                NotificationDelivery.created_at > now - timedelta(hours=1),
            )
        )
        or 0
    )


def build_digests(session: Session, now: datetime) -> list[uuid.UUID]:
    """One delivery per channel whose oldest waiting alert has waited the channel's digest window,
    listing every alert waiting on it; a channel at its hourly limit keeps them waiting (and the next
    digest lists them all).

    Safe with several processes at once (no leader): the statement that assigns the waiting items to the
    new delivery takes only those still waiting when it runs (PostgreSQL re-checks a row another
    transaction assigned once that one commits; SQLite has one writer at a time), and the message lists
    exactly the items it took — none, and the delivery goes again. Channels go in one order, so two
    processes never wait on each other in a circle."""
    waiting = session.execute(
        select(NotificationItem.channel_id, func.min(NotificationItem.queued_at))
        .where(NotificationItem.delivery_id.is_(None))
        .group_by(NotificationItem.channel_id)
        .order_by(NotificationItem.channel_id)
    ).all()
    made: list[uuid.UUID] = []
    for channel_id, oldest in waiting:
        channel = session.get(NotificationChannel, channel_id)
        if channel is None or not channel.enabled:
            continue
        if now - oldest < timedelta(seconds=channel.digest_window_s):
            continue
        if sent_in_last_hour(session, channel.id, now) >= channel.max_per_hour:
            continue
        unsent = NotificationItem.channel_id == channel_id, NotificationItem.delivery_id.is_(None)
        items = session.execute(
            select(NotificationItem.id, NotificationItem.alert)
            .where(*unsent)
            .order_by(NotificationItem.queued_at, NotificationItem.id)
        ).all()
        delivery = new_delivery(channel, digest_message([alert for _id, alert in items]), now, next_attempt_at=now)
        session.add(delivery)
        session.flush()
        last = max(item_id for item_id, _alert in items)
        taken = session.execute(
            update(NotificationItem)
            .where(*unsent, NotificationItem.id <= last)
            .values(delivery_id=delivery.id)
            .returning(NotificationItem.queued_at, NotificationItem.id, NotificationItem.alert)
            .execution_options(synchronize_session=False)
        ).all()
        if len(taken) < len(items):  # another process made a digest of some of them meanwhile
            if not taken:
                session.delete(delivery)
                session.flush()
                continue
            message = digest_message([row[2] for row in sorted(taken, key=lambda row: (row[0], row[1]))])
            delivery.subject, delivery.body, delivery.alerts = message.subject, message.body, message.alerts
        made.append(delivery.id)
    session.flush()
    return made
