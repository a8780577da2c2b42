"""The calculator's source ages, growth origin and payback words reach Qt's translation (they were the services'
English, shown as is under Chinese), and say in English exactly what the command line says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop.services.calculator.difficulty_trend import DEFAULT_GROWTH, GrowthEstimate
from hashinsight_desktop.services.calculator.payback import payback
from hashinsight_desktop.services.calculator.resolution import growth_source
from hashinsight_desktop.services.market_data import MarketValue, Quantity
from hashinsight_desktop.services.market_data import describe_sources as service_describe_sources
from hashinsight_desktop.services.market_data.quantities import format_age
from hashinsight_desktop.ui.age_text import age_text
from hashinsight_desktop.ui.calculator.source_texts import (
    describe_source,
    describe_sources,
    describe_value_source,
    growth_brief,
    growth_describe,
    growth_origin,
    payback_detail,
    payback_value,
)

NOW = datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
MEASURED = GrowthEstimate(Decimal("2.0"), 90)
PAYBACKS = [
    payback(None, 0, 10.0, 24),  # no hardware cost
    payback(412, 5000, 10.0, 24),  # within the horizon
    payback(None, 5000, 1.0, 24),  # beyond it
    payback(None, 5000, 12.0, 12),  # beyond only through the growth
    payback(None, 5000, -1.0, 24),  # never
]


class Marking(QTranslator):
    """Every text of every context as ⟪text⟫: what was not looked up shows without the marks."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟪{source}⟫"


@pytest.fixture
def marking(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_english_is_the_command_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    for seconds in (0, 59, 60, 3599, 3600, 48 * 3600 - 1, 48 * 3600, 10**7):
        assert age_text(seconds) == format_age(seconds)
    assert growth_brief(MEASURED) == MEASURED.brief() == "2.0 %/month, measured (90 d)"
    assert growth_brief(DEFAULT_GROWTH) == DEFAULT_GROWTH.brief()
    assert growth_describe(MEASURED) == MEASURED.describe()
    assert growth_describe(DEFAULT_GROWTH) == DEFAULT_GROWTH.describe()
    assert growth_origin(MEASURED) == growth_source(MEASURED) == "measured over 90 days of stored difficulty"
    assert growth_origin(DEFAULT_GROWTH) == growth_source(DEFAULT_GROWTH)
    for found in PAYBACKS:
        assert (payback_value(found), payback_detail(found)) == (found.value, found.detail)
    for stale in (False, True):
        value = MarketValue(Quantity.DIFFICULTY, Decimal(1), "coingecko", NOW - timedelta(minutes=3), stale)
        assert describe_value_source(value, NOW) == value.describe(NOW)
        assert describe_sources([value], NOW) == service_describe_sources([value], NOW)
    typed = MarketValue(Quantity.BTC_PRICE_USD, Decimal(1), "manual", NOW - timedelta(days=2), False)
    assert describe_sources([typed], NOW) == service_describe_sources([typed], NOW) == "manual (typed 2 d ago)"


def test_every_word_goes_through_translation(marking) -> None:  # type: ignore[no-untyped-def]
    assert age_text(120) == "⟪2 min ago⟫"
    assert growth_brief(MEASURED) == "⟪2.0 %/month, measured (90 d)⟫"
    assert growth_origin(MEASURED) == "⟪measured over 90 days of stored difficulty⟫"
    assert payback_value(PAYBACKS[0]) == "⟪n/a⟫"
    assert payback_detail(PAYBACKS[0]) == "⟪no hardware cost entered⟫"
    manual = MarketValue(Quantity.BTC_PRICE_USD, Decimal(1), "manual", NOW - timedelta(hours=2), False)
    assert describe_source(manual, NOW) == "⟪manual · typed ⟪2 h ago⟫⟫"
