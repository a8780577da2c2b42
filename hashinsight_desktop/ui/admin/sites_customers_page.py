"""The Sites & customers page: the sites miners live in (and site managers are scoped to), and the
hosting customer accounts customer users are bound to."""

from __future__ import annotations

import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.admin_widgets import ContextFormDialog, RecordSection, database_error_text, run_action
from hashinsight_desktop.ui.admin.roles_page import role_label
from hashinsight_desktop.ui.common import Column, RecordTableModel, confirm, show_error
from hashinsight_desktop.ui.fleet.miner_logins_dialog import MinerLoginsDialog

COL_SITE_NAME, COL_SITE_LOCATION, COL_SITE_CAPACITY, COL_SITE_PRICE, COL_SITE_TIMEZONE = range(5)
COL_CUSTOMER_NAME, COL_CUSTOMER_EMAIL = range(2)


def decimal_text(value: Decimal, min_places: int) -> str:
    """At least ``min_places`` decimals, more only if the stored value has them (20.0, 0.0450, 0.04512)."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    places = max(min_places, -exponent if isinstance(exponent, int) else 0)
    return f"{value:,.{places}f}"


def plain_decimal(value: Decimal) -> str:
    """For editing: no trailing zeros and no exponent (20, not 20.000 or 2E+1)."""
    return format(value.normalize(), "f")


@dataclass(frozen=True)
class SiteRow:
    id: uuid.UUID
    version: int
    name: str
    location: str
    capacity_mw: Decimal
    electricity_price_usd_per_kwh: Decimal
    timezone: str
    curtail_four_eyes: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    version: int
    name: str
    contact_email: str


SITE_COLUMNS: list[Column[SiteRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Location"), lambda s: s.location),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Capacity (MW)"),
        lambda s: decimal_text(s.capacity_mw, 1),
        lambda s: float(s.capacity_mw),
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Electricity ($/kWh)"),
        lambda s: decimal_text(s.electricity_price_usd_per_kwh, 4),
        lambda s: float(s.electricity_price_usd_per_kwh),
        True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Timezone"), lambda s: s.timezone),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Curtailment approval"),  # translated when shown: not at import
        lambda s: (
            QCoreApplication.translate("SitesPage", "four-eyes")
            if s.curtail_four_eyes
            else QCoreApplication.translate("SitesPage", "anyone")
        ),
    ),
]
CUSTOMER_COLUMNS: list[Column[CustomerRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Contact e-mail"), lambda c: c.contact_email),
]


@cache
def _timezone_names() -> list[str]:
    """IANA zones for the completer; empty where the system has no zone database (the field stays free)."""
    return sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone or zone == "UTC")


class SiteDialog(ContextFormDialog):
    def __init__(
        self, context: AppContext, principal: Principal, site: SiteRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("SiteDialog", "Add site")
            if site is None
            else QCoreApplication.translate("SiteDialog", "Edit site {name}").format(name=site.name)
        )
        super().__init__(context, title, parent)
        self._principal = principal
        self._site = site
        self.saved_id: uuid.UUID | None = None
        self.name = self.add_text_field(
            "name", self.tr("Name"), site.name if site else "", self.tr("e.g. Texas North"), max_length=120
        )
        self.location = self.add_text_field(
            "location",
            self.tr("Location"),
            site.location if site else "",
            self.tr("e.g. Odessa, TX, USA"),
            max_length=200,
        )
        # Plain text on purpose: the service parses it into a Decimal and names the field if it cannot.
        self.capacity = self.add_text_field(
            "capacity_mw",
            self.tr("Capacity (MW)"),
            plain_decimal(site.capacity_mw) if site else "",
            self.tr("e.g. 20"),
            hint=self.tr("Between 0 and 10,000 MW; leave it empty when not known."),
        )
        self.price = self.add_text_field(
            "electricity_price_usd_per_kwh",
            self.tr("Electricity ($/kWh)"),
            plain_decimal(site.electricity_price_usd_per_kwh) if site else "",
            self.tr("e.g. 0.045"),
            hint=self.tr("All-in price per kWh in US dollars, between 0 and 10."),
        )
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(_timezone_names())
        # Its own completer: "America/Chi", "chicago" or "berlin" each list the zones containing them.
        completer = QCompleter(_timezone_names(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.timezone.setCompleter(completer)
        self.timezone.lineEdit().setMaxLength(64)
        self.timezone.setCurrentText(site.timezone if site else "UTC")
        self.add_field("timezone", self.tr("Timezone"), self.timezone, "The site's local time, e.g. America/Chicago.")
        self.four_eyes = QCheckBox(self.tr("A second person approves curtailment plans (four-eyes)"))
        self.four_eyes.setObjectName("curtailFourEyes")
        self.four_eyes.setChecked(bool(site.curtail_four_eyes) if site else False)
        self.add_field(
            "curtail_four_eyes",
            self.tr("Curtailment"),
            self.four_eyes,
            self.tr("When on, whoever created a curtailment plan at this site cannot approve it (console and CLI)."),
        )
        self.name.setFocus()

    def entity(self) -> str:
        return "site"

    def save(self, session: Session) -> None:
        values = {
            "name": self.name.text(),
            "location": self.location.text(),
            "capacity_mw": self.capacity.text().strip() or 0,  # empty: not set, as on the command line
            "electricity_price_usd_per_kwh": self.price.text(),
            "timezone": self.timezone.currentText(),
            "curtail_four_eyes": self.four_eyes.isChecked(),
        }
        if self._site is None:
            site = sites.create_site(session, self._principal, clock=self.context.clock, **values)
        else:
            site = sites.update_site(
                session,
                self._principal,
                self._site.id,
                expected_version=self._site.version,
                clock=self.context.clock,
                **values,
            )
        self.saved_id = site.id


class CustomerDialog(ContextFormDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        customer: CustomerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("CustomerDialog", "Add customer")
            if customer is None
            else QCoreApplication.translate("CustomerDialog", "Edit customer {name}").format(name=customer.name)
        )
        super().__init__(context, title, parent)
        self._principal = principal
        self._customer = customer
        self.saved_id: uuid.UUID | None = None
        self.name = self.add_text_field(
            "name",
            self.tr("Name"),
            customer.name if customer else "",
            self.tr("e.g. Northwind Mining LLC"),
            max_length=200,
        )
        self.contact_email = self.add_text_field(
            "contact_email",
            self.tr("Contact e-mail"),
            customer.contact_email if customer else "",
            self.tr("e.g. ops@northwind.example"),
            max_length=254,
        )
        self.name.setFocus()

    def entity(self) -> str:
        return "customer"

    def save(self, session: Session) -> None:
        if self._customer is None:
            customer = customers.add_customer(
                session,
                self._principal,
                name=self.name.text(),
                contact_email=self.contact_email.text(),
                clock=self.context.clock,
            )
        else:
            customer = customers.update_customer(
                session,
                self._principal,
                self._customer.id,
                expected_version=self._customer.version,
                name=self.name.text(),
                contact_email=self.contact_email.text(),
                clock=self.context.clock,
            )
        self.saved_id = customer.id


Dialog = TypeVar("Dialog", SiteDialog, CustomerDialog)
DeleteCall = Callable[..., None]  # sites.delete_site, customers.delete_customer


class SitesCustomersPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        resize = QHeaderView.ResizeMode
        self._no_sites_text = (
            self.tr("No sites yet: add the first one.")
            if principal.can(Permission.SITES_MANAGE)
            else self.tr("No sites in your scope.")
        )
        self.sites = RecordSection(
            self.tr("Sites"),
            RecordTableModel(SITE_COLUMNS, self),
            self._no_sites_text,
            principal.can(Permission.SITES_MANAGE),
            self.tr("Your role ({role}) may not change sites.").format(role=role_label(principal.role)),
        )
        self.sites.view.setObjectName("sitesTable")
        self.sites.view.set_resize_modes(
            {
                COL_SITE_NAME: resize.Stretch,
                COL_SITE_LOCATION: resize.Stretch,
                COL_SITE_CAPACITY: resize.ResizeToContents,
                COL_SITE_PRICE: resize.ResizeToContents,
            }
        )
        self.sites.connect_actions(self.add_site, self.edit_site, self.delete_site)
        # The web/API login the site's miners take (kept in the keyring), beside the site's other settings.
        self.logins_button = QPushButton(self.tr("Miner logins…"))
        self.logins_button.setObjectName("siteMinerLogins")
        self.logins_button.clicked.connect(lambda _checked=False: self.open_logins())
        site_buttons = self.sites.layout().itemAt(1).layout()
        assert isinstance(site_buttons, QHBoxLayout)
        site_buttons.insertWidget(3, self.logins_button)
        self.sites.view.selectionModel().selectionChanged.connect(lambda *_: self._update_logins_button())
        self.logins: MinerLoginsDialog | None = None
        self.customers = RecordSection(
            self.tr("Customers"),
            RecordTableModel(CUSTOMER_COLUMNS, self),
            self.tr("No customer accounts yet."),
            principal.can(Permission.CUSTOMERS_MANAGE),
            self.tr("Your role ({role}) may not manage customer accounts.").format(role=role_label(principal.role)),
        )
        self.customers.view.setObjectName("customersTable")
        self.customers.view.set_resize_modes({COL_CUSTOMER_NAME: resize.Stretch})
        self.customers.connect_actions(self.add_customer, self.edit_customer, self.delete_customer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sites)
        self.splitter.addWidget(self.customers)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Read both lists again (F5)"))
        refresh.clicked.connect(lambda _checked=False: self.refresh())
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self.refresh()

    # -- data

    def refresh(self) -> None:
        self._load(self.sites, self._no_sites_text, self._site_rows)
        self._load(self.customers, self.tr("No customer accounts yet."), self._customer_rows)
        self._update_logins_button()

    def _update_logins_button(self) -> None:
        record = self.sites.view.selected_record()
        allowed = self._principal.can(Permission.FLEET_OPERATE)
        able = allowed and record is not None and self._principal.can_access_site(record.id)
        self.logins_button.setEnabled(able)
        if not allowed:
            tip = self.tr("Your role ({role}) may not set miner logins").format(role=role_label(self._principal.role))
        elif record is None:
            tip = self.tr("Select a site first")
        else:
            tip = self.tr("The web/API login {site}'s miners take, kept in the keyring").format(site=record.name)
        self.logins_button.setToolTip(tip)

    def open_logins(self) -> MinerLoginsDialog | None:
        record = self.sites.view.selected_record()
        if record is None or not self.logins_button.isEnabled():
            return None
        dialog = MinerLoginsDialog(self._context, self._principal, record.id, record.name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.logins = dialog
        dialog.open()
        dialog.start_load()
        return dialog

    def _load(self, section: RecordSection, empty_text: str, rows: Callable[[Session], list[object]]) -> None:
        try:
            with unit_of_work(self._context.database.session_factory) as session:
                records = rows(session)
        except ServiceError as exc:  # the role may not see this list: say so where the rows would be
            section.show_records([], render_error(exc, QCoreApplication.translate))
        except SQLAlchemyError as exc:  # keep the last list read, and say it may be stale
            show_error(
                self,
                self.tr("Database error"),
                database_error_text(exc, self.tr("read the list")) + self.tr("\nPress F5 to try again."),
            )
        else:
            section.show_records(records, empty_text)

    def _site_rows(self, session: Session) -> list[object]:
        return [
            SiteRow(
                s.id,
                s.version,
                s.name,
                s.location,
                s.capacity_mw,
                s.electricity_price_usd_per_kwh,
                s.timezone,
                bool(s.curtail_four_eyes),
            )
            for s in sites.list_sites(session, self._principal)
        ]

    def _customer_rows(self, session: Session) -> list[object]:
        return [
            CustomerRow(c.id, c.version, c.name, c.contact_email or "")
            for c in customers.list_customers(session, self._principal)
        ]

    # -- actions

    def _show_stale(self, message: str) -> None:
        show_error(self, self.tr("Not saved"), message)
        self.refresh()

    def _open(self, section: RecordSection, dialog_class: type[Dialog], record: Any) -> Dialog | None:
        """Add (``record`` None) or edit ``record`` in ``section``; the saved record is selected after."""
        if not (section.add_button if record is None else section.edit_button).isEnabled():
            return None
        dialog = dialog_class(self._context, self._principal, record, self)
        dialog.on_stale = self._show_stale

        def saved() -> None:
            self.refresh()
            section.view.select_where(lambda row: row.id == dialog.saved_id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def _edit_selected(self, section: RecordSection, dialog_class: type[Dialog]) -> Dialog | None:
        record = section.view.selected_record()
        return None if record is None else self._open(section, dialog_class, record)

    def _delete_selected(
        self, section: RecordSection, entity: str, title: str, question: str, delete: DeleteCall
    ) -> QMessageBox | None:
        """Ask (``question`` may name the record as ``{name}``), then delete in one transaction."""
        record = section.view.selected_record()
        if record is None or not section.delete_button.isEnabled():
            return None
        return confirm(
            self,
            title,
            question.format(name=record.name),
            lambda: run_action(
                self,
                self._context,
                entity,
                lambda session: delete(
                    session, self._principal, record.id, expected_version=record.version, clock=self._context.clock
                ),
                self.refresh,
            ),
        )

    def add_site(self) -> SiteDialog | None:
        return self._open(self.sites, SiteDialog, None)

    def edit_site(self) -> SiteDialog | None:
        return self._edit_selected(self.sites, SiteDialog)

    def delete_site(self) -> QMessageBox | None:
        return self._delete_selected(
            self.sites,
            "site",
            self.tr("Delete site"),
            self.tr("Delete the site {name}? Site managers scoped to it lose it."),
            sites.delete_site,
        )

    def add_customer(self) -> CustomerDialog | None:
        return self._open(self.customers, CustomerDialog, None)

    def edit_customer(self) -> CustomerDialog | None:
        return self._edit_selected(self.customers, CustomerDialog)

    def delete_customer(self) -> QMessageBox | None:
        return self._delete_selected(
            self.customers,
            "customer",
            self.tr("Delete customer"),
            self.tr("Delete the customer account {name}?"),
            customers.delete_customer,
        )
