"""User administration: accounts, roles, site scopes, passwords."""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Site, User, UserSiteScope
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import ROLES, in_sentence
from hashinsight_desktop.services.crm.crm_mail import clean_recipients
from hashinsight_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.passwords import hash_password, validate_new_password, verify_password
from hashinsight_desktop.services.permission_actions import ROLE_ACCOUNTS
from hashinsight_desktop.services.permissions import PRIVILEGED_ROLES, Permission, Principal, Role, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import optional_text

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_UNSET: Any = object()


def user_state(user: User) -> dict[str, Any]:
    """What the audit digest covers (never the password hash)."""
    return {
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "role": user.role,
        "customer_id": str(user.customer_id) if user.customer_id else None,
        "is_active": user.is_active,
        "site_ids": sorted(str(s) for s in user.site_ids),
        "version": user.version,
    }


def list_users(session: Session, principal: Principal) -> list[User]:
    require(principal, Permission.USERS_READ, "see the user list")
    return list(session.scalars(select(User).order_by(User.username)))


def get_user(session: Session, principal: Principal, user_id: uuid.UUID) -> User:
    if principal.user_id != user_id:
        require(principal, Permission.USERS_READ, "see other users")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That user no longer exists."))
    return user


def notice_email(value: str | None) -> str | None:
    """The one address a user's CRM notices go to (a deal they own), checked; None or blank: console only."""
    address = (value or "").strip()
    if not address:
        return None
    if len(address) > 254:
        raise ValidationError("email", QT_TRANSLATE_NOOP("Errors", "must be at most 254 characters"))
    addresses = clean_recipients(address, "email")
    if len(addresses) > 1:
        raise ValidationError(
            "email",
            Text(QT_TRANSLATE_NOOP("Errors", "one address only, not {n_addresses}"), n_addresses=len(addresses)),
        )
    return addresses[0]


def _require_manage(principal: Principal, role: Role) -> None:
    require(principal, Permission.USERS_MANAGE, "manage users")
    if role in PRIVILEGED_ROLES:
        require(principal, Permission.OWNERS_MANAGE, ROLE_ACCOUNTS[role.value])


def _parse_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(
            "role",
            Text(
                QT_TRANSLATE_NOOP("Errors", "unknown role {role!r}; one of {value}"),
                role=role,
                value=", ".join(r.value for r in Role),
            ),
        ) from None


def _check_scope(session: Session, role: Role, site_ids: frozenset[uuid.UUID], customer_id: uuid.UUID | None) -> None:
    if role is Role.CUSTOMER:
        if customer_id is None:
            raise ValidationError(
                "customer", QT_TRANSLATE_NOOP("Errors", "a customer user must be bound to a customer account")
            )
        if session.get(Customer, customer_id) is None:
            raise ValidationError("customer", QT_TRANSLATE_NOOP("Errors", "no such customer account"))
    elif customer_id is not None:
        raise ValidationError(
            "customer", QT_TRANSLATE_NOOP("Errors", "only customer users are bound to a customer account")
        )
    if site_ids and role is not Role.SITE_MANAGER:
        raise ValidationError(
            "sites", QT_TRANSLATE_NOOP("Errors", "only site managers have a site scope (the others see all or none)")
        )
    if site_ids:
        known = set(session.scalars(select(Site.id).where(Site.id.in_(site_ids))))
        if missing := site_ids - known:
            raise ValidationError(
                "sites",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{n_missing} of the chosen sites no longer exist"),
                    n_missing=len(missing),
                ),
            )


def _set_scopes(user: User, site_ids: frozenset[uuid.UUID]) -> None:
    current = {scope.site_id: scope for scope in user.site_scopes}
    for site_id in set(current) - site_ids:
        user.site_scopes.remove(current[site_id])
    for site_id in site_ids - set(current):
        user.site_scopes.append(UserSiteScope(site_id=site_id))


def create_user(
    session: Session,
    principal: Principal,
    *,
    username: str,
    password: str,
    role: str | Role,
    display_name: str = "",
    site_ids: frozenset[uuid.UUID] = frozenset(),
    customer_id: uuid.UUID | None = None,
    email: str | None = None,
    clock: Clock = system_clock,
) -> User:
    role = _parse_role(role)
    _require_manage(principal, role)
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "username", QT_TRANSLATE_NOOP("Errors", "3–64 characters: lower-case letters, digits, '.', '_' or '-'")
        )
    if session.scalar(select(func.count()).select_from(User).where(User.username == username)):
        raise ValidationError(
            "username", Text(QT_TRANSLATE_NOOP("Errors", "{username!r} is already taken"), username=username)
        )
    validate_new_password(password, username)
    site_ids = frozenset(site_ids)
    _check_scope(session, role, site_ids, customer_id)
    user = User(
        username=username,
        display_name=optional_text("display_name", display_name, 200),
        email=notice_email(email),
        password_hash=hash_password(password),
        role=role.value,
        customer_id=customer_id,
    )
    _set_scopes(user, site_ids)
    session.add(user)
    flush(session, "user", unique_field="username")
    audit.append(
        session,
        principal,
        "user.create",
        "user",
        user.id,
        after=user_state(user),
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "created {username} ({role})"),
            username=username,
            role=in_sentence(ROLES, role.value),
        ),
        clock=clock,
    )
    outbox.emit(session, "user.changed", "user", user.id)
    return user


