"""Figures in the chosen language's way: English exactly as before, Chinese month and weekday names, and a locale
with other separators (German) to show the separators and the currency symbol really come from the locale."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.calculator.formatting import pct, signed_usd, usd
from hashinsight_desktop.ui.common import format_number
from hashinsight_desktop.ui.fleet.formatting import format_hashrate

MOMENT = datetime(2026, 12, 5, 6, 10, 42).astimezone()  # a Saturday, local time


def speak(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(locale_format, "language", lambda: language)


def test_english_is_written_as_before(qapp) -> None:  # type: ignore[no-untyped-def]
    assert format_number(3250.0, 0) == "3,250" and format_number(13.50, 2) == "13.5"
    assert usd(Decimal("1234.565")) == "$1,234.56"  # the Decimal's own rounding (half even), as before
    assert usd(-87.1) == "-$87.10" and signed_usd(12.3) == "+$12.30" and signed_usd(0) == "+$0.00"
    assert pct(Decimal("12.345"), 1, signed=True) == "+12.3 %"
    assert format_hashrate(12_345.0) == "12.35 PH/s"
    assert locale_format.named(MOMENT, "day_time") == "05 Dec 06:10"
    assert locale_format.named(MOMENT, "weekday_time") == "Sat 05 Dec 06:10"
    assert locale_format.named(date(2026, 12, 1), "month") == "Dec 26"
    assert locale_format.named(date(2026, 12, 5), "date") == "05 Dec 2026"
    assert locale_format.named(date(2026, 12, 5), "month_year") == "Dec 2026"
    assert locale_format.datetime_text(MOMENT, seconds=True) == "2026-12-05 06:10:42"


def test_chinese_names_months_and_weekdays(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    speak(monkeypatch, "zh_CN")
    assert locale_format.named(MOMENT, "day_time") == "12月5日 06:10"
    assert locale_format.named(MOMENT, "weekday_time") == "12月5日 周六 06:10"
    assert locale_format.named(date(2026, 12, 1), "month") == "26年12月"
    assert locale_format.named(date(2026, 12, 5), "date") == "2026年12月5日"
    assert usd(1234.5) == "$1,234.50" and format_number(1234567.25, 2) == "1,234,567.25"
    assert locale_format.date_text(date(2026, 12, 5)) == "2026-12-05"  # numeric dates read the same in both


def test_separators_and_symbol_come_from_the_locale(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    speak(monkeypatch, "de_DE")
    assert format_number(1234567.25, 2) == "1.234.567,25"
    assert usd(-1234.5) == "-1.234,50\xa0$"
    assert pct(Decimal("12.5"), 1) == "12,5 %"
