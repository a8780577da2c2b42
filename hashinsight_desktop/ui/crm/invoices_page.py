"""Hosting invoices in the CRM tab: issue drafts, record payments, credit, void, write the PDF, send it to the
billing contacts. Issue, void and send ask first; pay and credit are forms whose refusals land under the field.
A customer-role user sees their own invoices (the service scopes them) and may only write their PDFs."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing import invoices
from hashinsight_desktop.services.billing.credit_notes import amount_usd, issue_credit_note
from hashinsight_desktop.services.billing.invoice_mail import queue_invoice_email
from hashinsight_desktop.services.billing.payments import record_payment
from hashinsight_desktop.services.crm.crm_mail import smtp_configured
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.ui.common import confirm
from hashinsight_desktop.ui.crm.billing_print import customer_translate, invoice_pdf
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog
from hashinsight_desktop.ui.crm.labels import choices
from hashinsight_desktop.ui.crm.paged_query import (
    UNKNOWN_TOTAL,
    PagedColumn,
    TableFilter,
    TablePage,
    TableQuery,
    TableSource,
)
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Invoices", "Draft"),
    "issued": QT_TRANSLATE_NOOP("Invoices", "Issued"),
    "paid": QT_TRANSLATE_NOOP("Invoices", "Paid"),
    "overdue": QT_TRANSLATE_NOOP("Invoices", "Overdue"),
    "void": QT_TRANSLATE_NOOP("Invoices", "Void"),
}
TONES = {"paid": OK_COLOR, "overdue": BAD_COLOR, "draft": NOTE_COLOR}


def status_label(status: str) -> str:
    return QCoreApplication.translate("Invoices", STATUS_LABELS.get(status, status))  # QT_TRANSLATE_NOOP above


def fetch_invoices(session: Session, principal: Principal, query: TableQuery) -> TablePage[Any]:
    rows = invoices.list_invoices(
        session, principal, status=query.filter("status"), limit=query.limit, offset=query.offset
    )
    return TablePage(rows, UNKNOWN_TOTAL)


INVOICES = TableSource(
    "invoices",
    [
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.invoice.number or ""),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Period"), lambda r: r.invoice.period),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Contract"), lambda r: f"{r.contract_reference} v{r.version_number}"),
        PagedColumn(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: status_label(r.invoice.status),
            tone=lambda r: TONES.get(r.invoice.status),
        ),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Total (USD)"), lambda r: f"{r.invoice.total_usd}", None, True),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Owed (USD)"), lambda r: f"{r.owed.balance_usd}", None, True),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.invoice.due_on or ""),
    ],
    fetch_invoices,
    filters=[TableFilter("status", QT_TRANSLATE_NOOP("CrmFilters", "Status"), choices(invoices.STATUSES))],
    searchable=False,
)


class MoneyDialog(CrmFormDialog):
    """An amount (and a reason or reference) saved by ``submit(session, amount, text)``."""

    def __init__(
        self, context: AppContext, principal: Principal, title: str, text_label: str, submit: Any, parent: QWidget
    ) -> None:
        super().__init__(context, principal, title, parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.amount = self.add_text_field("amount", self.tr("Amount (USD)"), "", self.tr("e.g. 120.50"))
        self.text = self.add_text_field("reason", text_label, "", "")
        self.amount.setFocus()

    def entity(self) -> str:
        return "invoice"

    def save(self, session: Session) -> None:
        self._submit(session, amount_usd(self.amount.text(), "amount"), self.text.text())


class InvoicesPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, INVOICES, frozenset({"invoice"}), parent)
        manage = principal.can(Permission.CUSTOMERS_MANAGE)
        if manage:
            self.button(self.tr("Issue"), self.issue, lambda r: r.invoice.status == "draft")
            self.button(self.tr("Pay…"), self.pay, lambda r: r.invoice.status in invoices.OPEN)
            self.button(self.tr("Credit…"), self.credit, lambda r: r.owed.creditable_usd > 0)
            self.button(self.tr("Void…"), self.void, lambda r: r.invoice.status in ("draft", "issued"))
            self.button(self.tr("Send"), self.send, lambda r: r.invoice.number is not None)
        self.button(self.tr("PDF…"), self.pdf, lambda r: True)

    def _ask(self, title: str, question: str, action: Any) -> QWidget | None:
        """Asks first; ``action(session, row)`` in one transaction; a text it returns is said once committed."""
        row = self.selected()
        if row is None:
            return None
        name = row.invoice.number or self.tr("the draft for %1").replace("%1", row.customer_name)
        said: list[object] = []

        def run() -> None:
            if self.act("invoice", lambda s: said.append(action(s, row))) and isinstance(said[0], str):
                self.say(said[0])

        return confirm(self, title, question.replace("%1", name), run)

    def issue(self) -> QWidget | None:
        return self._ask(
            self.tr("Issue invoice"),
            self.tr("Issue %1? It gets the next number of the series and can then only be credited or voided."),
            lambda s, row: invoices.issue_invoice(s, self.principal, row.invoice.id, clock=self.context.clock),
        )

    def void(self) -> QWidget | None:
        return self._ask(
            self.tr("Void invoice"),
            self.tr("Void %1? It stays in the series, marked void, and is no longer owed."),
            lambda s, row: invoices.void_invoice(
                s, self.principal, row.invoice.id, reason="voided in the console", clock=self.context.clock
            ),
        )

    def send(self) -> QWidget | None:
        def queue(session: Session, row: Any) -> str:
            with tempfile.TemporaryDirectory() as folder:
                pdf = self._render(session, row.invoice.id, Path(folder) / "invoice.pdf")
            sent = queue_invoice_email(
                session,
                self.principal,
                row.invoice.id,
                pdf,
                clock=self.context.clock,
                translate=customer_translate(session, row.invoice.customer_id),
            )
            said = self.tr("Queued %1 to %2.").replace("%1", row.invoice.number or "")
            said = said.replace("%2", ", ".join(sent.recipients))
            if not smtp_configured(session):
                said += " " + self.tr("No SMTP settings yet: it waits in the send log until they are set.")
            return said

        return self._ask(
            self.tr("Send invoice"), self.tr("E-mail %1 as a PDF to the customer's billing contacts?"), queue
        )

    def _render(self, session: Session, invoice_id: uuid.UUID, out: Path) -> bytes:
        invoice_pdf(session, self.principal, str(invoice_id), out)
        return out.read_bytes()

    def pay(self) -> CrmFormDialog | None:
        row = self.selected()
        if row is None:
            return None

        def submit(session: Session, amount: Any, reference: str) -> None:
            record_payment(
                session,
                self.principal,
                row.invoice.id,
                amount=amount,
                paid_on=self.context.clock().date(),
                reference=reference,
                clock=self.context.clock,
            )

        title = self.tr("Payment on %1").replace("%1", row.invoice.number or "")
        return self.open_form(MoneyDialog(self.context, self.principal, title, self.tr("Bank reference"), submit, self))

    def credit(self) -> CrmFormDialog | None:
        row = self.selected()
        if row is None:
            return None

        def submit(session: Session, amount: Any, reason: str) -> None:
            issue_credit_note(
                session, self.principal, row.invoice.id, amount=amount, reason=reason, clock=self.context.clock
            )

        title = self.tr("Credit note on %1").replace("%1", row.invoice.number or "")
        return self.open_form(MoneyDialog(self.context, self.principal, title, self.tr("Reason"), submit, self))

    def pdf(self, path: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        suggested = f"{row.invoice.number or 'draft-' + row.invoice.period}.pdf"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save invoice PDF"), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return False
        done = self.act("invoice", lambda s: self._render(s, row.invoice.id, Path(path)))
        if done:
            self.say(self.tr("Wrote %1").replace("%1", path))
        return done
