"""The forecast page fitted in a worker thread on the qasync loop (result shown with its order, back-test and
bands; Cancel drops it), and the latest collection round shown with each source and its completeness."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from hashinsight_desktop.services.analytics import forecast, history, history_import
from hashinsight_desktop.services.analytics.collectors.aggregate import aggregate
from hashinsight_desktop.services.analytics.collectors.exchanges import Quote
from hashinsight_desktop.services.analytics.collectors.network import Network
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab

# The UI over plain inserts and selects: nothing engine-specific, so one engine (the services test both).
pytestmark = [pytest.mark.gui, pytest.mark.parametrize("database", ["sqlite"], indirect=True)]


@pytest.fixture
def tab(qtbot, context: AppContext, owner: Principal, seeded: history_import.ImportResult) -> AnalyticsTab:  # type: ignore[no-untyped-def]
    widget = AnalyticsTab(context, owner)
    qtbot.addWidget(widget)
    widget.refresh()  # no running loop yet: read at once
    return widget


def test_forecast_runs_off_the_gui_thread_and_shows_its_figures(tab: AnalyticsTab, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    page = tab.forecast
    page.days_spin.setValue(5)

    async def fit() -> None:
        page.start()  # on the running loop: the fit goes to a worker thread
        assert page.progress.isVisibleTo(page) and page.cancel_button.isEnabled() and page.task is not None
        await page.task

    qasync_loop.run_until_complete(fit())
    result = page.result
    assert result is not None and len(result.points) == 5 and result.log
    dates, values, _ = page.inputs()
    assert result == forecast.forecast(dates, values, days=5, log=True)  # the service's own (cached) answer
    text = page.summary.text()
    assert f"ARIMA({result.order[0]},{result.order[1]},{result.order[2]})" in text
    assert result.backtest is not None and f"MAPE {result.backtest.mape_pct:.2f} %" in text
    assert f"80 % band held the truth {result.backtest.coverage_80_pct:.0f} %" in text
    assert not page.progress.isVisibleTo(page) and page.run_button.isEnabled()
    headers, rows = page.table() or ([], [])
    assert headers == ["date", "mean", "lo80", "hi80", "lo95", "hi95"] and len(rows) == 5
    assert all(r[2] <= r[1] <= r[3] and r[4] <= r[2] and r[3] <= r[5] for r in rows)  # 95 % band holds the 80 %


def test_cancel_discards_the_running_fit(tab: AnalyticsTab, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    page = tab.forecast
    page.days_spin.setValue(9)

    async def fit_and_cancel() -> None:
        page.start()
        page.cancel()
        assert "Cancelled" in page.status.text() and page.run_button.isEnabled()
        assert page.task is not None
        await page.task

    qasync_loop.run_until_complete(fit_and_cancel())
    assert page.result is None


def test_difficulty_forecast_without_difficulty_says_why(tab: AnalyticsTab) -> None:
    page = tab.forecast
    page.series_combo.setCurrentIndex(1)
    page.start()  # no loop: fitted at once
    assert page.result is None and "at least" in page.status.text()


def test_latest_round_lists_sources_with_completeness(context: AppContext, qtbot, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    quotes = [
        Quote("binance", "ok", Decimal("97000"), Decimal(1000)),
        Quote("okx", "ok", Decimal("97010"), Decimal(1000)),
        Quote("bybit", "unavailable", detail="HTTP 451: restricted location"),
        Quote("deribit", "timeout", detail="no answer in 5 s"),
    ]
    collected = history.Round(aggregate(quotes, venues={"binance", "okx"}), Network({}, (), ()), ())
    with unit_of_work(context.database.session_factory, "market history") as session:
        history.store_round(session, collected, datetime(2025, 1, 1, 12, 0, tzinfo=UTC))
    tab = AnalyticsTab(context, owner)
    qtbot.addWidget(tab)
    tab.refresh()
    assert "from 2 of 4 sources (50 % complete)" in tab.signals.quotes_label.text()
    table = tab.signals.quotes
    statuses = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert statuses == {"binance": "ok", "okx": "ok", "bybit": "unavailable", "deribit": "timeout"}
    assert "1 daily bars" in tab.notice.text()
