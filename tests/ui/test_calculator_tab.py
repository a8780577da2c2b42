"""The calculator tab with real widgets: figures equal calculate()'s, errors beside their field, market
values with source and age, overrides, the chart's markers, the ranking, history and the offline banner.
Market data comes from a seeded service or from respx-mocked APIs: never the real network."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
import respx
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from hashinsight_desktop.db.models import CalculationRecord, MarketSnapshot
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs, with_si_suffix
from hashinsight_desktop.services.calculator.profitability import ProfitabilityResult, calculate
from hashinsight_desktop.services.catalogue import shipped_catalogue
from hashinsight_desktop.services.market_data import MarketDataService, MarketValue, Quantity, latest_snapshots
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.calculator.calculator_tab import CalculatorTab
from hashinsight_desktop.ui.calculator.formatting import market_text, plain
from hashinsight_desktop.ui.modules import CALCULATOR_TAB
from hashinsight_desktop.ui.tab_registry import registered_tabs
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR

pytestmark = pytest.mark.gui

S21_XP = {"hashrate_ths": "270.0", "power_w": "3645.0"}  # the shipped catalogue's Antminer S21 XP
MARKET = {
    Quantity.BTC_PRICE_USD: ("97000", "coingecko"),
    Quantity.DIFFICULTY: ("130000000000000", "mempool.space"),
    Quantity.FEES_PER_BLOCK_BTC: ("0.021", "mempool.space"),
    Quantity.BLOCK_HEIGHT: ("905000", "mempool.space"),
    Quantity.NETWORK_HASHRATE_EHS: ("925.4", "mempool.space"),
}


def market_values(age: timedelta = timedelta(minutes=3)) -> dict[Quantity, MarketValue]:
    fetched = datetime.now(UTC) - age
    return {q: MarketValue(q, Decimal(v), source, fetched, stale=False) for q, (v, source) in MARKET.items()}


def expected(**changes: object) -> ProfitabilityResult:
    """calculate() at the inputs the tests type: an S21 XP at the seeded market values."""
    raw: dict[str, object] = {
        **S21_XP,
        "electricity_usd_per_kwh": "0.05",
        "growth_pct_month": "0",  # as the ``tab`` fixture types it (payback within 24 months is tested)
        **{q.value: v for q, (v, _source) in MARKET.items()},
        "model_name": "Bitmain Antminer S21 XP",
    }
    raw.update(changes)
    return calculate(CalculatorInputs.parse(raw))


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """Any HTTP request not mocked by a test fails: no test reaches the network."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield router


@pytest.fixture
def seeded(qasync_loop, context: AppContext, api: respx.MockRouter) -> Iterator[MarketDataService]:  # type: ignore[no-untyped-def]
    """The process-wide service with fresh values in its cache (nothing to fetch)."""
    service = context.market_data()
    service.seed_cache(market_values())
    yield service
    qasync_loop.run_until_complete(context.aclose())


def make_tab(qtbot, context: AppContext, principal: Principal) -> CalculatorTab:  # type: ignore[no-untyped-def]
    tab = CalculatorTab(context, principal)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    return tab


@pytest.fixture
def tab(qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, seeded) -> CalculatorTab:  # type: ignore[no-untyped-def]
    widget = make_tab(qtbot, context, owner)
    refresh(qasync_loop, widget)
    type_into(qtbot, widget, "growth_pct_month", "0")  # a flat difficulty: the figures below pay back in 24 months
    widget.recalculate()
    return widget


def refresh(loop: asyncio.AbstractEventLoop, tab: CalculatorTab) -> None:
    task = tab.start_refresh()
    bar = tab.market_bar
    assert task is not None
    assert not bar.refresh_button.isEnabled() and bar.busy.isVisibleTo(tab)  # at once, not at the first await
    loop.run_until_complete(asyncio.wait_for(task, timeout=2.5))
    assert bar.refresh_button.isEnabled() and not bar.busy.isVisibleTo(tab)


def type_into(qtbot, tab: CalculatorTab, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = (tab.form.rows | tab.form.market)[field].edit
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)  # replaces the selection
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def choose_model(qtbot, tab: CalculatorTab, typed: str) -> None:  # type: ignore[no-untyped-def]
    line = tab.form.model_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, typed)


