"""The heat-map and explain pages: figures equal the services' (the calculator's formula), the current point
marked, a bad field named, the explain parts summing to the change with translated sentences, exports."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from hashinsight_desktop.services.analytics import explain, history_import
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.market_data import Quantity, remember_manual
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab
from hashinsight_desktop.ui.analytics.explain_panel import sentence_text

# The UI over plain inserts and selects: nothing engine-specific, so one engine (the services test both).
pytestmark = [pytest.mark.gui, pytest.mark.parametrize("database", ["sqlite"], indirect=True)]


@pytest.fixture
def tab(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, owner: Principal, seeded: history_import.ImportResult, shipped_catalogue: int
) -> AnalyticsTab:
    with unit_of_work(context.database.session_factory, "market") as session:
        remember_manual(
            session,
            owner,
            {
                Quantity.DIFFICULTY: Decimal("92671576265161"),
                Quantity.FEES_PER_BLOCK_BTC: Decimal("0.08"),
                Quantity.BLOCK_HEIGHT: Decimal("861000"),
            },
        )
    widget = AnalyticsTab(context, owner)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_heatmap_cells_are_the_calculators_profit(tab: AnalyticsTab) -> None:
    form = tab.heatmap.form
    assert form.model_combo.currentIndex() >= 1  # a catalogue model chosen
    assert form.edits["btc_price_usd"].text() == "57401.7"  # the last imported close
    assert form.edits["block_height"].text() == "861000"
    tab.heatmap.draw()
    result = tab.heatmap.result
    assert result is not None
    row, column = result.current_cell
    inputs = form.inputs()
    assert float(result.electricity_usd_per_kwh[row]) == pytest.approx(0.05, abs=0.0007)
    cell = calculate(
        dataclasses.replace(
            inputs,
            electricity_usd_per_kwh=Decimal(repr(float(result.electricity_usd_per_kwh[3]))),
            btc_price_usd=Decimal(repr(float(result.btc_price_usd[7]))),
        )
    )
    assert result.profit_usd_per_day[3, 7] == pytest.approx(cell.unrounded["profit_usd_per_day"], rel=1e-12, abs=1e-9)
    assert f"Now: {result.current_profit_usd_per_day:,.2f} USD/day at 57,402 USD and 0.050" in tab.heatmap.status.text()
    xs, ys = tab.heatmap.marker.getData()
    assert (xs[0], ys[0]) == (result.btc_price_usd[column], result.electricity_usd_per_kwh[row])


def test_heatmap_names_a_bad_field(tab: AnalyticsTab) -> None:
    tab.heatmap.form.edits["difficulty"].setText("lots")
    tab.heatmap.draw()
    assert tab.heatmap.status.text().startswith("Difficulty: 'lots' is not a number")  # the row's label


def test_explain_parts_sum_to_change_and_sentences_translate(tab: AnalyticsTab, tmp_path: Path) -> None:
    page = tab.explain
    assert page.before["btc_price"].text() == page.after["btc_price"].text() == "57401.7"
    page.after["btc_price"].setText("52000")
    page.after["electricity"].setText("0.06")
    page.run()
    result = page.result
    assert result is not None
    assert sum(result.parts.values()) == result.change
    assert {k for k, v in result.parts.items() if v} == {"btc_price", "electricity"}
    assert page.sentences.text().splitlines() == [sentence_text(s) for s in result.sentences]
    assert page.sentences.text().startswith("BTC price fell 9.4 %")
    target = tmp_path / "explain.xlsx"
    page.export.export_data(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("input", "before", "after", "part_usd_per_day") and len(rows) == len(explain.KEYS) + 2


def test_explain_names_the_bad_input(tab: AnalyticsTab) -> None:
    tab.explain.after["difficulty"].setText("-3")
    tab.explain.run()
    assert tab.explain.summary.text().startswith("Difficulty, after:")
    assert tab.explain.result is None


def test_heatmap_payback_blank_where_never(tab: AnalyticsTab) -> None:
    tab.heatmap.form.edits["hardware_cost_usd"].setText("4000")
    tab.heatmap.measure.setCurrentIndex(1)
    tab.heatmap.draw()
    result = tab.heatmap.result
    assert result is not None and result.payback_days is not None
    shown = tab.heatmap.image.image
    assert shown is not None
    assert np.isnan(shown.T[result.payback_days < 0]).all()
