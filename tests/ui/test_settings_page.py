"""The settings page: database choice (password to the keyring only), connection test, theme, files."""

from __future__ import annotations

import asyncio
import json

import keyring.errors
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import Database, password_key
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import DATABASE_URL_ENV, SettingsStore
from hashinsight_desktop.ui.admin.settings_page import SettingsPage, strip_password
from tests.support.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.gui
PASSWORD = "Sup3r-s3cret-pw"


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")


@pytest.fixture
def page(qtbot, qasync_loop, context: AppContext, owner: Principal) -> SettingsPage:  # type: ignore[no-untyped-def]
    widget = SettingsPage(context, owner)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def restore_theme(qapp):  # type: ignore[no-untyped-def]
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("hashinsight_theme", None)


def fill_postgres(page: SettingsPage, host: str, port: int, password: str, database: str = "farm") -> None:
    page.postgres_radio.setChecked(True)
    page.host.setText(host)
    page.port.setValue(port)
    page.database_name.setText(database)
    page.user.setText("ops")
    page.password.setText(password)


def run_test_connection(loop: asyncio.AbstractEventLoop, page: SettingsPage) -> str:
    page.test_button.click()
    assert not page.test_button.isEnabled() and not page.save_button.isEnabled()
    assert page.test_task is not None
    loop.run_until_complete(asyncio.wait_for(page.test_task, timeout=2.5))
    assert page.test_task is None and page.test_button.isEnabled()
    return page.result_label.text()


def test_shows_current_connection_and_its_source(page: SettingsPage, database: Database) -> None:
    assert database.kind in page.current_label.text()
    assert database.display in page.current_label.text()
    assert "from test" in page.current_label.text()
    assert not page.env_note.isVisibleTo(page)
    assert page.password.echoMode() == page.password.EchoMode.Password
    assert str(AppPaths.default().log_dir) in [label.text() for label in page.findChildren(type(page.result_label))]
    assert "MemoryKeyring" in page.keyring_label.text()
    assert "kept in the OS keyring (tests.support.memory_keyring.MemoryKeyring)" in page.footnote.text()  # as above


def test_save_keeps_the_password_out_of_the_settings_file(page: SettingsPage, context: AppContext) -> None:
    fill_postgres(page, "db.farm.local", 5433, PASSWORD)
    page.save_button.click()

    saved_text = context.paths.settings_file.read_text("utf-8")
    assert PASSWORD not in saved_text
    saved_url = json.loads(saved_text)["database_url"]
    assert saved_url == "postgresql+psycopg://ops@db.farm.local:5433/farm"
    assert context.secrets.get(password_key(make_url(saved_url))) == PASSWORD
    assert "next start" in page.result_label.text()
    assert PASSWORD not in page.result_label.text()
    assert page.password.text() == ""


def test_keyring_failure_saves_nothing(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    context.secrets = SecretStore(RefusingKeyring())
    page = SettingsPage(context, owner)
    qtbot.addWidget(page)
    fill_postgres(page, "db.farm.local", 5432, PASSWORD)
    page.save_button.click()
    assert page.result_label.text().startswith("Not saved: the password could not be stored.")
    assert "keyring is locked" in page.result_label.text()
    assert not context.paths.settings_file.exists()
    assert context.settings.database_url == ""


def test_missing_host_is_named(page: SettingsPage, context: AppContext) -> None:
    fill_postgres(page, "", 5432, PASSWORD)
    page.save_button.click()
    assert page.result_label.text() == "Host: is required for a PostgreSQL server"
    assert not context.paths.settings_file.exists()


def test_connection_to_a_wrong_port_fails_in_one_clear_line(qasync_loop, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    fill_postgres(page, "127.0.0.1", 1, PASSWORD)
    line = run_test_connection(qasync_loop, page)
    assert line.startswith("✘ cannot open database postgresql+psycopg://ops:***@127.0.0.1:1/farm")
    assert "refused" in line.lower()
    assert "Traceback" not in line and "\n" not in line
    assert PASSWORD not in line


def test_connection_to_the_current_database_succeeds(qasync_loop, page: SettingsPage, database: Database) -> None:  # type: ignore[no-untyped-def]
    if database.kind == "PostgreSQL":  # the form has no password: the test must use the keyring's
        page.password.clear()
        page._context.secrets.set(password_key(strip_password(database.url)), database.url.password or "")
    line = run_test_connection(qasync_loop, page)
    assert line.startswith(f"✔ Connected to {database.kind} "), line


def test_wrong_password_is_reported_without_the_password(qasync_loop, page: SettingsPage, database: Database) -> None:  # type: ignore[no-untyped-def]
    if database.kind != "PostgreSQL":
        pytest.skip("SQLite has no password")
    fill_postgres(page, database.url.host or "", database.url.port or 5432, PASSWORD, database.url.database or "")
    page.user.setText(database.url.username or "")
    line = run_test_connection(qasync_loop, page)
    assert line.startswith("✘ ") and "password authentication failed" in line
    assert PASSWORD not in line


def test_theme_change_applies_and_persists(page: SettingsPage, context: AppContext, restore_theme) -> None:  # type: ignore[no-untyped-def]
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    assert QApplication.instance().property("hashinsight_theme") == "dark"
    assert SettingsStore(context.paths.settings_file).load().theme == "dark"


def test_guest_sees_the_database_read_only_but_may_change_theme(qtbot, context: AppContext, restore_theme) -> None:  # type: ignore[no-untyped-def]
    guest = Principal(user_id=None, username="visitor", role=Role.GUEST)
    page = SettingsPage(context, guest)
    qtbot.addWidget(page)
    for widget in (page.save_button, page.test_button, page.host, page.sqlite_path, page.postgres_radio):
        assert not widget.isEnabled()
    assert page.read_only_note.isVisibleTo(page)
    assert page.theme_combo.isEnabled()
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    assert SettingsStore(context.paths.settings_file).load().theme == "dark"


def test_environment_override_is_announced(qtbot, context: AppContext, owner: Principal, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(DATABASE_URL_ENV, "sqlite:////tmp/elsewhere.sqlite3")
    page = SettingsPage(context, owner)
    qtbot.addWidget(page)
    assert page.env_note.isVisibleTo(page)
    assert "overrides the saved setting" in page.env_note.text()
    page.sqlite_radio.setChecked(True)
    page.sqlite_path.setText("/tmp/farm.sqlite3")
    page.save_button.click()
    assert json.loads(context.paths.settings_file.read_text("utf-8"))["database_url"] == "sqlite:////tmp/farm.sqlite3"
    assert f"{DATABASE_URL_ENV} still overrides it" in page.result_label.text()


def test_api_key_goes_to_the_keyring_only(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.market_data.providers import COINGECKO_API_KEY

    page = SettingsPage(context, owner)
    qtbot.addWidget(page)
    row = page.api_keys.rows[COINGECKO_API_KEY]
    assert row.state.text() == "not set"
    row.field.setText("CG-secret-key-123")
    row.save()
    assert context.secrets.get(COINGECKO_API_KEY) == "CG-secret-key-123"
    assert row.field.text() == "" and row.state.text().startswith("stored in the OS keyring")
    settings_text = context.paths.settings_file.read_text() if context.paths.settings_file.exists() else ""
    assert "CG-secret" not in settings_text
    row.remove()
    assert context.secrets.get(COINGECKO_API_KEY) is None and row.state.text() == "not set"
