"""Billing in the CRM tab: invoices (with the "Run billing for period" wizard), contracts, the overdue list with
the proposals to curtail or disconnect waiting for an operator, and revenue by month. A customer-role user sees
their own invoices and contracts (the services scope them); deciding proposals needs the operator's rights."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Invoice
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing import contracts, proposals
from hashinsight_desktop.services.billing.revenue import MonthRevenue, revenue_by_month
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.stored_text import render_stored
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, POWER_BLUE
from hashinsight_desktop.ui.common import confirm
from hashinsight_desktop.ui.crm.billing_contract_form import ContractDialog
from hashinsight_desktop.ui.crm.billing_wizard import BillingRunWizard
from hashinsight_desktop.ui.crm.dashboard_charts import chart, month_label, restyle, usd_axis
from hashinsight_desktop.ui.crm.invoices_page import InvoicesPage
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TablePage, TableQuery, TableSource
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.locale_format import number


def _page(rows: list[Any], query: TableQuery) -> TablePage[Any]:
    return TablePage(rows[query.offset : query.offset + query.limit], len(rows))


CONTRACTS = TableSource(
    "contracts",
    [
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Contract"), lambda v: v.contract.reference),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Version"), lambda v: v.version.number, None, True),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda v: v.customer_name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Site"), lambda v: v.site_name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Basis"), lambda v: v.version.terms.get("basis", "")),
        PagedColumn(
            QT_TRANSLATE_NOOP("Columns", "Miners"), lambda v: len(v.version.terms.get("miners", [])), None, True
        ),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Starts"), lambda v: v.version.starts_on or ""),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Ends"), lambda v: v.version.ends_on or ""),
    ],
    lambda session, principal, query: _page(contracts.list_contracts(session, principal), query),
    searchable=False,
)


def fetch_proposals(session: Session, principal: Principal, query: TableQuery) -> TablePage[Any]:
    rows = []
    for proposal in proposals.list_proposals(session, principal):
        invoice = session.get(Invoice, proposal.invoice_id)
        customer = session.get(Customer, proposal.customer_id)
        rows.append((proposal, customer.name if customer else "", invoice.number if invoice else ""))
    return _page(rows, query)


PROPOSALS = TableSource(
    "proposals",
    [
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Proposed"), lambda r: r[0].created_at),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r[1]),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Overdue invoice"), lambda r: r[2]),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: r[0].action),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Miners"), lambda r: len(r[0].miner_ids), None, True),
        PagedColumn(
            QT_TRANSLATE_NOOP("Columns", "Why"),
            lambda r: render_stored(r[0].reason, r[0].reason_text, QCoreApplication.translate),
        ),
    ],
    fetch_proposals,
    searchable=False,
)


class ContractsPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, CONTRACTS, frozenset({"billing_contract"}), parent)
        if principal.can(Permission.CUSTOMERS_MANAGE):
            self.button(self.tr("New contract…"), self.new_contract)
            self.button(self.tr("Edit…"), self.edit_contract, lambda row: True)

    def new_contract(self) -> ContractDialog:
        return self.open_form(ContractDialog(self.context, self.principal, self))

    def edit_contract(self) -> ContractDialog | None:
        row = self.selected()
        return None if row is None else self.open_form(ContractDialog(self.context, self.principal, self, view=row))


class OverduePage(RecordPage):
    """Overdue invoices' proposals to curtail or disconnect the customer's miners: never automatic."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, PROPOSALS, frozenset({"invoice", "curtail_proposal"}), parent)
        if principal.can(Permission.FLEET_OPERATE) and principal.can(Permission.CUSTOMERS_MANAGE):
            self.button(self.tr("Approve curtailing…"), lambda: self.decide(True, "curtail"), lambda r: True)
            self.button(self.tr("Approve disconnecting…"), lambda: self.decide(True, "disconnect"), lambda r: True)
            self.button(self.tr("Reject…"), lambda: self.decide(False, "curtail"), lambda r: True)

    def decide(self, approve: bool, action: str) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        proposal, customer, _number = row
        verbs = {"curtail": self.tr("curtail"), "disconnect": self.tr("disconnect")}
        question = (
            self.tr("Approve to %1 the %2 miner(s) of %3? Curtail them with the curtailment tools.")
            if approve
            else self.tr("Reject the proposal for the %2 miner(s) of %3?")
        )
        miners = str(len(proposal.miner_ids))
        question = question.replace("%1", verbs.get(action, action)).replace("%2", miners).replace("%3", customer)
        return confirm(
            self,
            self.tr("Overdue customer"),
            question,
            lambda: self.act(
                "curtail_proposal",
                lambda s: proposals.decide_proposal(
                    s, self.principal, proposal.id, approve=approve, action=action, clock=self.context.clock
                ),
            ),
        )


class RevenuePage(QWidget):
    """Invoiced (orange) and paid (blue) per billed month, the last twelve months."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.plot = chart(self, usd_axis())
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.months: list[MonthRevenue] = []
        follow_changes(self, frozenset({"invoice"}), self.reload)
        self.reload()

    def reload(self) -> None:
        with self.context.database.session_factory() as session:
            self.months = revenue_by_month(session, self.principal, clock=self.context.clock)
        self.show_months(self.months)

    def show_months(self, months: list[MonthRevenue]) -> None:
        self.plot.clear()
        restyle(self.plot)
        xs = [float(i) for i in range(len(months))]
        invoiced = [float(m.invoiced_usd) for m in months]
        paid = [float(m.paid_usd) for m in months]
        self.plot.addItem(
            pg.BarGraphItem(x=[x - 0.18 for x in xs], height=invoiced, width=0.34, brush=BITCOIN_ORANGE, pen=None)
        )
        self.plot.addItem(
            pg.BarGraphItem(x=[x + 0.18 for x in xs], height=paid, width=0.34, brush=POWER_BLUE, pen=None)
        )
        every = max(1, len(months) // 6)
        self.plot.getAxis("bottom").setTicks(
            [[(i, month_label(m.month)) for i, m in enumerate(months) if i % every == 0]]
        )
        self.plot.setXRange(-0.6, max(len(months) - 0.4, 0.4), padding=0)
        self.plot.setYRange(0, max(invoiced + paid, default=0) * 1.1 or 1, padding=0)
        total = sum(m.invoiced_usd for m in months)
        self.caption.setText(
            self.tr("Invoiced (orange) and paid (blue) by billed month; %1 USD invoiced in the last %2 months.")
            .replace("%1", number(total, 2))
            .replace("%2", str(len(months)))
        )


class BillingPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.tabs = QTabWidget()
        self.tabs.setObjectName("billingPages")
        self.invoices = InvoicesPage(context, principal)
        self.contracts = ContractsPage(context, principal)
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.tabs.addTab(self.contracts, self.tr("Contracts"))
        self.overdue = OverduePage(context, principal)
        self.tabs.addTab(self.overdue, self.tr("Overdue"))
        self.revenue = RevenuePage(context, principal)
        self.tabs.addTab(self.revenue, self.tr("Revenue by month"))
        if principal.can(Permission.CUSTOMERS_MANAGE):
            self.invoices.button(self.tr("Run billing for period…"), self.run_billing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def run_billing(self) -> BillingRunWizard:
        wizard = BillingRunWizard(self.context, self.principal, self)
        wizard.finished.connect(lambda _result: self.invoices.reload())
        wizard.open()
        return wizard
