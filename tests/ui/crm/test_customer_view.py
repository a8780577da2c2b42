"""A customer-role user's own view against a real database: only their miners (status counts, hashrate now, the
24-hour total summed from their miners' telemetry), their assets and their tickets, which they open and reply
to; another customer's ticket asked for by id is "not found"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services import auth, sites, users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import assets
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.customer_view import CustomerView
from hashinsight_desktop.ui.crm.ticket_detail import TicketDetail
from tests.support.site_miners import MinerSpec, add_site_miners
from tests.ui.crm.crm_seed import add_customer, open_ticket

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def customer_login(context: AppContext, owner: Principal, customer_id: object) -> Principal:
    with unit_of_work(context.database.session_factory, "user") as session:
        user = users.create_user(
            session, owner, username="northwind", password="a long enough secret", role=Role.CUSTOMER,
            customer_id=customer_id,  # type: ignore[arg-type]
        )  # fmt: skip
        return auth.principal_for(user)


def test_a_customer_sees_only_their_own_miners_assets_and_tickets(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    context.clock = lambda: NOW
    mine = add_customer(context, owner, "Northwind Mining")
    other = add_customer(context, owner, "Contoso Hashing")
    with unit_of_work(context.database.session_factory, "site") as session:
        site = sites.create_site(session, owner, name="Texas North", electricity_price_usd_per_kwh="0.045").id
    polled = NOW - timedelta(seconds=20)
    own = add_site_miners(
        context.database.session_factory,
        site,
        [
            MinerSpec(3250, 110.0, customer_id=mine),
            MinerSpec(3300, 120.0, customer_id=mine),
            MinerSpec(3400, 0.0, status="offline", customer_id=mine),
        ],
        polled,
    )
    add_site_miners(
        context.database.session_factory, site, [MinerSpec(3000, 95.0, customer_id=other)], polled, network="10.8"
    )
    hour_ago = NOW - timedelta(hours=1)
    write_samples(
        context.database.engine,
        [
            (own[0], hour_ago, "hashing", 110.0, 3250.0, 70.0, 5000),
            (own[1], hour_ago, "hashing", 120.0, 3300.0, 71.0, 5100),
        ],
    )
    with unit_of_work(context.database.session_factory, "asset") as session:
        assets.add_asset(session, owner, mine, serial="PDU-0042", model="APC AP8941", location="Hall B")
        assets.add_asset(session, owner, other, serial="PDU-9999", model="APC AP8941")
    own_ticket = open_ticket(context, owner, mine, "Two miners offline")
    other_ticket = open_ticket(context, owner, other, "Contoso's fan noise")
    customer = customer_login(context, owner, mine)

    view = CustomerView(context, customer)
    qtbot.addWidget(view)
    assert {view.model.row(i).customer for i in range(view.model.rowCount())} == {"Northwind Mining"}
    assert view.model.rowCount() == 3
    assert "<b>3 miners</b> · 2 hashing · 1 offline · 0 other · now 230.0 TH/s" in view.kpis.text()
    assert view.chart is not None and view.chart.hashrate == [(hour_ago.timestamp(), 230.0)]  # their two, summed
    assert "Total hashrate of your 3 miners" in view.chart_title.text()

    qtbot.waitUntil(lambda: view.assets.model.rowCount() == 1, timeout=2000)
    assert view.assets.model.rows[0].serial == "PDU-0042"
    tickets = view.tickets.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tickets.model.rowCount() == 1, timeout=2000)
    assert tickets.model.rows[0].id == own_ticket

    window = TicketDetail.open_for(context, customer, own_ticket, view)
    qtbot.addWidget(window)
    assert window.view is not None and not window.customer_button.isVisible() and window.moves.count() == 0
    window.reply_box.setPlainText("Both are in rack 12, since this morning.")
    assert window.send_reply()
    qtbot.waitUntil(lambda: "(customer)" in window.conversation.toPlainText(), timeout=2000)

    form = view.tickets.new_ticket()  # type: ignore[attr-defined]
    form.subject.setText("m0002 restarts every hour")
    form.miners.setText("m0002, m0001x")
    form.save_button.click()
    assert form.field_error("miners") == "Miners: no miner of this customer named m0001x"
    form.miners.setText("m0002")
    form.save_button.click()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: tickets.model.rowCount() == 2, timeout=2000)
    new = next(row for row in tickets.model.rows if row.id != own_ticket)
    mine_window = TicketDetail.open_for(context, customer, new.id, view)
    qtbot.addWidget(mine_window)
    assert mine_window.links.text() == "Miners: m0002"

    stranger = TicketDetail.open_for(context, customer, other_ticket, view)
    qtbot.addWidget(stranger)
    assert stranger.view is None
    not_found = "That ticket does not exist (it may have been deleted)."
    assert stranger.message.text() == f"Could not read the ticket: {not_found}"
