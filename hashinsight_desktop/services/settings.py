"""The typed settings file (JSON, with its own schema version) and the database URL rules."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from hashinsight_desktop.services.errors import TextError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

SETTINGS_SCHEMA_VERSION = 1
DATABASE_URL_ENV = "HASHINSIGHT_DATABASE_URL"
THEMES = ("light", "dark")
DEFAULT_LEASE_S = 15.0  # a fenced role's lease (services.cluster.roles): a silent leader is replaced after it


class SettingsError(TextError):
    pass


@dataclass
class Settings:
    schema_version: int = SETTINGS_SCHEMA_VERSION
    # Never holds a password: that lives in the OS keyring (SecretStore), keyed by this URL.
    database_url: str = ""
    theme: str = "light"
    language: str = ""  # "en" or "zh_CN"; empty: the computer's language (services.languages)
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""
    current_tab: str = ""  # the module's key (ui/modules.py) the main window opens on
    last_username: str = ""
    # No password in the keyring: the start asks for the PostgreSQL password each time (Admin → Settings).
    ask_database_password: bool = False
    # How long a fenced role (a site's poller or curtailment executor) stays with a leader that stopped renewing.
    lease_s: float = DEFAULT_LEASE_S
    extra: dict[str, Any] = field(default_factory=dict)  # later modules' settings, by module key


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Upgrade older settings files step by step (none yet: version 1 is the first)."""
    version = int(raw.get("schema_version", 1))
    if version > SETTINGS_SCHEMA_VERSION:
        newer = QT_TRANSLATE_NOOP(
            "Errors", "settings file is from a newer version (schema {version}); this program reads up to {newest}"
        )
        raise SettingsError(Text(newer, version=version, newest=SETTINGS_SCHEMA_VERSION))
    raw["schema_version"] = SETTINGS_SCHEMA_VERSION
    return raw


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        if not self.path.exists():
            return Settings()
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            cannot = QT_TRANSLATE_NOOP("Errors", "cannot read settings file {path}: {error}")
            raise SettingsError(Text(cannot, path=self.path, error=str(exc))) from exc
        if not isinstance(raw, dict):
            raise SettingsError(
                Text(QT_TRANSLATE_NOOP("Errors", "settings file {path} is not a JSON object"), path=self.path)
            )
        raw = _migrate(raw)
        known = {f.name for f in fields(Settings)}
        unknown = set(raw) - known
        if unknown:
            log.warning("ignoring unknown settings %s in %s", sorted(unknown), self.path)
        settings = Settings(**{k: v for k, v in raw.items() if k in known})
        if settings.theme not in THEMES:
            settings.theme = "light"
        if isinstance(settings.lease_s, bool) or not isinstance(settings.lease_s, int | float) or settings.lease_s < 1:
            log.warning(
                "settings: lease_s %r ignored (seconds, at least 1); using %s", settings.lease_s, DEFAULT_LEASE_S
            )
            settings.lease_s = DEFAULT_LEASE_S
        return settings

    def save(self, settings: Settings) -> None:
        """Atomic: a crash mid-write leaves the old file, never half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2, sort_keys=True)
        os.replace(tmp, self.path)


def choose_database_url(cli_url: str | None, settings: Settings, default_sqlite: Path) -> tuple[str, str]:
    """The URL to use and where it came from: --database-url, then the environment, then settings."""
    if cli_url:
        return cli_url, "--database-url"
    env_url = os.environ.get(DATABASE_URL_ENV)
    if env_url:
        return env_url, DATABASE_URL_ENV
    if settings.database_url:
        return settings.database_url, "settings"
    return f"sqlite:///{default_sqlite}", "default"
