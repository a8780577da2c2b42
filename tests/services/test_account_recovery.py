"""Recovering a locked-out owner with direct database access, on both engines; unlock and own password change."""

from __future__ import annotations

import contextlib
import uuid

import pytest
from sqlalchemy import select, text

from hashinsight_desktop.db.models import AuditRecord, User
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.account_recovery import check_direct_access, recover_owner
from hashinsight_desktop.services.errors import AuthenticationError, PermissionDenied, ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import PASSWORD, make_people

NEW = "a brand new passphrase"


def _lock_out(session_factory, username: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(auth.FREE_ATTEMPTS + 1):
        with contextlib.suppress(AuthenticationError):
            auth.login(session_factory, username, "not the password")


def test_recover_a_disabled_locked_out_owner(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        second = users.create_user(session, people.owner, username="owner2", password=PASSWORD, role="owner")
        users.update_user(session, people.owner, second.id, expected_version=second.version, is_active=False)
    _lock_out(session_factory, "owner")
    with unit_of_work(session_factory) as session, pytest.raises(ValidationError, match="recovery is for owner"):
        recover_owner(session, "admin", NEW, operator="os:alice@laptop")
    with unit_of_work(session_factory) as session:
        recover_owner(session, " Owner2 ", NEW, operator="os:alice@laptop")
    assert auth.login(session_factory, "owner2", NEW).username == "owner2"  # enabled again
    with unit_of_work(session_factory) as session:
        recover_owner(session, "owner", NEW, operator="os:alice@laptop")
    assert auth.login(session_factory, "owner", NEW).username == "owner"  # no wait left
    with session_factory() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.action == "user.recover")).all()
    assert [r.actor for r in records] == ["os:alice@laptop"] * 2
    assert "direct database access" in records[0].summary


def test_recovery_needs_the_database_owner_on_postgresql(session_factory) -> None:  # type: ignore[no-untyped-def]
    make_people(session_factory)
    with session_factory() as session:
        if session.get_bind().dialect.name != "postgresql":
            check_direct_access(session)  # SQLite: having opened the file is the access
            return
        role = f"desk_{uuid.uuid4().hex[:8]}"
        session.execute(text(f"CREATE ROLE {role} NOSUPERUSER"))
        session.execute(text(f"SET ROLE {role}"))  # an ordinary desktop's role: neither owner nor superuser
        with pytest.raises(PermissionDenied, match="owns this PostgreSQL database"):
            check_direct_access(session)
        session.rollback()
        check_direct_access(session)  # the test's own connection owns the database


def test_unlock_and_own_password_change(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    _lock_out(session_factory, "guest")
    with unit_of_work(session_factory) as session:
        guest = session.scalars(select(User).where(User.username == "guest")).one()
        with pytest.raises(PermissionDenied):
            users.unlock_user(session, people.site_manager, guest.id)
    with unit_of_work(session_factory) as session:
        assert users.unlock_user(session, people.admin, guest.id) is True
        assert users.unlock_user(session, people.admin, guest.id) is False  # nothing left to clear
    assert auth.login(session_factory, "guest", PASSWORD).username == "guest"
    with unit_of_work(session_factory) as session, pytest.raises(ValidationError, match="current_password"):
        users.change_own_password(session, people.guest, "wrong", NEW)
    with unit_of_work(session_factory) as session:
        users.change_own_password(session, people.guest, PASSWORD, NEW)
    assert auth.login(session_factory, "guest", NEW).username == "guest"
