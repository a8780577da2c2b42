"""What the composition root hands to every front end (tabs, CLI commands, workers)."""

from __future__ import annotations

from dataclasses import dataclass

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore


@dataclass
class AppContext:
    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings
    database: Database
    secrets: SecretStore
    clock: Clock = system_clock

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)
