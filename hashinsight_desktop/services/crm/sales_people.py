"""Who may own leads, deals and tasks: an active staff account (never a customer or guest login)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import User
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import ROLE_PERMISSIONS, Permission, Principal, Role

OWNER_ROLES = frozenset(role for role, allowed in ROLE_PERMISSIONS.items() if Permission.CUSTOMERS_MANAGE in allowed)


def owner_for(session: Session, principal: Principal, owner_id: uuid.UUID | None, field: str = "owner") -> User:
    """The owner named, or the acting user; refused (naming ``field``) unless an active account that manages
    customers."""
    chosen = owner_id or principal.user_id
    if chosen is None:
        raise ValidationError(field, "name the owner (you act without a user account)")
    user = session.get(User, chosen)
    if user is None or not user.is_active:
        raise ValidationError(field, "no active user account with that id")
    if Role(user.role) not in OWNER_ROLES:
        raise ValidationError(field, f"{user.username} ({user.role}) may not own sales work")
    return user


def display_name(user: User) -> str:
    return user.display_name or user.username


# What lists read of an owner: the name columns alone (a User row would load its site scopes too).
OWNER_NAME = (User.username, User.display_name)


def owner_label(username: str, display: str | None) -> str:
    return display or username
