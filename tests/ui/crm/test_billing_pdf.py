"""An issued invoice and the customer's statement written as PDFs through Qt's writer: pdftotext finds the number,
the totals to the cent, the usage per miner, the gaps and the SLA line; `invoice send` queues the PDF to the
billing contact; a draft is not sent. SQLite only: the PDF reads the stored invoice (engine-neutral)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import EmailLog
from hashinsight_desktop.services.billing import invoices
from hashinsight_desktop.services.billing.credit_notes import issue_credit_note
from hashinsight_desktop.services.billing.invoice_mail import queue_invoice_email
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.crm.contacts import add_contact
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.crm.billing_print import invoice_pdf, statement_pdf
from tests.services.billing_db.kit import EXPECTED_TOTAL, NOV, Billing, billing_on_sqlite, clock_at

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)


@pytest.fixture
def billing(sqlite_template: Path, tmp_path: Path) -> Iterator[Billing]:
    with billing_on_sqlite(sqlite_template, tmp_path) as billing:
        yield billing


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_invoice_and_statement_pdfs_hold_the_right_totals_and_the_invoice_is_sent(
    billing: Billing, tmp_path: Path, qapp: object
) -> None:
    owner = billing.people.owner
    with unit_of_work(billing.session_factory) as session:
        draft = run_billing(session, owner, "2026-11", clock_at(DAY)).drafts[0]
        with pytest.raises(ValidationError, match="only issued invoices are sent"):
            queue_invoice_email(session, owner, draft.id, b"%PDF", clock=clock_at(DAY))
        invoice = invoices.issue_invoice(session, owner, draft.id, clock=clock_at(DAY))
        issue_credit_note(
            session, owner, invoice.id, amount=EXPECTED_TOTAL - 100, reason="goodwill", clock=clock_at(DAY)
        )
        out = tmp_path / "invoice.pdf"
        document = invoice_pdf(session, owner, invoice.number or "", out)
        statement = tmp_path / "statement.pdf"
        statement_pdf(session, billing.people.customer, billing.people.customer_id, statement, "2026-12-02")
    text = _text(out)
    totals = document["totals"]
    assert invoice.number and invoice.number in text
    for label, value in (
        ("Subtotal", totals["subtotal_usd"]),
        ("SLA credit", f"-{totals['sla_credit_usd']}"),
        ("Invoice total", f"{EXPECTED_TOTAL}"),
        ("Credit notes", f"-{EXPECTED_TOTAL - 100}"),
        ("Balance due", "100.00 USD"),
    ):
        assert any(label in line and line.rstrip().endswith(value) for line in text.splitlines()), (label, value)
    assert "Usage per miner" in text and "r1" in text and "r2" in text
    assert f"Gaps in telemetry ({len(document['gaps'])})" in text and document["gaps"]
    assert document["sla"]["explained"].split()[0] in text
    statement_text = _text(statement)
    assert "Statement" in statement_text and invoice.number in statement_text
    assert statement_text.count("100.00") >= 1 and "Balance due: 100.00 USD" in statement_text

    with unit_of_work(billing.session_factory) as session:
        add_contact(
            session, owner, billing.people.customer_id, name="Accounts", email="ap@acme.example", is_billing=True
        )
        queued = queue_invoice_email(session, owner, invoice.id, out.read_bytes(), clock=clock_at(DAY))
    with unit_of_work(billing.session_factory) as session:
        (row,) = session.scalars(select(EmailLog)).all()
        assert row.id == queued.id and row.recipients == ["ap@acme.example"] and invoice.number in row.subject
        assert [a["filename"] for a in row.attachments] == [f"{invoice.number}.pdf"]
