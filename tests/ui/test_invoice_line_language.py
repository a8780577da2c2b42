"""An invoice's lines, its SLA explanation and a statement's references are kept as texts (template + figures) beside
their English, so a zh_CN customer's PDF says them in Chinese with the invoice's own figures, and the console shows
them in its language; an invoice issued before (English only in its document) prints as stored. A small test .qm
stands in for the shipped one. SQLite only: the documents are read from stored JSON, the same on either engine."""

from __future__ import annotations

import copy
import re
import subprocess
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm.attributes import flag_modified

from hashinsight_desktop.db.models import Customer, Invoice
from hashinsight_desktop.services.billing import invoices
from hashinsight_desktop.services.billing.credit_notes import issue_credit_note
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.crm.billing_print import invoice_pdf, statement_pdf, statement_rows
from tests.services.billing_db.kit import NOV, Billing, billing_on_sqlite, clock_at
from tests.support.small_qm import build_qm

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)
FEE = "Hosting fee: {count} miner(s) × {fee} USD for {period}"
ENERGY = "Energy {miner}: {kwh} kWh{gaps} × {rate} USD/kWh{overhead}"
OVERHEAD = " + {overhead} % overhead"
GAPS = " (of which {gap_kwh} kWh for gaps, gap policy {policy})"
CREDIT = (
    "SLA credit: uptime {uptime} % (promised {promised} %) is below {below} %: {credit} % of the subtotal "
    "{subtotal} USD"
)
NO_CREDIT = "SLA credit: uptime {uptime} % (promised {promised} %) is below no credit tier"
CHINESE = {
    "InvoiceLines": {
        FEE: "托管费：{count} 台矿机 × {fee} 美元，{period}",
        ENERGY: "电量 {miner}：{kwh} 千瓦时{gaps} × {rate} 美元/千瓦时{overhead}",
        OVERHEAD: " + {overhead} % 附加费",
        GAPS: "（其中 {gap_kwh} 千瓦时为数据缺口，缺口规则 {policy}）",
        CREDIT: "SLA 赔付：正常运行 {uptime} %（承诺 {promised} %）低于 {below} %：小计 {subtotal} 美元的 {credit} %",
        NO_CREDIT: "SLA 赔付：正常运行 {uptime} %（承诺 {promised} %）未低于任何赔付档",
    },
    "Statement": {"{note} on {invoice}": "{invoice} 的贷项 {note}"},
}
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def billing(sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Billing]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: build_qm(tmp_path, CHINESE))
    with billing_on_sqlite(sqlite_template, tmp_path) as billing:
        yield billing


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)  # no spaces: a long line wraps in its table cell, even inside a word


def _chinese(template: str, **params: object) -> str:
    return re.sub(r"\s+", "", CHINESE["InvoiceLines"][template].format(**params))


def test_a_chinese_customers_invoice_and_statement_say_their_lines_in_chinese(
    billing: Billing, tmp_path: Path, qapp: object
) -> None:
    owner, customer_id = billing.people.owner, billing.people.customer_id
    with unit_of_work(billing.session_factory) as session:
        draft = run_billing(session, owner, "2026-11", clock_at(DAY)).drafts[0]
        invoice = invoices.issue_invoice(session, owner, draft.id, clock=clock_at(DAY))
        issue_credit_note(session, owner, invoice.id, amount=Decimal("10.00"), reason="goodwill", clock=clock_at(DAY))
        english = invoice_pdf(session, owner, invoice.number or "", tmp_path / "en.pdf")
        session.get_one(Customer, customer_id).language = "zh_CN"
    with unit_of_work(billing.session_factory) as session:
        chinese = invoice_pdf(session, owner, invoice.number or "", tmp_path / "zh.pdf")
        statement_pdf(session, owner, customer_id, tmp_path / "statement.pdf", "2026-12-02")
        console_rows = statement_rows(session, owner, customer_id)  # no translator: English

    lines = {line["kind"]: line for line in chinese["lines"]}
    fee = lines["hosting_fee"]["description_text"]["p"]
    assert fee == {"count": 2, "fee": "20", "period": "2026-11"}  # the figures, kept as the bill wrote them
    said = _text(tmp_path / "zh.pdf")
    assert _chinese(FEE, count=2, fee="20", period="2026-11") in said
    names = {m["miner_id"]: m["name"] for m in chinese["usage_per_miner"]}
    for line in chinese["lines"]:
        if line["kind"] == "energy":
            figures = line["description_text"]["p"]
            expected = _chinese(
                ENERGY,
                miner=names[line["miner_id"]],  # the customer's name for it, as in English
                kwh=figures["kwh"],
                gaps=_chinese(GAPS, gap_kwh=figures["gaps"]["p"]["gap_kwh"], policy="last") if figures["gaps"] else "",
                rate="0.05",
                overhead=_chinese(OVERHEAD, overhead="10"),
            )
            assert expected in said, expected
    credit = lines["sla_credit"]["description_text"]
    credit_template = _chinese(CREDIT if "below" in credit["p"] else NO_CREDIT, **credit["p"])
    assert credit_template in said
    assert "Hostingfee:" not in said and "SLAcredit:" not in said and "Energyr" not in said and "forgaps" not in said
    assert f"{invoice.number}的贷项" in _text(tmp_path / "statement.pdf")

    english_text = _text(tmp_path / "en.pdf")  # the English document reads as it did
    assert "Hostingfee:2miner(s)×20USDfor2026-11" in english_text and not HAN.search(english_text)
    assert english["lines"][0]["description"].startswith("Energy ")
    assert any(row["reference"].endswith(f" on {invoice.number}") for row in console_rows)


def test_an_invoice_issued_before_its_lines_were_texts_prints_as_stored(
    billing: Billing, tmp_path: Path, qapp: object
) -> None:
    owner, customer_id = billing.people.owner, billing.people.customer_id
    with unit_of_work(billing.session_factory) as session:
        draft = run_billing(session, owner, "2026-11", clock_at(DAY)).drafts[0]
        invoice = invoices.issue_invoice(session, owner, draft.id, clock=clock_at(DAY))
        old = copy.deepcopy(invoice.document)  # as the earlier version stored it: English only
        for line in old["lines"]:
            del line["description_text"]
        stored = session.get_one(Invoice, invoice.id)
        stored.document = old
        flag_modified(stored, "document")
        session.get_one(Customer, customer_id).language = "zh_CN"
    with unit_of_work(billing.session_factory) as session:
        printed = invoice_pdf(session, owner, invoice.number or "", tmp_path / "old.pdf")
    said = _text(tmp_path / "old.pdf")
    assert printed["sla"]["explained_text"] is None
    assert "Hostingfee:2miner(s)×20USDfor2026-11" in said  # English as stored, in a Chinese document
    assert re.sub(r"\s+", "", printed["sla"]["explained"]) in said
