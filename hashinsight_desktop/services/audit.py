"""Hash-chained audit log: append on every change, verify the chain end to end.

Each record's hash covers its own fields and the previous record's hash, so editing a record,
removing one or changing their order breaks the chain at the first record affected. The chain's end is
protected as well (``audit_head``): a cut end fails the verify and refuses the next append.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import audit_head
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.stored_text import render_stored, to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate

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
    if record.summary_text is not None:  # only then: records older than it keep their hash
        fields.append(record.summary_text)
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def append(
    session: Session,
    principal: Principal,
    action: str,
    entity_type: str,
    entity_id: object,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    summary: str | Text = "",
    clock: Clock = system_clock,
) -> AuditRecord:
    """Append one record in the caller's transaction (it commits or rolls back with the change). A `Text` summary
    is stored in English and as its template and parameters, shown later in the reader's language."""
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
    audit_head.check_before_append(session, (last.seq, last.record_hash) if last else None)
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
        summary=str(summary)[:500],
        summary_text=to_stored(summary),
        prev_hash=last.record_hash if last else GENESIS_HASH,
    )
    record.record_hash = _record_hash(record)
    session.add(record)
    session.flush()
    audit_head.advance_after_commit(session, record.seq, record.record_hash)
    return record


@dataclass(frozen=True)
class EndCheck:
    """One check of the chain's end: the database's head, this computer's head file, or a checkpoint."""

    name: str | Text
    problem: str | Text | None  # None: it holds
    detail: str | Text = ""

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self, translate: Translate | None = None) -> str:
        line = (
            QT_TRANSLATE_NOOP("AuditVerify", "{name}: OK — {detail}")
            if self.ok
            else QT_TRANSLATE_NOOP("AuditVerify", "{name}: FAILED — {detail}")
        )
        return Text(line, name=self.name, detail=self.problem or self.detail).render(translate)


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    first_bad_seq: int | None = None
    reason: str | Text = ""
    end_checks: tuple[EndCheck, ...] = ()

    @property
    def chain_ok(self) -> bool:
        return self.first_bad_seq is None

    @property
    def ok(self) -> bool:
        return self.chain_ok and all(check.ok for check in self.end_checks)

    def headline(self) -> Text:
        if not self.chain_ok:
            return Text(
                QT_TRANSLATE_NOOP("AuditVerify", "audit log TAMPERED at record {seq}: {reason}"),
                seq=self.first_bad_seq,
                reason=self.reason,
            )
        cut = [check.problem for check in self.end_checks if check.problem]
        if cut:
            return Text(QT_TRANSLATE_NOOP("AuditVerify", "audit log CUT: {problem}"), problem=cut[0])
        return Text(
            QT_TRANSLATE_NOOP("AuditVerify", "audit log intact: {count} records, chain and its end verified"),
            count=self.checked,
        )

    def describe(self, translate: Translate | None = None) -> str:
        lines = [self.headline().render(translate), *(f"  {check.describe(translate)}" for check in self.end_checks)]
        return "\n".join(lines)


def verify_records(records: Iterable[AuditRecord]) -> VerifyResult:
    expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
    for record in records:
        if record.seq != expected_seq:
            missing = (
                Text(QT_TRANSLATE_NOOP("AuditVerify", "record {seq} is missing (deleted)"), seq=expected_seq)
                if record.seq > expected_seq
                else Text(QT_TRANSLATE_NOOP("AuditVerify", "record {seq} appears out of order"), seq=record.seq)
            )
            return VerifyResult(checked, expected_seq, missing)
        if record.prev_hash != prev_hash:
            follows = QT_TRANSLATE_NOOP("AuditVerify", "does not follow record {seq} (records removed or reordered)")
            return VerifyResult(checked, record.seq, Text(follows, seq=record.seq - 1))
        if _record_hash(record) != record.record_hash:
            edited = QT_TRANSLATE_NOOP("AuditVerify", "its contents do not match its hash (edited)")
            return VerifyResult(checked, record.seq, edited)
        prev_hash, expected_seq, checked = record.record_hash, expected_seq + 1, checked + 1
    return VerifyResult(checked)


