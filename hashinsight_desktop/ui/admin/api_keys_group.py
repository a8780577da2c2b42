"""API keys of the market data providers, kept in the OS keyring (the value is never shown again); with no keyring
the fields are off and store nothing (the settings page's keyring line, above the groups, says why)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.market_data.providers import COINGECKO_API_KEY
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.secret_store import SecretStoreError
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, tone_color

# (keyring entry, label, hint) for every provider that takes a key
API_KEYS = (
    (
        COINGECKO_API_KEY,
        "CoinGecko",
        QT_TRANSLATE_NOOP("ApiKeysGroup", "optional demo key; raises the free rate limit"),
    ),
)


class ApiKeyRow(QWidget):
    def __init__(self, context: AppContext, entry: str, hint: str, editable: bool) -> None:
        super().__init__()
        self._context = context
        self.entry = entry
        shown_hint = QCoreApplication.translate("ApiKeysGroup", hint)  # QT_TRANSLATE_NOOP in API_KEYS
        self.field = QLineEdit(placeholderText=shown_hint)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self.tr("Save"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.state = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.state)
        for widget in (self.field, self.save_button, self.remove_button):
            widget.setEnabled(editable)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.field.returnPressed.connect(self.save)
        self.refresh()

    def _show(self, text: str, tone: str) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {tone_color(self, tone)};")

    def refresh(self) -> None:
        secrets = self._context.secrets
        if secrets.status().kind == "none":  # the page's keyring line says why
            self._show(self.tr("cannot be stored here"), BAD_COLOR)
            return
        try:
            stored = secrets.get(self.entry) is not None
        except SecretStoreError as exc:
            self._show(render_error(exc, QCoreApplication.translate)[:80], BAD_COLOR)
            return
        self._show(secrets.stored_where() if stored else self.tr("not set"), OK_COLOR if stored else "")

    def save(self) -> None:
        key = self.field.text().strip()
        if not key:
            self._show("type the key first", BAD_COLOR)
            return
        try:
            self._context.secrets.set(self.entry, key)
        except SecretStoreError as exc:
            self._show(QCoreApplication.translate("ApiKeyRow", "not saved: {error}").format(error=exc)[:120], BAD_COLOR)
            return
        self.field.clear()
        self.refresh()

    def remove(self) -> None:
        try:
            self._context.secrets.delete(self.entry)
        except SecretStoreError as exc:
            self._show(
                QCoreApplication.translate("ApiKeyRow", "not removed: {error}").format(error=exc)[:120], BAD_COLOR
            )
            return
        self.refresh()


class ApiKeysGroup(QGroupBox):
    def __init__(self, context: AppContext, principal: Principal) -> None:
        super().__init__(self.tr("Market data API keys"))
        form = QFormLayout(self)  # the page's keyring line, above the groups, says where keys go
        # With no keyring nothing could be kept: the fields are off rather than failing after the user typed.
        editable = principal.can(Permission.SETTINGS_MANAGE) and context.secrets.status().kind != "none"
        self.rows = {entry: ApiKeyRow(context, entry, hint, editable) for entry, _label, hint in API_KEYS}
        for entry, label, _hint in API_KEYS:
            form.addRow(f"{label}:", self.rows[entry])
