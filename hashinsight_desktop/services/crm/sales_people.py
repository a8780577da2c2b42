"""Who may own leads, deals and tasks: an active staff account (never a customer or guest login); and the address
a deal owner's notices are e-mailed to (``users.email``)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import User
from hashinsight_desktop.services import audit, users
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import ROLE_PERMISSIONS, Permission, Principal, Role, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush

OWNER_ROLES = frozenset(role for role, allowed in ROLE_PERMISSIONS.items() if Permission.CUSTOMERS_MANAGE in allowed)


def owner_for(session: Session, principal: Principal, owner_id: uuid.UUID | None, field: str = "owner") -> User:
    """The owner named, or the acting user; refused (naming ``field``) unless an active account that manages
    customers."""
    chosen = owner_id or principal.user_id
    if chosen is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "name the owner (you act without a user account)"))
    user = session.get(User, chosen)
    if user is None or not user.is_active:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "no active user account with that id"))
    if Role(user.role) not in OWNER_ROLES:
        raise ValidationError(
            field,
            Text(
                QT_TRANSLATE_NOOP("Errors", "{username} ({role}) may not own sales work"),
                username=user.username,
                role=user.role,
            ),
        )
    return user


def display_name(user: User) -> str:
    return user.display_name or user.username


# What lists read of an owner: the name columns alone (a User row would load its site scopes too).
OWNER_NAME = (User.username, User.display_name)


def owner_label(username: str, display: str | None) -> str:
    return display or username


def set_notice_email(
    session: Session,
    principal: Principal,
    user_id: uuid.UUID,
    email: str | None,
    *,
    expected_version: int | None,
    clock: Clock = system_clock,
) -> User:
    """Where a user's CRM notices are e-mailed (None or "": console only). Anyone sets their own; another
    user's needs USERS_MANAGE. Audited as a change of the user."""
    if user_id != principal.user_id:
        require(principal, Permission.USERS_MANAGE, "change another user's e-mail address")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That user account no longer exists."))
    check_version("user", user.version, expected_version)
    new = users.notice_email(email)
    if new == user.email:
        return user
    before = {"email": user.email}
    user.email = new
    flush(session, "user")
    audit.append(
        session,
        principal,
        "user.update",
        "user",
        user.id,
        before=before,
        after={"email": new},
        summary=(
            Text(QT_TRANSLATE_NOOP("Audit", "{username}: CRM notices to {email}"), username=user.username, email=new)
            if new
            else Text(QT_TRANSLATE_NOOP("Audit", "{username}: CRM notices in the console only"), username=user.username)
        ),
        clock=clock,
    )
    return user
