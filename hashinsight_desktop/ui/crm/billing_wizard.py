"""Run billing for a period: choose the month, the drafts are made (or refreshed) from the roll-ups, every draft is
shown with its lines, usage per miner and gaps, and one press issues them all in one transaction (each numbered in
its series). Both transactions run off the GUI thread with a busy bar and a Cancel that rolls them back. Cancelled
after the preview, the drafts stay drafts: running the month again refreshes them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing.document import invoice_document
from hashinsight_desktop.services.billing.invoices import issue_invoice
from hashinsight_desktop.services.billing.run import RunResult, run_billing
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Text, render_error
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.crm.billing_busy import BusyRun
from hashinsight_desktop.ui.crm.billing_pdf import described_line
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


def failure_text(exc: Exception) -> str:
    if isinstance(exc, ServiceError):
        return render_error(exc, QCoreApplication.translate)
    if isinstance(exc, SQLAlchemyError):
        return database_error_text(exc)
    raise exc


def previous_month(today: date) -> str:
    last = today.replace(day=1) - timedelta(days=1)
    return f"{last:%Y-%m}"


class PeriodPage(QWizardPage):
    def __init__(self, wizard: BillingRunWizard) -> None:
        super().__init__(wizard)
        self.run = wizard
        self.setTitle(self.tr("Run billing for a period"))
        self.setSubTitle(self.tr("Drafts are made from the miners' roll-ups for every contract active in the month."))
        self.period = QLineEdit(previous_month(wizard.context.clock().date()))
        self.period.setObjectName("billingPeriod")
        self.period.setPlaceholderText(self.tr("YYYY-MM"))
        self.error = QLabel()
        set_tone(self.error, BAD_COLOR)
        self.error.setWordWrap(True)
        self.busy: BusyRun[tuple[list[dict[str, Any]], list[str]]] = BusyRun(
            wizard.context.database.session_factory, "billing run"
        )
        self.busy.changed.connect(self.completeChanged)
        self.ready_for: str | None = None  # the month whose drafts were just made: Next goes on to the preview
        self._validating = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Month (YYYY-MM):")))
        layout.addWidget(self.period)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return not self.busy.running()

    def validatePage(self) -> bool:
        """Next starts the run off the GUI thread; when it ends, the wizard moves on by itself."""
        period = self.period.text().strip()
        if self.ready_for == period:
            self.ready_for = None
            return True
        if self.busy.running():
            return False
        self.error.clear()
        text = self.tr(
            "Making the drafts for %1… Cancel stops waiting at once; the run cannot be interrupted mid-way, so it is "
            "rolled back when it ends and nothing of it is kept."
        ).replace("%1", period)
        self._validating = True
        try:
            self.busy.start(
                text, lambda s: self.run.prepare(s, period), lambda r: self._prepared(period, r), self._failed
            )
        finally:
            self._validating = False
        if self.ready_for == period:  # no running event loop: done already
            self.ready_for = None
            return True
        return False

    def _prepared(self, period: str, prepared: tuple[list[dict[str, Any]], list[Text]]) -> None:
        self.run.period, (self.run.documents, self.run.skipped) = period, prepared
        self.ready_for = period
        if not self._validating:
            self.run.next()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(failure_text(exc))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: BillingRunWizard) -> None:
        super().__init__(wizard)
        self.run = wizard
        self.setTitle(self.tr("Preview the drafts"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("billingPreview")
        self.tree.setHeaderLabels([self.tr("Draft / line"), self.tr("Amount (USD)"), self.tr("Detail")])
        self.tree.setColumnWidth(0, 520)
        self.busy: BusyRun[list[str]] = BusyRun(wizard.context.database.session_factory, "billing issue")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.busy)
        self.busy.changed.connect(self.completeChanged)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Issue all"))

    def initializePage(self) -> None:
        self.tree.clear()
        drafts, skipped = self.run.documents, self.run.skipped
        total = sum((float(d["totals"]["total_usd"]) for d in drafts), 0.0)
        text = self.tr("%1 draft(s) for %2, %3 USD in all.").replace("%1", str(len(drafts)))
        text = text.replace("%2", self.run.period).replace("%3", number(total, 2))
        if skipped:
            said = "; ".join(line.render(QCoreApplication.translate) for line in skipped)
            text += " " + self.tr("Not drafted: %1").replace("%1", said)
        self.summary.setText(text)
        for document in drafts:
            self.tree.addTopLevelItem(self._draft_item(document))
        self.tree.expandAll()  # every line, miner and gap in view before issuing
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Issue all %1").replace("%1", str(len(drafts))))

    def _draft_item(self, document: dict[str, Any]) -> QTreeWidgetItem:
        contract = document["contract"]
        top = QTreeWidgetItem(
            [
                f"{document['customer']['name']} — {contract['reference']} v{contract['version']}",
                document["totals"]["total_usd"],
                self.tr("uptime %1 %, %2 gap(s)")
                .replace("%1", document["sla"]["uptime_pct"])
                .replace("%2", str(len(document["gaps"]))),
            ]
        )
        names = {m["miner_id"]: m["name"] for m in document["usage_per_miner"]}
        for line in document["lines"]:
            text = described_line(line, names, QCoreApplication.translate)  # the miner's name, as on the PDF
            QTreeWidgetItem(top, [text, line["amount_usd"], ""]).setToolTip(0, text)
        usage = QTreeWidgetItem(top, [self.tr("Usage per miner"), "", ""])
        for miner in document["usage_per_miner"]:
            detail = self.tr("%1 kWh (%2 in gaps), uptime %3 %")
            detail = (
                detail.replace("%1", miner["kwh"]).replace("%2", miner["gap_kwh"]).replace("%3", miner["uptime_pct"])
            )
            QTreeWidgetItem(usage, [miner["name"], miner["amount_usd"], detail])
        gaps = QTreeWidgetItem(top, [self.tr("Gaps (%1)").replace("%1", str(len(document["gaps"]))), "", ""])
        for gap in document["gaps"]:
            detail = self.tr("%1 s billed at %2 W").replace("%1", str(gap["length_s"])).replace("%2", gap["billed_w"])
            QTreeWidgetItem(
                gaps, [f"{names.get(gap['miner_id'], gap['miner_id'])}  {gap['start']}", gap["kwh"] + " kWh", detail]
            )
        return top

    def isComplete(self) -> bool:
        """Nothing drafted, nothing to issue: Issue all stays disabled (and while the drafts are being issued)."""
        return bool(self.run.documents) and not self.busy.running()


class BillingRunWizard(QWizard):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.setWindowTitle(self.tr("Run billing"))
        self.period = ""
        self.documents: list[dict[str, Any]] = []
        self.skipped: list[Text] = []
        self.issued: list[str] = []
        self.period_page, self.preview_page = PeriodPage(self), PreviewPage(self)
        self.addPage(self.period_page)
        self.addPage(self.preview_page)
        self.resize(1000, 640)

    def prepare(self, session: Session, period: str) -> tuple[list[dict[str, Any]], list[Text]]:
        """Make or refresh the month's drafts (in the caller's transaction) and read each as it would print."""
        result: RunResult = run_billing(session, self.principal, period, self.context.clock)
        return [invoice_document(session, self.principal, draft.id) for draft in result.drafts], result.skipped

    def issue_all(self, session: Session) -> list[str]:
        ids = [uuid.UUID(d["id"]) for d in self.documents]
        return [issue_invoice(session, self.principal, i, clock=self.context.clock).number or "" for i in ids]

    def accept(self) -> None:
        """Issue every previewed draft in one transaction, off the GUI thread: all numbered, or none when one is
        refused or the issuing is cancelled."""
        busy = self.preview_page.busy
        if busy.running():
            return
        text = self.tr(
            "Issuing %1 invoice(s)… Cancel stops waiting at once; the issuing is rolled back when it ends and no "
            "number is used."
        ).replace("%1", str(len(self.documents)))
        busy.start(text, self.issue_all, self._issued, self._not_issued)

    def _issued(self, numbers: list[str]) -> None:
        self.issued = numbers
        super().accept()

    def _not_issued(self, exc: Exception) -> None:
        show_error(self, self.tr("Not issued"), failure_text(exc))

    def reject(self) -> None:
        """Cancel (or Esc) during a run abandons it: rolled back when the service returns."""
        self.period_page.busy.cancel()
        self.preview_page.busy.cancel()
        super().reject()
