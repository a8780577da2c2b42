"""The login dialog (the owner account of a new database is made by the first-run wizard, ui/first_run)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hashinsight_desktop.services import auth
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


def _t(text: str) -> str:
    """Translated in the dialogs' context (their titles are needed before the QDialog exists, so not self.tr)."""
    return QCoreApplication.translate("LoginDialogs", text)


class _CredentialsDialog(QDialog):
    logged_in = Signal(object)  # the Principal

    def __init__(self, context: AppContext, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(intro)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        set_tone(self.error, BAD_COLOR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._extra_layout = layout

    def finish_layout(self, ok_text: str) -> None:
        self._extra_layout.addWidget(self.error)
        self._extra_layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def submit(self) -> None:
        try:
            principal = self.authenticate()
        except ServiceError as exc:
            self.show_error(render_error(exc, QCoreApplication.translate))
            self.password.clear()
            self.password.setFocus()
            return
        self.context.settings.last_username = principal.username
        self.context.save_settings()
        self.logged_in.emit(principal)
        self.accept()

    def authenticate(self) -> Principal:
        raise NotImplementedError


class LoginDialog(_CredentialsDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            _t("HashInsight Desktop — log in"),
            "<b>{}</b><br>{}".format(
                _t("Log in"),
                _t("Database: {kind} · {display}").format(
                    kind=context.database.kind, display=html.escape(context.database.display)
                ),
            ),
            parent,
        )
        self.form.addRow(_t("User name"), self.username)
        self.form.addRow(_t("Password"), self.password)
        self.finish_layout(_t("Log in"))
        self.username.setText(context.settings.last_username)
        (self.password if context.settings.last_username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def authenticate(self) -> Principal:
        return auth.login(
            self.context.database.session_factory, self.username.text(), self.password.text(), clock=self.context.clock
        )
