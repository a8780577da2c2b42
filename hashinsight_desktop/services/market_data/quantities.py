"""The market quantities the console needs, and one fetched (or remembered) value of one of them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text


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


def describe_sources(values: Iterable[MarketValue], now: datetime) -> str:
    """``mempool.space (3 h ago), manual (typed 2 d ago)``: each source with its oldest value's age."""
    oldest: dict[str, float] = {}
    for value in values:
        oldest[value.source] = max(oldest.get(value.source, 0.0), value.age_s(now))
    return ", ".join(
        f"{source} ({'typed ' if source == MANUAL_SOURCE else ''}{format_age(age)})"
        for source, age in sorted(oldest.items())
    )


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
    """No value at all for some quantities; the message says what really happened — offline (nothing
    asked), or which providers were asked and why each failed — and names the flag to pass."""

    def __init__(
        self,
        quantity: Quantity,
        *more: Quantity,
        failures: Mapping[str, str | Text] | None = None,
        offline: bool = False,
    ) -> None:
        self.quantities: tuple[Quantity, ...] = (quantity, *more)
        self.quantity = quantity
        self.failures: dict[str, str | Text] = dict(failures or {})
        self.offline = offline
        self.names = ", ".join(LABELS[q] for q in self.quantities)
        flags = " and ".join(CLI_FLAGS[q] for q in self.quantities)
        reason: str | Text
        if offline:
            reason = QT_TRANSLATE_NOOP("Errors", "offline, so no provider was asked, and no earlier value is stored")
        elif self.failures:
            failed = QT_TRANSLATE_NOOP("Errors", "{name} failed: {reason}")
            asked = Joined(
                QT_TRANSLATE_NOOP("Errors", "; "), [Text(failed, name=n, reason=r) for n, r in self.failures.items()]
            )
            reason = Text(QT_TRANSLATE_NOOP("Errors", "{asked}; and no earlier value is stored"), asked=asked)
        else:
            reason = QT_TRANSLATE_NOOP("Errors", "no provider could be asked for it and no earlier value is stored")
        self.reason = str(reason)
        self.reason_text = reason  # the reason in the reader's language by render
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP("Errors", "No {names} available: {reason}. Pass {flags} to give the value by hand."),
                names=self.names,
                reason=reason,
                flags=flags,
            )
        )
