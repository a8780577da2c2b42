"""The audit chain's end: a cut end (newest records removed, the log emptied) fails the verify and refuses the
next append; checkpoints prove the log still extends them; the database's head row only moves forward."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import audit, audit_head, sites
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work


def _tamper(database: Database, *statements: str) -> None:
    """What a person with database access might do; past the triggers (PostgreSQL: replica role; SQLite: dropped)."""
    with database.engine.begin() as connection:
        if database.engine.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            for trigger in ("audit_log_moves_head", "audit_head_forward_only", "audit_head_no_delete"):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        for statement in statements:
            connection.execute(text(statement))


def _verify(database: Database, checkpoint: Path | None = None) -> audit.VerifyResult:
    with database.session_factory() as session:
        return audit.verify(session, SYSTEM, checkpoint=checkpoint)


def _count(database: Database) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(AuditRecord)) or 0


def _add_site(database: Database, name: str) -> None:
    with unit_of_work(database.session_factory) as session:
        sites.create_site(session, SYSTEM, name=name, capacity_mw="1", electricity_price_usd_per_kwh="0.05")


@pytest.fixture
def watched(database: Database, tmp_path: Path) -> Database:
    """A database whose head this computer keeps (as the console does), with 4 records."""
    audit_head.watch(database.engine, tmp_path / "heads")
    for number in range(4):
        _add_site(database, f"Site {number}")
    return database


def test_head_follows_every_committed_append(watched: Database, tmp_path: Path) -> None:
    last = _count(watched)
    with watched.session_factory() as session:
        assert audit_head.database_head(session)[0] == last  # type: ignore[index]
        seen = audit_head.head_file_of(session).load()  # type: ignore[union-attr]
    assert seen is not None and seen.seq == last
    result = _verify(watched)
    assert result.ok, result.describe()
    assert [check.ok for check in result.end_checks] == [True, True]


def test_deleting_the_newest_record_fails_the_verify(watched: Database) -> None:
    last = _count(watched)
    _tamper(watched, f"DELETE FROM audit_log WHERE seq = {last}")
    result = _verify(watched)
    assert result.chain_ok and not result.ok  # what is left still chains: only the end shows the cut
    assert f"the log ends at record {last - 1}" in result.headline()
    assert "newest records removed" in result.describe()


def test_the_head_file_catches_a_cut_the_database_head_was_rewritten_to_hide(watched: Database) -> None:
    last = _count(watched)
    with watched.session_factory() as session:
        previous = session.scalar(select(AuditRecord.record_hash).where(AuditRecord.seq == last - 1))
    _tamper(
        watched,
        f"DELETE FROM audit_log WHERE seq = {last}",
        f"UPDATE audit_head SET seq = {last - 1}, record_hash = '{previous}'",
    )
    result = _verify(watched)
    database_head, head_file = result.end_checks
    assert database_head.ok and not head_file.ok
    assert f"it had reached record {last}" in (head_file.problem or "")


def test_emptying_the_log_fails_the_verify(watched: Database) -> None:
    _tamper(watched, "DELETE FROM audit_log")
    result = _verify(watched)
    assert result.checked == 0 and not result.ok
    assert all("emptied" in (check.problem or "") for check in result.end_checks), result.describe()


def test_an_append_after_a_cut_is_refused_and_logged(watched: Database, caplog: pytest.LogCaptureFixture) -> None:
    last = _count(watched)
    _tamper(watched, f"DELETE FROM audit_log WHERE seq = {last}")
    with caplog.at_level(logging.ERROR), pytest.raises(audit_head.AuditChainCut, match="audit log was cut"):
        _add_site(watched, "Sealed Over")
    assert "audit append refused" in caplog.text
    assert _count(watched) == last - 1  # nothing written: neither the record nor the site
    with watched.session_factory() as session:
        assert not [s for s in sites.list_sites(session, SYSTEM) if s.name == "Sealed Over"]


def test_a_lagging_head_file_is_fine_while_the_chain_holds_it(watched: Database, tmp_path: Path) -> None:
    """Another console on the same database appends without this computer's head file."""
    with watched.session_factory() as session:
        head_file = audit_head.head_file_of(session)
    assert head_file is not None
    seen = head_file.load()
    audit_head.unwatch(watched.engine)  # the other console: no head file of ours
    for name in ("Other 1", "Other 2"):
        _add_site(watched, name)
    assert head_file.load() == seen  # ours lags behind
    audit_head.watch(watched.engine, head_file.path.parent)
    _add_site(watched, "Ours again")  # the lagging head is still in the chain: appending is fine
    assert _verify(watched).ok
    assert head_file.load().seq == _count(watched)  # type: ignore[union-attr]


