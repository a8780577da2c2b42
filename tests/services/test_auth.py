"""argon2id hashes, rehash on new parameters, throttled and logged failures, the first owner."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from hashinsight_desktop.db.models import AuditRecord, User
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.errors import AuthenticationError, LoginThrottled, ServiceError, ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import PASSWORD, make_people

pytestmark = pytest.mark.production_password_hashing  # the product's own argon2id parameters, hashed and upgraded


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_passwords_are_argon2id(session_factory) -> None:
    people = make_people(session_factory)
    with session_factory() as session:
        stored = session.get(User, people.owner.user_id).password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_hash_is_upgraded_when_parameters_change(session_factory) -> None:
    people = make_people(session_factory)
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    with unit_of_work(session_factory) as session:
        session.get(User, people.guest.user_id).password_hash = weak
    auth.login(session_factory, "guest", PASSWORD)
    with session_factory() as session:
        upgraded = session.get(User, people.guest.user_id).password_hash
    assert upgraded != weak and upgraded.startswith("$argon2id$") and "m=8," not in upgraded
    auth.login(session_factory, "guest", PASSWORD)  # the new hash still verifies


def test_repeated_failures_are_slowed_down_logged_and_audited(session_factory, caplog) -> None:
    make_people(session_factory)
    clock = FakeClock()
    caplog.set_level(logging.WARNING)
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError, match="Wrong user name or password"):
            auth.login(session_factory, "guest", "wrong password!", clock=clock)
    # Now even the right password must wait.
    with pytest.raises(LoginThrottled) as throttled:
        auth.login(session_factory, "guest", PASSWORD, clock=clock)
    assert throttled.value.retry_after_s == pytest.approx(auth.throttle_delay_s(auth.FREE_ATTEMPTS))
    clock.advance(throttled.value.retry_after_s + 0.1)
    assert auth.login(session_factory, "guest", PASSWORD, clock=clock).username == "guest"

    assert "failed login for 'guest'" in caplog.text
    assert PASSWORD not in caplog.text and "wrong password!" not in caplog.text
    with session_factory() as session:
        actions = [r.action for r in session.query(AuditRecord).filter(AuditRecord.action.like("auth.%"))]
        assert actions.count("auth.login_failed") == auth.FREE_ATTEMPTS
        assert session.query(User).filter_by(username="guest").one().failed_login_count == 0


def test_throttle_delay_doubles_and_is_capped() -> None:
    delays = [auth.throttle_delay_s(n) for n in range(12)]
    assert delays[: auth.FREE_ATTEMPTS] == [0.0] * auth.FREE_ATTEMPTS
    assert delays[auth.FREE_ATTEMPTS + 1] == 2 * delays[auth.FREE_ATTEMPTS]
    assert max(delays) <= auth.MAX_DELAY_S


def test_unknown_and_disabled_users_get_the_same_answer(session_factory) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        users.update_user(session, people.owner, people.guest.user_id, expected_version=1, is_active=False)
    for name in ("nobody", "guest"):
        with pytest.raises(AuthenticationError, match="Wrong user name or password"):
            auth.login(session_factory, name, PASSWORD)


def test_first_owner_only_once(session_factory) -> None:
    with session_factory() as session:
        assert not auth.has_users(session)
    with unit_of_work(session_factory) as session, pytest.raises(ValidationError, match="password"):
        auth.create_first_owner(session, "boss", "short")
    with unit_of_work(session_factory) as session:
        principal = auth.create_first_owner(session, "Boss", PASSWORD)
    assert principal.role.value == "owner" and principal.username == "boss"
    with pytest.raises(ServiceError, match="already exists"), unit_of_work(session_factory) as session:
        auth.create_first_owner(session, "second", PASSWORD)


def test_last_owner_cannot_be_removed(session_factory) -> None:
    people = make_people(session_factory)
    with pytest.raises(ServiceError), unit_of_work(session_factory) as session:
        users.delete_user(session, people.owner, people.owner.user_id, expected_version=1)
    with unit_of_work(session_factory) as session:
        second = users.create_user(session, people.owner, username="owner2", password=PASSWORD, role="owner")
    with pytest.raises(ValidationError, match="last active owner"), unit_of_work(session_factory) as session:
        users.update_user(session, auth.principal_for(second), people.owner.user_id, expected_version=1, role="admin")
        users.update_user(session, people.owner, second.id, expected_version=second.version, role="admin")
