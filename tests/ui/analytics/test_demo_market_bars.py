"""The demo's Analytics tab has a market to show: a year of simulated daily bars (the same every run, the
calculator's demo prices on the same path), said to be the demo's wherever they appear, and replaced by real
days (imported or collected) without keeping the label."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from hashinsight_desktop import demo_market
from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.db.models.market_history import SIMULATED_ORIGIN, DailyBar
from hashinsight_desktop.services.analytics import history, history_import
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab
from tests.services.analytics.test_market_history_db import a_round
from tests.ui.analytics.conftest import DAILY_CSV

# Plain inserts and selects: one engine (the services' tests run both).
pytestmark = [pytest.mark.gui, pytest.mark.parametrize("database", ["sqlite"], indirect=True)]


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def test_the_demo_tab_shows_its_simulated_market_and_says_so(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    factory = context.database.session_factory
    with factory.begin() as session:
        assert demo_market.seed_bars(session, clock=lambda: at(date(2026, 12, 4))) == demo_market.BAR_DAYS
        demo_market.seed_history(session, clock=lambda: at(date(2026, 12, 4)))
    with factory.begin() as session:
        assert demo_market.seed_bars(session, clock=lambda: at(date(2026, 12, 5))) == 0  # once per demo database
        bars = session.scalars(select(DailyBar).order_by(DailyBar.day)).all()
        prices = session.scalars(select(MarketSnapshot).where(MarketSnapshot.quantity == "btc_price_usd")).all()
        assert {b.origin for b in bars} == {SIMULATED_ORIGIN}
        assert (bars[0].day, bars[-1].day) == (date(2025, 12, 5), date(2026, 12, 4))
        assert float(bars[-1].close) == demo_market.PRICE_USD  # today's price: the calculator's
        # the calculator's 90 days of demo prices are the bars' closes, day by day
        closes = {b.day: b.close for b in bars}
        assert [
            (p.fetched_at.date(), p.value) for p in prices if closes[p.fetched_at.date()] != round(p.value, 2)
        ] == []
        assert len(prices) == 91
        assert all(b.low <= min(b.open, b.close) <= max(b.open, b.close) <= b.high for b in bars)
        first = (bars[0].close, bars[100].high, bars[200].volume_usd)
    with factory.begin() as session:  # the same every run
        session.query(DailyBar).delete()
        demo_market.seed_bars(session, clock=lambda: at(date(2026, 12, 4)))
        again = session.scalars(select(DailyBar).order_by(DailyBar.day)).all()
        assert (again[0].close, again[100].high, again[200].volume_usd) == first

    tab = AnalyticsTab(context, owner)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.notice.text().startswith("Demo: 365 of these days are a simulated market, not real prices.\n")
    assert "(0 imported, 0 collected)" in tab.notice.text()
    assert len(tab.chart.bars) == 365 and tab.view is not None and tab.view.signals is not None
    headers, rows = tab.chart.table() or ([], [])
    assert headers[-1] == "origin" and {r[-1] for r in rows} == {SIMULATED_ORIGIN}  # an export says it too


def test_a_real_day_replaces_the_demos_and_its_label(context: AppContext, owner: Principal, tmp_path: Path) -> None:
    factory = context.database.session_factory
    with factory.begin() as session:  # the demo's year ends on the recorded file's last day, 2024-09-16
        demo_market.seed_bars(session, clock=lambda: at(date(2024, 9, 16)))
    with factory.begin() as session:
        result = history_import.import_history(session, owner, DAILY_CSV)
    assert result.replaced == 260
    with factory() as session:
        origins = {day: origin for day, origin in session.execute(select(DailyBar.day, DailyBar.origin))}
    assert origins[date(2024, 1, 1)] == origins[date(2024, 9, 16)] == "imported"
    assert origins[date(2023, 12, 30)] == SIMULATED_ORIGIN  # before the file: still the demo's, still said
    with factory.begin() as session:  # a collected round on a demo day: the day is real from then on
        history.store_round(session, a_round("42000"), at(date(2023, 12, 31)))
    with factory() as session:
        collected = session.get(DailyBar, date(2023, 12, 31))
        assert collected is not None and (collected.origin, collected.close) == ("collected", Decimal("42000"))
