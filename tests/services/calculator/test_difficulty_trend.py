"""The difficulty growth a projection assumes: measured over the stored history, else the stated default;
and the low/base/high band around it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.calculator.difficulty_trend import (
    DEFAULT_GROWTH,
    growth_band,
    measured_growth,
)
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.transaction import unit_of_work

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def store_difficulty(session_factory, points: list[tuple[float, float, str]]) -> None:  # type: ignore[no-untyped-def]
    """(days ago, difficulty, source) rows."""
    with unit_of_work(session_factory) as session:
        for days_ago, value, source in points:
            fetched = NOW - timedelta(days=days_ago)
            session.add(MarketSnapshot(quantity="difficulty", value=Decimal(value), source=source, fetched_at=fetched))


def test_growth_is_measured_over_the_stored_history(session_factory) -> None:  # type: ignore[no-untyped-def]
    # A retarget every 14 days, 3.1 % a month compounded, over 94 days; a typed what-if is no measurement.
    monthly = 1.031
    points = [(94 - d, 1e14 * monthly ** (d / (365.25 / 12)), "mempool.space") for d in range(0, 95, 14)]
    points += [(0, 1e14 * monthly ** (94 / (365.25 / 12)), "mempool.space"), (1, 5e15, "manual")]
    store_difficulty(session_factory, points)
    with session_factory() as session:
        growth = measured_growth(session, NOW)
    assert growth.pct_month == Decimal("3.1") and growth.days == 94
    assert growth.describe() == "3.1 %/month, measured over 94 days of stored difficulty (mempool.space)"
    assert growth.brief() == "3.1 %/month, measured (94 d)"


def test_without_enough_history_the_stated_default_is_used_and_said(session_factory) -> None:  # type: ignore[no-untyped-def]
    with session_factory() as session:
        assert measured_growth(session, NOW) == DEFAULT_GROWTH
    store_difficulty(session_factory, [(10, 1e14, "demo"), (0, 1.02e14, "demo")])  # shorter than a retarget
    with session_factory() as session:
        growth = measured_growth(session, NOW)
    assert growth == DEFAULT_GROWTH and growth.pct_month == Decimal(3) and not growth.measured
    assert growth.describe().startswith("3 %/month: the stated default (no stored difficulty history")
    assert growth.brief() == "3 %/month, stated default"


def test_the_band_brackets_the_base_case() -> None:
    inputs = CalculatorInputs.parse(
        {
            "hashrate_ths": 100, "power_w": 3000, "electricity_usd_per_kwh": "0.05", "btc_price_usd": 100_000,
            "difficulty": "1e14", "fees_per_block_btc": 0, "block_height": 900_000, "hardware_cost_usd": 2000,
            "growth_pct_month": "3.1",
        }
    )  # fmt: skip
    band = growth_band(inputs)
    base = calculate(inputs).cumulative_profit_usd
    assert (band.low_pct, band.high_pct) == (Decimal("1.1"), Decimal("5.1"))
    assert len(band.low_curve) == len(band.high_curve) == len(base)
    assert band.low_curve[-1] > base[-1] > band.high_curve[-1]  # faster growth, less profit
