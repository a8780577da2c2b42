"""Money and quantities for billing: exact arithmetic, one rounding per invoice line.

Amounts are computed as exact fractions (watts and prices are decimals from the contract and the meter, times are
whole microseconds), then rounded once, half-up (half a cent goes up, away from zero), to cents. Nothing is
rounded twice, so a reprint of the same inputs gives the same cents.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

CENT = Decimal("0.01")
MICROSECONDS_PER_S = 1_000_000
WATT_MICROSECONDS_PER_KWH = 3_600_000 * MICROSECONDS_PER_S  # kWh = Σ W·s / 3,600,000


def round_half_up(value: Fraction | Decimal | int, places: int) -> Decimal:
    """``value`` to ``places`` decimals, a tie rounded away from zero; exact for any fraction."""
    exact = Fraction(value)
    units = (abs(exact) * 10**places * 2 + 1) // 2  # floor(|x|·10^p + ½)
    return Decimal(-units if exact < 0 else units).scaleb(-places)


def cents(value: Fraction | Decimal | int) -> Decimal:
    """An invoice line's amount: rounded half-up to cents, once."""
    return round_half_up(value, 2)


def usd_text(amount: Decimal) -> str:
    """Money as the JSON and the invoice show it: two decimals, no thousands separator."""
    return f"{amount.quantize(CENT):f}"


def kwh(watt_microseconds: Fraction | Decimal | int) -> Fraction:
    return Fraction(watt_microseconds) / WATT_MICROSECONDS_PER_KWH


def seconds(microseconds: int) -> int | float:
    """A duration for JSON: whole seconds as an integer, otherwise to the microsecond."""
    whole, rest = divmod(microseconds, MICROSECONDS_PER_S)
    return whole if not rest else microseconds / MICROSECONDS_PER_S
