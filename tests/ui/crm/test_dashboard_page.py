"""The sales dashboard shows what services.crm.dashboard computed: the funnel's conversion and drop-off per
stage, won value by month, the sales cycle and the commissions (real database, a fixed clock)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.dashboard_page import DashboardPage
from tests.ui.crm.crm_seed import add_customer, add_deal, move_deal

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def test_funnel_won_by_month_cycle_and_commissions(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    context.clock = lambda: NOW
    customer = add_customer(context, owner, "Northwind Mining")
    won = add_deal(context, owner, customer, "Hall B", "480000", rate="2.5")
    move_deal(context, owner, won, "pending", "approved", "signed", "completed")
    lost = add_deal(context, owner, customer, "Spares", "20000")
    move_deal(context, owner, lost, "pending", "lost", reason="bought elsewhere")
    add_deal(context, owner, customer, "Hall C", "100000")  # still a draft

    page = DashboardPage(context, owner)
    qtbot.addWidget(page)
    assert page.funnel_lines == [
        "Draft: 3 reached · 66.7 % went on",
        "Pending: 2 reached · 50 % went on · 50 % lost",
        "Approved: 1 reached · 100 % went on",
        "Signed: 1 reached · 100 % went on",
        "Completed: 1 reached",
    ]
    assert page.data.won[-1].month == "2026-06" and page.data.won[-1].value == 480000
    assert page.won_total.text() == "Deals won in the last 12 months: 1, worth $480,000"
    assert page.data.cycle.deals == 1 and page.cycle_text.text().startswith("Deals won in the last 365 days: 1 ")
    assert page.commission_model.rowCount() == 1
    assert page.commission_model.rows[0].amount == 12000  # 2.5 % of 480,000

    page.pipeline.setCurrentIndex(1)  # the leads' funnel: none yet
    assert [line.split(":")[0] for line in page.funnel_lines] == ["New", "Contacted", "Qualified", "Won"]
