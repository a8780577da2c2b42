"""The end of the audit chain, kept where the database alone cannot rewrite it.

A hash chain shows an edited, removed or reordered record, but not a cut end: delete the newest records (or all
of them) and what is left still verifies. So the end is also kept
- in ``audit_head``, one row the database's own trigger moves on every insert and that refuses to move back or be
  deleted (PostgreSQL: like the log's append-only trigger; SQLite: the same triggers, which a file's owner can drop);
- in a head file per database in this computer's settings folder, advanced after every commit of this program
  that appended (and by an intact verify). With several consoles on one PostgreSQL it lags behind the others'
  appends, which is fine: it is only ever checked as "the chain still holds record N with hash H";
- in checkpoints (``audit checkpoint --out FILE``) kept off-site, proven by ``audit verify --checkpoint FILE``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import tempfile
import weakref
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, event, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models.audit import AuditHead, AuditRecord
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

CHECKPOINT_FORMAT = "hashinsight-audit-checkpoint"
_PENDING = "audit_head_pending"  # Session.info key: the head to write once the transaction commits


class AuditChainCut(ServiceError):
    """The log no longer holds a record it is known to have had: nothing may be appended to it."""


@dataclass(frozen=True)
class Head:
    """A point of the chain: record ``seq`` had ``record_hash``, in the database ``database``."""

    database: str
    seq: int
    record_hash: str
    seen_at: str  # ISO time this point was written down

    def describe(self) -> Text:
        return Text(
            QT_TRANSLATE_NOOP("AuditVerify", "record {seq} (hash {hash}…, seen {seen} UTC)"),
            seq=self.seq,
            hash=self.record_hash[:12],
            seen=self.seen_at[:19].replace("T", " "),
        )


def database_identity(url: URL) -> str:
    """Which database this is, from how it is reached (never from its contents, which a tamperer controls):
    the SQLite file's absolute path, or PostgreSQL's host, port and database name."""
    if url.get_backend_name() == "sqlite":
        path = url.database or ""
        return "sqlite:" + (str(Path(path).expanduser().resolve()) if path not in ("", ":memory:") else ":memory:")
    return f"postgresql://{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


class HeadFile:
    """This computer's note of the newest record it saw of one database (JSON, written atomically)."""

    def __init__(self, folder: Path, database: str) -> None:
        self.database = database
        name = hashlib.sha256(database.encode()).hexdigest()[:16]
        self.path = folder / f"audit-head-{name}.json"

    def load(self) -> Head | None:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            return Head(raw["database"], int(raw["seq"]), str(raw["record_hash"]), str(raw["seen_at"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AuditChainCut(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the audit head file {path} cannot be read ({exc}): check or restore it"
                    ),
                    path=self.path,
                    exc=exc,
                )
            ) from exc

    def advance(self, seq: int, record_hash: str) -> None:
        """Moves the note forward only (another process may have written a later one meanwhile)."""
        current = self.load()
        if current is not None and current.seq >= seq:
            return
        head = Head(self.database, seq, record_hash, datetime.now(UTC).isoformat(timespec="seconds"))
        _write_json(self.path, asdict(head))

    def retire(self, reason: str) -> Path | None:
        """Keep the note aside (as evidence) when the database at this place is a new one: the console created it."""
        if not self.path.exists():
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = self.path.with_name(f"{self.path.stem}.replaced-{stamp}.json")
        os.replace(self.path, kept)
        log.warning("audit head file of %s moved to %s: %s", self.database, kept, reason)
        return kept


def _write_json(path: Path, payload: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".audit-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=2)
    os.replace(tmp, path)


_watched: weakref.WeakKeyDictionary[Engine, HeadFile] = weakref.WeakKeyDictionary()


def watch(engine: Engine, folder: Path) -> HeadFile:
    """Keep the head file of this engine's database in ``folder`` (the settings folder's audit-heads)."""
    head_file = HeadFile(folder, database_identity(engine.url))
    _watched[engine] = head_file
    return head_file


def unwatch(engine: Engine) -> None:
    _watched.pop(engine, None)


def head_file_of(session: Session) -> HeadFile | None:
    return _watched.get(session.get_bind().engine)


def database_head(session: Session) -> tuple[int, str] | None:
    """The database's own ``audit_head`` row (seq, hash), or None before the first record."""
    row = session.execute(select(AuditHead.seq, AuditHead.record_hash).where(AuditHead.id == 1)).first()
    return (row.seq, row.record_hash) if row else None


def chain_holds(session: Session, seq: int, record_hash: str) -> Text | None:
    """None when the log holds record ``seq`` with ``record_hash``; else what is wrong, in words."""
    found = session.scalar(select(AuditRecord.record_hash).where(AuditRecord.seq == seq))
    if found == record_hash:
        return None
    if found is not None:
        return Text(
            QT_TRANSLATE_NOOP("AuditVerify", "record {seq} is not the one seen (its hash differs: replaced)"), seq=seq
        )
    last = session.scalar(select(AuditRecord.seq).order_by(AuditRecord.seq.desc()).limit(1))
    if last is None:
        return Text(
            QT_TRANSLATE_NOOP("AuditVerify", "the log is empty, but it had reached record {seq} (emptied)"), seq=seq
        )
    if last < seq:
        return Text(
            QT_TRANSLATE_NOOP(
                "AuditVerify", "the log ends at record {last}, but it had reached record {seq} (newest records removed)"
            ),
            last=last,
            seq=seq,
        )
    return Text(QT_TRANSLATE_NOOP("AuditVerify", "record {seq} is missing (deleted)"), seq=seq)


def check_database_head(session: Session, last: tuple[int, str] | None) -> Text | None:
    """The log's last record must be the one the database's trigger last saw."""
    head = database_head(session)
    if head is None or head == last:
        return None
    if last is None:
        return Text(
            QT_TRANSLATE_NOOP(
                "AuditVerify", "the log is empty, but the database's head says it had reached record {head} (emptied)"
            ),
            head=head[0],
        )
    if last[0] < head[0]:
        return Text(
            QT_TRANSLATE_NOOP(
                "AuditVerify",
                "the log ends at record {last}, but the database's head says it had reached record {head} "
                "(newest records removed)",
            ),
            last=last[0],
            head=head[0],
        )
    return Text(
        QT_TRANSLATE_NOOP(
            "AuditVerify", "the database's head (record {head}) does not match the log's end (record {last}): altered"
        ),
        head=head[0],
        last=last[0],
    )


def check_before_append(session: Session, last: tuple[int, str] | None) -> None:
    """Refuse to seal a cut log with a new record: the next record would make the cut look like the end."""
    problems = [check_database_head(session, last)]
    head_file = head_file_of(session)
    seen = head_file.load() if head_file is not None else None
    if seen is not None and (seen.seq, seen.record_hash) != last:  # at the log's end: it holds, no query needed
        problems.append(chain_holds(session, seen.seq, seen.record_hash))
    found = [p for p in problems if p]
    if found:
        aside = (
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "; if an older backup was restored on purpose, move this computer's head file aside: {path}",
                ),
                path=head_file.path,
            )
            if seen is not None and head_file is not None
            else ""
        )
        also = QT_TRANSLATE_NOOP("Errors", " (this computer's head file agrees)") if len(found) > 1 else ""
        message = Text(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the audit log was cut: {problem}{also}. Nothing was saved: no record may be appended to a cut log "
                "(it would seal the cut). Restore the database from a backup{aside}",
            ),
            problem=found[0],
            also=also,
            aside=aside,
        )
        log.error("audit append refused: %s", message)
        raise AuditChainCut(message)


