"""The outbox: every change of a business record writes its event in the same transaction, by itself.

One place does it: SQLAlchemy session events. Each flush notes which business rows it added, changed or
removed; just before the commit the notes become outbox rows, one per entity (a child row — a plan's item, a
miner's maintenance window — counts as its parent), and one NOTIFY wakes the other consoles (PostgreSQL sends
it only if the transaction commits). ORM bulk statements (``session.execute(update(Miner), …)``) count as a
change of their whole table (entity id ``*``). Tables that are not business records — telemetry, the audit
chain, the outbox itself, consumers' and jobs' bookkeeping — write nothing.

Two ways to say more than "changed": ``emit`` names a topic and payload for one entity (``alert.raised`` with
what the notifier needs); it replaces the automatic event of that entity. And Core writes that bypass the
ORM (the telemetry writer) call ``emit_on`` with their open connection, e.g. ``emit_telemetry`` once per site
and tick: that is how every console learns that new readings exist.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, text
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction

from hashinsight_desktop.db.base import utcnow
from hashinsight_desktop.db.models import OutboxEvent

NOTIFY_CHANNEL = "hashinsight_outbox"
TELEMETRY_TOPIC = "telemetry.written"
EVERY = "*"  # the entity id of a change to many rows of a table at once
MANY = 1000  # more entities of one kind in one transaction are announced as one change of their table

# Not business records: their writes are readings, bookkeeping or the event machinery itself.
EXCLUDED_TABLES = frozenset(
    {
        "outbox",
        "inbox",
        "consumer_failures",
        "cluster_nodes",
        "role_leases",
        "job_ticks",
        "audit_log",
        "audit_head",
        "telemetry_samples",
        "telemetry_rollups",
        "telemetry_daily_rollups",
        "miner_states",
        "notification_items",
        "notification_deliveries",
        "email_log",
        "crm_search_terms",  # derived from the record it indexes, whose own change is the event
        "consumer_positions",
        "roles",
    }
)
# A child row's change is its parent's: (parent entity, the column holding the parent's id).
PARENTS = {
    "curtailment_items": ("curtailment_plan", "plan_id"),
    "miner_customer_assignments": ("miner", "miner_id"),
    "miner_maintenance": ("miner", "miner_id"),
    "operation_log": ("miner", "miner_id"),
    "user_site_scopes": ("user", "user_id"),
    "ticket_miners": ("ticket", "ticket_id"),
    "ticket_status_changes": ("ticket", "ticket_id"),
    "ticket_messages": ("ticket", "ticket_id"),
    "incident_tickets": ("incident", "incident_id"),
    "incident_miners": ("incident", "incident_id"),
    "calendar_holidays": ("business_calendar", "calendar_id"),
    "customer_tags": ("customer", "customer_id"),
}
# Columns that move with every poll or login: the telemetry event (or nobody) reports them.
QUIET_COLUMNS = {
    "alerts": frozenset({"held_at", "current_message", "current_message_text"}),
    "users": frozenset({"failed_login_count", "last_failed_login_at", "last_login_at"}),
}
_PENDING = "hashinsight_outbox_pending"


@dataclass
class _Pending:
    """This transaction's events so far: automatic ones per entity, explicit ones per topic and entity."""

    changed: dict[tuple[str, str], str] = field(default_factory=dict)  # (entity, id) -> added/updated/removed
    explicit: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)  # (topic, entity, id)

    def note(self, entity: str, entity_id: str, change: str) -> None:
        before = self.changed.get((entity, entity_id))
        if before in ("added", "removed"):
            change = "removed" if change == "removed" else before
        self.changed[(entity, entity_id)] = change

    def rows(self) -> list[dict[str, Any]]:
        named = {(entity, entity_id) for _, entity, entity_id in self.explicit}
        changed = {key: c for key, c in self.changed.items() if key not in named}
        per_entity = Counter(entity for entity, _ in changed)
        rows = [
            {"topic": f"{entity}.changed", "entity_type": entity, "entity_id": entity_id, "payload": {"change": c}}
            for (entity, entity_id), c in changed.items()
            if per_entity[entity] <= MANY
        ]
        for entity, count in per_entity.items():
            if count > MANY:  # an import of thousands: one event says the table changed
                payload = {"change": "many", "count": count}
                rows.append(
                    {"topic": f"{entity}.changed", "entity_type": entity, "entity_id": EVERY, "payload": payload}
                )
        rows += [
            {"topic": topic, "entity_type": entity, "entity_id": entity_id, "payload": payload}
            for (topic, entity, entity_id), payload in self.explicit.items()
        ]
        return rows


