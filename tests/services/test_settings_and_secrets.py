"""Typed settings file with a schema version, secrets only in a real keyring, no secret in a log line."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import keyring.backend
import pytest

from hashinsight_desktop.services.database import open_database, password_key
from hashinsight_desktop.services.logging_setup import configure_logging, redact
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.settings import (
    SETTINGS_SCHEMA_VERSION,
    Settings,
    SettingsError,
    SettingsStore,
    choose_database_url,
)
from tests.support.memory_keyring import MemoryKeyring


def test_paths_follow_hashinsight_home(app_home: Path) -> None:
    paths = AppPaths.default().ensure()
    assert paths.data_dir == app_home / "data" and paths.log_dir.is_dir()
    assert paths.default_database.parent == paths.data_dir


def test_settings_round_trip_with_schema_version(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    store.save(Settings(theme="dark", database_url="postgresql://ops@db.farm:5432/hashinsight"))
    raw = json.loads((tmp_path / "settings.json").read_text())
    assert raw["schema_version"] == SETTINGS_SCHEMA_VERSION
    assert store.load().theme == "dark"


def test_settings_from_a_newer_version_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": SETTINGS_SCHEMA_VERSION + 1}))
    with pytest.raises(SettingsError, match="newer version"):
        SettingsStore(path).load()
    path.write_text("{not json")
    with pytest.raises(SettingsError, match="cannot read settings"):
        SettingsStore(path).load()


def test_database_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    default = tmp_path / "db.sqlite3"
    settings = Settings(database_url="sqlite:///from-settings.db")
    assert choose_database_url(None, Settings(), default) == (f"sqlite:///{default}", "default")
    assert choose_database_url(None, settings, default)[1] == "settings"
    monkeypatch.setenv("HASHINSIGHT_DATABASE_URL", "sqlite:///from-env.db")
    assert choose_database_url(None, settings, default) == ("sqlite:///from-env.db", "HASHINSIGHT_DATABASE_URL")
    assert choose_database_url("sqlite:///cli.db", settings, default)[1] == "--database-url"


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's file backend of the same name."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must never be called")

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_plaintext_keyring_is_refused() -> None:
    store = SecretStore(PlaintextKeyring())
    with pytest.raises(SecretStoreError, match="no secure keyring"):
        store.set("database:x", "s3cret")


def test_secret_store_round_trip(secrets: SecretStore) -> None:
    secrets.set("exchange:kraken", "k3y")
    assert secrets.get("exchange:kraken") == "k3y"
    secrets.delete("exchange:kraken")
    secrets.delete("exchange:kraken")  # deleting twice is fine
    assert secrets.get("exchange:kraken") is None


def test_postgres_password_comes_from_the_keyring(pg_server_url: str, caplog: pytest.LogCaptureFixture) -> None:
    from sqlalchemy.engine import make_url

    full = make_url(pg_server_url)
    without_password = full.set(password=None)
    store = SecretStore(MemoryKeyring())
    store.set(password_key(without_password), full.password)
    caplog.set_level(logging.DEBUG)
    db = open_database(without_password.render_as_string(hide_password=False), store, run_migrations=False)
    assert db.ping()
    db.close()
    assert full.password not in caplog.text


def test_log_file_never_holds_a_secret(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, "test")
    log = logging.getLogger("hashinsight_desktop.test")
    log.warning("connecting to %s", "postgresql://ops:hunter2hunter2@db:5432/farm")
    log.warning("api_key=%s and password: %s", "AKIA-SECRET-1", "pw-secret-2")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "connecting to postgresql://ops:***@db:5432/farm" in text
    for secret in ("hunter2hunter2", "AKIA-SECRET-1", "pw-secret-2"):
        assert secret not in text
    assert redact("nothing secret here") == "nothing secret here"


def test_password_key_ignores_password_driver_and_default_port() -> None:
    keys = {
        password_key("postgresql://ops@db.farm/hashinsight"),
        password_key("postgresql+psycopg://ops:s3cret@db.farm:5432/hashinsight"),
    }
    assert keys == {"database:postgresql+psycopg://ops@db.farm:5432/hashinsight"}
    assert password_key("postgresql://ops@db.farm:6543/hashinsight") not in keys
