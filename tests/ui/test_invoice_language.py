"""An invoice PDF is written in its customer's language, whatever the console shows: a zh_CN customer's reads in
Chinese (labels from the translator, dates by the Chinese locale), an English customer's has no Chinese in it; the
invoice e-mail's subject too; the customer form sets it. A small test .qm stands in for the shipped one. SQLite
only: the PDF reads the stored invoice and the form saves through the same service on either engine."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import EmailLog
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing import invoices
from hashinsight_desktop.services.billing.invoice_mail import queue_invoice_email
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.crm.customers import get_customer, update_customer
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.crm.billing_print import customer_translate, invoice_pdf
from hashinsight_desktop.ui.crm.customers_page import CustomerDialog, customer_line
from tests.services.billing_db.kit import NOV, Billing, billing_on_sqlite, clock_at
from tests.support.small_qm import build_qm

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)
CHINESE = {
    "BillingPdf": {
        "Invoice": "发票",
        "Bill to": "收款方",
        "Balance due": "应付余额",
        "Usage per miner": "每台矿机用量",
        "{amount} USD": "{amount} 美元",
    },
    "InvoiceMail": {"Invoice {number} ({period})": "发票 {number}（{period}）"},
}
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def billing(sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Billing]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: build_qm(tmp_path, CHINESE))
    with billing_on_sqlite(sqlite_template, tmp_path) as billing:
        yield billing


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_the_invoice_pdf_and_mail_are_in_the_customers_language(billing: Billing, tmp_path: Path, qapp: object) -> None:
    owner, customer_id = billing.people.owner, billing.people.customer_id
    with unit_of_work(billing.session_factory) as session:
        draft = run_billing(session, owner, "2026-11", clock_at(DAY)).drafts[0]
        invoice = invoices.issue_invoice(session, owner, draft.id, clock=clock_at(DAY))
        english = invoice_pdf(session, owner, invoice.number or "", tmp_path / "en.pdf")
        customer = get_customer(session, owner, customer_id)
        with pytest.raises(ValidationError, match=r"^language: 'fr' is not a language"):
            update_customer(
                session,
                owner,
                customer_id,
                expected_version=customer.version,
                name=customer.name,
                contact_email=customer.contact_email,
                language="fr",
            )
    with unit_of_work(billing.session_factory) as session:
        customer = get_customer(session, owner, customer_id)
        update_customer(
            session,
            owner,
            customer_id,
            expected_version=customer.version,
            name=customer.name,
            contact_email="ap@acme.example",
            language="zh-CN",
        )
    with unit_of_work(billing.session_factory) as session:
        chinese = invoice_pdf(session, owner, invoice.number or "", tmp_path / "zh.pdf")
        pdf = (tmp_path / "zh.pdf").read_bytes()
        queue_invoice_email(session, owner, invoice.id, pdf, translate=customer_translate(session, customer_id))
        (subject,) = session.scalars(select(EmailLog.subject)).all()

    assert english["customer"]["language"] == "en" and chinese["customer"]["language"] == "zh_CN"
    english_text, chinese_text = _text(tmp_path / "en.pdf"), _text(tmp_path / "zh.pdf")
    assert "Bill to" in english_text and "Balance due" in english_text and "12/2/2026" in english_text
    assert not HAN.search(english_text), HAN.findall(english_text)
    for label in ("发票", "收款方", "应付余额", "每台矿机用量", "美元", "2026/12/2"):
        assert label in chinese_text, label
    assert "Bill to" not in chinese_text and "Balance due" not in chinese_text
    assert invoice.number and invoice.number in chinese_text
    assert subject == f"发票 {invoice.number}（2026-11）"


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_the_customer_form_sets_the_documents_language(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    form = CustomerDialog(context, owner)
    qtbot.addWidget(form)
    assert form.language.currentData() == "en"  # the default: English documents
    form.name.setText("Shenzhen Hosting")
    form.language.setCurrentIndex(form.language.findData("zh_CN"))
    form.try_save()
    with unit_of_work(context.database.session_factory) as session:
        saved = get_customer(session, owner, form.saved_id)
        assert saved.language == "zh_CN"
        edit = CustomerDialog(context, owner, customer=customer_line(saved, ()))
    qtbot.addWidget(edit)
    assert edit.language.currentText() == "简体中文"  # an edit starts from what is stored