def advance_after_commit(session: Session, seq: int, record_hash: str) -> None:
    if head_file_of(session) is not None:
        session.info[_PENDING] = (seq, record_hash)


@event.listens_for(Session, "after_commit")
def _write_pending_head(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    head_file = head_file_of(session) if pending else None
    if head_file is not None and pending is not None:
        try:
            head_file.advance(*pending)
        except (OSError, AuditChainCut) as exc:  # the record is committed; the note catches up at the next one
            log.warning("audit head file not advanced: %s", exc)


@event.listens_for(Session, "after_rollback")
def _drop_pending_head(session: Session) -> None:
    session.info.pop(_PENDING, None)


def write_checkpoint(path: Path, head: Head) -> None:
    payload = {"format": CHECKPOINT_FORMAT, "version": 1, **asdict(head), "written_by": getpass.getuser()}
    _write_json(path, payload)


def read_checkpoint(path: Path) -> Head:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ValidationError(
            "--checkpoint", Text(QT_TRANSLATE_NOOP("Errors", "no checkpoint file {path}"), path=path)
        ) from None
    except (OSError, ValueError) as exc:
        raise ValidationError(
            "--checkpoint",
            Text(QT_TRANSLATE_NOOP("Errors", "{path} is not a checkpoint file ({exc})"), path=path, exc=exc),
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != CHECKPOINT_FORMAT:
        raise ValidationError(
            "--checkpoint", Text(QT_TRANSLATE_NOOP("Errors", "{path} is not an audit checkpoint file"), path=path)
        )
    try:
        return Head(str(raw["database"]), int(raw["seq"]), str(raw["record_hash"]), str(raw["seen_at"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise ValidationError(
            "--checkpoint",
            Text(QT_TRANSLATE_NOOP("Errors", "{path} lacks {exc}: not a complete checkpoint"), path=path, exc=exc),
        ) from None
