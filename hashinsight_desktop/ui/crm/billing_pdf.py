"""Invoice and statement PDFs through Qt's own PDF writer (QTextDocument laid out on A4 by QPdfWriter).

The figures come as plain data from services.billing.document.invoice_document (the invoice's stored
figures) and services.billing.payments.statement; this module only lays them out, in the customer's language
(`DocumentLanguage`: its translator and its locale's numbers and dates, whatever language the console shows). It
needs a QGuiApplication: ``ensure_gui`` makes an offscreen one for the command line when none runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hashinsight_desktop.services.stored_text import render_stored
from hashinsight_desktop.services.texts import Translate
from hashinsight_desktop.ui.document_language import DocumentLanguage

_STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; }
table.lines { border-collapse: collapse; width: 100%; }
table.lines th { border-bottom: 1px solid black; text-align: left; padding: 3px; }
table.lines td { padding: 3px; border-bottom: 0.5px solid gray; }
td.num, th.num { text-align: right; }
.total { font-weight: bold; font-size: 11pt; }
.small { font-size: 8pt; }
"""


# The language of the document being written (set by invoice_html / statement_html for their duration).
_LANGUAGE: ContextVar[DocumentLanguage] = ContextVar("billing_pdf_language")


def tr(text: str) -> str:
    return _language().translate("BillingPdf", text)


def _language() -> DocumentLanguage:
    found = _LANGUAGE.get(None)
    return found if found is not None else DocumentLanguage()


@contextmanager
def _written_in(language: DocumentLanguage) -> Iterator[None]:
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def customer_language(customer: dict[str, Any]) -> DocumentLanguage:
    """The language a customer's documents are written in (their account's; English when not set)."""
    return DocumentLanguage(customer.get("language") or "en")


def _n(value: Any) -> str:
    """A stored figure ("1234.50", "99.2") with the document's locale's separators, its decimals kept."""
    return _language().number(str(value))


def _money(value: Any) -> str:
    return tr("{amount} USD").format(amount=_n(value))


def _day(value: Any) -> str:
    return _language().date(str(value) if value else None)