def double_click(qtbot, table, index) -> None:  # type: ignore[no-untyped-def]
    """As a user does it: Qt's item views take a double click only on the row the press selected."""
    cell = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def settle(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    """Let the 250 ms debounce fire, as when the user stops typing."""
    qtbot.waitUntil(lambda: not tab._recalc_timer.isActive(), timeout=2000)


def test_registers_its_tab_for_everyone_who_may_calculate() -> None:
    assert "calculator" in [spec.key for spec in registered_tabs()]
    spec = CALCULATOR_TAB
    assert (spec.title, spec.order, spec.widget_class()) == ("Calculator", 100, CalculatorTab)
    assert spec.is_visible(Principal(None, "visitor", Role.GUEST))


def test_typed_model_and_price_give_the_figures_of_calculate(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    m63s = next(m for m in shipped_catalogue() if m["name"] == "Whatsminer M63S")
    choose_model(qtbot, tab, "m63s")  # maker, case and spacing left out
    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.043")
    type_into(qtbot, tab, "hardware_cost_usd", "5,850")
    assert tab._recalc_timer.isActive()  # recalculated as the user types, debounced
    settle(qtbot, tab)
    want = expected(
        hashrate_ths=str(m63s["hashrate_ths"]),
        power_w=str(m63s["power_w"]),
        electricity_usd_per_kwh="0.043",
        hardware_cost_usd="5850",
    )
    cards = tab.cards
    assert cards.value_text("btc_per_day") == f"{want.btc_per_day:.8f} BTC"
    assert cards.value_text("revenue_usd_per_day") == f"${want.revenue_usd_per_day:,.2f}"
    assert cards.value_text("power_cost_usd_per_day") == f"${want.power_cost_usd_per_day:,.2f}"
    assert cards.value_text("profit_usd_per_day") == f"${want.profit_usd_per_day:,.2f}"
    assert cards.value_text("profit_usd_per_month") == f"${want.profit_usd_per_month:,.2f}"
    assert cards.value_text("hashprice_usd_per_th_day") == f"${want.hashprice_usd_per_th_day}"
    assert cards.value_text("breakeven_electricity_usd_per_kwh") == f"${want.breakeven_electricity_usd_per_kwh} /kWh"
    assert cards.value_text("breakeven_btc_price_usd") == f"${want.breakeven_btc_price_usd:,.2f}"
    assert want.payback_days is not None and cards.value_text("payback_days") == f"{want.payback_days:,} days"
    assert cards.value_text("roi_pct") == f"{want.roi_pct:+.1f} %"
    assert cards.value_text("btc_per_day_hashrate_share") == f"{want.btc_per_day_hashrate_share:.8f} BTC"
    assert f"{want.algorithm_difference_pct:+.2f} %" in cards.detail_text("btc_per_day_hashrate_share")
    assert "#2e7d32" in cards.cards["profit_usd_per_day"].value.styleSheet()  # green: it makes money
    assert tab.form.rows["hashrate_ths"].text() == "390" and not tab.form.rows["hashrate_ths"].edit.isEnabled()
    assert tab.sources["hashrate_ths"].source == "catalogue: MicroBT Whatsminer M63S"
    assert "MicroBT Whatsminer M63S" in tab.result_status.text()
    tab.form.model_combo.lineEdit().editingFinished.emit()  # leaving the field tidies the name
    assert tab.form.model_combo.currentText() == "MicroBT Whatsminer M63S"


def test_a_loss_is_red_and_money_has_thousands_separators(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, tab, "quantity", "1000")
    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.2")
    assert tab.recalculate()  # Ctrl+Return's slot: no debounce
    want = expected(quantity=1000, electricity_usd_per_kwh="0.2")
    assert want.profit_usd_per_day < 0
    assert tab.cards.value_text("profit_usd_per_day") == f"-${-want.profit_usd_per_day:,.2f}"
    assert "," in tab.cards.value_text("revenue_usd_per_day")
    assert "#c62828" in tab.cards.cards["profit_usd_per_day"].value.styleSheet()


def test_ctrl_return_recalculates_at_once(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=1000)
    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.07")
    assert tab._recalc_timer.isActive()
    qtbot.keyClick(
        tab.form.rows["electricity_usd_per_kwh"].edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert not tab._recalc_timer.isActive()
    assert (
        tab.cards.value_text("profit_usd_per_day")
        == f"${expected(electricity_usd_per_kwh='0.07').profit_usd_per_day:,.2f}"
    )


def test_a_bad_field_shows_its_error_beside_it_and_keeps_the_last_results(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    before = tab.cards.value_text("profit_usd_per_day")
    type_into(qtbot, tab, "electricity_usd_per_kwh", "abc")
    type_into(qtbot, tab, "pool_fee_pct", "120")
    settle(qtbot, tab)
    row = tab.form.rows["electricity_usd_per_kwh"]
    assert tab.form.error_of("electricity_usd_per_kwh") == "'abc' is not a number"
    assert tab.form.error_of("pool_fee_pct") == "must be at least 0 and at most 100 (got 120)"  # all errors at once
    assert row.error_label.isVisibleTo(tab) and row.error_label.text() == "'abc' is not a number"
    # beside its field: right under the field's own box, in red
    assert row.error_label.parentWidget() is row.edit.parentWidget()
    assert row.error_label.geometry().top() >= row.edit.geometry().bottom()
    assert row.error_label.geometry().top() - row.edit.geometry().bottom() < 20
    assert "#c62828" in row.error_label.styleSheet()
    assert tab.cards.value_text("profit_usd_per_day") == before and tab.cards.stale
    assert tab.result_status.text().startswith("Electricity: 'abc' is not a number (and 1 more).")
    assert tab.form.error_of("quantity") is None

    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.06")
    type_into(qtbot, tab, "pool_fee_pct", "2")
    settle(qtbot, tab)
    assert tab.form.error_of("electricity_usd_per_kwh") is None and not row.error_label.isVisibleTo(tab)
    assert not tab.cards.stale
    assert (
        tab.cards.value_text("profit_usd_per_day")
        == f"${expected(electricity_usd_per_kwh='0.06').profit_usd_per_day:,.2f}"
    )


def test_an_unknown_model_names_the_closest_and_custom_takes_typed_figures(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    choose_model(qtbot, tab, "S21 XQ")
    settle(qtbot, tab)
    error = tab.form.error_of("model")
    assert error is not None and error.startswith("unknown model 'S21 XQ' — did you mean Bitmain Antminer S21 XP, ")
    tab.form.model_combo.setCurrentIndex(tab.form.model_combo.findText("Custom…"))  # picked from the list
    settle(qtbot, tab)
    hashrate = tab.form.rows["hashrate_ths"]
    assert hashrate.edit.isEnabled() and tab.form.error_of("model") is None
    type_into(qtbot, tab, "hashrate_ths", "0")
    settle(qtbot, tab)
    assert tab.form.error_of("hashrate_ths") == "must be greater than 0 and at most 100000 (got 0)"
    type_into(qtbot, tab, "hashrate_ths", "100")
    type_into(qtbot, tab, "power_w", "3000")
    settle(qtbot, tab)
    want = expected(hashrate_ths="100", power_w="3000", model_name="custom")
    assert tab.cards.value_text("profit_usd_per_day") == f"${want.profit_usd_per_day:,.2f}"


def test_market_values_show_source_and_age_and_can_be_overridden_and_reset(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    price = tab.form.market["btc_price_usd"]
    assert price.text() == "97,000.00"
    assert price.source_text() == "coingecko · 3 min ago"
    difficulty = tab.form.market["difficulty"]  # "130 T", not "130,000,000,000,000"; exact, so it reads back
    assert difficulty.text() == "130 T" and difficulty.source_text() == "mempool.space · 3 min ago"
    odd = Decimal("109780512345678.5")
    assert with_si_suffix(market_text(Quantity.DIFFICULTY, odd)) == odd
    assert "coingecko" in tab.market_bar.status.text()
    assert not price.reset_button.isVisibleTo(tab)

    type_into(qtbot, tab, "btc_price_usd", "150000")
    settle(qtbot, tab)
    assert price.source_text() == "manual" and price.reset_button.isVisibleTo(tab)
    assert tab.sources["btc_price_usd"].source == "user"
    assert (
        tab.cards.value_text("revenue_usd_per_day") == f"${expected(btc_price_usd='150000').revenue_usd_per_day:,.2f}"
    )

    type_into(qtbot, tab, "btc_price_usd", "")
    settle(qtbot, tab)
    assert tab.form.error_of("btc_price_usd") == "type a value, or ↺ for the live one"

    tab.form.market["btc_price_usd"].reset_button.click()
    settle(qtbot, tab)
    assert price.text() == "97,000.00" and price.source_text() == "coingecko · 3 min ago"
    assert not price.reset_button.isVisibleTo(tab)
    assert tab.sources["btc_price_usd"].source == "coingecko"
    assert tab.cards.value_text("revenue_usd_per_day") == f"${expected().revenue_usd_per_day:,.2f}"


def test_the_chart_marks_payback_only_when_it_pays_back_and_the_halving_inside_the_horizon(  # type: ignore[no-untyped-def]
    qtbot, tab: CalculatorTab
) -> None:
    type_into(qtbot, tab, "hardware_cost_usd", "4200")
    type_into(qtbot, tab, "horizon_months", "36")
    assert tab.recalculate()
    want = expected(hardware_cost_usd="4200", horizon_months="36")
    chart = tab.chart
    assert want.payback_days is not None and chart.has_payback_marker()
    (x,), (y,) = chart.payback_marker.getData()
    assert x == want.payback_days and 0 <= y < float(want.profit_usd_per_day) + 0.01
    assert chart.payback_line is not None and chart.payback_line.value() == want.payback_days
    assert chart.has_halving_line() and chart.halving_line.value() == pytest.approx(float(want.days_to_halving))
    chart.set_units("months")
    assert chart.payback_marker.getData()[0][0] == pytest.approx(want.payback_days / (365.25 / 12))

    type_into(qtbot, tab, "hardware_cost_usd", "1000000")
    type_into(qtbot, tab, "horizon_months", "24")  # the halving (day ~1,007) is past 24 months
    assert tab.recalculate()
    assert not chart.has_payback_marker() and chart.payback_line is None
    assert not chart.has_halving_line()
    want = expected(hardware_cost_usd="1000000", horizon_months="24")
    days = math.ceil(1_000_000 / want.unrounded["profit_usd_per_day"])  # type: ignore[operator]
    assert tab.cards.value_text("payback_days") == "> 24 months"  # was "not within horizon"
    assert tab.cards.detail_text("payback_days") == f"≈ {days:,} days at today's figures"


def test_ranking_lists_every_model_by_daily_profit_and_loads_one_on_double_click(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    ranked = tab.ranking.shown_models()
    assert len(ranked) == 71
    profits = [r.profit_sort_key for r in ranked]
    assert profits == sorted(profits, reverse=True)
    shown_profit = tab.ranking.proxy.index(0, 7).data()
    assert shown_profit == f"${ranked[0].profit_usd_per_day:,.2f}"
    assert tab.ranking.proxy.index(0, 7).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    s21xp = next(r for r in ranked if r.name == "Antminer S21 XP")
    assert s21xp.profit_usd_per_day == expected().profit_usd_per_day

    third = ranked[2]
    double_click(qtbot, tab.ranking.table, tab.ranking.proxy.index(2, 1))
    assert tab.form.model_combo.currentText() == third.full_name
    assert tab.inputs is not None and tab.inputs.model_name == third.full_name
    assert tab.cards.value_text("profit_usd_per_day") == f"${third.profit_usd_per_day:,.2f}"

    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.12")  # re-ranked at the new price, in place
    settle(qtbot, tab)
    again = tab.ranking.shown_models()
    assert [r.profit_sort_key for r in again] == sorted((r.profit_sort_key for r in again), reverse=True)
    assert again[0].profit_sort_key < ranked[0].profit_sort_key


def arrow_points_down(header, section: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sort arrow drawn in ``section`` (its rightmost mark) is ▼: its widest row on top."""
    table = header.parent()
    table.scrollTo(table.model().index(0, section))  # the section in view
    image = header.grab().toImage()
    start = header.sectionViewportPosition(section)
    end = start + header.sectionSize(section) - 3  # not the section's border
    background = image.pixelColor(end, 2).lightness()
    rows = range(3, image.height() - 3)

    def dark(x: int, y: int) -> bool:
        return background - image.pixelColor(x, y).lightness() > 60

    marked = [x for x in range(start, end) if any(dark(x, y) for y in rows)]
    assert marked, "no sort arrow drawn"
    arrow = [marked[-1]]  # the rightmost run of marked columns: the arrow, right of the title
    while arrow[-1] - 1 in marked:
        arrow.append(arrow[-1] - 1)
    widths = [n for n in (sum(dark(x, y) for x in arrow) for y in rows) if n]
    assert len(widths) >= 3, "no sort arrow drawn"
    return widths[0] > widths[-1]


def test_ranking_sorts_by_payback_and_usd_per_th_with_arrows_that_point_the_way_the_rows_run(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, seeded
) -> None:
    from hashinsight_desktop.services import catalogue
    from hashinsight_desktop.ui.calculator.ranking_table import COL_PAYBACK, COL_PROFIT, COL_USD_PER_TH
    from hashinsight_desktop.ui.common import SORT_ROLE

    prices = {"Antminer S21 XP": "5850", "Antminer S19 Pro": "450", "Whatsminer M63S": "6900"}
    with unit_of_work(context.database.session_factory) as session:
        for model in catalogue.list_models(session, owner):
            if model.name in prices:
                data = catalogue.model_state(model) | {"notes": model.notes, "reference_price_usd": prices[model.name]}
                catalogue.update_model(session, owner, model.id, data, expected_version=model.version)
    tab = make_tab(qtbot, context, owner)
    refresh(qasync_loop, tab)
    tab.bottom_tabs.setCurrentIndex(0)
    panel = tab.ranking
    header, proxy = panel.table.horizontalHeader(), panel.proxy

    def column(c: int) -> list[float]:
        return [proxy.index(r, c).data(SORT_ROLE) for r in range(proxy.rowCount())]

    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_PROFIT, Qt.SortOrder.DescendingOrder)
    assert column(COL_PROFIT) == sorted(column(COL_PROFIT), reverse=True)
    assert arrow_points_down(header, COL_PROFIT)  # largest first: ▼ (Qt drew ▲)

    panel.table.sortByColumn(COL_PAYBACK, Qt.SortOrder.AscendingOrder)
    assert column(COL_PAYBACK) == sorted(column(COL_PAYBACK)) and not arrow_points_down(header, COL_PAYBACK)
    first = [proxy.index(r, 1).data() for r in range(3)]
    assert set(first) == {f"Bitmain {n}" for n in ("Antminer S21 XP", "Antminer S19 Pro")} | {"MicroBT Whatsminer M63S"}
    s21 = next(r for r in range(3) if proxy.index(r, 1).data() == "Bitmain Antminer S21 XP")
    assert proxy.index(s21, COL_USD_PER_TH).data() == f"${5850 / 270:,.2f}"
    quoted = datetime.now().astimezone().date().isoformat()  # no date given: the day it was entered
    assert proxy.index(s21, COL_USD_PER_TH).data(Qt.ItemDataRole.ToolTipRole).endswith(f"quoted {quoted}")

    panel.table.sortByColumn(COL_USD_PER_TH, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder and arrow_points_down(header, COL_USD_PER_TH)
    priced = [v for v in column(COL_USD_PER_TH) if v != math.inf]
    assert priced == sorted(priced, reverse=True) and len(priced) == 3


def test_fields_stay_put_while_hints_and_errors_come_and_go_and_difficulty_takes_si_suffixes(  # type: ignore[no-untyped-def]
    qtbot, tab: CalculatorTab
) -> None:
    def y(field: str) -> int:
        edit = (tab.form.rows | tab.form.market)[field].edit
        return edit.mapTo(tab.form, QPoint(0, 0)).y()

    below = ["pool_fee_pct", "uptime_pct", "fees_per_block_btc", "block_height", "network_hashrate_ehs"]
    before = {field: y(field) for field in below}
    difficulty = tab.form.market["difficulty"]
    assert difficulty.text() == "130 T"
    for typed in ("110X", "110T", "", "1.1e14", "110 T"):
        type_into(qtbot, tab, "difficulty", typed)  # the scale hint goes and comes back, an error comes and goes
        type_into(qtbot, tab, "electricity_usd_per_kwh", "abc" if typed == "110X" else "0.05")
        settle(qtbot, tab)
        assert {field: y(field) for field in below} == before, typed
    type_into(qtbot, tab, "difficulty", "110X")
    settle(qtbot, tab)
    assert tab.form.error_of("difficulty") == "'110X' is not a number (e.g. 110T, 110 T or 1.1e14)"
    assert tab.result_status.text().startswith("Difficulty: '110X' is not a number")
    for typed in ("110T", "110 T", "1.1e14", "110,000,000,000,000"):
        type_into(qtbot, tab, "difficulty", typed)
        settle(qtbot, tab)
        assert tab.form.error_of("difficulty") is None and tab.inputs is not None
        assert tab.inputs.difficulty == Decimal("1.1e14"), typed
        assert difficulty.source_text().startswith("110.00 T · manual")
    assert tab.cards.value_text("profit_usd_per_day") == f"${expected(difficulty='1.1e14').profit_usd_per_day:,.2f}"


def test_difficulty_growth_defaults_to_the_measured_one_and_the_chart_draws_its_band(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, seeded
) -> None:
    now = datetime.now(UTC)
    with unit_of_work(context.database.session_factory) as session:
        for days_ago, value in ((94, "1e14"), (47, "1.047e14"), (0, "1.0955e14")):  # about 2.9 % a month
            fetched = now - timedelta(days=days_ago)
            session.add(MarketSnapshot(quantity="difficulty", value=Decimal(value), source="demo", fetched_at=fetched))
    tab = make_tab(qtbot, context, owner)
    refresh(qasync_loop, tab)
    growth = tab.form.rows["growth_pct_month"]
    assert growth.text() == "" and growth.edit.placeholderText() == plain(tab.growth.pct_month)
    assert tab.growth.days == 94 and Decimal("2.5") < tab.growth.pct_month < Decimal("3.5")
    assert growth.hint() == f"empty: {tab.growth.pct_month} %/month, measured (94 d)"
    assert QLabel.text(growth.error_label) == growth.hint()  # shown whole: it was cut with "…"
    assert growth.error_label.toolTip().endswith("measured over 94 days of stored difficulty (demo)")
    assert tab.inputs is not None and tab.inputs.growth_pct_month == tab.growth.pct_month
    assert tab.sources["growth_pct_month"].source == "measured over 94 days of stored difficulty"
    assert f"difficulty {plain(tab.growth.pct_month)} %/month (measured over 94 days" in tab.result_status.text()
    chart = tab.chart
    base = tab.growth.pct_month
    assert chart.legend_labels() == [
        f"low: difficulty {plain(base - 2)} %/month",
        f"base: {plain(base)} %/month",
        f"high: {plain(base + 2)} %/month",
    ]
    assert chart.band.isVisible() and chart.low_curve.isVisible()
    low_y, high_y = chart.low_curve.getData()[1], chart.high_curve.getData()[1]
    assert low_y[-1] > chart.curve.getData()[1][-1] > high_y[-1]

    type_into(qtbot, tab, "growth_pct_month", "0")  # typed: it wins, and the band follows it
    settle(qtbot, tab)
    assert tab.inputs.growth_pct_month == 0 and tab.sources["growth_pct_month"].source == "user"
    assert growth.hint() == ""  # the hint is about an empty field
    assert chart.legend_labels()[0] == "low: difficulty -2 %/month"


def test_save_to_history_then_restore(qtbot, qasync_loop, tab: CalculatorTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, tab, "hardware_cost_usd", "4200")
    task = tab.start_save()  # applies the input still being debounced first
    assert task is not None and not tab.history.save_button.isEnabled()
    qasync_loop.run_until_complete(asyncio.wait_for(task, timeout=2.5))
    assert tab.history.save_button.isEnabled()
    assert "Saved to history" in tab.notice.text()
    want = expected(hardware_cost_usd="4200")
    (shown,) = tab.history.shown_records()
    assert shown.label == "Bitmain Antminer S21 XP × 1 at $0.05/kWh"
    with context.database.session_factory() as session:
        (record,) = session.scalars(select(CalculationRecord))
    assert record.kind == "single" and record.user_id == tab._principal.user_id
    assert record.results == want.headline()
    assert record.inputs["btc_price_usd"]["source"] == "coingecko"
    assert record.inputs["hashrate_ths"]["source"] == "catalogue: Bitmain Antminer S21 XP"
    assert record.inputs["hardware_cost_usd"] == {"value": 4200.0, "source": "user", "age_s": None}

    tab.form.model_combo.setCurrentIndex(tab.form.model_combo.findText("Custom…"))  # picked from the list
    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.09")
    type_into(qtbot, tab, "btc_price_usd", "60000")
    settle(qtbot, tab)
    assert tab.cards.value_text("profit_usd_per_day") != f"${want.profit_usd_per_day:,.2f}"

    tab.bottom_tabs.setCurrentWidget(tab.history)
    double_click(qtbot, tab.history.table, tab.history.proxy.index(0, 1))
    assert tab.form.model_combo.currentText() == "Bitmain Antminer S21 XP"
    assert tab.form.rows["electricity_usd_per_kwh"].text() == "0.05"
    price = tab.form.market["btc_price_usd"]
    assert (
        price.overridden and price.text() == "97,000.00" and price.source_text().startswith("from history (coingecko")
    )
    assert tab.cards.value_text("profit_usd_per_day") == f"${want.profit_usd_per_day:,.2f}"
    assert tab.cards.value_text("payback_days") == f"{want.payback_days:,} days"


def test_ctrl_s_with_a_bad_field_saves_nothing(qtbot, tab: CalculatorTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, tab, "uptime_pct", "0")
    assert tab.start_save() is None
    assert "fix the field marked in red" in tab.notice.text()
    with context.database.session_factory() as session:
        assert session.scalars(select(CalculationRecord)).first() is None


def unreachable_apis(api: respx.MockRouter) -> None:
    api.route(host__regex=r".*").mock(return_value=httpx.Response(503, text="Service Unavailable"))


@pytest.fixture
def offline_service(
    qasync_loop, context: AppContext, api: respx.MockRouter, monkeypatch
) -> Iterator[MarketDataService]:  # type: ignore[no-untyped-def]
    """Every market API answers 503; no retries, so the test does not sit out the back-off."""
    unreachable_apis(api)
    client = httpx.AsyncClient()
    service = MarketDataService(client, context.database.session_factory, retries=0)
    monkeypatch.setattr(context, "market_data", lambda: service)
    yield service
    qasync_loop.run_until_complete(service.aclose())
    qasync_loop.run_until_complete(client.aclose())


def test_no_market_data_at_all_shows_the_banner_and_typed_values_still_calculate(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, offline_service
) -> None:
    tab = make_tab(qtbot, context, owner)
    refresh(qasync_loop, tab)
    assert tab.market_bar.banner.isVisibleTo(tab)
    assert tab.market_bar.banner.text().startswith("No BTC price (USD), network difficulty")
    assert "Type the missing values into the Market fields" in tab.market_bar.banner.text()
    price = tab.form.market["btc_price_usd"]
    assert tab.form.error_of("btc_price_usd") == "no market value: type one, or refresh market data (F5)"
    assert price.source_text() == "no market value: type one, or refresh market data (F5)"  # said once, in red
    assert not price.error_label.isVisibleTo(tab) and "#c62828" in price.source_label.styleSheet()
    assert tab.result_status.text().startswith("No market data yet: refresh it (F5), or type BTC price, Difficulty")
    assert tab.form.error_of("network_hashrate_ehs") is None  # optional: only the second estimate needs it
    assert tab.result is None
    for quantity, (value, _source) in MARKET.items():
        if quantity is not Quantity.NETWORK_HASHRATE_EHS:
            type_into(qtbot, tab, quantity.value, value)
    settle(qtbot, tab)
    want = expected(network_hashrate_ehs=None)
    assert tab.cards.value_text("profit_usd_per_day") == f"${want.profit_usd_per_day:,.2f}"
    assert tab.cards.value_text("btc_per_day_hashrate_share") == "—"


def test_typed_market_values_clear_the_banner_and_are_remembered_at_restart(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, offline_service
) -> None:
    tab = make_tab(qtbot, context, owner)
    refresh(qasync_loop, tab)
    bar = tab.market_bar
    assert bar.banner.isVisibleTo(tab) and bar.banner_tone == BAD_COLOR
    # Every provider was asked and each failure is named with its reason (not "every provider failed").
    assert "coingecko failed: HTTP 503 from /api/v3/simple/price" in bar.banner.text()
    assert "mempool.space failed: HTTP 503" in bar.banner.text()
    required = [q for q in MARKET if q is not Quantity.NETWORK_HASHRATE_EHS]
    for quantity in required[:-1]:
        type_into(qtbot, tab, quantity.value, MARKET[quantity][0])
    settle(qtbot, tab)
    assert bar.banner.isVisibleTo(tab)  # one value still missing
    type_into(qtbot, tab, required[-1].value, MARKET[required[-1]][0])
    settle(qtbot, tab)
    assert not bar.banner.isVisibleTo(tab)  # the inputs are complete: the red banner goes
    # The status line says the typed values are in use (it still read "none yet — press F5").
    assert bar.status.text().startswith("Market data: manual · oldest ") and "none yet" not in bar.status.text()
    tab.close()  # the values typed are kept as manual snapshots

    stored = latest_snapshots(context.database.session_factory, required)
    assert {q: (str(v.value.normalize()), v.source) for q, v in stored.items()} == {
        q: (str(Decimal(MARKET[q][0]).normalize()), "manual") for q in required
    }
    restarted = make_tab(qtbot, context, owner)
    refresh(qasync_loop, restarted)
    price = restarted.form.market["btc_price_usd"]
    assert price.text() == "97,000.00" and not price.overridden
    assert price.source_text().startswith("manual · typed ") and price.source_text().endswith(" s ago")
    assert restarted.market_bar.banner_tone != BAD_COLOR  # no red banner: a note saying what is used
    assert "using stored values from manual (typed" in restarted.market_bar.banner.text()
    assert "manual" in restarted.market_bar.status.text()
    assert (
        restarted.cards.value_text("profit_usd_per_day")
        == f"${expected(network_hashrate_ehs=None).profit_usd_per_day:,.2f}"
    )


def test_an_offline_start_shows_the_last_known_values_with_their_age(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, offline_service
) -> None:
    with unit_of_work(context.database.session_factory) as session:
        for value in market_values(age=timedelta(hours=2)).values():
            session.add(
                MarketSnapshot(
                    quantity=value.quantity.value, value=value.value, source=value.source, fetched_at=value.fetched_at
                )
            )
    offline_service.seed_cache(latest_snapshots(context.database.session_factory))  # as AppContext does
    tab = make_tab(qtbot, context, owner)
    refresh(qasync_loop, tab)  # served at once as last known; the background refresh fails (503)
    assert tab.form.market["difficulty"].source_text() == "last known (mempool.space) · 2 h ago"
    assert tab.form.market["btc_price_usd"].source_text() == "last known (coingecko) · 2 h ago"
    assert "last known" in tab.market_bar.status.text()
    # What really happened, in the note colour (not the red "missing" one): who failed, why, what is used.
    banner = tab.market_bar.banner
    assert banner.isVisibleTo(tab) and tab.market_bar.banner_tone == NOTE_COLOR
    assert banner.text().startswith("Market data providers failed (blockchain.info: HTTP 503")
    assert "coingecko: HTTP 503 from /api/v3/simple/price (1 attempts)" in banner.text()
    assert banner.text().endswith("using stored values from coingecko (2 h ago), mempool.space (2 h ago).")
    assert tab.cards.value_text("profit_usd_per_day") == f"${expected().profit_usd_per_day:,.2f}"


def test_stale_values_are_replaced_by_the_background_refresh(  # type: ignore[no-untyped-def]
    qtbot,
    qasync_loop,
    context: AppContext,
    owner: Principal,
    shipped_catalogue: int,
    api: respx.MockRouter,
    monkeypatch,
) -> None:
    from tests.services.market_data import replies

    api.get(replies.COINGECKO_URL).mock(return_value=httpx.Response(200, json=replies.COINGECKO_PRICE))
    unreachable_apis(api)  # everything else: 503
    client = httpx.AsyncClient()
    service = MarketDataService(client, context.database.session_factory, retries=0)
    monkeypatch.setattr(context, "market_data", lambda: service)
    service.seed_cache(market_values(age=timedelta(hours=2)))
    try:
        tab = make_tab(qtbot, context, owner)
        refresh(qasync_loop, tab)
        assert tab.form.market["btc_price_usd"].text() == "97,123.45"
        assert tab.form.market["btc_price_usd"].source_text() == "coingecko · 0 s ago"
        assert tab.form.market["difficulty"].source_text().endswith("last known (mempool.space) · 2 h ago")
    finally:
        qasync_loop.run_until_complete(service.aclose())
        qasync_loop.run_until_complete(client.aclose())


def test_closing_the_tab_while_market_data_loads_is_harmless(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, seeded
) -> None:
    tab = CalculatorTab(context, owner)
    task = tab.start_refresh()
    QTimer.singleShot(0, tab.deleteLater)
    qasync_loop.run_until_complete(asyncio.wait_for(task, timeout=2.5))
    assert task.exception() is None


def test_layout_and_inputs_are_remembered_on_hide(
    qtbot, tab: CalculatorTab, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    tab.splitter.setSizes([450, 950])
    tab.bottom_tabs.setCurrentIndex(2)
    type_into(qtbot, tab, "electricity_usd_per_kwh", "0.043")
    tab.hide()
    state = context.settings.extra["calculator"]
    assert state["splitter"] and state["bottom_tab"] == 2
    assert state["form"]["fields"]["electricity_usd_per_kwh"] == "0.043"
    assert context.settings_store.load().extra["calculator"]["bottom_tab"] == 2  # written to the settings file

    again = make_tab(qtbot, context, owner)
    assert again.bottom_tabs.currentIndex() == 2
    assert again.form.rows["electricity_usd_per_kwh"].text() == "0.043"
    assert again.form.model_combo.currentText() == "Bitmain Antminer S21 XP"
    assert again.splitter.sizes()[0] == tab.splitter.sizes()[0]


def test_curtailment_impact_of_hours_off(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.calculator.curtailment_impact import impact_of_hours

    panel = tab.curtailment
    panel.hours_edit.selectAll()
    qtbot.keyClicks(panel.hours_edit, "100")
    inputs = tab.inputs
    assert inputs is not None
    impact = impact_of_hours(inputs, "100")
    assert panel.value_text("revenue_lost_usd") == f"${impact.revenue_lost_usd:,.2f}"
    assert panel.value_text("power_cost_saved_usd") == f"${impact.power_cost_saved_usd:,.2f}"
    assert panel.value_text("net_usd") == f"-${-impact.net_usd:,.2f}"  # at $0.05 running pays: switching off costs
    assert f"${impact.switch_off_above_usd_per_kwh:.4f}/kWh" in panel.threshold.text()
    qtbot.keyClicks(panel.hours_edit, "0")  # 1000 h > a month
    assert not panel.error_label.isHidden() and "between 0 and 730" in panel.error_label.text()


def test_a_theme_switch_recolours_the_chart_and_the_figures(qtbot, tab: CalculatorTab) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, tab, "hardware_cost_usd", "4200")
    assert tab.recalculate()
    light_background = tab.chart.plot.backgroundBrush().color().name()
    dark = QPalette(tab.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#2b2e33"), (QPalette.ColorRole.Base, "#1e2024")):
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#dee0e4"))
    tab.setPalette(dark)  # what the View menu's dark theme does, for this tab only
    assert tab.chart.plot.backgroundBrush().color().name() == "#1e2024" != light_background
    assert "#81c784" in tab.cards.cards["profit_usd_per_day"].value.styleSheet()  # the dark theme's green
    assert tab.chart.has_payback_marker()
    assert tab.chart.payback_marker.opts["brush"].color().name() == "#81c784"


def test_batch_button_opens_the_batch_view_at_the_form_inputs(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.calculator.batch import BatchMarket
    from hashinsight_desktop.services.permissions import Principal, Role
    from hashinsight_desktop.ui.calculator.calculator_tab import CalculatorTab

    tab = CalculatorTab(context, Principal(user_id=None, username="t", role=Role.OWNER))
    qtbot.addWidget(tab)
    assert tab.batch_button.isVisibleTo(tab)
    window = tab.open_batch()
    assert window.isVisible() and tab.open_batch() is window  # one window, raised again
    assert (tab.batch_market() is None) == (tab.inputs is None)
    if tab.inputs is not None:
        assert tab.batch_market() == BatchMarket.from_inputs(tab.inputs)
    window.close()


def test_a_saved_form_from_before_keeps_what_was_typed_but_not_the_old_zero_growth_default(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, seeded
) -> None:
    old = {"model": "Bitmain Antminer S21 XP", "fields": {"growth_pct_month": "0", "electricity_usd_per_kwh": "0.07"}}
    context.settings.extra["calculator"] = {"form": old}
    tab = make_tab(qtbot, context, owner)
    assert tab.form.rows["growth_pct_month"].text() == ""  # the old form saved its default 0 as if typed
    assert tab.form.rows["electricity_usd_per_kwh"].text() == "0.07"
    tab.save_state()
    tab.close()
    assert context.settings.extra["calculator"]["form"]["version"] == 2
    context.settings.extra["calculator"]["form"]["fields"]["growth_pct_month"] = "0"  # typed in this version
    again = make_tab(qtbot, context, owner)
    assert again.form.rows["growth_pct_month"].text() == "0"


def test_the_window_with_the_calculator_tab_fits_1280_by_800_with_the_banner_and_the_note(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, offline_service
) -> None:
    """After an offline restart the two-line banner above the figures grew the window's minimum to 830 px."""
    from hashinsight_desktop.ui.main_window import MainWindow

    with unit_of_work(context.database.session_factory) as session:
        for value in market_values(age=timedelta(hours=3)).values():
            if value.quantity is not Quantity.NETWORK_HASHRATE_EHS:  # its absence adds the second sentence
                session.add(
                    MarketSnapshot(
                        quantity=value.quantity.value, value=value.value, source="manual", fetched_at=value.fetched_at
                    )
                )
    window = MainWindow(context, owner)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.tab_keys.index("calculator"))
    window.resize(1280, 800)
    window.show()
    tab = window.findChild(CalculatorTab)
    assert tab is not None
    refresh(qasync_loop, tab)
    bar = tab.market_bar
    assert bar.banner.isVisibleTo(tab) and bar.banner_tone == NOTE_COLOR and tab.result is not None
    growth = tab.form.rows["growth_pct_month"]  # at the narrowest form, the default's hint is shown whole
    assert QLabel.text(growth.error_label) == growth.hint() == "empty: 3 %/month, stated default"
    network = tab.form.market["network_hashrate_ehs"].source_label  # it was cut: "…for the hashrate-share es…"
    assert QLabel.text(network) == network.text() == "none: optional"
    note = "No market data yet: refresh it (F5), or type BTC price, Difficulty under Market."
    for notes in (False, True):  # figures shown; then also the amber note above them
        if notes:
            tab.result_status.setText(note)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (notes, hint)
    window.resize(1920, 1080)
    # Room enough: the figures do not scroll (the chart's 480 px size hint made them scroll even here).
    qtbot.waitUntil(lambda: not tab.results_scroll.verticalScrollBar().isVisible(), timeout=1000)
