"""Roles, permissions and the acting user (Principal). Services call ``require`` themselves."""

from __future__ import annotations

import getpass
import os
import socket
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.permission_actions import action_text
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    SITE_MANAGER = "site_manager"
    CUSTOMER = "customer"
    GUEST = "guest"


class Permission(StrEnum):
    USERS_READ = "users.read"
    USERS_MANAGE = "users.manage"
    OWNERS_MANAGE = "owners.manage"  # create, change or remove owner and admin accounts
    AUDIT_READ = "audit.read"
    SETTINGS_MANAGE = "settings.manage"
    SITES_MANAGE = "sites.manage"  # create, rename, delete sites
    SITES_READ = "sites.read"  # scoped for site managers
    FLEET_OPERATE = "fleet.operate"  # scoped for site managers
    CUSTOMERS_MANAGE = "customers.manage"
    CUSTOMER_PORTAL = "customer.portal"  # a customer's own miners, bills, tickets
    CATALOGUE_READ = "catalogue.read"
    CATALOGUE_EDIT = "catalogue.edit"
    CALCULATOR_USE = "calculator.use"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: _ALL,
    Role.ADMIN: _ALL - {Permission.OWNERS_MANAGE, Permission.CUSTOMER_PORTAL},
    Role.SITE_MANAGER: frozenset(
        {Permission.SITES_READ, Permission.FLEET_OPERATE, Permission.CATALOGUE_READ, Permission.CALCULATOR_USE}
    ),
    Role.CUSTOMER: frozenset({Permission.CUSTOMER_PORTAL, Permission.CATALOGUE_READ, Permission.CALCULATOR_USE}),
    Role.GUEST: frozenset({Permission.CATALOGUE_READ, Permission.CALCULATOR_USE}),
}
ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.OWNER: "Everything, including the other owners and admins",
    Role.ADMIN: "Users, sites, catalogue, settings and every module",
    Role.SITE_MANAGER: "Operates the sites in their scope",
    Role.CUSTOMER: "Sees only their own miners, bills and tickets",
    Role.GUEST: "Calculator only",
}
# Roles whose accounts only an owner may create, edit or remove.
PRIVILEGED_ROLES = frozenset({Role.OWNER, Role.ADMIN})


@dataclass(frozen=True)
class Principal:
    """The acting user, passed explicitly to every service function."""

    user_id: uuid.UUID | None
    username: str
    role: Role
    site_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    customer_id: uuid.UUID | None = None

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self.role]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def sees_all_sites(self) -> bool:
        return self.role in (Role.OWNER, Role.ADMIN)

    def can_access_site(self, site_id: uuid.UUID) -> bool:
        return self.sees_all_sites() or (self.role is Role.SITE_MANAGER and site_id in self.site_ids)


# Acts for start-up jobs (loading the catalogue, migrations); never a logged-in user.
SYSTEM = Principal(user_id=None, username="system", role=Role.OWNER)


def os_account_name() -> str:
    """The operating-system account and host running this process, as the audit log names it (``os:alice@ops1``)."""
    try:
        account = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container) and no LOGNAME
        account = f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
    return f"os:{account}@{socket.gethostname()}"[:64]


def os_account(role: Role) -> Principal:
    """Who acts where no login is involved (a command without --as, the first owner's creation)."""
    return Principal(user_id=None, username=os_account_name(), role=role)


def require(principal: Principal, permission: Permission, action: str) -> None:
    if not principal.can(permission):
        raise PermissionDenied(
            Text(
                QT_TRANSLATE_NOOP("Errors", "Your role ({value}) may not {action}."),
                value=principal.role.value,
                action=action_text(action),
            )
        )


def require_site(principal: Principal, permission: Permission, site_id: uuid.UUID, action: str) -> None:
    require(principal, permission, action)
    if not principal.can_access_site(site_id):
        raise PermissionDenied(
            Text(
                QT_TRANSLATE_NOOP("Errors", "You may not {action}: that site is outside your scope."),
                action=action_text(action),
            )
        )
