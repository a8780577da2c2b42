"""The tables of one customer's page (contacts, assets, activities, deals) as paged-table sources bound to
that customer, and the contact and asset forms."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models.crm import CONTACT_ROLES
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import activities, assets, contacts, deals
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.activities_page import ACTIVITY_COLUMNS
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog
from hashinsight_desktop.ui.crm.deals_page import DEAL_COLUMNS
from hashinsight_desktop.ui.crm.form_fields import date_text, miners_named, parse_date
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TablePage, TableQuery, TableSource, page_fetch
from hashinsight_desktop.ui.theme import NOTE_COLOR

CONTACT_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Role"), lambda c: stage_label(c.role)),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda c: c.email or ""),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Gets invoices"), lambda c: c.is_billing),
]
ASSET_COLUMNS: list[PagedColumn[Any]] = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda a: a.serial, "serial"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Model"), lambda a: a.model, "model"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Purchased"), lambda a: a.purchase_date, "purchase_date"),
    PagedColumn(
        QT_TRANSLATE_NOOP("Columns", "Warranty until"),
        lambda a: a.warranty_end,
        "warranty_end",
        tone=lambda a: NOTE_COLOR if a.warranty_end is not None and a.warranty_end < date.today() else None,
    ),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Location"), lambda a: a.location, "location"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Fleet miner"), lambda a: a.miner_name or ""),
]


def contacts_source(customer_id: uuid.UUID) -> TableSource[Any]:
    def fetch(session: Session, principal: Principal, query: TableQuery) -> TablePage[Any]:
        rows = contacts.list_contacts(session, principal, customer_id)  # a handful: the service orders them
        text = query.search.casefold()
        if text:
            rows = [c for c in rows if text in f"{c.name} {c.email or ''} {c.phone}".casefold()]
        return TablePage(rows[query.offset : query.offset + query.limit], len(rows))

    return TableSource("contacts", CONTACT_COLUMNS, fetch)


def assets_source(customer_id: uuid.UUID | None, columns: list[PagedColumn[Any]] = ASSET_COLUMNS) -> TableSource[Any]:
    """A customer's assets (every asset the principal may see when ``customer_id`` is None)."""

    def fetch(session: Session, principal: Principal, query: TableQuery) -> TablePage[Any]:
        found = assets.list_assets(
            session,
            principal,
            customer_id=customer_id,
            search=query.search,
            order_by=query.order_by or "serial",
            descending=query.descending,
            limit=query.limit,
            offset=query.offset,
        )
        total = assets.count_assets(session, principal, customer_id=customer_id, search=query.search)
        return TablePage(found, total)

    return TableSource("assets", columns, fetch, default_order="serial")


def activities_source(customer_id: uuid.UUID) -> TableSource[Any]:
    fetch = page_fetch(activities.list_activities, "created_at", customer_id=customer_id)
    return TableSource("activities", ACTIVITY_COLUMNS, fetch, default_order="created_at", default_descending=True)


def deals_source(customer_id: uuid.UUID) -> TableSource[Any]:
    columns = [c for c in DEAL_COLUMNS if c.sort_key != "customer"]
    fetch = page_fetch(deals.list_deals, "updated_at", customer_id=customer_id)
    return TableSource("deals", columns, fetch, default_order="updated_at", default_descending=True)


class ContactDialog(CrmFormDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        customer_id: uuid.UUID,
        parent: QWidget | None = None,
        contact: Any = None,
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("New contact") if contact is None else self.tr("Edit contact"))
        self.customer_id, self.contact = customer_id, contact
        c = contact
        self.name = self.add_text_field("name", self.tr("Name"), c.name if c else "", self.tr("e.g. Ana Silva"), 200)
        self.email = self.add_text_field(
            "email", self.tr("E-mail"), (c.email or "") if c else "", self.tr("name@company.com"), 254
        )
        self.phone = self.add_text_field("phone", self.tr("Phone"), c.phone if c else "", "", 64)
        self.role = QComboBox()
        for role in CONTACT_ROLES:
            self.role.addItem(stage_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(c.role if c else "other")))
        self.add_field("role", self.tr("Role"), self.role)
        self.billing = QCheckBox(self.tr("Receives the invoices"))
        self.billing.setChecked(bool(c.is_billing) if c else False)
        self.add_field("is_billing", self.tr("Billing"), self.billing)
        self.name.setFocus()

    def entity(self) -> str:
        return "contact"

    def save(self, session: Session) -> None:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "role": str(self.role.currentData()),
            "is_billing": self.billing.isChecked(),
            "clock": self.context.clock,
        }
        if self.contact is None:
            self.saved_id = contacts.add_contact(session, self.principal, self.customer_id, **values).id
        else:
            version = self.contact.version
            saved = contacts.update_contact(
                session, self.principal, self.contact.id, expected_version=version, **values
            )
            self.saved_id = saved.id


class AssetDialog(CrmFormDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        customer_id: uuid.UUID,
        parent: QWidget | None = None,
        asset: Any = None,
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(
            self.tr("New asset") if asset is None else self.tr("Edit asset %1").replace("%1", asset.serial)
        )
        self.customer_id, self.asset = customer_id, asset
        a = asset
        self.serial = self.add_text_field("serial", self.tr("Serial"), a.serial if a else "", "", 120)
        self.model = self.add_text_field(
            "model", self.tr("Model"), a.model if a else "", self.tr("e.g. Antminer S21, APC PDU"), 120
        )
        self.purchased = self.add_text_field(
            "purchase_date", self.tr("Purchased"), date_text(a.purchase_date) if a else "", self.tr("YYYY-MM-DD")
        )
        self.warranty = self.add_text_field(
            "warranty_end", self.tr("Warranty until"), date_text(a.warranty_end) if a else "", self.tr("YYYY-MM-DD")
        )
        self.location = self.add_text_field(
            "location", self.tr("Location"), a.location if a else "", self.tr("e.g. Hall B, rack 12"), 200
        )
        self.miner = self.add_text_field(
            "miner",
            self.tr("Fleet miner"),
            (a.miner_name or "") if a else "",
            self.tr("the customer's miner's name, e.g. m0012"),
            hint=self.tr("When the asset is one of the miners we host for them; empty: other equipment."),
        )
        self.serial.setFocus()

    def entity(self) -> str:
        return "asset"

    def save(self, session: Session) -> None:
        values: dict[str, Any] = {
            "serial": self.serial.text(),
            "model": self.model.text(),
            "purchase_date": parse_date("purchase_date", self.purchased.text()),
            "warranty_end": parse_date("warranty_end", self.warranty.text()),
            "location": self.location.text(),
            "miner_id": next(
                iter(miners_named(session, self.principal, self.customer_id, "miner", self.miner.text())), None
            ),
            "clock": self.context.clock,
        }
        if self.asset is None:
            self.saved_id = assets.add_asset(session, self.principal, self.customer_id, **values).id
        else:
            saved = assets.update_asset(
                session,
                self.principal,
                self.asset.id,
                expected_version=self.asset.version,
                **values,
            )
            self.saved_id = saved.id
