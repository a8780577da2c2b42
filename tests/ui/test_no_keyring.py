"""A computer with no keyring: the places secrets are typed say so, nothing claims a secret was stored, and the
database password can be asked at each start instead (the setting, then the start asking for it)."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.engine import make_url

from hashinsight_desktop.app import build_context
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import DatabaseUnavailable, open_database
from hashinsight_desktop.services.market_data.providers import COINGECKO_API_KEY
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore
from hashinsight_desktop.ui.admin.settings_page import SettingsPage, strip_password

pytestmark = pytest.mark.gui
NO_KEYRING = SecretStore(keyring.backends.fail.Keyring())


@pytest.fixture
def page(qtbot, context: AppContext, owner: Principal) -> SettingsPage:  # type: ignore[no-untyped-def]
    context.secrets = NO_KEYRING
    widget = SettingsPage(context, owner)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_settings_say_there_is_no_keyring_and_store_nothing(page: SettingsPage, context: AppContext) -> None:
    assert "no secure keyring" in page.keyring_label.text() and "cannot be stored" in page.keyring_label.text()
    assert not page.keyring_label.persistent
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert sum("no secure keyring" in text for text in texts) == 1  # said once, above the secrets; not per field
    footnote = page.footnote.text()  # says what really happens, not "kept in the system keyring"
    assert "cannot be kept here (no keyring)" in footnote and "kept in the" not in footnote
    row = page.api_keys.rows[COINGECKO_API_KEY]
    assert not row.field.isEnabled() and not row.save_button.isEnabled()
    assert row.state.text() == "cannot be stored here"
    assert "tick" in page.password.placeholderText()

    page.postgres_radio.setChecked(True)
    page.host.setText("db.farm.local")
    page.database_name.setText("farm")
    page.user.setText("ops")
    page.password.setText("pg-secret-pw")
    page.save_button.click()
    assert page.result_label.text().startswith("Not saved: this computer has no keyring to keep the password")
    assert not context.paths.settings_file.exists()

    page.ask_password_check.setChecked(True)
    page.save_button.click()
    assert "not stored: it is asked at each start" in page.result_label.text()
    assert "stored in" not in page.result_label.text().replace("not stored", "")
    saved = json.loads(context.paths.settings_file.read_text())
    assert saved["ask_database_password"] is True and "pg-secret-pw" not in json.dumps(saved)


@pytest.mark.parametrize("empty_database_url", ["postgresql"], indirect=True)
def test_the_start_asks_for_the_database_password_when_the_settings_say_so(empty_database_url: str) -> None:
    full = make_url(empty_database_url)
    bare = strip_password(full).render_as_string(hide_password=False)
    paths = AppPaths.default().ensure()
    SettingsStore(paths.settings_file).save(Settings(database_url=bare, ask_database_password=True))
    asked: list[str] = []

    def type_it(display: str) -> str | None:
        asked.append(display)
        return full.password

    context = build_context(None, process_name="test", secrets=NO_KEYRING, ask_password=type_it)
    try:
        assert context.database.ping()
    finally:
        context.database.close()
    assert len(asked) == 1 and full.host in asked[0] and (full.password or "") not in asked[0]
    with pytest.raises(DatabaseUnavailable, match="no password given"):
        open_database(bare, NO_KEYRING, run_migrations=False, ask_password=lambda _display: None)


def test_the_demo_keeps_secrets_for_its_session_and_says_so(tmp_path: Path) -> None:
    store = SecretStore.for_this_session("the demo's throwaway logins")
    store.set("api:coingecko", "k3y")
    assert store.get("api:coingecko") == "k3y"
    assert store.status().kind == "session" and not store.status().persistent
    assert store.stored_where() == "kept for this session only (lost when the program exits)"


def test_the_console_asks_in_a_dialog(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from hashinsight_desktop.ui.database_password_prompt import ask_database_password

    seen: list[str] = []

    def answer(text: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, lambda: answer(text))  # not open yet
            return
        seen.append(dialog.labelText())
        assert dialog.textEchoMode() == dialog.textEchoMode().Password
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    QTimer.singleShot(0, lambda: answer("typed-pw"))
    assert ask_database_password("postgresql+psycopg://ops@db:5432/farm") == "typed-pw"
    QTimer.singleShot(0, lambda: answer(None))
    assert ask_database_password("postgresql+psycopg://ops@db:5432/farm") is None
    assert "ops@db:5432/farm" in seen[0] and "not stored on this computer" in seen[0]
