"""The CRM tab driven like a user would, against a real database: who sees it, the New lead / deal / ticket
keys, a form's refusal under the field it names, a lead moved and converted, a stale edit told as
"changed by someone else", a ticket's window with its SLA clocks and a reply."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import crm_mail, leads
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.crm_dialogs import DealDialog, LeadDialog
from hashinsight_desktop.ui.crm.crm_tab import CrmTab
from hashinsight_desktop.ui.crm.ticket_detail import TicketDetail
from hashinsight_desktop.ui.crm.tickets_page import TicketDialog
from hashinsight_desktop.ui.modules import CRM_TAB, CUSTOMER_VIEW_TAB
from tests.ui.crm.crm_seed import add_customer, add_lead, add_office_policy, open_ticket

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
MONDAY_10 = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)  # a Monday, inside office hours


@pytest.fixture
def tab(qtbot, context: AppContext, owner: Principal) -> CrmTab:  # type: ignore[no-untyped-def]
    context.clock = lambda: MONDAY_10
    widget = CrmTab(context, owner)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_staff_who_manage_customers_see_the_tab_and_a_customer_sees_their_own_view(owner: Principal) -> None:
    customer = Principal(user_id=None, username="cust", role=Role.CUSTOMER)
    site_manager = Principal(user_id=None, username="sm", role=Role.SITE_MANAGER)
    assert CRM_TAB.is_visible(owner) and not CRM_TAB.is_visible(customer) and not CRM_TAB.is_visible(site_manager)
    assert CUSTOMER_VIEW_TAB.is_visible(customer) and not CUSTOMER_VIEW_TAB.is_visible(owner)


def test_keys_open_the_new_forms_and_a_refusal_names_the_field(qtbot, tab: CrmTab) -> None:  # type: ignore[no-untyped-def]
    keys = {
        a.text(): a.shortcut().toString() for a in (tab.new_lead_action, tab.new_deal_action, tab.new_ticket_action)
    }
    assert keys == {"New lead…": "Ctrl+N", "New deal…": "Ctrl+Shift+D", "New ticket…": "Ctrl+Shift+T"}
    QTest.keyClick(tab.pages.currentWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in tab.findChildren(LeadDialog) if w.isVisible())
    dialog.value.setText("lots")
    dialog.save_button.click()
    assert dialog.field_error("title") == "Title: is required" and dialog.isVisible()
    dialog.title.setText("Hall C expansion")
    dialog.next_due.setText("next week")
    dialog.save_button.click()
    assert dialog.field_error("next_step_due") == "Next step due: 'next week' is not a date; write it as YYYY-MM-DD"
    dialog.next_due.setText("2026-07-01")
    dialog.save_button.click()
    assert dialog.field_error("value_estimate").startswith("Value estimate ($): ")
    dialog.value.setText("250000")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert tab.pages.currentWidget() is tab.page["leads"]
    leads_page = tab.page["leads"]
    qtbot.waitUntil(lambda: leads_page.table.model.rowCount() == 1, timeout=2000)
    assert leads_page.table.model.rows[0].title == "Hall C expansion"

    tab.new_deal_action.trigger()
    deal = next(w for w in tab.findChildren(DealDialog) if w.isVisible())
    deal.customer.setText("Nobody Ltd")
    deal.title.setText("Spares")
    deal.save_button.click()
    assert deal.field_error("customer") == "Customer: no customer account named 'Nobody Ltd'"
    deal.reject()

    tab.new_ticket_action.trigger()
    ticket = next(w for w in tab.findChildren(TicketDialog) if w.isVisible())
    ticket.save_button.click()
    assert ticket.field_error("customer") == "Customer: name the customer"
    ticket.reject()


def test_a_lead_moves_converts_and_a_stale_edit_is_told(
    qtbot, tab: CrmTab, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    add_customer(context, owner, "Northwind Mining", contact_email="ops@northwind.example")
    lead_id = add_lead(context, owner, "2 MW hosting", company="Northwind", email="ops@northwind.example")
    page = tab.page["leads"]
    page.reload()
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=2000)
    page.table.table.selectRow(0)
    page.move(page.selected(), "contacted")
    qtbot.waitUntil(lambda: page.table.model.rows[0].status == "contacted", timeout=2000)

    page.table.table.selectRow(0)
    stale = page.edit_lead()
    with unit_of_work(context.database.session_factory, "lead") as session:  # another desktop edits it first
        lead = leads.get_lead(session, owner, lead_id)
        leads.update_lead(
            session,
            owner,
            lead_id,
            expected_version=lead.version,
            title="2 MW hosting, Q3",
            company=lead.company,
            email=lead.email,
        )
    assert stale is not None
    stale.save_button.click()
    box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
    assert "changed by someone else" in box.text()
    box.close()

    qtbot.waitUntil(lambda: page.table.model.rows[0].title == "2 MW hosting, Q3", timeout=2000)
    page.table.table.selectRow(0)
    convert = page.convert()
    assert isinstance(convert, DealDialog) and convert.title.text() == "2 MW hosting, Q3"
    convert.save_button.click()
    assert not convert.isVisible()
    assert convert.outcome == (
        "Deal “2 MW hosting, Q3” created for Northwind Mining (an existing customer, matched by email)."
    )
    assert page.notice.text() == convert.outcome and not page.notice.isHidden()
    qtbot.waitUntil(lambda: page.table.model.rows[0].status == "won", timeout=2000)


def test_a_ticket_window_shows_its_sla_clocks_and_takes_a_reply(
    qtbot, tab: CrmTab, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining", contact_email="ops@northwind.example")
    add_office_policy(context, owner, customer, {"normal": [60, 480]})
    context.clock = lambda: MONDAY_10 - timedelta(hours=3)  # opened 07:00, before office hours …
    ticket_id = open_ticket(context, owner, customer, "Two miners offline in rack 12")
    context.clock = lambda: MONDAY_10 + timedelta(minutes=30)  # … read at 10:30: 90 business minutes since 09:00
    window = TicketDetail.open_for(context, owner, ticket_id, tab)
    qtbot.addWidget(window)
    response = window.timers.response.text.text()
    assert response.startswith("BREACHED · 1 h 30 min of 1 h used · over by 30 min · counting")
    assert window.timers.resolution.text.text().startswith("1 h 30 min of 8 h used · 6 h 30 min left · counting")

    window.reply_box.setPlainText("Looking into it.")
    assert window.send_reply()  # no SMTP settings yet: the reply is kept, and the page says why no mail went
    assert window.message.text() == f"Reply sent; not e-mailed: {crm_mail.NO_SMTP}."
    settings = {"host": "127.0.0.1", "port": 2525, "security": "none", "username": "",
                "sender": "farm@example.org", "recipients": ["alerts@example.org"]}  # fmt: skip
    with unit_of_work(context.database.session_factory) as session:
        save_channel(session, owner, context.secrets, ChannelInput("Mail", "email", settings, secret=None))
    window.reload()
    window.reply_box.setPlainText("We are on it: a PSU is being swapped.")
    assert window.send_reply()  # queued for the customer's contact (the agent's notifier sends it)
    assert window.message.text() == "Reply sent; e-mailed to ops@northwind.example."
    qtbot.waitUntil(lambda: "a PSU is being swapped" in window.conversation.toPlainText(), timeout=2000)
    assert window.timers.response.text.text().split(" · ")[-1] == "stopped"  # the first response was given

    window.move("waiting")
    qtbot.waitUntil(lambda: "waiting for the customer" in window.timers.resolution.text.text(), timeout=2000)


def test_export_writes_every_lead_the_filters_match_with_no_formula(
    qtbot, qasync_loop, tab: CrmTab, context: AppContext, owner: Principal, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    add_lead(context, owner, '=HYPERLINK("http://evil")', company="Evil Corp")
    add_lead(context, owner, "2 MW hosting", company="Northwind")
    add_lead(context, owner, "Spares", company="Contoso")
    table = tab.page["leads"].table
    status = table.filter_boxes["status"]
    status.setCurrentIndex(status.findData("new"))  # all three are new
    qtbot.waitUntil(lambda: table.page.total == 3, timeout=2000)
    task = table.start_export(tmp_path / "leads.xlsx")
    assert task is not None
    qasync_loop.run_until_complete(task)
    sheet = openpyxl.load_workbook(tmp_path / "leads.xlsx").active
    titles = sorted(str(sheet.cell(row, 1).value) for row in range(2, sheet.max_row + 1))
    assert titles == ["2 MW hosting", '=HYPERLINK("http://evil")', "Spares"]
    formula = next(sheet.cell(row, 1) for row in range(2, 5) if str(sheet.cell(row, 1).value).startswith("="))
    assert formula.data_type == "s"  # text, never run as a formula
    assert table.summary.text() == "Exported 3 rows to leads.xlsx"