def emit(
    session: Session, topic: str, entity_type: str, entity_id: object, payload: dict[str, Any] | None = None
) -> None:
    """An event with its own topic and payload, written with this transaction's other events at commit."""
    key = (topic, entity_type, str(entity_id))
    explicit = _pending(session).explicit
    explicit[key] = explicit.get(key, {}) | (payload or {})


def emit_on(
    connection: Connection, topic: str, entity_type: str, entity_id: object, payload: dict[str, Any] | None = None
) -> None:
    """An event written now on a Core connection, inside the caller's transaction (bulk writers)."""
    row = {"topic": topic, "entity_type": entity_type, "entity_id": str(entity_id), "payload": payload or {}}
    write_events(connection, [row])


def emit_telemetry(target: Session | Connection, site_id: object, report: dict[str, Any]) -> None:
    """New readings of a site were written (once per site and tick): the Fleet views and status bars of every
    console learn of telemetry through this event alone. ``report``: the cycle's counts (JSON values)."""
    if isinstance(target, Session):
        emit(target, TELEMETRY_TOPIC, "site", site_id, report)
    else:
        emit_on(target, TELEMETRY_TOPIC, "site", site_id, report)


def write_events(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        # The database's clock just before the commit: a listener's lag is measured on one clock.
        connection.execute(insert(OutboxEvent).values(created_at=func.statement_timestamp()), rows)
        # Delivered by the server only when (and if) this transaction commits; only a wake-up.
        connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": NOTIFY_CHANNEL})
    else:
        now = utcnow()
        connection.execute(insert(OutboxEvent), [row | {"created_at": now} for row in rows])


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = _Pending()
    return pending


_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def _entity_of(obj: object, table: str, change: str) -> tuple[str, str] | None:
    """(entity, id) an ORM object's change is reported as, or None when it is not reported."""
    if table in EXCLUDED_TABLES:
        return None
    state = inspect(obj)
    if table in PARENTS:
        entity, column = PARENTS[table]
        parent_id = getattr(obj, column, None)
        return (entity, str(parent_id)) if parent_id is not None else None
    if change == "updated" and table in QUIET_COLUMNS:
        moved = {a.key for a in state.attrs if a.history.has_changes()}
        if moved and moved <= QUIET_COLUMNS[table]:
            return None
    key = state.mapper.primary_key_from_instance(obj)
    entity = _CAMEL.sub("_", type(obj).__name__).lower()
    return entity, (str(key[0]) if len(key) == 1 and key[0] is not None else EVERY)


def _table_of(obj: object) -> str:
    return _table_name(inspect(obj).mapper)


def _table_name(mapper: Mapper[Any]) -> str:
    return str(mapper.local_table.description)


@event.listens_for(Session, "after_flush")
def _note_flushed(session: Session, _context: UOWTransaction) -> None:
    groups: Iterable[tuple[str, Iterable[object]]] = (
        ("added", session.new),
        ("updated", (o for o in session.dirty if session.is_modified(o, include_collections=False))),
        ("removed", session.deleted),
    )
    for change, objects in groups:
        for obj in objects:
            found = _entity_of(obj, _table_of(obj), change)
            if found is not None:
                _pending(session).note(*found, change)


@event.listens_for(Session, "do_orm_execute")
def _note_bulk(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete) or state.bind_mapper is None:
        return
    mapper = state.bind_mapper
    table = _table_name(mapper)
    if table in EXCLUDED_TABLES:
        return
    columns = _set_columns(state)
    if state.is_update and columns and columns <= QUIET_COLUMNS.get(table, frozenset()):
        return
    entity = PARENTS[table][0] if table in PARENTS else _CAMEL.sub("_", mapper.class_.__name__).lower()
    _pending(state.session).note(entity, EVERY, "removed" if state.is_delete else "updated")


def _set_columns(state: ORMExecuteState) -> set[str]:
    values = getattr(state.statement, "_values", None) or {}
    names = {getattr(key, "key", str(key)) for key in values}
    params = state.parameters
    if isinstance(params, list) and params:
        names |= set(params[0])
    elif isinstance(params, dict):
        names |= set(params)
    return names


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    if session.info.get(_PENDING) is None and not (session.new or session.dirty or session.deleted):
        return
    session.flush()  # the last changes are noted too
    pending: _Pending | None = session.info.pop(_PENDING, None)
    if pending is not None:
        write_events(session.connection(), pending.rows())


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
