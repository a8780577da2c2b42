"""Incidents through the page (real database): recorded with the site's miners and tickets by number (an
unknown number refused under its field), more tickets linked, ended after a confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.form_fields import choose
from hashinsight_desktop.ui.crm.incidents_page import IncidentDialog, IncidentsPage
from tests.support.site_miners import MinerSpec, add_site_miners
from tests.ui.crm.crm_seed import add_customer, open_ticket

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def test_an_incident_is_recorded_linked_and_ended(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining")
    with unit_of_work(context.database.session_factory, "site") as session:
        site = sites.create_site(session, owner, name="Texas North", electricity_price_usd_per_kwh="0.045").id
    add_site_miners(context.database.session_factory, site, [MinerSpec(3250, 200.0)] * 3, context.clock())
    open_ticket(context, owner, customer, "Miners offline")  # T-1
    open_ticket(context, owner, customer, "Hall B hot")  # T-2
    page = IncidentsPage(context, owner)
    qtbot.addWidget(page)

    dialog = page.open_form(IncidentDialog(context, owner, page))
    dialog.kind.setCurrentIndex(dialog.kind.findData("power_loss"))
    dialog.title.setText("Feeder 2 tripped")
    choose(dialog.site, site)
    dialog.all_miners.setChecked(True)
    dialog.tickets.setText("T-1, T-9")
    dialog.save_button.click()
    assert dialog.field_error("tickets") == "Tickets: no such ticket: T-9"
    dialog.tickets.setText("T-1")
    dialog.save_button.click()
    assert not dialog.isVisible()
    page.reload()
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=2000)
    line = page.table.model.rows[0]
    assert (line.site_name, line.tickets, line.miners, line.ended_at) == ("Texas North", 1, 3, None)

    page.table.table.selectRow(0)
    link = page.link_tickets()
    assert link is not None
    link.text.setPlainText("T-2")  # type: ignore[attr-defined]
    link.save_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.table.model.rows[0].tickets == 2, timeout=2000)

    page.table.table.selectRow(0)
    box = page.end()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.table.model.rows[0].ended_at is not None, timeout=2000)
