"""Hash-chained audit log: append on every change, verify the chain end to end.

Each record's hash covers its own fields and the previous record's hash, so editing a record,
removing one or changing their order breaks the chain at the first record affected.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import Permission, Principal, require

GENESIS_HASH = "0" * 64
_APPEND_LOCK_KEY = 0x48494155  # "HIAU": serialises appends across desktops on PostgreSQL


def digest(state: Mapping[str, Any] | None) -> str | None:
    """A stable SHA-256 of an entity's state (its fields as JSON, keys sorted)."""
    if state is None:
        return None
    encoded = json.dumps(state, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def _record_hash(record: AuditRecord) -> str:
    fields = [
        record.seq,
        record.recorded_at.isoformat(timespec="microseconds"),
        record.actor,
        record.action,
        record.entity_type,
        record.entity_id,
        record.before_digest,
        record.after_digest,
        record.summary,
        record.prev_hash,
    ]
    return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode()).hexdigest()


def append(
    session: Session,
    principal: Principal,
    action: str,
    entity_type: str,
    entity_id: object,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    summary: str = "",
    clock: Clock = system_clock,
) -> AuditRecord:
    """Append one record in the caller's transaction (it commits or rolls back with the change)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _APPEND_LOCK_KEY})
    elif dialect == "sqlite":
        # A write statement (matching nothing) takes SQLite's write lock before the last seq is read;
        # otherwise two threads could both read seq N and both append N + 1.
        session.execute(text("UPDATE audit_log SET seq = seq WHERE 1 = 0"))
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.record_hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    now = clock().astimezone(UTC)  # stored and re-read as UTC: hash what will be read back
    record = AuditRecord(
        seq=(last.seq + 1) if last else 1,
        recorded_at=now,
        actor=principal.username,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before_digest=digest(before),
        after_digest=digest(after),
        summary=summary[:500],
        prev_hash=last.record_hash if last else GENESIS_HASH,
    )
    record.record_hash = _record_hash(record)
    session.add(record)
    session.flush()
    return record


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_seq is None

    def describe(self) -> str:
        if self.ok:
            return f"audit log intact: {self.checked} records, chain verified"
        return f"audit log TAMPERED at record {self.first_bad_seq}: {self.reason}"


def verify_records(records: Iterable[AuditRecord]) -> VerifyResult:
    expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
    for record in records:
        if record.seq != expected_seq:
            missing = (
                f"record {expected_seq} is missing (deleted)"
                if record.seq > expected_seq
                else f"record {record.seq} appears out of order"
            )
            return VerifyResult(checked, expected_seq, missing)
        if record.prev_hash != prev_hash:
            return VerifyResult(
                checked, record.seq, f"does not follow record {record.seq - 1} (records removed or reordered)"
            )
        if _record_hash(record) != record.record_hash:
            return VerifyResult(checked, record.seq, "its contents do not match its hash (edited)")
        prev_hash, expected_seq, checked = record.record_hash, expected_seq + 1, checked + 1
    return VerifyResult(checked)


def verify(session: Session, principal: Principal) -> VerifyResult:
    require(principal, Permission.AUDIT_READ, "verify the audit log")
    records = session.execute(select(AuditRecord).order_by(AuditRecord.seq).execution_options(yield_per=2000))
    return verify_records(records.scalars())


@dataclass(frozen=True)
class AuditPage:
    records: list[AuditRecord]
    total: int


def list_records(
    session: Session,
    principal: Principal,
    *,
    search: str = "",
    since: datetime | None = None,
    limit: int = 5000,
) -> AuditPage:
    """Newest first; ``search`` matches actor, action, entity type, id or summary."""
    require(principal, Permission.AUDIT_READ, "read the audit log")
    query = select(AuditRecord)
    if search:
        # Searched literally: % and _ typed by the user are not wildcards.
        literal = search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{literal}%"
        columns = (AuditRecord.actor, AuditRecord.action, AuditRecord.entity_type, AuditRecord.entity_id,
                   AuditRecord.summary)
        query = query.where(or_(*(func.lower(column).like(pattern, escape="\\") for column in columns)))
    if since is not None:
        query = query.where(AuditRecord.recorded_at >= since)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(AuditRecord.seq.desc()).limit(limit)).all()
    return AuditPage(list(rows), total)
