"""SLA calendars and policies through their forms (real database): a bad day's hours, a bad holiday line or a
target that is no number refused under its field; saved, the tables list them and a customer's new ticket is
timed by the policy."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import sla_timers
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.sla_page import CalendarDialog, PolicyDialog, SlaPage
from tests.ui.crm.crm_seed import add_customer, open_ticket

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
MONDAY_10 = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)


def test_a_calendar_and_a_policy_made_in_the_forms_time_a_ticket(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    context.clock = lambda: MONDAY_10
    customer = add_customer(context, owner, "Northwind Mining")
    page = SlaPage(context, owner)
    qtbot.addWidget(page)

    calendar = CalendarDialog(context, owner, page)
    calendar.name.setText("Austin office")
    calendar.zone.setText("UTC")
    calendar.days[0].setText("9-17")  # Monday
    calendar.save_button.click()
    assert calendar.field_error("hours on Monday") == "Monday: '9' is not a time of day (HH:MM, 00:00 to 24:00)"
    calendar.days[0].setText("09:00-12:00, 13:00-17:00")
    calendar.holidays.setPlainText("2026-12-25 Christmas Day\nboxing day")
    calendar.save_button.click()
    assert calendar.field_error("holidays") == "Holidays: 'boxing' is not a date; write it as YYYY-MM-DD"
    calendar.holidays.setPlainText("2026-12-25 Christmas Day")
    calendar.save_button.click()
    assert not calendar.isVisible()
    page.calendars.reload()
    qtbot.waitUntil(lambda: page.calendars.table.model.rowCount() == 1, timeout=2000)
    line = page.calendars.table.model.rows[0]
    assert line.holidays == [(date(2026, 12, 25), "Christmas Day")]

    policy = PolicyDialog(context, owner, page)
    policy.name.setText("Gold")
    policy.customer.setText("Northwind Mining")
    policy.targets["normal"][0].setText("an hour")
    policy.save_button.click()
    assert (
        policy.field_error("normal response") == "Normal: response (min): 'an hour': whole business minutes, e.g. 240"
    )
    policy.targets["normal"][0].setText("60")
    policy.targets["normal"][1].setText("480")
    policy.save_button.click()
    assert not policy.isVisible()
    page.reload()
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=2000)
    assert page.table.model.rows[0].customer_name == "Northwind Mining"

    ticket = open_ticket(context, owner, customer, "Fan noise in rack 3")
    with unit_of_work(context.database.session_factory) as session:
        timers = sla_timers.ticket_timers(session, owner, ticket, clock=lambda: MONDAY_10)
    assert (timers.response.target_s, timers.resolution.target_s) == (3600, 480 * 60)
