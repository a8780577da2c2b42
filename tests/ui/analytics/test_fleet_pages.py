"""The heat-map and replay pages with "My fleet": the fleet's figures read as the signed-in user (measured and
nameplate counted and said), a site filter, the fleet as it was day by day with the missing days said, and both
exported as PNG and CSV."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab
from tests.services.analytics.fleet_farm import DAYS, day_of_samples, make_farm, midnight

# The pages over the services, which are tested on both engines: one engine here.
pytestmark = [pytest.mark.gui, pytest.mark.parametrize("database", ["sqlite"], indirect=True)]


@pytest.fixture
def tab(qtbot, context: AppContext, owner: Principal, tmp_path: Path) -> AnalyticsTab:  # type: ignore[no-untyped-def]
    make_farm(context.database, tmp_path)
    at_d5 = dataclasses.replace(context, clock=lambda: midnight(DAYS[4]) + timedelta(minutes=30))
    tab = AnalyticsTab(at_d5, owner)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_fleet_heat_map_and_fleet_replay(tab: AnalyticsTab, tmp_path: Path) -> None:

    page = tab.heatmap
    page.choice.scenario.setCurrentIndex(1)
    assert page.form.edits["hashrate_ths"].isReadOnly() and not page.form.model_combo.isEnabled()
    page.form.edits["fees_per_block_btc"].setText("0.1")
    page.form.edits["block_height"].setText("930000")
    page.draw()
    assert page.result is not None, page.status.text()
    status = page.status.text()
    assert "Fleet at all sites: 4 miners: 2 measured, 1 nameplate, 1 left out" in status, status
    assert "Total 325.0 TH/s, 7.25 kW" in status and "Now:" in status
    assert page.form.edits["quantity"].text() == "3"
    # the average miner shown as an operator reads it, computed with in full (325 TH/s, not 3 × 108.33)
    assert (page.form.edits["hashrate_ths"].text(), page.form.edits["power_w"].text()) == ("108.33", "2417")
    assert float(page.form.inputs().hashrate_ths) * 3 == pytest.approx(325.0, rel=1e-12)
    assert float(page.form.inputs().power_w) * 3 == pytest.approx(7250.0, rel=1e-12)
    page.export.export_png(str(tmp_path / "fleet.png"))
    assert page.export.export_data(str(tmp_path / "fleet.csv")) == 120 * 120
    assert (tmp_path / "fleet.png").stat().st_size > 1000

    page.choice.site.setCurrentIndex(page.choice.site.findText("Quebec East"))
    page.draw()
    assert "Fleet at Quebec East: 1 miners: 0 measured, 1 nameplate" in page.status.text()

    replay = tab.replay
    replay.choice.scenario.setCurrentIndex(1)
    assert replay.form.edits["hashrate_ths"].isHidden()
    replay.start_edit.setDate(QDate(2026, 2, 1))
    replay.end_edit.setDate(QDate(2026, 2, 5))
    replay.form.edits["electricity_usd_per_kwh"].setText("0.05")
    replay.run()
    result = replay.result
    assert result is not None and result.covered_days == 2, replay.status.text()
    status = replay.status.text()
    assert "2 of 5 days covered, 2 without telemetry and 1 without market data left out" in status, status
    assert f"profit {result.total_profit_usd:,.2f} USD" in status
    assert "stored network snapshots' on 1 days" in status
    replay.export.export_png(str(tmp_path / "replay.png"))
    assert replay.export.export_data(str(tmp_path / "replay.csv")) == 5
    with (tmp_path / "replay.csv").open(encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file))
    assert [r["day"] for r in rows] == ["covered", "no_telemetry", "no_market_data", "covered", "no_telemetry"]
    assert rows[1]["profit_usd"] == "" and float(rows[0]["fleet_hashrate_ths"]) == pytest.approx(150.0)


def test_the_fleet_replay_runs_off_the_gui_thread_and_cancel_drops_it(tab: AnalyticsTab, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    page = tab.replay
    page.choice.scenario.setCurrentIndex(1)

    async def replay(cancel: bool) -> None:
        page.run()  # on the running loop: read and replay in a worker thread
        assert page.busy.isVisibleTo(page) and not page.run_button.isEnabled()
        if cancel:
            page.cancel()
            assert "Cancelled" in page.status.text() and page.run_button.isEnabled()
        await asyncio.gather(*page._runner.running)

    qasync_loop.run_until_complete(replay(cancel=True))
    assert page.result is None and "Cancelled" in page.status.text()
    qasync_loop.run_until_complete(replay(cancel=False))
    assert page.result is not None and page.result.covered_days == 2 and not page.busy.isVisibleTo(page)


def test_a_partial_day_is_said(qtbot, context: AppContext, owner: Principal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    farm = make_farm(context.database, tmp_path)
    write_samples(context.database.engine, day_of_samples(farm.miners[0], DAYS[4], 100.0, 3000.0, hashing_hours=6))
    six = midnight(DAYS[4]) + timedelta(hours=6)
    for resolution in (FIVE_MINUTES, HOUR):  # D5's first six hours: the roll-ups have not reached its end
        roll_up(context.database.engine, resolution_s=resolution, since=midnight(DAYS[4]), until=six)
    tab = AnalyticsTab(dataclasses.replace(context, clock=lambda: six + timedelta(minutes=30)), owner)
    qtbot.addWidget(tab)
    tab.refresh()
    page = tab.replay
    page.choice.scenario.setCurrentIndex(1)
    page.start_edit.setDate(QDate(2026, 2, 4))
    page.end_edit.setDate(QDate(2026, 2, 5))
    page.form.edits["electricity_usd_per_kwh"].setText("0.05")
    page.run()
    assert "Partial, counted as far as its hours are rolled up: 2026-02-05." in page.status.text(), page.status.text()
    table = page.table()
    assert table is not None and [row[-1] for row in table[1]] == ["covered", "partial"]