def ensure_gui() -> None:
    """Text layout and fonts need a QGuiApplication; the CLI has none, so make an offscreen one."""
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def _logo_uri() -> str:
    return (resources.files("hashinsight_desktop") / "resources" / "icons" / "hashinsight.svg").as_uri()  # type: ignore[attr-defined, no-any-return]


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], numeric: set[int]) -> str:
    head = "".join(f'<th class="{"num" if i in numeric else ""}">{_e(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>"
        + "".join(f'<td class="{"num" if i in numeric else ""}">{_e(v)}</td>' for i, v in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f'<table class="lines" cellspacing="0"><thead><tr>{head}</tr></thead>{body}</table>'  # thead: on every page


def _h2(text: str) -> str:
    """A section title; the text is translated by the caller, outside any f-string, where lupdate can see it."""
    return f"<h2>{_e(text)}</h2>"


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _address(lines: Sequence[Any]) -> str:
    return "<br>".join(_e(line) for line in lines if line)


def _header(title: str, ours: Sequence[Any], theirs: Sequence[Any], facts: Sequence[tuple[str, Any]]) -> str:
    facts_html = "".join(f"<tr><td>{_e(k)}</td><td><b>{_e(v)}</b></td></tr>" for k, v in facts)
    return (
        '<table width="100%"><tr>'
        f'<td width="60%"><img src="{_logo_uri()}" width="48" height="48"><br><b>{_address(ours)}</b></td>'
        f'<td width="40%" align="right"><h1>{_e(title)}</h1><table>{facts_html}</table></td></tr></table>'
        + _h2(tr("Bill to"))
        + f"<p>{_address(theirs)}</p>"
    )


def described_line(line: dict[str, Any], names: dict[str, str], translate: Translate | None = None) -> str:
    """The stored line's text in the language of ``translate`` (an invoice from before its text was stored: its
    English as stored), with the miner's name for its id (the customer knows their miners by name)."""
    text = render_stored(str(line["description"]), line.get("description_text"), translate)
    miner = line.get("miner_id")
    return text.replace(miner, names.get(miner, miner)) if miner else text


def _minus(amount: str) -> str:
    return _n(amount) if amount in ("0.00", "-0.00") else f"-{_n(amount)}"


def _hours(seconds: Any) -> str:
    return _language().number(f"{float(seconds or 0) / 3600:.2f}")


def invoice_html(doc: dict[str, Any], language: DocumentLanguage | None = None) -> str:
    """The invoice's page, in ``language`` (default: the customer's)."""
    with _written_in(language or customer_language(doc["customer"])):
        return _invoice_html(doc)


def _invoice_html(doc: dict[str, Any]) -> str:
    customer, site, contract, totals, sla = doc["customer"], doc["site"], doc["contract"], doc["totals"], doc["sla"]
    title = tr("Invoice") if doc["number"] else tr("Draft invoice")
    facts = [
        (tr("Number"), doc["number"] or tr("(draft, not numbered)")),
        (tr("Period"), doc["period"]),
        (tr("Issued"), _day(doc["issued_at"])),
        (tr("Due"), _day(doc["due_on"])),
        (tr("Contract"), f"{contract['reference']} v{contract['version']}"),
        (tr("Terms"), tr("{days} days net").format(days=contract["payment_terms_days"])),
    ]
    ours = [site["name"], site["location"]]
    theirs = [customer["company"] or customer["name"], customer["name"] if customer["company"] else None]
    theirs += [
        *(customer["billing_address"] or "").splitlines(),
        customer["tax_id"] and tr("Tax id: ") + customer["tax_id"],
    ]
    names = {m["miner_id"]: m["name"] for m in doc["usage_per_miner"]}
    parts = [_header(title, ours, theirs, facts), _h2(tr("Lines"))]
    parts.append(
        _table(
            [tr("Description"), tr("Amount (USD)")],
            [(described_line(line, names, _language().translate), _n(line["amount_usd"])) for line in doc["lines"]],
            {1},
        )
    )
    totals_rows = [
        (tr("Energy (kWh {kwh})").format(kwh=_n(totals["kwh"])), _n(totals["energy_usd"])),
        (tr("Hosting fees"), _n(totals["fees_usd"])),
        (tr("Subtotal"), _n(totals["subtotal_usd"])),
        (tr("SLA credit"), _minus(totals["sla_credit_usd"])),
        (tr("Invoice total"), _n(totals["total_usd"])),
        (tr("Late fees"), _n(totals["late_fees_usd"])),
        (tr("Credit notes"), _minus(totals["credited_usd"])),
        (tr("Paid"), _minus(totals["paid_usd"])),
    ]
    rows = "".join(f'<tr><td>{_e(k)}</td><td class="num">{_e(v)}</td></tr>' for k, v in totals_rows)
    balance_due = _money(totals["balance_usd"])
    balance_label = tr("Balance due")
    rows += f'<tr class="total"><td>{_e(balance_label)}</td><td class="num">{_e(balance_due)}</td></tr>'
    parts.append(
        f'<table align="right" width="50%" cellspacing="0" style="margin-top:8px">{rows}</table><br clear="all">'
    )
    parts.append(_h2(tr("Usage per miner")))
    parts.append(
        _table(
            [tr("Miner"), tr("kWh"), tr("of which gaps"), tr("Uptime %"), tr("Gap hours"), tr("Energy (USD)")],
            [
                (
                    m["name"],
                    _n(m["kwh"]),
                    _n(m["gap_kwh"]),
                    _n(m["uptime_pct"]),
                    _hours(m["gap_s"]),
                    _n(m["amount_usd"]),
                )
                for m in doc["usage_per_miner"]
            ],
            {1, 2, 3, 4, 5},
        )
    )
    parts.append(_h2(tr("SLA calculation")))
    promise = tr("Promised uptime {promised} %, measured {measured} % (mean over the miners).").format(
        promised=_n(sla["promised_pct"]), measured=_n(sla["uptime_pct"])
    )
    explained = render_stored(sla["explained"], sla.get("explained_text"), _language().translate)
    parts.append(f"<p>{_e(promise)}<br>{_e(explained)}</p>")
    gaps = doc["gaps"]
    parts.append(_h2(tr("Gaps in telemetry ({count})").format(count=len(gaps))))
    if gaps:
        parts.append(
            _table(
                [tr("Miner"), tr("Start"), tr("Length (s)"), tr("Billed W"), tr("Billed kWh")],
                [
                    (
                        names.get(g["miner_id"], g["miner_id"]),
                        g["start"],
                        _n(g["length_s"]),
                        _n(g["billed_w"]),
                        _n(g["kwh"]),
                    )
                    for g in gaps
                ],
                {2, 3, 4},
            )
        )
    else:
        parts.append(_p(tr("None: every second of the period was measured.")))
    parts.append(_h2(tr("Payment details")))
    parts.append(
        "<p>"
        + _e(
            tr("Please pay {balance} by {due}, quoting {number}. Deposit held: {deposit}.").format(
                balance=_money(totals["balance_usd"]),
                due=_day(doc["due_on"]),
                number=doc["number"] or tr("the invoice"),
                deposit=_money(contract["deposit_usd"]),
            )
        )
        + "</p>"
    )
    for payment in doc["payments"]:
        received = tr("Received {amount} on {day}").format(
            amount=_money(payment["amount_usd"]), day=_day(payment["paid_on"])
        )
        parts.append(f'<p class="small">{_e(received)} {_e(payment["reference"])}</p>')
    return "".join(parts)


def statement_html(
    customer: dict[str, Any],
    site: dict[str, Any],
    entries: Sequence[dict[str, Any]],
    on: str,
    language: DocumentLanguage | None = None,
) -> str:
    """The customer's statement, in ``language`` (default: the customer's)."""
    with _written_in(language or customer_language(customer)):
        return _statement_html(customer, site, entries, on)


def _kind(kind: str) -> str:
    """A statement move's kind (services.billing.payments.StatementEntry) in the document's language."""
    names = {
        "invoice": tr("invoice"),
        "late_fee": tr("late fee"),
        "credit_note": tr("credit note"),
        "payment": tr("payment"),
    }
    return names.get(kind, kind)


def _statement_html(customer: dict[str, Any], site: dict[str, Any], entries: Sequence[dict[str, Any]], on: str) -> str:
    balance = entries[-1]["balance_usd"] if entries else "0.00"
    facts = [(tr("Date"), _day(on)), (tr("Balance"), _money(balance))]
    theirs = [customer.get("company") or customer["name"], *(customer.get("billing_address") or "").splitlines()]
    parts = [_header(tr("Statement"), [site.get("name"), site.get("location")], theirs, facts)]
    parts.append(
        _table(
            [tr("Date"), tr("Kind"), tr("Reference"), tr("Amount (USD)"), tr("Balance (USD)")],
            [
                (_day(e["date"]), _kind(e["kind"]), e["reference"], _n(e["amount_usd"]), _n(e["balance_usd"]))
                for e in entries
            ],
            {3, 4},
        )
    )
    parts.append(f'<p class="total">{_e(tr("Balance due"))}: {_e(_money(balance))}</p>')
    return "".join(parts)


def write_pdf(html: str, out: Path, title: str) -> bytes:
    """Lay ``html`` out on A4 and write it to ``out``; returns the PDF's bytes (to attach to an e-mail)."""
    ensure_gui()
    writer = QPdfWriter(str(out))
    writer.setTitle(title)
    writer.setCreator("HashInsight Desktop")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    document.setHtml(f"<html><body>{html}</body></html>")
    document.print_(writer)
    del writer  # flushes the file
    return out.read_bytes()
