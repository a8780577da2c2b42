"""The add/edit user dialog and the reset-password dialog. The services enforce every rule; the
dialogs mirror the obvious ones (which roles may be assigned, which scope a role takes) so the form
does not offer what would be refused."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services import users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.passwords import MIN_PASSWORD_LENGTH
from hashinsight_desktop.services.permissions import (
    PRIVILEGED_ROLES,
    ROLE_DESCRIPTIONS,
    Permission,
    Principal,
    Role,
)
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP
from hashinsight_desktop.ui.admin.admin_widgets import ContextFormDialog
from hashinsight_desktop.ui.admin.roles_page import role_label

Choice = tuple[uuid.UUID, str]  # (id, name) of a site or a customer account


@dataclass(frozen=True)
class UserRow:
    """One account as the page shows it (plain values: safe to keep after the session closed)."""

    id: uuid.UUID
    version: int
    username: str
    display_name: str
    role: Role
    site_ids: frozenset[uuid.UUID]
    site_names: tuple[str, ...]
    customer_id: uuid.UUID | None
    customer_name: str
    is_active: bool
    last_login_at: datetime | None
    failed_login_count: int
    email: str | None = None  # where their CRM notices are e-mailed


def assignable_roles(principal: Principal) -> list[Role]:
    """Mirrors users._require_manage: only an owner hands out owner or admin."""
    if not principal.can(Permission.USERS_MANAGE):
        return []
    return [role for role in Role if role not in PRIVILEGED_ROLES or principal.can(Permission.OWNERS_MANAGE)]


def may_manage(principal: Principal, role: Role) -> bool:
    return role in assignable_roles(principal)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UserDialog(ContextFormDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        sites: list[Choice],
        customers: list[Choice],
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("UserDialog", "Add user")
            if user is None
            else QCoreApplication.translate("UserDialog", "Edit user {name}").format(name=user.username)
        )
        super().__init__(context, title, parent)
        self._principal = principal
        self._user = user
        self.saved_user_id: uuid.UUID | None = None

        self.username = self.add_text_field(
            "username",
            self.tr("User name"),
            user.username if user else "",
            self.tr("e.g. j.smith"),
            max_length=64,
            hint="" if user else self.tr("Lower-case letters, digits, '.', '_' or '-'; cannot be changed later."),
        )
        self.username.setReadOnly(user is not None)
        if user is not None:  # a read-only line edit looks editable in Fusion: give it the window's colour
            self.username.setStyleSheet("QLineEdit { background: palette(window); }")
        self.display_name = self.add_text_field(
            "display_name",
            self.tr("Display name"),
            user.display_name if user else "",
            self.tr("e.g. Jane Smith"),
            max_length=200,
        )
        self.email = self.add_text_field(
            "email",
            self.tr("E-mail"),
            (user.email or "") if user else "",
            self.tr("e.g. j.smith@example.com"),
            max_length=254,
            hint=self.tr("Where notices of the deals they own are e-mailed; empty: in the console only."),
        )

        self.role = QComboBox()
        roles = assignable_roles(principal)
        if user is not None and user.role not in roles:
            roles.insert(0, user.role)  # shown as it is; the service refuses a change
        for role in roles:
            self.role.addItem(role_label(role), role.value)
            self.role.setItemData(self.role.count() - 1, ROLE_DESCRIPTIONS[role], Qt.ItemDataRole.ToolTipRole)
        self.role.setCurrentIndex(max(0, self.role.findData((user.role if user else Role.GUEST).value)))
        if user is not None and user.id == principal.user_id:
            self.role.setEnabled(False)
            self.role.setToolTip(self.tr("You cannot change your own role."))
        self.add_field("role", self.tr("Role"), self.role)

        self.sites = QListWidget()
        self.sites.setMaximumHeight(130)
        for site_id, name in sites:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(site_id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = user is not None and site_id in user.site_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        self.add_field(
            "sites",
            self.tr("Sites"),
            self.sites,
            "Only site managers have a site scope." if sites else "No sites yet: add them first.",
        )

        # Ids are stored as text: findData compares Python objects by identity, not by value.
        self.customer = QComboBox()
        self.customer.addItem(self.tr("Choose a customer account…"), "")
        for customer_id, name in customers:
            self.customer.addItem(name, str(customer_id))
        if user is not None and user.customer_id is not None:
            self.customer.setCurrentIndex(max(0, self.customer.findData(str(user.customer_id))))
        self.add_field("customer", self.tr("Customer"), self.customer, "Only customer users are bound to an account.")

        self.password: QLineEdit | None = None
        self.password_repeat: QLineEdit | None = None
        if user is None:
            self.password = _password_field()
            self.password.setPlaceholderText(self.tr("at least {count} characters").format(count=MIN_PASSWORD_LENGTH))
            self.add_field("password", self.tr("Password"), self.password)
            self.password_repeat = _password_field()
            self.add_field("password_repeat", self.tr("Repeat password"), self.password_repeat)

        self.role.currentIndexChanged.connect(self._enable_scope_fields)
        self._enable_scope_fields()
        (self.display_name if user else self.username).setFocus()

    def entity(self) -> str:
        return "user"

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def selected_site_ids(self) -> frozenset[uuid.UUID]:
        items = (self.sites.item(row) for row in range(self.sites.count()))
        return frozenset(
            uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def selected_customer_id(self) -> uuid.UUID | None:
        value = self.customer.currentData()
        return uuid.UUID(value) if value else None

    def _enable_scope_fields(self) -> None:
        role = self.selected_role()
        self.sites.setEnabled(role is Role.SITE_MANAGER)
        self.customer.setEnabled(role is Role.CUSTOMER)

    def check_input(self) -> None:
        if (
            self.password is not None
            and self.password_repeat is not None
            and self.password.text() != self.password_repeat.text()
        ):
            raise ValidationError("password_repeat", QT_TRANSLATE_NOOP("Errors", "does not match the password"))

    def save(self, session: Session) -> None:
        role = self.selected_role()
        # A scope that does not belong to the role is dropped, not sent: it is greyed out, not cleared.
        site_ids = self.selected_site_ids() if role is Role.SITE_MANAGER else frozenset()
        customer_id = self.selected_customer_id() if role is Role.CUSTOMER else None
        if self._user is None:
            assert self.password is not None
            user = users.create_user(
                session,
                self._principal,
                username=self.username.text(),
                password=self.password.text(),
                role=role,
                display_name=self.display_name.text(),
                site_ids=site_ids,
                customer_id=customer_id,
                email=self.email.text(),
                clock=self.context.clock,
            )
        else:
            user = users.update_user(
                session,
                self._principal,
                self._user.id,
                expected_version=self._user.version,
                display_name=self.display_name.text(),
                role=role,
                site_ids=site_ids,
                customer_id=customer_id,
                email=self.email.text(),
                clock=self.context.clock,
            )
        self.saved_user_id = user.id


class ResetPasswordDialog(ContextFormDialog):
    def __init__(self, context: AppContext, principal: Principal, user: UserRow, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ResetPasswordDialog", "Reset password of {name}").format(name=user.username)
        super().__init__(context, title, parent)
        self._principal = principal
        self._user = user
        self.password = _password_field()
        self.password.setPlaceholderText(self.tr("at least {count} characters").format(count=MIN_PASSWORD_LENGTH))
        self.add_field(
            "password",
            self.tr("New password"),
            self.password,
            "Also clears the failed-login counter. Tell the user through a safe channel.",
        )
        self.password_repeat = _password_field()
        self.add_field("password_repeat", self.tr("Repeat password"), self.password_repeat)
        self.password.setFocus()

    def entity(self) -> str:
        return "user"

    def check_input(self) -> None:
        if self.password.text() != self.password_repeat.text():
            raise ValidationError("password_repeat", QT_TRANSLATE_NOOP("Errors", "does not match the password"))

    def save(self, session: Session) -> None:
        users.set_password(session, self._principal, self._user.id, self.password.text(), clock=self.context.clock)
