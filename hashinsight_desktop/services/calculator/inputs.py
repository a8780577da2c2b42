"""Calculator inputs: parsed and checked one by one, each error naming its field."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# name: (low, high, low_inclusive): the ranges a real farm can have, wide enough for what-ifs.
LIMITS: dict[str, tuple[Decimal, Decimal, bool]] = {
    "hashrate_ths": (Decimal(0), Decimal(100_000), False),
    "power_w": (Decimal(0), Decimal(1_000_000), False),
    "quantity": (Decimal(1), Decimal(10_000_000), True),
    "electricity_usd_per_kwh": (Decimal(0), Decimal(10), True),
    "pool_fee_pct": (Decimal(0), Decimal(100), True),
    "btc_price_usd": (Decimal(0), Decimal(100_000_000), False),
    "difficulty": (Decimal(0), Decimal("1e30"), False),
    "fees_per_block_btc": (Decimal(0), Decimal(1_000), True),
    "block_height": (Decimal(0), Decimal(100_000_000), True),
    "uptime_pct": (Decimal(0), Decimal(100), False),
    "hardware_cost_usd": (Decimal(0), Decimal(100_000_000), True),
    "growth_pct_month": (Decimal(-50), Decimal(100), True),
    "horizon_months": (Decimal(1), Decimal(120), True),
    "network_hashrate_ehs": (Decimal(0), Decimal(1_000_000), False),
}
SI_FIELDS = frozenset({"difficulty"})  # typed in trillions by everyone who quotes it
SI_PREFIXES = {"": 0, "k": 3, "K": 3, "M": 6, "G": 9, "g": 9, "T": 12, "t": 12, "P": 15, "p": 15, "E": 18}
_SI_NUMBER = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([kKMGgTtPpE]?)")
_NON_FINITE = ("nan", "inf", "infinity", "snan")
INTEGER_FIELDS = frozenset({"quantity", "block_height", "horizon_months"})
DEFAULTS: dict[str, Decimal] = {
    "quantity": Decimal(1),
    "pool_fee_pct": Decimal(2),
    "uptime_pct": Decimal(100),
    "hardware_cost_usd": Decimal(0),
    "growth_pct_month": Decimal(3),  # stated default when no stored history measures it (difficulty_trend)
    "horizon_months": Decimal(24),
}


def with_si_suffix(text: str) -> Decimal | None:
    """``110T``, ``110 T``, ``1.1e14``, ``110,000,000,000,000`` → the number; None when it is not one."""
    match = _SI_NUMBER.fullmatch(text.strip().replace(",", ""))
    if match is None:
        return None
    try:
        number = Decimal(match[1])
    except InvalidOperation:
        return None
    return number.scaleb(SI_PREFIXES[match[2]]) if match[2] else number


def parse_number(field: str, value: object) -> Decimal:
    """A finite number within the field's range; text, NaN and infinities are refused by name.
    A difficulty may carry an SI suffix (``110T``)."""
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "a number is required"))
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(field, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a finite number"), value=value))
    try:
        if field in SI_FIELDS and isinstance(value, str) and value.strip().lower().lstrip("+-") not in _NON_FINITE:
            si = with_si_suffix(value)
            if si is None:
                raise ValidationError(
                    field,
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number (e.g. 110T, 110 T or 1.1e14)"),
                        value=value.strip(),
                    ),
                )
            number = si
        else:
            number = Decimal(str(value).strip().replace(",", "")) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number"), value=value)
        ) from None
    if not number.is_finite():
        raise ValidationError(field, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a finite number"), value=value))
    low, high, low_inclusive = LIMITS[field]
    if number < low or (number == low and not low_inclusive) or number > high:
        bound = f"at least {low}" if low_inclusive else f"greater than {low}"
        raise ValidationError(
            field,
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be {bound} and at most {high} (got {number})"),
                bound=bound,
                high=high,
                number=number,
            ),
        )
    if field in INTEGER_FIELDS and number != number.to_integral_value():
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "must be a whole number (got {number})"), number=number)
        )
    return number


@dataclass(frozen=True)
class CalculatorInputs:
    hashrate_ths: Decimal  # per unit
    power_w: Decimal  # per unit
    electricity_usd_per_kwh: Decimal
    btc_price_usd: Decimal
    difficulty: Decimal
    fees_per_block_btc: Decimal
    block_height: int
    quantity: int = 1
    pool_fee_pct: Decimal = DEFAULTS["pool_fee_pct"]
    uptime_pct: Decimal = DEFAULTS["uptime_pct"]
    hardware_cost_usd: Decimal = DEFAULTS["hardware_cost_usd"]  # per unit
    growth_pct_month: Decimal = DEFAULTS["growth_pct_month"]
    horizon_months: int = 24
    network_hashrate_ehs: Decimal | None = None  # for the second, hashrate-share estimate
    model_name: str = "custom"

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> CalculatorInputs:
        """From user text or numbers; missing optional fields take their defaults."""
        values: dict[str, Any] = {}
        for field in LIMITS:
            given = raw.get(field)
            if given is None or (isinstance(given, str) and not given.strip()):
                if field in DEFAULTS:
                    given = DEFAULTS[field]
                elif field == "network_hashrate_ehs":
                    continue
            number = parse_number(field, given)
            values[field] = int(number) if field in INTEGER_FIELDS else number
        return cls(**values, model_name=str(raw.get("model_name") or "custom"))

    def as_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(self).items()}