def update_user(
    session: Session,
    principal: Principal,
    user_id: uuid.UUID,
    *,
    expected_version: int,
    display_name: str | None = None,
    role: str | Role | None = None,
    site_ids: frozenset[uuid.UUID] | None = None,
    customer_id: uuid.UUID | None = _UNSET,
    is_active: bool | None = None,
    email: str | None = _UNSET,
    clock: Clock = system_clock,
) -> User:
    """``email``: where their CRM notices go ("" or None: console only; left out: unchanged)."""
    user = get_user(session, principal, user_id)
    only_own_name = (
        user.id == principal.user_id
        and role is None
        and site_ids is None
        and (customer_id is _UNSET and is_active is None)
    )
    if not only_own_name:  # anyone may change their own display name and notice address
        _require_manage(principal, Role(user.role))
    check_version("user", user.version, expected_version)
    new_role = _parse_role(role) if role is not None else Role(user.role)
    if not only_own_name:
        _require_manage(principal, new_role)
    before = user_state(user)
    new_sites = (
        frozenset(site_ids)
        if site_ids is not None
        else (user.site_ids if new_role is Role.SITE_MANAGER else frozenset())
    )
    new_customer = user.customer_id if customer_id is _UNSET else customer_id
    if new_role is not Role.CUSTOMER and customer_id is _UNSET:
        new_customer = None
    _check_scope(session, new_role, new_sites, new_customer)
    if user.id == principal.user_id and (new_role != Role(user.role) or is_active is False):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "You may not change your own role or disable your own account.")
        )
    if Role(user.role) is Role.OWNER and (new_role is not Role.OWNER or is_active is False):
        _ensure_another_owner(session, user)
    if display_name is not None:
        user.display_name = optional_text("display_name", display_name, 200)
    if email is not _UNSET:
        user.email = notice_email(email)
    user.role = new_role.value
    user.customer_id = new_customer
    _set_scopes(user, new_sites)
    if is_active is not None:
        user.is_active = is_active
    flush(session, "user")
    if user_state(user) == before:
        return user  # nothing changed: no audit record, no event
    audit.append(
        session,
        principal,
        "user.update",
        "user",
        user.id,
        before=before,
        after=user_state(user),
        summary=Text(QT_TRANSLATE_NOOP("Audit", "updated {username}"), username=user.username),
        clock=clock,
    )
    outbox.emit(session, "user.changed", "user", user.id)
    return user


def _ensure_another_owner(session: Session, user: User) -> None:
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.OWNER.value, User.is_active.is_(True), User.id != user.id)
    )
    if not others:
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("Errors", "the last active owner cannot be removed, demoted or disabled")
        )


def set_password(
    session: Session,
    principal: Principal,
    user_id: uuid.UUID,
    new_password: str,
    *,
    clock: Clock = system_clock,
) -> None:
    user = get_user(session, principal, user_id)
    if user.id != principal.user_id:
        _require_manage(principal, Role(user.role))
    validate_new_password(new_password, user.username)
    # A plain UPDATE: a password reset must not make an open edit of this user stale.
    session.execute(
        update(User).where(User.id == user.id).values(password_hash=hash_password(new_password), failed_login_count=0)
    )
    audit.append(
        session,
        principal,
        "user.password",
        "user",
        user.id,
        summary=Text(QT_TRANSLATE_NOOP("Audit", "password changed for {username}"), username=user.username),
        clock=clock,
    )


def change_own_password(
    session: Session,
    principal: Principal,
    current_password: str,
    new_password: str,
    *,
    clock: Clock = system_clock,
) -> None:
    """The logged-in user's own change: the current password first, so an unattended console cannot be used
    to take the account over."""
    if principal.user_id is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "This session has no account of its own to change."))
    user = get_user(session, principal, principal.user_id)
    if not verify_password(user.password_hash, current_password):
        raise ValidationError("current_password", QT_TRANSLATE_NOOP("Errors", "is not your current password"))
    if new_password == current_password:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "is the same as the current one"))
    set_password(session, principal, user.id, new_password, clock=clock)


def find_user(session: Session, principal: Principal, username: str) -> User:
    """A user by name (as typed: trimmed, any case); the command line names users this way."""
    require(principal, Permission.USERS_READ, "see other users")
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound(Text(QT_TRANSLATE_NOOP("Errors", "no user named {value!r}"), value=username.strip().lower()))
    return user


def unlock_user(session: Session, principal: Principal, user_id: uuid.UUID, *, clock: Clock = system_clock) -> bool:
    """Clear the failed-login counter, so the next login need not wait; False when there was nothing to clear."""
    user = get_user(session, principal, user_id)
    _require_manage(principal, Role(user.role))
    if not user.failed_login_count:
        return False
    count = user.failed_login_count
    # A plain UPDATE, as for a login: unlocking must not make an open edit of this user stale.
    session.execute(update(User).where(User.id == user.id).values(failed_login_count=0, last_failed_login_at=None))
    audit.append(
        session,
        principal,
        "user.unlock",
        "user",
        user.id,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "unlocked {username} after {count} failed logins"),
            username=user.username,
            count=count,
        ),
        clock=clock,
    )
    return True


def delete_user(
    session: Session,
    principal: Principal,
    user_id: uuid.UUID,
    *,
    expected_version: int,
    clock: Clock = system_clock,
) -> None:
    user = get_user(session, principal, user_id)
    _require_manage(principal, Role(user.role))
    check_version("user", user.version, expected_version)
    if user.id == principal.user_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "You may not delete your own account."))
    if Role(user.role) is Role.OWNER:
        _ensure_another_owner(session, user)
    before = user_state(user)
    session.delete(user)
    flush(session, "user")
    audit.append(
        session,
        principal,
        "user.delete",
        "user",
        user_id,
        before=before,
        summary=Text(QT_TRANSLATE_NOOP("Audit", "deleted {username}"), username=user.username),
        clock=clock,
    )
    outbox.emit(session, "user.changed", "user", user_id)
