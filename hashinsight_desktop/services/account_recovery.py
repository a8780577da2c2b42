"""Recovering a locked-out owner with direct access to the database, when no owner can log in.

Whoever may run this already holds the database: the SQLite file (writable by their OS account) or,
on PostgreSQL, the credentials of the role that owns the database (or a superuser). With those they
could rewrite the users table by hand; this makes the same act explicit, checked and audited under
the OS account that did it. Only owner accounts are recovered: a recovered owner resets the others.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import User
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.passwords import hash_password, validate_new_password
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import flush
from hashinsight_desktop.services.users import user_state


def check_direct_access(session: Session) -> None:
    """On PostgreSQL the connection must be the database's owner or a superuser (a desktop's ordinary
    role is refused); on SQLite, having opened the file for writing is the access."""
    if session.get_bind().dialect.name != "postgresql":
        return
    allowed = session.scalar(
        text(
            "SELECT pg_get_userbyid(d.datdba) = current_user OR r.rolsuper "
            "FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user"
        )
    )
    if not allowed:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors",
                (
                    "Recovery needs the credentials of the role that owns this "
                    "PostgreSQL database (or a superuser); connect with "
                    "--database-url as that role."
                ),
            )
        )


def recover_owner(
    session: Session, username: str, new_password: str, *, operator: str, clock: Clock = system_clock
) -> User:
    """Give an owner account a new password, clear its failed logins and enable it; audited as ``operator``
    (the OS account and host that ran it)."""
    check_direct_access(session)
    name = username.strip().lower()
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFound(Text(QT_TRANSLATE_NOOP("Errors", "no user named {name!r}"), name=name))
    if user.role != Role.OWNER.value:
        raise ValidationError(
            "user",
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors", ("{name} is {role}: recovery is for owner accounts (an owner resets the others)")
                ),
                name=name,
                role=user.role,
            ),
        )
    validate_new_password(new_password, user.username)
    before = user_state(user)
    user.password_hash = hash_password(new_password)
    user.failed_login_count = 0
    user.last_failed_login_at = None
    user.is_active = True
    flush(session, "user")
    audit.append(
        session,
        Principal(user_id=None, username=operator, role=Role.OWNER),
        "user.recover",
        "user",
        user.id,
        before=before,
        after=user_state(user),
        summary=Text(
            QT_TRANSLATE_NOOP(
                "Audit",
                "owner {name} recovered with direct database access by {operator}: new password, unlocked, enabled",
            ),
            name=name,
            operator=operator,
        ),
        clock=clock,
    )
    outbox.emit(session, "user.changed", "user", user.id)
    return user
