"""The start asks for the PostgreSQL password when the settings say so (no keyring to keep it: Admin → Settings,
"Ask for the password at each start"). Runs before the login, with no event loop yet: a modal dialog is fine."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit


def _t(text: str) -> str:
    return QCoreApplication.translate("DatabasePasswordPrompt", text)


def ask_database_password(display: str) -> str | None:
    """The password typed (kept in this process only), or None when the user cancelled."""
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    text, ok = QInputDialog.getText(
        None,
        _t("Database password"),
        _t("Password of the database {display}\n(asked at each start: it is not stored on this computer)").format(
            display=display
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
