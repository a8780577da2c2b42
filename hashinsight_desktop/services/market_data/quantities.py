"""The market quantities the console needs, and one fetched (or remembered) value of one of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from hashinsight_desktop.services.errors import ServiceError


class Quantity(StrEnum):
    BTC_PRICE_USD = "btc_price_usd"
    DIFFICULTY = "difficulty"
    NETWORK_HASHRATE_EHS = "network_hashrate_ehs"
    BLOCK_HEIGHT = "block_height"
    FEES_PER_BLOCK_BTC = "fees_per_block_btc"  # mean transaction fees per recent block, subsidy excluded
    NEXT_DIFFICULTY_CHANGE_PCT = "next_difficulty_change_pct"
    BLOCKS_TO_RETARGET = "blocks_to_retarget"


LABELS: dict[Quantity, str] = {
    Quantity.BTC_PRICE_USD: "BTC price (USD)",
    Quantity.DIFFICULTY: "network difficulty",
    Quantity.NETWORK_HASHRATE_EHS: "network hashrate (EH/s)",
    Quantity.BLOCK_HEIGHT: "block height",
    Quantity.FEES_PER_BLOCK_BTC: "fees per block (BTC)",
    Quantity.NEXT_DIFFICULTY_CHANGE_PCT: "next difficulty change (%)",
    Quantity.BLOCKS_TO_RETARGET: "blocks to the next retarget",
}

# The command-line flag that sets each quantity by hand when no provider and no stored value has it.
CLI_FLAGS: dict[Quantity, str] = {
    Quantity.BTC_PRICE_USD: "--btc-price",
    Quantity.DIFFICULTY: "--difficulty",
    Quantity.NETWORK_HASHRATE_EHS: "--network-hashrate",
    Quantity.BLOCK_HEIGHT: "--block-height",
    Quantity.FEES_PER_BLOCK_BTC: "--fees-per-block",
    Quantity.NEXT_DIFFICULTY_CHANGE_PCT: "--difficulty-change",
    Quantity.BLOCKS_TO_RETARGET: "--blocks-to-retarget",
}

MANUAL_SOURCE = "manual"


def format_age(seconds: float) -> str:
    """``"45 s ago"``, ``"3 min ago"``, ``"2 h ago"``, ``"4 d ago"``."""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s ago"
    if s < 3600:
        return f"{s // 60} min ago"
    if s < 48 * 3600:
        return f"{s // 3600} h ago"
    return f"{s // 86400} d ago"


@dataclass(frozen=True)
class MarketValue:
    quantity: Quantity
    value: Decimal
    source: str  # provider name, or "manual"
    fetched_at: datetime  # UTC, timezone-aware
    stale: bool  # older than its time-to-live, or the last known value because every provider failed

    def age_s(self, now: datetime) -> float:
        return max(0.0, (now - self.fetched_at).total_seconds())

    def describe(self, now: datetime) -> str:
        """Where the value comes from, for a tooltip: ``"coingecko, 3 min ago"`` or
        ``"last known (mempool.space, 2 h ago)"``."""
        text = f"{self.source}, {format_age(self.age_s(now))}"
        return f"last known ({text})" if self.stale else text


class MarketDataUnavailable(ServiceError):
    """No provider answered and no earlier value is stored; the message names the flag to pass."""

    def __init__(self, quantity: Quantity, *more: Quantity) -> None:
        self.quantities: tuple[Quantity, ...] = (quantity, *more)
        self.quantity = quantity
        names = ", ".join(LABELS[q] for q in self.quantities)
        flags = " and ".join(CLI_FLAGS[q] for q in self.quantities)
        super().__init__(
            f"No {names} available: every market data provider failed and no earlier value is stored. "
            f"Check the network connection, or pass {flags} to give the value by hand."
        )
