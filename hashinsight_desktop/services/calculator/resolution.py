"""Where each calculator input comes from: the user, the catalogue, market data or a default."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services.calculator.difficulty_trend import DEFAULT_GROWTH, GrowthEstimate
from hashinsight_desktop.services.calculator.inputs import DEFAULTS, CalculatorInputs
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.market_data import MarketValue, Quantity
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# Calculator field ← market quantity; network hashrate only feeds the second (hashrate-share) estimate.
MARKET_FIELDS: dict[str, Quantity] = {
    "btc_price_usd": Quantity.BTC_PRICE_USD,
    "difficulty": Quantity.DIFFICULTY,
    "fees_per_block_btc": Quantity.FEES_PER_BLOCK_BTC,
    "block_height": Quantity.BLOCK_HEIGHT,
    "network_hashrate_ehs": Quantity.NETWORK_HASHRATE_EHS,
}
REQUIRED_MARKET = tuple(q for f, q in MARKET_FIELDS.items() if f != "network_hashrate_ehs")

# Where an input came from, in the reader's language by render() (the JSON and the history keep the English)
USER = Text(QT_TRANSLATE_NOOP("Sources", "user"))
DEFAULT = Text(QT_TRANSLATE_NOOP("Sources", "default"))


@dataclass(frozen=True)
class InputSource:
    value: Any
    # "user", "catalogue: Bitmain Antminer S21", "default", "coingecko", "last known (mempool.space)": English by str()
    source: str | Text
    age_s: float | None = None  # for market values: how old the value was when used

    def as_dict(self) -> dict[str, Any]:
        value = float(self.value) if isinstance(self.value, Decimal) else self.value
        age = None if self.age_s is None else round(self.age_s, 1)
        return {"value": value, "source": str(self.source), "age_s": age}


def market_quantities_needed(given: Mapping[str, object]) -> list[Quantity]:
    """The market quantities the user did not type in (network hashrate is always wanted, optional)."""
    return [q for field, q in MARKET_FIELDS.items() if given.get(field) in (None, "")]


def resolve_inputs(
    given: Mapping[str, object],
    model: MinerModel | None,
    market: Mapping[Quantity, MarketValue],
    now: datetime,
    growth: GrowthEstimate = DEFAULT_GROWTH,
) -> tuple[CalculatorInputs, dict[str, InputSource]]:
    """Merge what the user gave with the model's figures and market data; note each value's source.
    Difficulty growth not given is ``growth``: measured over the stored history, or the stated default."""
    raw: dict[str, object] = {}
    sources: dict[str, InputSource] = {}

    def take(field: str, value: object, source: InputSource) -> None:
        raw[field] = value
        sources[field] = source

    for field, value in given.items():
        if value not in (None, ""):
            take(field, value, InputSource(value, USER))
    if model is not None:
        label = Text(QT_TRANSLATE_NOOP("Sources", "catalogue: {model}"), model=f"{model.manufacturer} {model.name}")
        for field in ("hashrate_ths", "power_w"):
            if field not in raw:
                take(field, getattr(model, field), InputSource(getattr(model, field), label))
        raw.setdefault("model_name", f"{model.manufacturer} {model.name}")
    elif "hashrate_ths" not in raw or "power_w" not in raw:
        raise ValidationError(
            "model", QT_TRANSLATE_NOOP("Errors", "choose a catalogue model, or give both hashrate_ths and power_w")
        )
    for field, quantity in MARKET_FIELDS.items():
        if field in raw:
            continue
        found = market.get(quantity)
        if found is not None:
            source = last_known(found.source) if found.stale else found.source
            take(field, found.value, InputSource(found.value, source, found.age_s(now)))
    if "growth_pct_month" not in raw:
        take("growth_pct_month", growth.pct_month, InputSource(growth.pct_month, growth_source(growth)))
    for field, default in DEFAULTS.items():
        if field not in raw:
            take(field, default, InputSource(default, DEFAULT))
    inputs = CalculatorInputs.parse(raw)
    # Report the values as used (parsed, typed), not as typed.
    used = {field: replace(source, value=getattr(inputs, field)) for field, source in sources.items()}
    return inputs, used


def growth_source(growth: GrowthEstimate) -> Text:
    if growth.days is None:
        return DEFAULT
    return Text(QT_TRANSLATE_NOOP("Sources", "measured over {days:,} days of stored difficulty"), days=growth.days)


def last_known(source: str) -> Text:
    """A stored value stands in for a live one: its provider named."""
    return Text(QT_TRANSLATE_NOOP("Sources", "last known ({source})"), source=source)


def sources_as_dict(sources: Mapping[str, InputSource]) -> dict[str, dict[str, Any]]:
    return {field: source.as_dict() for field, source in sorted(sources.items())}
