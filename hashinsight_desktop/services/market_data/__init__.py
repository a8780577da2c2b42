"""Market data (BTC price, difficulty, hashrate, fees, …) from public APIs with fallback, caching,
snapshots in the database and manual overrides. Qt-free; async over httpx."""

from hashinsight_desktop.services.market_data.providers import (
    COINGECKO_API_KEY,
    BlockchainInfoProvider,
    CoinGeckoProvider,
    MarketDataProvider,
    MempoolSpaceProvider,
    ProviderError,
    RequestPolicy,
    default_providers,
)
from hashinsight_desktop.services.market_data.quantities import (
    CLI_FLAGS,
    LABELS,
    MANUAL_SOURCE,
    MarketDataUnavailable,
    MarketValue,
    Quantity,
    describe_sources,
)
from hashinsight_desktop.services.market_data.service import (
    DEFAULT_TTL_S,
    MarketDataService,
    fetch_market_values,
    latest_snapshots,
    remember_manual,
)

__all__ = [
    "CLI_FLAGS",
    "COINGECKO_API_KEY",
    "DEFAULT_TTL_S",
    "LABELS",
    "MANUAL_SOURCE",
    "BlockchainInfoProvider",
    "CoinGeckoProvider",
    "MarketDataProvider",
    "MarketDataService",
    "MarketDataUnavailable",
    "MarketValue",
    "MempoolSpaceProvider",
    "ProviderError",
    "Quantity",
    "RequestPolicy",
    "default_providers",
    "describe_sources",
    "fetch_market_values",
    "latest_snapshots",
    "remember_manual",
]
