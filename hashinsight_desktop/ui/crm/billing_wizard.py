"""Run billing for a period: choose the month, the drafts are made (or refreshed) from the roll-ups, every draft is
shown with its lines, usage per miner and gaps, and one press issues them all in one transaction (each numbered in
its series). Cancelled after the preview, the drafts stay drafts: running the month again refreshes them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

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

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing.document import invoice_document
from hashinsight_desktop.services.billing.invoices import issue_invoice
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


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
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Month (YYYY-MM):")))
        layout.addWidget(self.period)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        try:
            self.run.prepare(self.period.text())
        except ServiceError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True


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
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Issue all"))

    def initializePage(self) -> None:
        self.tree.clear()
        drafts, skipped = self.run.documents, self.run.skipped
        total = sum((float(d["totals"]["total_usd"]) for d in drafts), 0.0)
        text = self.tr("%1 draft(s) for %2, %3 USD in all.").replace("%1", str(len(drafts)))
        text = text.replace("%2", self.run.period).replace("%3", f"{total:,.2f}")
        if skipped:
            text += " " + self.tr("Not drafted: %1").replace("%1", "; ".join(skipped))
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
        for line in document["lines"]:
            QTreeWidgetItem(top, [line["description"], line["amount_usd"], ""]).setToolTip(0, line["description"])
        usage = QTreeWidgetItem(top, [self.tr("Usage per miner"), "", ""])
        for miner in document["usage_per_miner"]:
            detail = self.tr("%1 kWh (%2 in gaps), uptime %3 %")
            detail = (
                detail.replace("%1", miner["kwh"]).replace("%2", miner["gap_kwh"]).replace("%3", miner["uptime_pct"])
            )
            QTreeWidgetItem(usage, [miner["name"], miner["amount_usd"], detail])
        gaps = QTreeWidgetItem(top, [self.tr("Gaps (%1)").replace("%1", str(len(document["gaps"]))), "", ""])
        names = {m["miner_id"]: m["name"] for m in document["usage_per_miner"]}
        for gap in document["gaps"]:
            detail = self.tr("%1 s billed at %2 W").replace("%1", str(gap["length_s"])).replace("%2", gap["billed_w"])
            QTreeWidgetItem(
                gaps, [f"{names.get(gap['miner_id'], gap['miner_id'])}  {gap['start']}", gap["kwh"] + " kWh", detail]
            )
        return top

    def isComplete(self) -> bool:
        """Nothing drafted, nothing to issue: Issue all stays disabled."""
        return bool(self.run.documents)


class BillingRunWizard(QWizard):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.setWindowTitle(self.tr("Run billing"))
        self.period = ""
        self.documents: list[dict[str, Any]] = []
        self.skipped: list[str] = []
        self.issued: list[str] = []
        self.addPage(PeriodPage(self))
        self.addPage(PreviewPage(self))
        self.resize(1000, 640)

    def prepare(self, period: str) -> None:
        """Make or refresh the month's drafts (one transaction) and read each as it would print."""
        with unit_of_work(self.context.database.session_factory, "billing run") as session:
            result = run_billing(session, self.principal, period, self.context.clock)
            self.documents = [invoice_document(session, self.principal, draft.id) for draft in result.drafts]
        self.period, self.skipped = period.strip(), result.skipped

    def accept(self) -> None:
        """Issue every previewed draft in one transaction: all numbered, or none when one is refused."""
        try:
            with unit_of_work(self.context.database.session_factory, "billing issue") as session:
                issued = [
                    issue_invoice(session, self.principal, uuid.UUID(d["id"]), clock=self.context.clock)
                    for d in self.documents
                ]
                self.issued = [invoice.number or "" for invoice in issued]
        except ServiceError as exc:
            show_error(self, self.tr("Not issued"), str(exc))
            return
        super().accept()
