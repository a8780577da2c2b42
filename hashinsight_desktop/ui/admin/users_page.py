"""The Users page: every account with its role and scope, and the actions an admin takes on them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services import sites, users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.admin_widgets import RecordTable, database_error_text, run_action
from hashinsight_desktop.ui.admin.roles_page import ROLE_LABELS, role_label
from hashinsight_desktop.ui.admin.user_dialog import Choice, ResetPasswordDialog, UserDialog, UserRow, may_manage
from hashinsight_desktop.ui.common import Column, FilterProxy, RecordTableModel, confirm, show_error

Index = QModelIndex | QPersistentModelIndex
COL_USERNAME, COL_DISPLAY, COL_ROLE, COL_SITES, COL_CUSTOMER, COL_ACTIVE, COL_LAST_LOGIN, COL_FAILED = range(8)
Dialog = TypeVar("Dialog", UserDialog, ResetPasswordDialog)


def _local_time(moment: datetime | None) -> str:
    return (
        moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else QCoreApplication.translate("UsersPage", "never")
    )


def _active_text(user: UserRow) -> str:
    return (
        QCoreApplication.translate("UsersPage", "Yes")
        if user.is_active
        else QCoreApplication.translate("UsersPage", "No")
    )


def _sites_text(user: UserRow) -> str:
    if user.role in (Role.OWNER, Role.ADMIN):
        return QCoreApplication.translate("UsersPage", "all sites")
    return ", ".join(user.site_names) if user.role is Role.SITE_MANAGER else ""


USER_COLUMNS: list[Column[UserRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "User name"), lambda u: u.username),
    Column(QT_TRANSLATE_NOOP("Columns", "Display name"), lambda u: u.display_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: role_label(u.role)),
    Column(QT_TRANSLATE_NOOP("Columns", "Sites"), _sites_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda u: u.customer_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Active"), _active_text),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Last login"),
        lambda u: _local_time(u.last_login_at),
        lambda u: u.last_login_at.timestamp() if u.last_login_at else 0.0,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Failed logins"), lambda u: u.failed_login_count, align_right=True),
]


class UserTableModel(RecordTableModel[UserRow]):
    """Disabled accounts are greyed out, so they stand apart without reading the Active column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(USER_COLUMNS, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not self.record(index.row()).is_active:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return super().data(index, role)


class UserFilterProxy(FilterProxy):
    """The text filter over every column, narrowed to one role when the role combo says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role: Role | None = None

    def set_role(self, role: Role | None) -> None:
        self.beginFilterChange()
        self._role = role
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._role is not None and isinstance(model, UserTableModel) and model.record(source_row).role != self._role:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def load_user_rows(session: Session, principal: Principal) -> tuple[list[UserRow], list[Choice], list[Choice]]:
    """Users with their site and customer names resolved, plus the choices the user dialog offers."""
    site_choices = (
        [(s.id, s.name) for s in sites.list_sites(session, principal)] if principal.can(Permission.SITES_READ) else []
    )
    customer_choices = (
        [(c.id, c.name) for c in customers.list_customers(session, principal)]
        if principal.can(Permission.CUSTOMERS_MANAGE)
        else []
    )
    site_names, customer_names = dict(site_choices), dict(customer_choices)
    rows = [
        UserRow(
            id=user.id,
            version=user.version,
            username=user.username,
            display_name=user.display_name,
            role=Role(user.role),
            site_ids=user.site_ids,
            site_names=tuple(sorted(site_names.get(site_id, "?") for site_id in user.site_ids)),
            customer_id=user.customer_id,
            customer_name=customer_names.get(user.customer_id, "") if user.customer_id else "",
            is_active=user.is_active,
            last_login_at=user.last_login_at,
            failed_login_count=user.failed_login_count,
            email=user.email,
        )
        for user in users.list_users(session, principal)
    ]
    return rows, site_choices, customer_choices


class UsersPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._can_manage = principal.can(Permission.USERS_MANAGE)
        self._site_choices: list[Choice] = []
        self._customer_choices: list[Choice] = []

        self.model = UserTableModel(self)
        self.proxy = UserFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTable("No users yet.")
        self.view.setObjectName("usersTable")
        self.view.setModel(self.proxy)
        self.view.sortByColumn(COL_USERNAME, Qt.SortOrder.AscendingOrder)
        resize = QHeaderView.ResizeMode
        self.view.set_resize_modes(
            {
                COL_USERNAME: resize.ResizeToContents,
                COL_DISPLAY: resize.Stretch,
                COL_ROLE: resize.ResizeToContents,
                COL_SITES: resize.Stretch,
                COL_CUSTOMER: resize.ResizeToContents,
                COL_ACTIVE: resize.ResizeToContents,
                COL_LAST_LOGIN: resize.ResizeToContents,
                COL_FAILED: resize.ResizeToContents,
            }
        )
        # The last column is a small count: a stretched one would strand it at the far right edge.
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter users…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_text_filter)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in ROLE_LABELS:
            self.role_filter.addItem(role_label(role), role.value)
        self.role_filter.currentIndexChanged.connect(self._apply_role_filter)

        self.add_button = self._button(self.tr("Add…"), self.tr("Create an account"), self.add_user)
        self.edit_button = self._button(
            self.tr("Edit…"), self.tr("Change the selected account (or double-click it)"), self.edit_selected
        )
        self.password_button = self._button(
            self.tr("Reset password…"), self.tr("Set a new password for the selected account"), self.reset_password
        )
        self.active_button = self._button(
            self.tr("Disable"), self.tr("Disable or re-enable the selected account"), self.toggle_active
        )
        self.unlock_button = self._button(
            self.tr("Unlock"),
            self.tr("Clear the failed logins of the selected account, so its next login need not wait"),
            self.unlock,
        )
        self.delete_button = self._button(
            self.tr("Delete…"), self.tr("Delete the selected account"), self.delete_selected
        )
        self.refresh_button = self._button(self.tr("Refresh"), self.tr("Read the list again (F5)"), self.refresh)
        self.status_label = QLabel()
        self.status_label.setObjectName("usersStatus")

        for key, slot in (("Ctrl+F", self._focus_filter), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.role_filter)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.password_button,
            self.active_button,
            self.unlock_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- data

    def refresh(self) -> None:
        selected = self.selected_user()
        try:
            with unit_of_work(self._context.database.session_factory, "user") as session:
                rows, self._site_choices, self._customer_choices = load_user_rows(session, self._principal)
        except ServiceError as exc:
            self.model.set_records([])
            self.view.set_empty_text(str(exc))
        except SQLAlchemyError as exc:  # keep the last list read, and say it may be stale
            show_error(
                self,
                self.tr("Database error"),
                database_error_text(exc, self.tr("read the users")) + self.tr("\nPress F5 to try again."),
            )
        else:
            self.model.set_records(rows)
            self.view.set_empty_text(self.tr("No users yet.") if not rows else self.tr("No user matches the filter."))
            if selected is not None:
                self.view.select_where(lambda row: row.id == selected.id)
        self._update_status()
        self._update_buttons()

    def selected_user(self) -> UserRow | None:
        record = self.view.selected_record()
        return record if isinstance(record, UserRow) else None

    def _apply_text_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_status()

    def _apply_role_filter(self) -> None:
        value = self.role_filter.currentData()
        self.proxy.set_role(Role(value) if value else None)
        self._update_status()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _update_status(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 user") if total == 1 else self.tr("{total} users").format(total=total)
        elif total == 1:
            text = self.tr("{shown} of 1 user").format(shown=shown)
        else:
            text = self.tr("{shown} of {total} users").format(shown=shown, total=total)
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        may_edit = self._can_manage and user is not None and may_manage(self._principal, user.role)
        is_self = user is not None and user.id == self._principal.user_id
        self.add_button.setEnabled(self._can_manage)
        self.edit_button.setEnabled(may_edit)
        self.password_button.setEnabled(may_edit or (user is not None and is_self))
        self.active_button.setEnabled(may_edit and not is_self)
        self.active_button.setText(self.tr("Enable") if user is not None and not user.is_active else self.tr("Disable"))
        self.unlock_button.setEnabled(may_edit and user is not None and user.failed_login_count > 0)
        self.delete_button.setEnabled(may_edit and not is_self)
        if not self._can_manage:
            self.add_button.setToolTip(
                self.tr("Your role ({role}) may not manage users.").format(role=self._principal.role.value)
            )

    # -- actions (each one transaction; the services check permissions again)

    def _show_stale(self, message: str) -> None:
        show_error(self, self.tr("Not saved"), message)
        self.refresh()

    def _open(self, dialog: Dialog) -> Dialog:
        dialog.on_stale = self._show_stale
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: UserDialog | ResetPasswordDialog) -> None:
        saved = dialog.saved_user_id if isinstance(dialog, UserDialog) else None
        self.refresh()
        if saved is not None:  # a new account: show it, wherever it sorts
            self.view.select_where(lambda row: row.id == saved)

    def add_user(self) -> UserDialog | None:
        if not self._can_manage:
            return None
        return self._open(
            UserDialog(self._context, self._principal, self._site_choices, self._customer_choices, None, self)
        )

    def edit_selected(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None or not self.edit_button.isEnabled():
            return None
        return self._open(
            UserDialog(self._context, self._principal, self._site_choices, self._customer_choices, user, self)
        )

    def reset_password(self) -> ResetPasswordDialog | None:
        user = self.selected_user()
        if user is None or not self.password_button.isEnabled():
            return None
        return self._open(ResetPasswordDialog(self._context, self._principal, user, self))

    def toggle_active(self) -> bool:
        user = self.selected_user()
        if user is None or not self.active_button.isEnabled():
            return False
        return run_action(
            self,
            self._context,
            "user",
            lambda session: users.update_user(
                session,
                self._principal,
                user.id,
                expected_version=user.version,
                is_active=not user.is_active,
                clock=self._context.clock,
            ),
            self.refresh,
        )

    def unlock(self) -> bool:
        user = self.selected_user()
        if user is None or not self.unlock_button.isEnabled():
            return False

        def unlock(session: Session) -> None:
            users.unlock_user(session, self._principal, user.id, clock=self._context.clock)

        return run_action(self, self._context, "user", unlock, self.refresh)

    def delete_selected(self) -> QMessageBox | None:
        user = self.selected_user()
        if user is None or not self.delete_button.isEnabled():
            return None

        def delete() -> None:
            run_action(
                self,
                self._context,
                "user",
                lambda session: users.delete_user(
                    session, self._principal, user.id, expected_version=user.version, clock=self._context.clock
                ),
                self.refresh,
            )

        return confirm(
            self,
            self.tr("Delete user"),
            self.tr(
                "Delete the account {name}? It cannot be undone; disabling keeps the history "
                "readable and can be reversed."
            ).format(name=user.username),
            delete,
        )
