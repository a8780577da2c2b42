"""Where a secret typed here goes, said where secrets are typed: the OS keyring, this session only, or nowhere and
why. One label for every such place (Admin → Settings: database password and API keys; Fleet: Miner logins; the
notification channels' SMTP password), so none of them claims a secret was stored when it was not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from hashinsight_desktop.services.secret_store import KeyringStatus, SecretStore
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone


def _t(text: str) -> str:
    return QCoreApplication.translate("KeyringStatus", text)


def keyring_status_text(status: KeyringStatus) -> str:
    if status.kind == "keyring":
        return _t("Secrets typed here are stored in the OS keyring ({where}).").format(where=status.where)
    if status.kind == "session":
        return _t("Secrets typed here are kept for this session only and lost when the program exits ({why}).").format(
            why=render(status.reason, QCoreApplication.translate)  # the demo's reason is a marked text
        )
    return _t(
        "This computer has no secure keyring (found {found}): secrets typed here cannot be stored, and nothing "
        "is saved in their place. Install or unlock one: GNOME Keyring or KWallet (Secret Service), macOS Keychain, "
        "Windows Credential Manager."
    ).format(found=status.where)


class KeyringStatusLabel(QLabel):
    """A line above a secret's field; its tone warns when nothing would be kept. ``refresh()`` reads the keyring
    again (after the user unlocked or installed one)."""

    def __init__(self, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = self.refresh()

    def refresh(self) -> KeyringStatus:
        self.status = self._secrets.status()
        self.setText(keyring_status_text(self.status))
        set_tone(self, None if self.status.persistent else (NOTE_COLOR if self.status.kind == "session" else BAD_COLOR))
        return self.status

    @property
    def persistent(self) -> bool:
        return self.status.persistent
