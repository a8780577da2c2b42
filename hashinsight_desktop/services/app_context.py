"""What the composition root hands to every front end (tabs, CLI commands, workers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore

if TYPE_CHECKING:
    import httpx

    from hashinsight_desktop.services.market_data import MarketDataService


@dataclass
class AppContext:
    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings
    database: Database
    secrets: SecretStore
    clock: Clock = system_clock
    _market_data: MarketDataService | None = field(default=None, init=False, repr=False)
    _http: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def market_data(self) -> MarketDataService:
        """One market data service (and HTTP client) for the whole process, made on first use;
        its cache starts from the stored snapshots so an offline start shows the last known values."""
        if self._market_data is None:
            import httpx

            from hashinsight_desktop import APP_NAME, __version__
            from hashinsight_desktop.services.market_data import MarketDataService, latest_snapshots

            self._http = httpx.AsyncClient(headers={"User-Agent": f"{APP_NAME}/{__version__}"})
            self._market_data = MarketDataService(
                self._http, self.database.session_factory, clock=self.clock, secrets=self.secrets
            )
            self._market_data.seed_cache(latest_snapshots(self.database.session_factory))
        return self._market_data

    async def aclose(self) -> None:
        """Release what the process holds (call on the event loop before it stops)."""
        if self._market_data is not None:
            await self._market_data.aclose()
            self._market_data = None
        if self._http is not None:
            await self._http.aclose()
            self._http = None
