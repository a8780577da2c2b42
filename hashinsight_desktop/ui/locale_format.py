"""Numbers, money, dates and times written the way the console's language writes them.

The digits are Python's exact formatting (a ``Decimal`` amount rounds exactly as before, a float as Python rounds
it); the locale of the chosen language (``ui.i18n``) gives the group separator, the decimal point, where the
currency symbol goes, and the names of months and weekdays. Dates stay numeric year-month-day, which English and
Chinese readers both read without doubt; only the forms with names (``5 Dec``, ``Sat``) change words.

English is American English: the shared helpers (``ui.common.format_number``, the calculator's and the fleet's
formatting) write exactly what they wrote before for it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from hashinsight_desktop.services.languages import CHINESE, ENGLISH
from hashinsight_desktop.ui import i18n

Number = Decimal | float | int

# Date patterns with names, per language (QLocale's own short formats are ambiguous in English: 12/5/26).
_PATTERNS = {
    ENGLISH: {
        "day_time": "dd MMM HH:mm",
        "weekday_time": "ddd dd MMM HH:mm",
        "month": "MMM yy",
        "day": "dd MMM",
        "date": "dd MMM yyyy",
        "month_year": "MMM yyyy",
    },
    CHINESE: {
        "day_time": "M月d日 HH:mm",
        "weekday_time": "M月d日 ddd HH:mm",
        "month": "yy年M月",
        "day": "M月d日",
        "date": "yyyy年M月d日",
        "month_year": "yyyy年M月",
    },
}


def language() -> str:
    return i18n.current().language


@cache
def _locale(language: str) -> QLocale:
    return i18n.locale_of(language)


def locale() -> QLocale:
    """The chosen language's locale (American English for English, whatever the computer's default)."""
    return _locale(language())


@cache
def _separators(language: str) -> tuple[str, str]:
    loc = _locale(language)
    return loc.groupSeparator(), loc.decimalPoint()


def _localised(text: str) -> str:
    """Python's ``1,234.5`` with the locale's separators."""
    group, point = _separators(language())
    if (group, point) == (",", "."):
        return text
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def number(value: Number, decimals: int = 0, *, trim: bool = False, signed: bool = False) -> str:
    """``1,234.5`` (``trim``: no trailing zeros); ``signed``: ``+`` before a positive change."""
    text = f"{value:{'+' if signed else ''},.{decimals}f}"
    if trim and decimals:
        text = text.rstrip("0").rstrip(".")
    return _localised(text)


def signed_figure(value: Number, decimals: int = 0) -> str:
    """``+15``, ``−15`` with a true minus sign (as a scale's ends, "−100 … +100", are written), ``0`` (never
    ``-0`` or ``+0``: a value that rounds to zero has no sign)."""
    text = number(abs(value), decimals)
    if round(value, decimals) == 0:
        return text
    return ("−" if value < 0 else "+") + text


def grouped(value: Number) -> str:
    """Python's ``{value:,}``: a count (``12,480``), or a figure with every digit it has."""
    return _localised(f"{value:,}")


def significant(value: Number, digits: int) -> str:
    """Python's ``{value:,.{digits}g}``: ``0.0125``, ``1,250`` (a setting shown as the user typed it)."""
    return _localised(f"{value:,.{digits}g}")


def money(value: Number, symbol: str = "$", decimals: int = 2, *, signed: bool = False) -> str:
    """``$1,234.56``, ``-$87.10`` (the sign before the symbol); ``signed``: ``+$12.30`` for a gain."""
    amount = Decimal(str(value))
    sign = "-" if amount < 0 else ("+" if signed else "")
    digits = number(abs(amount), decimals)
    pattern = _currency_pattern(language())
    return sign + pattern.replace("¤", symbol).replace("1", digits)


@cache
def _currency_pattern(language: str) -> str:
    """Where the locale writes the symbol: ``¤1`` (English, Chinese) or ``1 ¤`` (German)."""
    sample = _locale(language).toCurrencyString(1.0, "¤")
    return sample.replace(_locale(language).toString(1.0, "f", 2), "1")


def percent(value: Number, decimals: int = 2, *, signed: bool = False) -> str:
    return f"{number(value, decimals, signed=signed)} %"


def _qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    day = QDate(local.year, local.month, local.day)
    return QDateTime(day, QTime(local.hour, local.minute, local.second, local.microsecond // 1000))


def date_text(day: date) -> str:
    """``2026-12-05``."""
    return day.isoformat()


def datetime_text(moment: datetime, *, seconds: bool = False) -> str:
    """Local time, ``2026-12-05 06:10`` (``seconds``: ``06:10:42``)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def named(moment: datetime | date, form: str) -> str:
    """A date in one of the forms with names, in local time: ``day_time`` (``5 Dec 06:10`` / ``12月5日 06:10``),
    ``weekday_time`` (``Sat 05 Dec 06:10``), ``month`` (``Dec 26`` / ``26年12月``), ``day`` (``05 Dec``),
    ``date`` (``05 Dec 2026`` / ``2026年12月5日``), ``month_year`` (``Dec 2026``)."""
    pattern = _PATTERNS.get(language(), _PATTERNS[ENGLISH])[form]
    if isinstance(moment, datetime):
        return locale().toString(_qdatetime(moment), pattern)
    return locale().toString(QDate(moment.year, moment.month, moment.day), pattern)
