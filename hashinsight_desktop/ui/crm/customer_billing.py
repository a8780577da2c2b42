"""The customer's own billing, in their view: their invoices (each as a PDF), their statement with the running
balance (as a PDF too), and their monthly SLA reports signed by the site. Everything is read as the customer:
the services scope it to their own records."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing.sla_report import signed_report
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.secret_store import SecretStoreError
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import record_table, show_error
from hashinsight_desktop.ui.crm.billing_print import statement_pdf, statement_rows
from hashinsight_desktop.ui.crm.billing_wizard import previous_month
from hashinsight_desktop.ui.crm.invoices_page import InvoicesPage
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.theme import OK_COLOR, set_tone

KIND_LABELS = {
    "invoice": QT_TRANSLATE_NOOP("Statement", "Invoice"),
    "late_fee": QT_TRANSLATE_NOOP("Statement", "Late fee"),
    "credit_note": QT_TRANSLATE_NOOP("Statement", "Credit note"),
    "payment": QT_TRANSLATE_NOOP("Statement", "Payment"),
}


class StatementPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.balance = QLabel()
        self.save = QPushButton(self.tr("Save statement PDF…"))
        self.save.clicked.connect(lambda _checked=False: self.save_pdf())
        self.model = QStandardItemModel(0, 5, self)
        headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Reference"),
            self.tr("Amount (USD)"),
            self.tr("Balance (USD)"),
        ]
        self.model.setHorizontalHeaderLabels(headers)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)  # the statement's order is the running balance's
        bar = QHBoxLayout()
        bar.addWidget(self.balance, 1)
        bar.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.rows: list[dict[str, str]] = []
        follow_changes(self, frozenset({"invoice"}), self.reload)
        self.reload()

    def reload(self) -> None:
        if self.principal.customer_id is None:
            return
        try:
            with self.context.database.session_factory() as session:
                self.rows = statement_rows(
                    session, self.principal, self.principal.customer_id, QCoreApplication.translate
                )
        except ServiceError as exc:
            self.balance.setText(render_error(exc, QCoreApplication.translate))
            return
        self.model.setRowCount(0)
        for r in self.rows:
            cells = [QStandardItem(r[key]) for key in ("date", "kind", "reference", "amount_usd", "balance_usd")]
            kind = KIND_LABELS.get(r["kind"], r["kind"])
            cells[1].setText(QCoreApplication.translate("Statement", kind))  # QT_TRANSLATE_NOOP in KIND_LABELS
            for cell in cells[3:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
        owed = self.rows[-1]["balance_usd"] if self.rows else "0.00"
        self.balance.setText(self.tr("You owe %1 USD.").replace("%1", owed))

    def save_pdf(self, path: str | None = None) -> bool:
        if self.principal.customer_id is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save statement"), self.tr("statement.pdf"), self.tr("PDF (*.pdf)")
            )
        if not path:
            return False
        try:
            with self.context.database.session_factory() as session:
                today = self.context.clock().date().isoformat()
                statement_pdf(session, self.principal, self.principal.customer_id, Path(path), today)
        except (ServiceError, OSError) as exc:
            show_error(self, self.tr("Not saved"), render_error(exc, QCoreApplication.translate))
            return False
        return True


class SlaReportsPage(QWidget):
    """A month's SLA report, signed by the site, saved where the customer chooses; `sla verify` proves it."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.period = QLineEdit(previous_month(context.clock().date()))
        self.period.setPlaceholderText(self.tr("YYYY-MM"))
        self.save = QPushButton(self.tr("Save signed SLA report…"))
        self.save.clicked.connect(lambda _checked=False: self.save_report())
        self.result = QLabel(
            self.tr(
                "Your uptime per miner, curtailment hours, incidents and credits for a billed month, signed by the "
                "site. `hashinsight-desktop sla verify REPORT` proves it unaltered; away from the site, add "
                "--public-key with the site's key, shown here once a report is saved."
            )
        )
        self.result.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.period)
        bar.addWidget(self.save)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def save_report(self, path: str | None = None) -> bool:
        if self.principal.customer_id is None:
            return False
        if path is None:
            suggested = f"sla-{self.period.text().strip()}.json"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save SLA report"), suggested, self.tr("JSON (*.json)"))
        if not path:
            return False
        try:
            with unit_of_work(self.context.database.session_factory, "sla report") as session:
                data = signed_report(
                    session,
                    self.principal,
                    self.context.secrets,
                    self.principal.customer_id,
                    self.period.text(),
                    clock=self.context.clock,
                )
            Path(path).write_bytes(data)
        except (ServiceError, SecretStoreError, OSError) as exc:
            show_error(self, self.tr("No report"), render_error(exc, QCoreApplication.translate))
            return False
        key = json.loads(data)["signature"]["public_key"]
        saved = self.tr("Saved the signed report to %1. The site's public key: %2")
        self.result.setText(saved.replace("%1", path).replace("%2", key))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.result, OK_COLOR)
        return True


class CustomerBilling(QTabWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownBilling")
        self.invoices = InvoicesPage(context, principal)  # a customer: their own, PDF only
        self.statement = StatementPage(context, principal)
        self.sla = SlaReportsPage(context, principal)
        self.addTab(self.invoices, self.tr("Invoices"))
        self.addTab(self.statement, self.tr("Statement"))
        self.addTab(self.sla, self.tr("SLA reports"))
