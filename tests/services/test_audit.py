"""The hash chain finds an edited, a deleted and a reordered record; PostgreSQL refuses edits itself."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import audit, sites
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people


def _tamper(database: Database, *statements: str) -> None:
    """What a person with database access might do; on PostgreSQL they first get past the trigger."""
    with database.engine.begin() as connection:
        if database.engine.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        for statement in statements:
            connection.execute(text(statement))


def _verify(database: Database) -> audit.VerifyResult:
    with database.session_factory() as session:
        return audit.verify(session, SYSTEM)


@pytest.fixture
def populated(database: Database) -> Database:
    make_people(database.session_factory)  # owner, sites, customer and four users: 8 records
    return database


def test_every_change_appends_a_chained_record(populated: Database) -> None:
    with populated.session_factory() as session:
        records = session.query(AuditRecord).order_by(AuditRecord.seq).all()
    assert [r.seq for r in records] == list(range(1, len(records) + 1))
    assert records[0].prev_hash == audit.GENESIS_HASH
    assert all(b.prev_hash == a.record_hash for a, b in itertools.pairwise(records))
    assert {r.action for r in records} >= {"user.create", "site.create", "customer.create"}
    assert all(r.recorded_at.tzinfo is not None for r in records)
    result = _verify(populated)
    assert result.ok and result.checked == len(records)


def test_update_records_before_and_after_digests(populated: Database) -> None:
    people_site = None
    with populated.session_factory() as session:
        people_site = sites.list_sites(session, SYSTEM)[0]
    with unit_of_work(populated.session_factory) as session:
        sites.update_site(
            session,
            SYSTEM,
            people_site.id,
            expected_version=people_site.version,
            name=people_site.name,
            location="moved",
            capacity_mw="1",
            electricity_price_usd_per_kwh="0.1",
            timezone="UTC",
        )
    with populated.session_factory() as session:
        last = session.query(AuditRecord).order_by(AuditRecord.seq.desc()).first()
    assert last.action == "site.update"
    assert last.before_digest and last.after_digest and last.before_digest != last.after_digest


def test_edited_record_is_found(populated: Database) -> None:
    _tamper(populated, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3")
    result = _verify(populated)
    assert not result.ok and result.first_bad_seq == 3
    assert "edited" in result.reason


def test_deleted_record_is_found(populated: Database) -> None:
    _tamper(populated, "DELETE FROM audit_log WHERE seq = 4")
    result = _verify(populated)
    assert (result.ok, result.first_bad_seq) == (False, 4)
    assert "deleted" in result.reason


def test_reordered_records_are_found(populated: Database) -> None:
    # Swap the positions of records 5 and 6 (seq is the order).
    _tamper(
        populated,
        "UPDATE audit_log SET seq = -5 WHERE seq = 5",
        "UPDATE audit_log SET seq = 5 WHERE seq = 6",
        "UPDATE audit_log SET seq = 6 WHERE seq = -5",
    )
    result = _verify(populated)
    assert (result.ok, result.first_bad_seq) == (False, 5)
    assert "reordered" in result.reason or "edited" in result.reason


def test_postgresql_refuses_update_and_delete(populated: Database) -> None:
    if populated.engine.dialect.name != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only")
    for statement in (
        "UPDATE audit_log SET actor = 'x' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
        "TRUNCATE audit_log",
    ):
        with pytest.raises(DBAPIError, match="append-only"), populated.engine.begin() as connection:
            connection.execute(text(statement))
    assert _verify(populated).ok


def test_a_non_utc_clock_still_verifies(database: Database) -> None:
    from datetime import datetime, timedelta, timezone

    local = timezone(timedelta(hours=2))
    with unit_of_work(database.session_factory) as session:
        audit.append(session, SYSTEM, "test.local_clock", "test", 1, clock=lambda: datetime.now(local))
    assert _verify(database).ok


def test_search_is_literal(populated: Database) -> None:
    with unit_of_work(populated.session_factory) as session:  # the only record with a literal "_"
        audit.append(session, SYSTEM, "note.add", "note", "n1", summary="rack_7 checked")
    with populated.session_factory() as session:
        everything = audit.list_records(session, SYSTEM).total
        assert audit.list_records(session, SYSTEM, search="%").total == 0
        underscored = audit.list_records(session, SYSTEM, search="_").total
        assert underscored == 1  # a LIKE wildcard would match every record
        assert 0 < underscored < everything
        assert audit.list_records(session, SYSTEM, search="TEXAS").total == 1
