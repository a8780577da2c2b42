"""File → Change password…: the logged-in user changes their own password (the current one first)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services import users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.passwords import MIN_PASSWORD_LENGTH
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.admin.admin_widgets import ContextFormDialog


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChangePasswordDialog(ContextFormDialog):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Change password — %1").replace("%1", principal.username), parent)
        self._principal = principal
        self.current = _password_field()
        self.current.setObjectName("currentPassword")
        self.add_field("current_password", self.tr("Current password"), self.current)
        self.password = _password_field()
        self.password.setObjectName("newPassword")
        self.password.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSWORD_LENGTH))
        self.add_field("password", self.tr("New password"), self.password)
        self.password_repeat = _password_field()
        self.password_repeat.setObjectName("repeatPassword")
        self.add_field("password_repeat", self.tr("Repeat password"), self.password_repeat)
        self.current.setFocus()

    def entity(self) -> str:
        return "user"

    def check_input(self) -> None:
        if self.password.text() != self.password_repeat.text():
            raise ValidationError("password_repeat", self.tr("does not match the new password"))

    def save(self, session: Session) -> None:
        users.change_own_password(
            session, self._principal, self.current.text(), self.password.text(), clock=self.context.clock
        )
