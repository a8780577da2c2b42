"""The replay page over an imported history with difficulty: the halving of 2024-04-20 halves the subsidy on its
day, the totals are the service's, days without a difficulty are left out and the page says why."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from hashinsight_desktop.services.analytics import history_import
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.analytics.analytics_tab import AnalyticsTab
from tests.ui.analytics.conftest import DAILY_CSV

# The UI over plain inserts and selects: nothing engine-specific, so one engine (the services test both).
pytestmark = [pytest.mark.gui, pytest.mark.parametrize("database", ["sqlite"], indirect=True)]


def with_difficulty(target: Path) -> Path:
    """The recorded daily file with a difficulty column stepping up 1 % every 14 days from 72 T."""
    rows = list(csv.DictReader(DAILY_CSV.open(encoding="utf-8")))
    with target.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, [*rows[0], "difficulty"])
        writer.writeheader()
        for i, row in enumerate(rows):
            writer.writerow({**row, "difficulty": f"{72e12 * 1.01 ** (i // 14):.0f}"})
    return target


def test_replay_crosses_the_halving(qtbot, context: AppContext, owner: Principal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(context.database.session_factory, "market history") as session:
        history_import.import_history(session, owner, with_difficulty(tmp_path / "h.csv"))
    tab = AnalyticsTab(context, owner)
    qtbot.addWidget(tab)
    tab.refresh()
    page = tab.replay
    for field, text in {"hashrate_ths": "200", "power_w": "3500", "electricity_usd_per_kwh": "0.05"}.items():
        page.form.edits[field].setText(text)
    page.run()
    result = page.result
    assert result is not None and len(result.dates) == 260
    halving = list(result.dates).index(date(2024, 4, 20))
    assert result.subsidy_btc[halving - 1] == 6.25 and result.subsidy_btc[halving] == 3.125
    assert result.btc[halving] < result.btc[halving - 1] * 0.6
    assert f"{result.total_profit_usd:,.2f}" in page.status.text()
    assert "0 of 260 calendar days missing" in page.status.text()
    headers, rows = page.table() or ([], [])
    assert len(rows) == 260 and headers[0] == "date"


def test_replay_without_difficulty_says_what_to_import(
    qtbot,
    context: AppContext,
    owner: Principal,
    seeded: history_import.ImportResult,  # type: ignore[no-untyped-def]
) -> None:
    tab = AnalyticsTab(context, owner)
    qtbot.addWidget(tab)
    tab.refresh()
    assert "difficulty column" in tab.replay.status.text()
    assert not tab.replay.run_button.isEnabled()
