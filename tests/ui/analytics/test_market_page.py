"""The market page over an imported history: indicators computed on the full series (a zoom never changes them),
candles and line, the ensemble with every contribution and the missing modules, empty states, import errors by
row, and the chart's data export."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import talib

from hashinsight_desktop.services.analytics import history_import
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab
from hashinsight_desktop.ui.analytics.price_chart import crossings

# The UI over plain inserts and selects: nothing engine-specific, so one engine (the services test both).
pytestmark = [pytest.mark.gui, pytest.mark.parametrize("database", ["sqlite"], indirect=True)]


@pytest.fixture
def tab(qtbot, context: AppContext, owner: Principal) -> AnalyticsTab:  # type: ignore[no-untyped-def]
    widget = AnalyticsTab(context, owner)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def test_empty_history_says_so(tab: AnalyticsTab) -> None:
    tab.refresh()
    assert "No market history yet" in tab.notice.text()
    assert "No collection round yet" in tab.signals.quotes_label.text()
    assert not tab.forecast.run_button.isEnabled()
    assert tab.chart.table() is None


def test_imported_history_is_charted_with_full_series_indicators(
    tab: AnalyticsTab, seeded: history_import.ImportResult
) -> None:
    tab.refresh()
    bars = tab.chart.bars
    assert len(bars) == seeded.rows == 260
    close = np.array([float(b.close) for b in bars])
    np.testing.assert_allclose(tab.chart.values["ema_20"], talib.EMA(close, 20), rtol=0, atol=1e-9, equal_nan=True)
    before = tab.chart.values["rsi_14"].copy()
    tab.chart.zoom_buttons[90].click()  # zoom: a view change, not a recompute
    low, _high = tab.chart.price_plot.viewRange()[0]
    assert tab.chart.x[165] < low < tab.chart.x[175]
    tab.chart.show_at(210)
    np.testing.assert_array_equal(tab.chart.values["rsi_14"], before)
    assert f"RSI {before[210]:,.1f}" in tab.chart.readout.text()
    tab.chart.show_at(3)  # warm-up: shown as a dash, never a number
    assert "RSI —" in tab.chart.readout.text()
    assert "260 daily bars" in tab.notice.text()


def test_ensemble_lists_contributions_and_missing_modules(
    tab: AnalyticsTab, seeded: history_import.ImportResult
) -> None:
    tab.refresh()
    assert tab.view is not None
    result = tab.view.signals
    assert result is not None
    assert tab.signals.contributions.rowCount() == len(result.contributions) > 0
    for module in result.missing:  # no Fear & Greed, no Deribit in an imported file
        assert module in tab.signals.missing_label.text()
    assert "sentiment" in result.missing
    assert locale_format.signed_figure(result.score) in tab.signals.score_label.text()


def test_bad_file_lists_rows_and_writes_nothing(tab: AnalyticsTab, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,close\n2024-01-01,42000\n2024-01-02,abc\n2024-01-03,-5\n", encoding="utf-8")
    tab.import_file(str(bad))
    text = tab.notice.text()
    assert "nothing written" in text and "row 3" in text and "row 4" in text
    assert tab.chart.bars == []


def test_chart_data_exports_to_csv_without_formulas(
    tab: AnalyticsTab, seeded: history_import.ImportResult, tmp_path: Path
) -> None:
    tab.refresh()
    target = tmp_path / "daily.csv"
    assert tab.chart_export.export_data(str(target)) == 260
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0][:5] == ["date", "open", "high", "low", "close"] and len(rows) == 261
    assert rows[1][rows[0].index("sma_20")] == ""  # warm-up written as an empty cell
    png = tmp_path / "chart.png"
    tab.chart_export.export_png(str(png))
    assert png.stat().st_size > 1000


def test_candles_or_line_and_overlays_follow_the_controls(
    tab: AnalyticsTab, seeded: history_import.ImportResult
) -> None:
    tab.refresh()
    chart = tab.chart
    assert chart.has_ohlc() and len(chart.items["close"].getData()[0] or ()) == 0  # candles by default
    chart.style_combo.setCurrentIndex(chart.style_combo.findData("line"))
    assert len(chart.items["close"].getData()[0]) == 260
    chart.overlay_boxes["sma"].setChecked(False)
    assert not chart.items["sma_20"].isVisible() and chart.items["ema_20"].isVisible()
    up, down = crossings(chart.values["macd"], chart.values["macd_signal"])
    assert len(chart.items["up"].data) == len(up) > 0 and len(chart.items["down"].data) == len(down) > 0


def test_import_button_path_reports_the_outcome_and_charts_it(tab: AnalyticsTab) -> None:
    from tests.ui.analytics.conftest import DAILY_CSV

    tab.import_file(str(DAILY_CSV))  # no running loop: imported at once, then read back
    assert tab.notice.text().startswith("Imported 260 days 2024-01-01 – 2024-09-16: 260 new, 0 replaced")
    assert len(tab.chart.bars) == 260 and tab.forecast.run_button.isEnabled()
