"""The Roles page: which role may do what (read-only: roles are fixed in services.permissions),
and how many accounts hold each role."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services import users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.code_labels import ROLES
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import ROLE_DESCRIPTIONS, ROLE_PERMISSIONS, Permission, Principal, Role
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work

Index = QModelIndex | QPersistentModelIndex

ROLE_LABELS: dict[Role, str] = {role: ROLES[role.value] for role in Role}  # the audit's summaries quote them too
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.USERS_READ: QT_TRANSLATE_NOOP("Roles", "See users"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("Roles", "Manage users"),
    Permission.OWNERS_MANAGE: QT_TRANSLATE_NOOP("Roles", "Manage owner and admin accounts"),
    Permission.AUDIT_READ: QT_TRANSLATE_NOOP("Roles", "Read the audit log"),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("Roles", "Change settings"),
    Permission.SITES_MANAGE: QT_TRANSLATE_NOOP("Roles", "Create, rename and delete sites"),
    Permission.SITES_READ: QT_TRANSLATE_NOOP("Roles", "See sites (a site manager: their own)"),
    Permission.FLEET_OPERATE: QT_TRANSLATE_NOOP("Roles", "Operate miners (a site manager: their sites)"),
    Permission.CUSTOMERS_MANAGE: QT_TRANSLATE_NOOP("Roles", "Manage customer accounts"),
    Permission.CUSTOMER_PORTAL: QT_TRANSLATE_NOOP("Roles", "Customer portal (own miners, bills, tickets)"),
    Permission.CATALOGUE_READ: QT_TRANSLATE_NOOP("Roles", "See the miner catalogue"),
    Permission.CATALOGUE_EDIT: QT_TRANSLATE_NOOP("Roles", "Edit the miner catalogue"),
    Permission.CALCULATOR_USE: QT_TRANSLATE_NOOP("Roles", "Use the calculator"),
}
CHECK_MARK = "✓"


def role_label(role: str | Role) -> str:
    try:
        label = ROLE_LABELS[Role(role)]
    except ValueError:
        return str(role)
    return QCoreApplication.translate("Roles", label)  # QT_TRANSLATE_NOOP in ROLE_LABELS


def permission_label(permission: Permission) -> str:
    return QCoreApplication.translate("Roles", PERMISSION_LABELS[permission])  # QT_TRANSLATE_NOOP in PERMISSION_LABELS


class RolePermissionModel(QAbstractTableModel):
    """One row per permission, one column per role; a cell holds a check mark if the role has it."""

    GRANTED_ROLE = Qt.ItemDataRole.UserRole + 1  # bool, for tests and exports

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permissions = list(Permission)
        self._roles = list(Role)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._permissions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def permission(self, row: int) -> Permission:
        return self._permissions[row]

    def role(self, column: int) -> Role:
        return self._roles[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        granted = self._permissions[index.row()] in ROLE_PERMISSIONS[self._roles[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return CHECK_MARK if granted else ""
        if role == self.GRANTED_ROLE:
            return granted
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and granted:  # the theme's accent, readable on both themes
            return QApplication.palette().color(QPalette.ColorRole.Highlight)
        if role == Qt.ItemDataRole.FontRole and granted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = (
                QCoreApplication.translate("Roles", "{role} may: {permission}")
                if granted
                else QCoreApplication.translate("Roles", "{role} may not: {permission}")
            )
            permission = permission_label(self._permissions[index.row()])
            return tip.format(role=role_label(self._roles[index.column()]), permission=permission.lower())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("Roles", "yes") if granted else QCoreApplication.translate("Roles", "no")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return role_label(self._roles[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return ROLE_DESCRIPTIONS[self._roles[section]]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return permission_label(self._permissions[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._permissions[section].value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


def role_counts_text(counts: Counter[str]) -> str:
    return "   ·   ".join(f"{role_label(role)}: {counts.get(role.value, 0)}" for role in ROLE_LABELS)


class RolesPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.model = RolePermissionModel(self)
        self.view = QTableView()
        self.view.setObjectName("rolesMatrix")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setHighlightSections(False)
        # As tall as its rows and no taller, so the counts sit right under the matrix.
        self.view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        intro = QLabel(
            self.tr(
                "What each role may do. Roles are built in; give a user a role on the Users page. "
                "Hover over a role for its description."
            )
        )
        intro.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("roleCounts")
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Count the users in each role again (F5)"))
        refresh.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence("F5"), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)

        footer = QHBoxLayout()
        footer.addWidget(QLabel(self.tr("<b>Users per role</b>")))
        footer.addWidget(self.counts_label, 1)
        footer.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addLayout(footer)
        layout.addStretch(1)
        self.counts: Counter[str] = Counter()
        self.refresh()

    def refresh(self) -> None:
        try:
            with unit_of_work(self._context.database.session_factory, "user") as session:
                counts = Counter(user.role for user in users.list_users(session, self._principal))
        except ServiceError as exc:
            self.counts_label.setText(render_error(exc, QCoreApplication.translate))
            return
        except SQLAlchemyError:
            self.counts_label.setText(self.tr("The database cannot be reached; press Refresh to try again."))
            return
        self.counts = counts
        self.counts_label.setText(role_counts_text(counts))
