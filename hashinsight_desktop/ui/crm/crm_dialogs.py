"""The CRM's forms: a lead (new or edited), a deal converted from a lead, a ticket. Each saves through its
service in one transaction; a refusal is shown under the field it names, a conflict closes the form with
"changed by someone else" (ui.admin.admin_widgets.FormDialog)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import activities, conversion, customers, deals, leads
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.admin_widgets import ContextFormDialog
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.crm.form_fields import date_text, fill_owners, owner_choices, parse_date, parse_moment
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.crm.paged_table import SEARCH_DELAY_MS
from hashinsight_desktop.ui.database_error import database_error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("CrmFormDialog", text)


class CrmFormDialog(ContextFormDialog):
    """A form that knows who acts, reads what it needs (owners) and says a stale save on its parent.

    Its own strings use a fixed context: self.tr in a base class would look them up under the subclass."""

    def __init__(self, context: AppContext, principal: Principal, title: str, parent: QWidget | None) -> None:
        super().__init__(context, title, parent)
        self.principal = principal
        self.saved_id: uuid.UUID | None = None
        self.on_stale = lambda message: show_error(parent, _t("Not saved"), message)

    def read(self, what: str, fn: Any) -> Any:
        """A small read the form needs (owners, customers), said in the banner when it fails."""
        try:
            with self.context.database.session_factory() as session:
                return fn(session)
        except (ServiceError, SQLAlchemyError) as exc:
            reason = (
                render_error(exc, QCoreApplication.translate)
                if isinstance(exc, ServiceError)
                else database_error_text(exc)
            )
            self.show_banner(_t("Could not read the %1: %2").replace("%1", what).replace("%2", reason))
            return None

    def owner_field(self, chosen: uuid.UUID | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("ownerCombo")
        people = self.read(_t("sales people"), lambda s: owner_choices(s, self.principal)) or []
        fill_owners(combo, people, chosen or self.principal.user_id)
        self.add_field("owner", _t("Owner"), combo)
        return combo


class LeadDialog(CrmFormDialog):
    def __init__(
        self, context: AppContext, principal: Principal, parent: QWidget | None = None, lead: Any = None
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("New lead") if lead is None else self.tr("Edit lead %1").replace("%1", lead.title))
        self.lead = lead
        self.title = self.add_text_field(
            "title", self.tr("Title"), lead.title if lead else "", self.tr("e.g. 2 MW hosting, Q3"), max_length=200
        )
        self.company = self.add_text_field(
            "company", self.tr("Company"), lead.company if lead else "", self.tr("e.g. Northwind Mining"), 200
        )
        self.contact = self.add_text_field(
            "contact_name", self.tr("Contact"), lead.contact_name if lead else "", self.tr("Who you talk to"), 200
        )
        self.email = self.add_text_field(
            "email", self.tr("E-mail"), (lead.email or "") if lead else "", self.tr("name@company.com"), 254
        )
        self.phone = self.add_text_field("phone", self.tr("Phone"), (lead.phone or "") if lead else "", "", 40)
        self.source = self.add_text_field(
            "source", self.tr("Source"), lead.source if lead else "", self.tr("e.g. referral, website, event"), 40
        )
        self.value = self.add_text_field(
            "value_estimate",
            self.tr("Value estimate ($)"),
            str(lead.value_estimate) if lead else "",
            self.tr("e.g. 250000"),
        )
        self.owner = self.owner_field(lead.owner_id if lead else None)
        self.next_step = self.add_text_field(
            "next_step", self.tr("Next step"), lead.next_step if lead else "", self.tr("e.g. send the price sheet"), 200
        )
        self.next_due = self.add_text_field(
            "next_step_due",
            self.tr("Next step due"),
            date_text(lead.next_step_due) if lead else "",
            self.tr("YYYY-MM-DD"),
        )
        self.title.setFocus()

    def entity(self) -> str:
        return "lead"

    def save(self, session: Session) -> None:
        values = {
            "title": self.title.text(),
            "company": self.company.text(),
            "contact_name": self.contact.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "source": self.source.text(),
            "value_estimate": self.value.text().strip() or "0",
            "owner_id": self.owner.currentData(),
            "next_step": self.next_step.text(),
            "next_step_due": parse_date("next_step_due", self.next_due.text()),
            "clock": self.context.clock,
        }
        if self.lead is None:
            saved = leads.add_lead(session, self.principal, **values)
        else:
            saved = leads.update_lead(
                session, self.principal, self.lead.id, expected_version=self.lead.version, **values
            )
        self.saved_id = saved.id


class TextDialog(CrmFormDialog):
    """One multi-line text (a reply, a reason) saved by ``submit(session, text)``."""

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        title: str,
        label: str,
        entity: str,
        submit: Any,
        parent: QWidget | None = None,
        field: str = "body",
    ) -> None:
        super().__init__(context, principal, title, parent)
        self.setWindowTitle(title)
        self._entity, self._submit = entity, submit
        self.text = QPlainTextEdit()
        self.text.setObjectName("dialogText")
        self.add_field(field, label, self.text)  # the service's field name: its refusal shows here
        self.text.setFocus()

    def entity(self) -> str:
        return self._entity

    def save(self, session: Session) -> None:
        self._submit(session, self.text.toPlainText())


class ActivityDialog(CrmFormDialog):
    """Log a call, e-mail, meeting or note on a customer, lead, deal or ticket, or set a task with a due time."""

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        subject_kind: str,
        subject_id: uuid.UUID,
        subject_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("Log activity on %1").replace("%1", subject_title))
        self.subject_kind, self.subject_id = subject_kind, subject_id
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        for key in activities.KINDS:
            self.kind.addItem(stage_label(key), key)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.title = self.add_text_field("title", self.tr("Title"), "", self.tr("e.g. Called about the PDU order"), 200)
        self.body = QPlainTextEdit()
        self.body.setObjectName("activityBody")
        self.body.setFixedHeight(90)
        self.add_field("body", self.tr("Notes"), self.body)
        self.due = self.add_text_field("due_at", self.tr("Due"), "", self.tr("YYYY-MM-DD HH:MM (a task needs one)"))
        self.owner = self.owner_field(None)
        self.title.setFocus()

    def entity(self) -> str:
        return "activity"

    def save(self, session: Session) -> None:
        saved = activities.add_activity(
            session,
            self.principal,
            kind=str(self.kind.currentData()),
            subject_kind=self.subject_kind,
            subject_id=self.subject_id,
            title=self.title.text(),
            body=self.body.toPlainText(),
            due_at=parse_moment("due_at", self.due.text()),
            owner_id=self.owner.currentData(),
            clock=self.context.clock,
        )
        self.saved_id = saved.id


class CustomerPicker(QLineEdit):
    """A customer typed by name, completed from the database as one types (off the GUI thread)."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.setObjectName("customerPicker")
        self.setPlaceholderText(self.tr("Type a customer's name"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        self.textEdited.connect(lambda _text: self._timer.start())
        self._reader: FreshRead[list[str]] = FreshRead(self, self._read, self.names.setStringList)

    def _ask(self) -> None:
        self._typed = self.text().strip()
        self._reader.request()

    def _read(self) -> list[str]:
        try:
            with self.context.database.session_factory() as session:
                found = customers.list_customers(session, self.principal, search=self._typed, limit=20)
                return [customer.name for customer in found]
        except (ServiceError, SQLAlchemyError):
            return []  # no suggestions; saving says what is wrong

    def customer_id(self, session: Session) -> uuid.UUID:
        """The customer named (case ignored), or ValidationError naming the field."""
        name = self.text().strip()
        if not name:
            raise ValidationError("customer", "name the customer")
        for customer in customers.list_customers(session, self.principal, search=name, limit=50):
            if customer.name.casefold() == name.casefold():
                return customer.id
        raise ValidationError(
            "customer",
            QCoreApplication.translate("CrmDialogs", "no customer account named {name}").format(name=repr(name)),
        )


class DealDialog(CrmFormDialog):
    """A new deal for a customer, an open deal's details edited (its stage moves on the board), or a lead
    converted into a deal (``lead``): the service picks the customer from the lead's e-mail, phone or company,
    or creates one, all in one transaction."""

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        parent: QWidget | None = None,
        deal: Any = None,
        customer_name: str = "",
        lead: Any = None,
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.deal, self.lead = deal, lead
        self.outcome = ""  # what a conversion did, for the page to say
        if lead is not None:
            self.setWindowTitle(self.tr("Convert lead %1 into a deal").replace("%1", lead.title))
        elif deal is not None:
            self.setWindowTitle(self.tr("Edit deal %1").replace("%1", deal.title))
        else:
            self.setWindowTitle(self.tr("New deal"))
        self.customer = CustomerPicker(context, principal)
        if lead is not None:
            self.customer.setPlaceholderText(self.tr("Matched by the lead's e-mail, phone or company, else new"))
            self.customer.setEnabled(False)
        else:
            self.customer.setText(deal.customer_name if deal else customer_name)
            self.customer.setEnabled(deal is None and not customer_name)
        self.add_field("customer", self.tr("Customer"), self.customer)
        title = deal.title if deal else lead.title if lead else ""
        value = deal.value if deal else lead.value_estimate if lead else ""
        self.title = self.add_text_field(
            "title", self.tr("Title"), title, self.tr("e.g. 1.5 MW hosting, 24 months"), 200
        )
        self.value = self.add_text_field("value", self.tr("Value ($)"), str(value), self.tr("e.g. 480000"))
        self.close_date = self.add_text_field(
            "expected_close",
            self.tr("Expected close"),
            date_text(deal.expected_close) if deal else "",
            self.tr("YYYY-MM-DD"),
        )
        self.rate = self.add_text_field(
            "commission_rate_pct",
            self.tr("Commission (%)"),
            str(deal.commission_rate_pct) if deal else "",
            self.tr("e.g. 3"),
        )
        self.owner = self.owner_field(deal.owner_id if deal else lead.owner_id if lead else None)
        (self.customer if self.customer.isEnabled() else self.title).setFocus()

    def entity(self) -> str:
        return "lead" if self.lead is not None else "deal"

    def save(self, session: Session) -> None:
        values: dict[str, Any] = {
            "title": self.title.text(),
            "value": self.value.text().strip() or "0",
            "owner_id": self.owner.currentData(),
            "expected_close": parse_date("expected_close", self.close_date.text()),
            "commission_rate_pct": self.rate.text().strip() or "0",
            "clock": self.context.clock,
        }
        if self.lead is not None:
            done = conversion.convert_lead(
                session,
                self.principal,
                self.lead.id,
                expected_version=self.lead.version,
                translate=QCoreApplication.translate,  # the deal's first note in the user's language
                **values,
            )
            self.saved_id = done.deal.id
            self.outcome = (
                (
                    self.tr("Deal “%1” created for the new customer %2.")
                    if done.customer_created
                    else self.tr("Deal “%1” created for %2 (an existing customer, matched by %3).")
                )
                .replace("%1", done.deal.title)
                .replace("%2", done.customer.name)
                .replace("%3", done.matched_by or "")
            )
            return
        if self.deal is None:
            saved = deals.add_deal(session, self.principal, customer_id=self.customer.customer_id(session), **values)
        else:
            version = self.deal.version
            saved = deals.update_deal(session, self.principal, self.deal.id, expected_version=version, **values)
        self.saved_id = saved.id
