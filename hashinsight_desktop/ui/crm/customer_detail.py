"""One customer's page: the account (company, billing address, tax id, tags, notes) with how much hangs on it,
and its contacts, assets (add, edit, import a CSV), activities (log one, mark a task done), deals and tickets.
Opened from the customers table, a pipeline card or a ticket; one window per customer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import activities, asset_import, contacts, customers
from hashinsight_desktop.services.crm.stages import DEAL_OPEN
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.languages import NATIVE_NAMES
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import FormDialog, run_action
from hashinsight_desktop.ui.common import confirm, show_error
from hashinsight_desktop.ui.crm.crm_dialogs import ActivityDialog, DealDialog
from hashinsight_desktop.ui.crm.customer_sections import (
    AssetDialog,
    ContactDialog,
    activities_source,
    assets_source,
    contacts_source,
    deals_source,
)
from hashinsight_desktop.ui.crm.customers_page import CustomerDialog, customer_line
from hashinsight_desktop.ui.crm.file_import import FileImport
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.paged_table import PagedTable
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

CUSTOMER_DETAIL_TOPICS = frozenset({"customer", "customer_contact", "customer_asset", "activity", "deal", "ticket"})


class CustomerDetail(QDialog):
    _open: ClassVar[dict[uuid.UUID, CustomerDetail]] = {}

    @classmethod
    def open_for(
        cls, context: AppContext, principal: Principal, customer_id: uuid.UUID, parent: QWidget | None
    ) -> CustomerDetail:
        """The customer's window, raised if already open."""
        window = cls._open.get(customer_id)
        if window is None or not shiboken6.isValid(window):
            window = cls(context, principal, customer_id, parent)
            cls._open[customer_id] = window
            window.destroyed.connect(lambda _obj=None, key=customer_id: cls._open.pop(key, None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def __init__(
        self, context: AppContext, principal: Principal, customer_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Customer"))
        self.resize(1100, 720)
        self.context, self.principal, self.customer_id = context, principal, customer_id
        self.summary: customers.CustomerSummary | None = None
        self.heading = QLabel()
        self.heading.setObjectName("customerHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setObjectName("customerDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        set_tone(self.error, BAD_COLOR)
        self.error.hide()
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Edit…"), self.edit),
            (self.tr("New deal…"), self.new_deal),
            (self.tr("Log activity…"), self.log_activity),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.sections = QTabWidget()
        self.sections.setObjectName("customerSections")
        self.contacts = self._section(self.tr("Contacts"), contacts_source(customer_id))
        self._add(self.contacts, self.tr("Add…"), self.add_contact)
        self._add(self.contacts, self.tr("Edit…"), self.edit_contact)
        self._add(self.contacts, self.tr("Remove…"), self.remove_contact)
        self.contacts.activated.connect(lambda _row: self.edit_contact())
        self.assets = self._section(self.tr("Assets"), assets_source(customer_id))
        self._add(self.assets, self.tr("Add…"), self.add_asset)
        self._add(self.assets, self.tr("Edit…"), self.edit_asset)
        self._add(self.assets, self.tr("Import CSV…"), self.import_dialog)
        self.assets.activated.connect(lambda _row: self.edit_asset())
        self.asset_import = FileImport(
            self,
            context,
            self.tr("Import assets"),
            lambda session, path: asset_import.import_assets_csv(session, principal, path, clock=context.clock),
            self.imported,
        )
        self.activities = self._section(self.tr("Activities"), activities_source(customer_id))
        self._add(self.activities, self.tr("Log activity…"), self.log_activity)
        self._add(self.activities, self.tr("Mark done"), self.complete_task)
        self.deals = self._section(self.tr("Deals"), deals_source(customer_id))
        self.deals.activated.connect(self.edit_deal)
        self.tickets = self._tickets_section()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.sections, 1)
        self._reader: FreshRead[Any] = FreshRead(self, self._read, self._show)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        follow_changes(self, CUSTOMER_DETAIL_TOPICS, self.reload)
        self.reload()

    def _section(self, title: str, source: Any) -> PagedTable:
        table = PagedTable(self.context, self.principal, source)
        self.sections.addTab(table, title)
        return table

    def _tickets_section(self) -> PagedTable | None:
        from hashinsight_desktop.ui.crm.tickets_page import customer_tickets_source, open_ticket_detail

        table = self._section(self.tr("Tickets"), customer_tickets_source(self.customer_id))
        table.activated.connect(lambda row: open_ticket_detail(self.context, self.principal, row.id, self))
        self._add(table, self.tr("New ticket…"), self.new_ticket)
        return table

    def new_ticket(self) -> FormDialog | None:
        from hashinsight_desktop.ui.crm.tickets_page import TicketDialog

        if self.summary is None:
            return None
        name = self.summary.customer.name
        return self._form(TicketDialog(self.context, self.principal, self, customer_name=name))

    @staticmethod
    def _add(table: PagedTable, text: str, slot: Callable[[], object]) -> QPushButton:
        button = table.add_button(QPushButton(text))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def reload(self) -> None:
        self._reader.request()
        for table in (self.contacts, self.assets, self.activities, self.deals, self.tickets):
            if table is not None:
                table.reload()

    def _read(self) -> Any:
        try:
            with self.context.database.session_factory() as session:
                return customers.customer_summary(session, self.principal, self.customer_id)
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return database_error_text(exc)

    def _show(self, summary: Any) -> None:
        if isinstance(summary, str):
            self.error.setText(self.tr("Could not read the customer: %1").replace("%1", summary))
            self.error.show()
            return
        self.error.hide()
        self.summary = summary
        c = summary.customer
        self.setWindowTitle(self.tr("Customer %1").replace("%1", c.name))
        tags = " ".join(f"[{tag}]" for tag in summary.tags)
        self.heading.setText(f"<h2>{escape(c.name)}</h2>{escape(c.company)} {escape(tags)}")
        lines = [
            self.tr("E-mail: %1 · Phone: %2 · Tax id: %3")
            .replace("%1", c.contact_email or "—")
            .replace("%2", c.phone or "—")
            .replace("%3", c.tax_id or "—"),
            self.tr("Billing address: %1").replace("%1", " ".join(c.billing_address.split()) or "—")
            + " · "
            + self.tr("Documents in: %1").replace("%1", NATIVE_NAMES.get(c.language, c.language)),
            self.tr("%1 contacts · %2 miners hosted · %3 assets on record")
            .replace("%1", grouped(summary.contacts))
            .replace("%2", grouped(summary.miners))
            .replace("%3", grouped(summary.assets)),
        ]
        if c.notes:
            lines.append(self.tr("Notes: %1").replace("%1", c.notes))
        self.details.setText("\n".join(lines))

    # -- actions ----------------------------------------------------------------------------------------------
    def _form(self, dialog: FormDialog) -> FormDialog:
        def stale(message: str) -> None:
            show_error(self, self.tr("Not saved"), message)
            self.reload()

        dialog.on_stale = stale
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit(self) -> FormDialog | None:
        if self.summary is None:
            return None
        line = customer_line(self.summary.customer, self.summary.tags)
        return self._form(CustomerDialog(self.context, self.principal, self, line))

    def new_deal(self) -> FormDialog | None:
        if self.summary is None:
            return None
        name = self.summary.customer.name
        return self._form(DealDialog(self.context, self.principal, self, customer_name=name))

    def edit_deal(self, row: Any) -> FormDialog | None:
        if row.stage not in DEAL_OPEN:  # a closed deal's figures stay as they were
            return None
        return self._form(DealDialog(self.context, self.principal, self, deal=row))

    def log_activity(self) -> FormDialog | None:
        if self.summary is None:
            return None
        name = self.summary.customer.name
        return self._form(ActivityDialog(self.context, self.principal, "customer", self.customer_id, name, self))

    def add_contact(self) -> FormDialog:
        return self._form(ContactDialog(self.context, self.principal, self.customer_id, self))

    def edit_contact(self) -> FormDialog | None:
        row = self.contacts.selected()
        return (
            None
            if row is None
            else self._form(ContactDialog(self.context, self.principal, self.customer_id, self, row))
        )

    def remove_contact(self) -> object:
        row = self.contacts.selected()
        if row is None:
            return None

        def remove() -> None:
            run_action(
                self,
                self.context,
                "contact",
                lambda s: contacts.remove_contact(
                    s, self.principal, row.id, expected_version=row.version, clock=self.context.clock
                ),
                self.reload,
            )

        return confirm(
            self, self.tr("Remove contact"), self.tr("Remove %1 from this customer?").replace("%1", row.name), remove
        )

    def add_asset(self) -> FormDialog:
        return self._form(AssetDialog(self.context, self.principal, self.customer_id, self))

    def edit_asset(self) -> FormDialog | None:
        row = self.assets.selected()
        return (
            None if row is None else self._form(AssetDialog(self.context, self.principal, self.customer_id, self, row))
        )

    def complete_task(self) -> bool:
        row = self.activities.selected()
        if row is None:
            return False
        return run_action(
            self,
            self.context,
            "activity",
            lambda s: (
                activities.complete_task(
                    s, self.principal, row.id, expected_version=row.version, clock=self.context.clock
                ),
                None,
            )[1],
            self.reload,
        )

    def import_dialog(self) -> QFileDialog:
        return self.asset_import.choose()

    def imported(self, result: Any, path: Path) -> None:
        self.reload()
        self.assets.summary.setText(
            self.tr("Imported %1 assets from %2").replace("%1", grouped(len(result.asset_ids))).replace("%2", path.name)
        )
