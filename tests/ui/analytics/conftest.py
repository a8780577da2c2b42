"""The Analytics tab over a real database seeded through the services: the recorded BTC daily file imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.services.analytics import history_import
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work

DAILY_CSV = Path(__file__).parents[2] / "services" / "analytics" / "data" / "btc_usd_daily.csv"


@pytest.fixture
def seeded(context: AppContext, owner: Principal) -> history_import.ImportResult:
    with unit_of_work(context.database.session_factory, "market history") as session:
        return history_import.import_history(session, owner, DAILY_CSV)