def verify(session: Session, principal: Principal, *, checkpoint: Path | None = None) -> VerifyResult:
    """The whole chain, then its end: the database's head, this computer's head file and, when given, an
    off-site checkpoint. An intact result moves this computer's head file to the log's end."""
    require(principal, Permission.AUDIT_READ, "verify the audit log")
    expected = audit_head.read_checkpoint(checkpoint) if checkpoint is not None else None
    records = session.execute(select(AuditRecord).order_by(AuditRecord.seq).execution_options(yield_per=2000))
    chain = verify_records(records.scalars())
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.record_hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    end = (last.seq, last.record_hash) if last else None
    checks = [
        EndCheck(
            QT_TRANSLATE_NOOP("AuditVerify", "database head"),
            audit_head.check_database_head(session, end),
            Text(
                QT_TRANSLATE_NOOP("AuditVerify", "the log ends at record {seq}, as the database's head says"),
                seq=end[0],
            )
            if end
            else QT_TRANSLATE_NOOP("AuditVerify", "no records yet"),
        )
    ]
    head_file = audit_head.head_file_of(session)
    seen = head_file.load() if head_file is not None else None
    if head_file is not None:
        checks.append(
            EndCheck(
                QT_TRANSLATE_NOOP("AuditVerify", "this computer's head file"),
                audit_head.chain_holds(session, seen.seq, seen.record_hash) if seen else None,
                Text(QT_TRANSLATE_NOOP("AuditVerify", "the log still holds {record}"), record=seen.describe())
                if seen
                else QT_TRANSLATE_NOOP("AuditVerify", "first verify of this database here"),
            )
        )
    if expected is not None:
        identity = audit_head.database_identity(session.get_bind().engine.url)
        problem = (
            Text(
                QT_TRANSLATE_NOOP("AuditVerify", "the checkpoint is of another database ({other}; this is {this})"),
                other=expected.database,
                this=identity,
            )
            if expected.database != identity
            else audit_head.chain_holds(session, expected.seq, expected.record_hash)
        )
        name = Text(QT_TRANSLATE_NOOP("AuditVerify", "checkpoint {file}"), file=str(checkpoint))
        holds = Text(QT_TRANSLATE_NOOP("AuditVerify", "the log still holds {record}"), record=expected.describe())
        checks.append(EndCheck(name, problem, holds))
    result = VerifyResult(chain.checked, chain.first_bad_seq, chain.reason, tuple(checks))
    if result.ok and end is not None and head_file is not None:
        head_file.advance(*end)
    return result


def current_head(session: Session, principal: Principal) -> audit_head.Head:
    """The log's end, for a checkpoint: only of a log that verifies (a checkpoint of a cut log proves nothing)."""
    result = verify(session, principal)
    if not result.ok:
        raise audit_head.AuditChainCut(
            Text(QT_TRANSLATE_NOOP("Errors", "no checkpoint written: {value}"), value=result.headline())
        )
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.record_hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    if last is None:
        raise audit_head.AuditChainCut(
            QT_TRANSLATE_NOOP("Errors", "no checkpoint written: the audit log has no records yet")
        )
    identity = audit_head.database_identity(session.get_bind().engine.url)
    return audit_head.Head(identity, last.seq, last.record_hash, datetime.now(UTC).isoformat(timespec="seconds"))


def summary_of(record: AuditRecord, translate: Translate | None = None) -> str:
    """A record's summary in the language of ``translate`` (English as stored for records older than texts)."""
    return render_stored(record.summary, record.summary_text, translate)


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
        columns = (
            AuditRecord.actor,
            AuditRecord.action,
            AuditRecord.entity_type,
            AuditRecord.entity_id,
            AuditRecord.summary,
        )
        query = query.where(or_(*(func.lower(column).like(pattern, escape="\\") for column in columns)))
    if since is not None:
        query = query.where(AuditRecord.recorded_at >= since)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(AuditRecord.seq.desc()).limit(limit)).all()
    return AuditPage(list(rows), total)
