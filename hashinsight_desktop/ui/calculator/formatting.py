"""How the calculator shows numbers: money with thousands separators and cents, BTC to the satoshi,
market values the way people read them, and where each market value came from."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from hashinsight_desktop.services.market_data import Quantity
from hashinsight_desktop.ui import locale_format

Number = Decimal | float | int


def usd(value: Number, places: int = 2) -> str:
    """``$1,234.56``; ``-$87.10`` (the sign before the dollar)."""
    return locale_format.money(value, "$", places)


def signed_usd(value: Number) -> str:
    """``+$12.30`` / ``-$4.00``: a change, with its sign always shown."""
    return locale_format.money(value, "$", signed=True)


def btc(value: Number) -> str:
    return f"{Decimal(str(value)):.8f} BTC"


def pct(value: Number, places: int = 2, signed: bool = False) -> str:
    return locale_format.percent(Decimal(str(value)), places, signed=signed)


def plain(value: object) -> str:
    """A number as a user would type it: no exponent, no trailing zeros (``1.3e14`` → ``130000000000000``)."""
    if isinstance(value, bool) or value is None:
        return ""
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    if not number.is_finite():
        return str(value)
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


TERA = Decimal("1e12")


def market_text(quantity: Quantity, value: Decimal) -> str:
    """A live market value as the form shows it (the exact value is used and shown in the tooltip)."""
    if quantity is Quantity.BTC_PRICE_USD:
        return locale_format.number(value, 2)
    if quantity is Quantity.DIFFICULTY and value >= TERA:
        return f"{plain(value.scaleb(-12))} T"  # "130 T", not 15 digits; exact, so it reads back the same
    if quantity in (Quantity.DIFFICULTY, Quantity.BLOCK_HEIGHT):
        return locale_format.number(value, 0)
    if quantity is Quantity.NETWORK_HASHRATE_EHS:
        return locale_format.number(value, 1)
    return plain(round(value, 8))


def short_scale(value: Number) -> str:
    """``109.78 T`` for a difficulty: the size at a glance."""
    number = float(value)
    for factor, suffix in ((1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M")):
        if abs(number) >= factor:
            return f"{locale_format.number(number / factor, 2)} {suffix}"
    return locale_format.number(number, 0)


def local_time(moment: datetime) -> str:
    return locale_format.datetime_text(moment)