def test_a_rolled_back_append_does_not_move_the_head_file(watched: Database) -> None:
    with watched.session_factory() as session:
        head_file = audit_head.head_file_of(session)
    before = head_file.load()  # type: ignore[union-attr]
    with pytest.raises(RuntimeError), unit_of_work(watched.session_factory) as session:
        sites.create_site(session, SYSTEM, name="Never", capacity_mw="1", electricity_price_usd_per_kwh="0.05")
        raise RuntimeError("the user's action failed after the append")
    assert head_file.load() == before  # type: ignore[union-attr]
    assert _verify(watched).ok


def test_checkpoint_round_trip(watched: Database, tmp_path: Path) -> None:
    checkpoint = tmp_path / "offsite" / "audit.checkpoint.json"
    with watched.session_factory() as session:
        audit_head.write_checkpoint(checkpoint, audit.current_head(session, SYSTEM))
    at = _count(watched)
    _add_site(watched, "After the checkpoint")
    result = _verify(watched, checkpoint)
    assert result.ok and f"record {at}" in result.end_checks[-1].detail
    # The log cut below the checkpoint, the database head and the head file rewritten to match: only the
    # off-site copy still knows.
    with watched.session_factory() as session:
        keep = session.scalar(select(AuditRecord.record_hash).where(AuditRecord.seq == at - 1))
        head_file = audit_head.head_file_of(session)
    _tamper(
        watched,
        f"DELETE FROM audit_log WHERE seq >= {at}",
        f"UPDATE audit_head SET seq = {at - 1}, record_hash = '{keep}'",
    )
    head_file.path.unlink()  # type: ignore[union-attr]
    result = _verify(watched, checkpoint)
    assert not result.ok and result.end_checks[-1].name == f"checkpoint {checkpoint}"
    assert f"it had reached record {at}" in (result.end_checks[-1].problem or "")


def test_a_checkpoint_of_another_database_fails(watched: Database, tmp_path: Path) -> None:
    checkpoint = tmp_path / "other.json"
    with watched.session_factory() as session:
        head = audit.current_head(session, SYSTEM)
    audit_head.write_checkpoint(
        checkpoint, audit_head.Head("sqlite:/elsewhere.sqlite3", head.seq, head.record_hash, "")
    )
    assert "another database" in (_verify(watched, checkpoint).end_checks[-1].problem or "")
    checkpoint.write_text("{}")
    with pytest.raises(ValidationError, match="not an audit checkpoint"):
        _verify(watched, checkpoint)


def test_no_checkpoint_of_a_cut_log(watched: Database) -> None:
    _tamper(watched, f"DELETE FROM audit_log WHERE seq = {_count(watched)}")
    with watched.session_factory() as session, pytest.raises(audit_head.AuditChainCut, match="no checkpoint"):
        audit.current_head(session, SYSTEM)


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_head SET seq = seq - 1", "DELETE FROM audit_head", "UPDATE audit_head SET record_hash = 'x'"],
)
def test_the_database_head_only_moves_forward(watched: Database, statement: str) -> None:
    with pytest.raises(DBAPIError, match="only moves forward"), watched.engine.begin() as connection:
        connection.execute(text(statement))
    assert _verify(watched).ok


def test_postgresql_refuses_truncating_the_head(watched: Database) -> None:
    if watched.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    with pytest.raises(DBAPIError, match="only moves forward"), watched.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_head"))


def test_a_new_database_at_the_same_path_starts_a_new_head(tmp_path: Path) -> None:
    """The console created it (the user asked for a new database): the old note is kept aside, not enforced."""
    from hashinsight_desktop.app import build_context

    url = f"sqlite:///{tmp_path / 'farm.sqlite3'}"
    first = build_context(url, process_name="test", create=True)  # loads the catalogue: record 1
    with first.database.session_factory() as session:
        head_file = audit_head.head_file_of(session)
    first.database.close()
    assert head_file is not None and head_file.load() is not None
    (tmp_path / "farm.sqlite3").unlink()
    second = build_context(url, process_name="test", create=True)
    try:
        with second.database.session_factory() as session:
            assert audit.verify(session, SYSTEM).ok
    finally:
        second.database.close()
    assert len(list(head_file.path.parent.glob("*.replaced-*.json"))) == 1  # kept as evidence
    assert head_file.load().seq == 1  # type: ignore[union-attr]  # the new database's own
