"""The customers table: search (name, company, e-mail, phone, tax id), a tag filter, sorting by the database;
new, edit, and the customer's page (contacts, assets, activities, tickets) on double-click."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services import languages
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customer_import, customers
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog
from hashinsight_desktop.ui.crm.file_import import FileImport
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TableFilter, TablePage, TableQuery, TableSource
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import OK_COLOR


@dataclass(frozen=True)
class CustomerLine:
    """A customer as its row shows it (the ORM row read off the GUI thread, with its tags)."""

    id: uuid.UUID
    version: int
    name: str
    company: str
    contact_email: str | None
    phone: str
    tax_id: str
    billing_address: str
    notes: str
    tags: tuple[str, ...]
    created_at: datetime
    language: str = "en"  # their invoices' and statements' language


def customer_line(customer: Any, tags: tuple[str, ...]) -> CustomerLine:
    return CustomerLine(
        customer.id,
        customer.version,
        customer.name,
        customer.company,
        customer.contact_email,
        customer.phone,
        customer.tax_id,
        customer.billing_address,
        customer.notes,
        tags,
        customer.created_at,
        customer.language,
    )


def fetch_customers(session: Session, principal: Principal, query: TableQuery) -> TablePage[CustomerLine]:
    search, tag = query.search, query.filter("tag")
    found = customers.list_customers(
        session,
        principal,
        search=search,
        tag=tag,
        order_by=query.order_by or "name",
        descending=query.descending,
        limit=query.limit,
        offset=query.offset,
    )
    tags = customers.tags_of(session, [c.id for c in found])
    total = customers.count_customers(session, principal, search=search, tag=tag)
    return TablePage([customer_line(c, tags.get(c.id, ())) for c in found], total)


def tag_choices(session: Session, principal: Principal) -> list[tuple[str, str]]:
    return [(tag, tag) for tag in customers.all_tags(session, principal)]


CUSTOMER_COLUMNS: list[PagedColumn[CustomerLine]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name, "name"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Company"), lambda c: c.company, "company"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda c: c.contact_email or "", "email"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Tax id"), lambda c: c.tax_id),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda c: ", ".join(c.tags)),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Since"), lambda c: c.created_at, "created_at"),
]
CUSTOMERS = TableSource(
    "customers",
    CUSTOMER_COLUMNS,
    fetch_customers,
    filters=[TableFilter("tag", QT_TRANSLATE_NOOP("CrmFilters", "Every tag"), load=tag_choices)],
    default_order="name",
)
CUSTOMER_TOPICS = frozenset({"customer"})


class CustomerDialog(CrmFormDialog):
    def __init__(
        self, context: AppContext, principal: Principal, parent: QWidget | None = None, customer: Any = None
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.customer = customer
        self.setWindowTitle(
            self.tr("New customer") if customer is None else self.tr("Edit customer %1").replace("%1", customer.name)
        )
        c = customer
        self.name = self.add_text_field("name", self.tr("Name"), c.name if c else "", self.tr("e.g. Northwind"), 200)
        self.company = self.add_text_field(
            "company", self.tr("Company"), c.company if c else "", self.tr("Registered company name"), 200
        )
        self.email = self.add_text_field(
            "contact_email", self.tr("E-mail"), (c.contact_email or "") if c else "", self.tr("name@company.com"), 254
        )
        self.phone = self.add_text_field("phone", self.tr("Phone"), c.phone if c else "", "", 64)
        self.tax_id = self.add_text_field("tax_id", self.tr("Tax id"), c.tax_id if c else "", self.tr("e.g. VAT"), 64)
        self.address = QPlainTextEdit(c.billing_address if c else "")
        self.address.setFixedHeight(70)
        self.add_field("billing_address", self.tr("Billing address"), self.address)
        self.tags = self.add_text_field(
            "tags", self.tr("Tags"), ", ".join(c.tags) if c else "", self.tr("comma-separated, e.g. colocation, vip")
        )
        self.notes = QPlainTextEdit(c.notes if c else "")
        self.notes.setFixedHeight(70)
        self.add_field("notes", self.tr("Notes"), self.notes)
        self.language = QComboBox()
        for code in languages.LANGUAGES:  # each named in itself, as language menus do
            self.language.addItem(languages.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(c.language if c else languages.ENGLISH)))
        self.add_field(
            "language",
            self.tr("Documents in"),
            self.language,
            self.tr("The language of their invoices, statements and invoice e-mails"),
        )
        self.name.setFocus()

    def entity(self) -> str:
        return "customer"

    def save(self, session: Session) -> None:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "company": self.company.text(),
            "contact_email": self.email.text(),
            "phone": self.phone.text(),
            "tax_id": self.tax_id.text(),
            "billing_address": self.address.toPlainText(),
            "tags": [tag for tag in self.tags.text().split(",") if tag.strip()],
            "notes": self.notes.toPlainText(),
            "language": self.language.currentData(),
            "clock": self.context.clock,
        }
        if self.customer is None:
            saved = customers.add_customer(session, self.principal, **values)
        else:
            saved = customers.update_customer(
                session, self.principal, self.customer.id, expected_version=self.customer.version, **values
            )
        self.saved_id = saved.id


class CustomersPage(RecordPage):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, CUSTOMERS, CUSTOMER_TOPICS, parent)
        self.button(self.tr("New customer…"), self.new_customer)
        self.button(self.tr("Edit…"), self.edit_customer, lambda row: True)
        self.button(self.tr("Open"), self.open_selected, lambda row: True)
        self.importer = FileImport(
            self,
            context,
            self.tr("Import customers"),
            lambda session, path: customer_import.import_customers_csv(session, principal, path, clock=context.clock),
            self.imported,
        )
        import_button = self.button(self.tr("Import CSV…"), self.importer.choose)
        import_button.setToolTip(
            self.tr(
                "Add customers from a CSV or Excel list (name, company, email, phone, tax_id, billing_address, tags, "
                "language)"
            )
        )
        self.table.activated.connect(self.open_customer)

    def imported(self, ids: list[Any], path: Path) -> None:
        self.reload()
        self.say(
            self.tr("Imported %1 customers from %2").replace("%1", grouped(len(ids))).replace("%2", path.name), OK_COLOR
        )

    def new_customer(self) -> CustomerDialog:
        return self.open_form(CustomerDialog(self.context, self.principal, self))

    def edit_customer(self) -> CustomerDialog | None:
        row = self.selected()
        return None if row is None else self.open_form(CustomerDialog(self.context, self.principal, self, row))

    def open_selected(self) -> QWidget | None:
        row = self.selected()
        return None if row is None else self.open_customer(row)

    def open_customer(self, row: CustomerLine) -> QWidget:
        from hashinsight_desktop.ui.crm.customer_detail import CustomerDetail

        return CustomerDetail.open_for(self.context, self.principal, row.id, self)
