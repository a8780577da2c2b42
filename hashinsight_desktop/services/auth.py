"""Login with throttling of repeated failures, and the first owner account."""

from __future__ import annotations

import functools
import logging
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import User
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import AuthenticationError, LoginThrottled, ServiceError
from hashinsight_desktop.services.passwords import hash_password, needs_rehash, verify_password
from hashinsight_desktop.services.permissions import Principal, Role, os_account
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3  # failures allowed before each further attempt must wait
MAX_DELAY_S = 300.0


@functools.cache
def _dummy_hash() -> str:
    """Hashed when first needed, not at import (half a second of the console's start)."""
    return hash_password("not-a-real-password-used-for-timing")


def throttle_delay_s(failed_count: int) -> float:
    """Seconds to wait after the last failure: 0 for the first few, then doubling, capped."""
    if failed_count < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failed_count - FREE_ATTEMPTS + 1), MAX_DELAY_S))


def login_wait_s(user: User, now: datetime) -> float:
    """Seconds before this user's next login may be tried (0: not locked)."""
    if not user.failed_login_count or user.last_failed_login_at is None:
        return 0.0
    elapsed = (now - user.last_failed_login_at).total_seconds()
    return max(0.0, throttle_delay_s(user.failed_login_count) - elapsed)


def principal_for(user: User) -> Principal:
    return Principal(
        user_id=user.id,
        username=user.username,
        role=Role(user.role),
        site_ids=user.site_ids,
        customer_id=user.customer_id,
    )


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def _record_attempt(session: Session, user: User, values: dict[str, object]) -> None:
    """Login bookkeeping is a plain UPDATE, not an ORM change: it must not bump the row's version,
    or an admin editing this user while they log in would get a false "changed by someone else"."""
    session.execute(update(User).where(User.id == user.id).values(**values))
    session.refresh(user)


def login(
    session_factory: sessionmaker[Session], username: str, password: str, *, clock: Clock = system_clock
) -> Principal:
    """Check the password. One transaction, committed on failure too, so the failed attempt
    (counter, time and audit record) is kept even though this raises."""
    failure: AuthenticationError | None = None
    with session_factory() as session, session.begin():
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None or not user.is_active:
            verify_password(_dummy_hash(), password)  # same cost as a real check: no user-name oracle
            log.warning("failed login for unknown or disabled user %r", username)
            raise AuthenticationError(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
        now = clock()
        wait = login_wait_s(user, now)
        if wait > 0:
            log.warning("login for %r refused: throttled for %.0f s more", user.username, wait)
            raise LoginThrottled(wait)
        if verify_password(user.password_hash, password):
            bookkeeping: dict[str, object] = {"failed_login_count": 0, "last_login_at": now}
            if needs_rehash(user.password_hash):
                bookkeeping["password_hash"] = hash_password(password)
            _record_attempt(session, user, bookkeeping)
            principal = principal_for(user)
            audit.append(session, principal, "auth.login", "user", user.id, clock=clock)
            log.info("user %r logged in as %s", user.username, user.role)
            return principal
        _record_attempt(session, user, {"failed_login_count": user.failed_login_count + 1, "last_failed_login_at": now})
        audit.append(
            session,
            principal_for(user),
            "auth.login_failed",
            "user",
            user.id,
            summary=Text(QT_TRANSLATE_NOOP("Audit", "failed login #{count}"), count=user.failed_login_count),
            clock=clock,
        )
        log.warning("failed login for %r (%d in a row)", user.username, user.failed_login_count)
        failure = AuthenticationError("Wrong user name or password.")
    raise failure


def logout(session: Session, principal: Principal, *, clock: Clock = system_clock) -> None:
    """The end of a console session (log out, switch user), beside its login in the audit log."""
    if principal.user_id is not None:
        audit.append(session, principal, "auth.logout", "user", principal.user_id, clock=clock)
    log.info("user %r logged out", principal.username)


def create_first_owner(
    session: Session,
    username: str,
    password: str,
    display_name: str = "",
    *,
    email: str | None = None,
    clock: Clock = system_clock,
) -> Principal:
    """The first start creates the owner account; refused once any account exists. Nobody is logged in yet:
    the audit log names the operating-system account that did it."""
    from hashinsight_desktop.services import users

    if has_users(session):
        raise ServiceError(
            QT_TRANSLATE_NOOP("Errors", "An owner account already exists: log in and add users from the Admin tab.")
        )
    user = users.create_user(
        session,
        os_account(Role.OWNER),
        username=username,
        password=password,
        role=Role.OWNER,
        display_name=display_name,
        email=email,
        clock=clock,
    )
    return principal_for(user)
