"""Network snapshots through the calculator's own providers (mempool.space, then Blockchain.info for what it
did not give): the same documented replies, parsing and validation as the calculator uses."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import httpx

from hashinsight_desktop.services.market_data.providers import (
    BlockchainInfoProvider,
    MarketDataProvider,
    MempoolSpaceProvider,
    ProviderError,
    RequestPolicy,
)
from hashinsight_desktop.services.market_data.quantities import Quantity

log = logging.getLogger(__name__)

WANTED = (
    Quantity.DIFFICULTY,
    Quantity.NETWORK_HASHRATE_EHS,
    Quantity.FEES_PER_BLOCK_BTC,
    Quantity.NEXT_DIFFICULTY_CHANGE_PCT,
    Quantity.BLOCKS_TO_RETARGET,
)
POLICY = RequestPolicy(timeout_s=6.0, retries=1)  # a 15-minute job: one retry, then the next round


@dataclass(frozen=True)
class Network:
    values: dict[Quantity, Decimal]
    sources: tuple[str, ...]  # the providers that gave at least one value
    failures: tuple[str, ...]  # "provider: reason"


def default_providers() -> list[MarketDataProvider]:
    return [MempoolSpaceProvider(), BlockchainInfoProvider()]


async def fetch_network(
    client: httpx.AsyncClient,
    providers: Sequence[MarketDataProvider] | None = None,
    *,
    policy: RequestPolicy = POLICY,
) -> Network:
    """Each quantity from the first provider that has it; never raises (failures listed)."""
    values: dict[Quantity, Decimal] = {}
    sources: list[str] = []
    failures: list[str] = []
    for provider in providers if providers is not None else default_providers():
        missing = [q for q in WANTED if q not in values and q in provider.provides]
        if not missing:
            continue
        try:
            got = await provider.fetch(client, missing, policy=policy)
        except ProviderError as exc:
            got = exc.partial
            failures.append(f"{provider.name}: {exc.reason}")
        except Exception as exc:  # one provider's surprise must not lose the other's values
            log.warning("%s: %s", provider.name, exc)
            got = {}
            failures.append(f"{provider.name}: {type(exc).__name__}")
        if got:
            sources.append(provider.name)
            values.update(got)
    return Network(values, tuple(sources), tuple(failures))
