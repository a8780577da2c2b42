"""Billing in the CRM tab on a real database: the wizard refuses a bad month under its field, previews the draft with
its lines, usage per miner and gaps, and issues it in one press; the invoice is paid in part (a bad amount refused
under its field), credited, written as a PDF; revenue by month shows what was invoiced and paid; the overdue page
lists nothing to decide; the customer's own view shows their invoices (PDF only), statement and a signed SLA
report. SQLite only: the services under it are tested on both engines."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing.invoices import issue_invoice
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.billing.sla_signing import published_keys, verify
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.billing_page import BillingPage
from hashinsight_desktop.ui.crm.crm_tab import crm_pages
from hashinsight_desktop.ui.crm.customer_billing import CustomerBilling
from tests.services.billing_db.kit import EXPECTED_TOTAL, NOV, clock_at, make_billing

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)


def test_run_billing_preview_issue_pay_credit_pdf_and_revenue(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "billing" in [key for key, _title, _factory in crm_pages()]
    billing = make_billing(context.database)
    context.clock = clock_at(DAY)  # type: ignore[method-assign, misc]
    owner = billing.people.owner
    page = BillingPage(context, owner)
    qtbot.addWidget(page)
    page.resize(1280, 800)

    wizard = page.run_billing()
    period_page = wizard.page(0)
    assert period_page.period.text() == "2026-11"  # type: ignore[attr-defined]  # last month by default
    period_page.period.setText("2026-13")  # type: ignore[attr-defined]
    assert not period_page.validatePage()
    assert "'2026-13' is not a month" in period_page.error.text()  # type: ignore[attr-defined]
    period_page.period.setText("2026-11")  # type: ignore[attr-defined]
    wizard.next()
    preview = wizard.page(1)
    tree = preview.tree  # type: ignore[attr-defined]
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert top.text(1) == f"{EXPECTED_TOTAL}" and "Acme Hosting" in top.text(0)
    children = [top.child(i).text(0) for i in range(top.childCount())]
    assert "Usage per miner" in children and any(text.startswith("Gaps (") for text in children)
    energy = [text for text in children if text.startswith("Energy ")]
    assert energy and all(text.startswith(("Energy r1:", "Energy r2:")) for text in energy), energy  # names, not ids
    assert "1 draft(s) for 2026-11" in preview.summary.text()  # type: ignore[attr-defined]
    wizard.accept()
    assert len(wizard.issued) == 1 and wizard.issued[0].endswith("-000001")

    invoices = page.invoices
    invoices.reload()
    qtbot.waitUntil(lambda: invoices.table.model.rowCount() == 1, timeout=3000)
    invoices.table.table.selectRow(0)
    assert invoices.selected().invoice.status == "issued"
    pay = invoices.pay()
    assert pay is not None
    pay.amount.setText("1.005")
    pay.save_button.click()
    assert "more than two decimals" in pay.field_error("amount")
    pay.amount.setText("100")
    pay.save_button.click()
    qtbot.waitUntil(lambda: invoices.table.model.rows[0].owed.paid_usd == Decimal("100.00"), timeout=3000)
    invoices.table.table.selectRow(0)
    credit = invoices.credit()
    assert credit is not None
    credit.amount.setText("5")
    credit.text.setText("goodwill")
    credit.save_button.click()
    qtbot.waitUntil(lambda: invoices.table.model.rows[0].owed.credited_usd == Decimal("5.00"), timeout=3000)
    invoices.table.table.selectRow(0)
    out = tmp_path / "invoice.pdf"
    assert invoices.pdf(str(out))
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert wizard.issued[0] in text and f"{EXPECTED_TOTAL - 105}" in text

    invoices.table.table.selectRow(0)
    box = invoices.send()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert invoices.notice.text().startswith(f"Queued {wizard.issued[0]} to ops@acme.example. No SMTP settings yet")

    invoices.table.table.selectRow(0)
    box = invoices.void()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()  # refused: money moved on it; said in a box, nothing changed
    qtbot.waitUntil(lambda: invoices.table.model.rowCount() == 1, timeout=3000)
    assert invoices.table.model.rows[0].invoice.status == "issued"

    page.revenue.reload()
    november = next(m for m in page.revenue.months if m.month == "2026-11")
    assert (november.invoiced_usd, november.paid_usd) == (EXPECTED_TOTAL, Decimal("100.00"))
    page.overdue.reload()
    qtbot.waitUntil(lambda: page.overdue.table.shown_query is not None, timeout=3000)
    assert page.overdue.table.model.rowCount() == 0


def test_the_customer_sees_their_invoices_statement_and_a_signed_sla_report(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    billing = make_billing(context.database)
    context.clock = clock_at(DAY)  # type: ignore[method-assign, misc]
    with unit_of_work(context.database.session_factory) as session:
        draft = run_billing(session, billing.people.owner, "2026-11", clock_at(DAY)).drafts[0]
        number = issue_invoice(session, billing.people.owner, draft.id, clock=clock_at(DAY)).number
    own = CustomerBilling(context, billing.people.customer)
    qtbot.addWidget(own)
    invoices = own.invoices
    qtbot.waitUntil(lambda: invoices.table.model.rowCount() == 1, timeout=3000)
    buttons = [b.text() for b in invoices.findChildren(QPushButton) if b.text().endswith("…") or b.text() == "Issue"]
    assert "Issue" not in buttons and "Pay…" not in buttons and "PDF…" in buttons  # a customer changes nothing
    assert own.statement.balance.text() == f"You owe {EXPECTED_TOTAL} USD."
    assert own.statement.model.item(0, 2).text() == number
    assert own.statement.save_pdf(str(tmp_path / "statement.pdf"))
    own.sla.period.setText("2026-10")
    assert not own.sla.save_report(str(tmp_path / "none.json"))  # no invoice that month: said in a box
    own.sla.period.setText("2026-11")
    report = tmp_path / "sla.json"
    assert own.sla.save_report(str(report))
    with context.database.session_factory() as session:
        verified = verify(report.read_bytes(), published_keys(session))
    assert verified.report["customer"]["name"] == "Acme Hosting"
    assert own.sla.result.text().endswith(json.loads(report.read_bytes())["signature"]["public_key"])
