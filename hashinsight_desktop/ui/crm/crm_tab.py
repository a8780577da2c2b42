"""The CRM tab (staff who manage customers): the pipeline board, the sales dashboard and the tables of
customers, leads, deals, activities and tickets; New lead / New deal / New ticket from anywhere in it.

A page reads when it is shown and again when another console changes what it shows (live refresh)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal

PageFactory = Callable[[AppContext, Principal], QWidget]
NEW_LEAD_KEYS, NEW_DEAL_KEYS, NEW_TICKET_KEYS = "Ctrl+N", "Ctrl+Shift+D", "Ctrl+Shift+T"


def crm_pages() -> list[tuple[str, str, PageFactory]]:
    """(key, title marked for translation, factory) in display order."""
    from hashinsight_desktop.ui.crm.activities_page import ActivitiesPage
    from hashinsight_desktop.ui.crm.customers_page import CustomersPage
    from hashinsight_desktop.ui.crm.dashboard_page import DashboardPage
    from hashinsight_desktop.ui.crm.deals_page import DealsPage
    from hashinsight_desktop.ui.crm.email_page import EmailPage
    from hashinsight_desktop.ui.crm.incidents_page import IncidentsPage
    from hashinsight_desktop.ui.crm.leads_page import LeadsPage
    from hashinsight_desktop.ui.crm.pipeline_board import PipelineBoard
    from hashinsight_desktop.ui.crm.sla_page import SlaPage
    from hashinsight_desktop.ui.crm.tickets_page import TicketsPage

    return [
        ("pipeline", QT_TRANSLATE_NOOP("CrmTab", "Pipeline"), PipelineBoard),
        ("dashboard", QT_TRANSLATE_NOOP("CrmTab", "Dashboard"), DashboardPage),
        ("customers", QT_TRANSLATE_NOOP("CrmTab", "Customers"), CustomersPage),
        ("leads", QT_TRANSLATE_NOOP("CrmTab", "Leads"), LeadsPage),
        ("deals", QT_TRANSLATE_NOOP("CrmTab", "Deals"), DealsPage),
        ("activities", QT_TRANSLATE_NOOP("CrmTab", "Activities"), ActivitiesPage),
        ("tickets", QT_TRANSLATE_NOOP("CrmTab", "Tickets"), TicketsPage),
        ("incidents", QT_TRANSLATE_NOOP("CrmTab", "Incidents"), IncidentsPage),
        ("sla", QT_TRANSLATE_NOOP("CrmTab", "SLA"), SlaPage),
        ("email", QT_TRANSLATE_NOOP("CrmTab", "E-mail"), EmailPage),
        ("billing", QT_TRANSLATE_NOOP("CrmTab", "Billing"), _billing_page),
    ]


def _billing_page(context: AppContext, principal: Principal) -> QWidget:
    from hashinsight_desktop.ui.crm.billing_page import BillingPage  # helper J's billing pages

    return BillingPage(context, principal)


class CrmTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.pages = QTabWidget()
        self.pages.setObjectName("crmPages")
        self.pages.setDocumentMode(True)
        self.page: dict[str, QWidget] = {}
        for key, title, factory in crm_pages():
            widget = factory(context, principal)
            self.page[key] = widget
            shown = QCoreApplication.translate("CrmTab", title)  # marked with QT_TRANSLATE_NOOP in crm_pages
            self.pages.addTab(widget, shown)
        self.new_lead_action = self._action(self.tr("New lead…"), NEW_LEAD_KEYS, self.new_lead)
        self.new_deal_action = self._action(self.tr("New deal…"), NEW_DEAL_KEYS, self.new_deal)
        self.new_ticket_action = self._action(self.tr("New ticket…"), NEW_TICKET_KEYS, self.new_ticket)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        for action in (self.new_lead_action, self.new_deal_action, self.new_ticket_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self, shortcut=QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text.rstrip('…')} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def show_page(self, key: str) -> QWidget:
        widget = self.page[key]
        self.pages.setCurrentWidget(widget)
        return widget

    def new_lead(self) -> QWidget:
        from hashinsight_desktop.ui.crm.crm_dialogs import LeadDialog

        return self._open(LeadDialog(self.context, self.principal, self), "leads")

    def new_deal(self) -> QWidget:
        from hashinsight_desktop.ui.crm.crm_dialogs import DealDialog

        return self._open(DealDialog(self.context, self.principal, self), "deals")

    def new_ticket(self) -> QWidget:
        from hashinsight_desktop.ui.crm.tickets_page import TicketDialog

        return self._open(TicketDialog(self.context, self.principal, self), "tickets")

    def _open(self, dialog: QWidget, page: str) -> QWidget:
        def saved() -> None:
            for widget in self.page.values():
                reload = getattr(widget, "reload", None)
                if reload is not None:
                    reload()
            self.show_page(page)

        dialog.accepted.connect(saved)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        return dialog
