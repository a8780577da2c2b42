"""SLA: business calendars (working hours per weekday in a time zone, holidays) and the policies over them
(response and resolution targets in business minutes per priority, per customer or the default). Saving a
policy or calendar re-times the tickets running under it (the service does)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSplitter, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customers, sla_policies
from hashinsight_desktop.services.crm.sla_calendar import DAY_NAMES
from hashinsight_desktop.services.crm.ticket_list import PRIORITIES
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.crm_dialogs import CrmFormDialog, CustomerPicker
from hashinsight_desktop.ui.crm.form_fields import choose, parse_date
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.crm.paged_query import PagedColumn, TablePage, TableQuery, TableSource
from hashinsight_desktop.ui.crm.record_page import RecordPage
from hashinsight_desktop.ui.crm.sla_timer_view import duration_text

SLA_TOPICS = frozenset({"sla_policy", "business_calendar", "customer"})


def spans_text(spans: list[list[str]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in spans)


def parse_spans(field: str, text: str) -> list[list[str]]:
    """ "09:00-12:00, 13:00-17:00" as [["09:00", "12:00"], ["13:00", "17:00"]]; empty: closed that day."""
    spans = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        start, dash, end = part.partition("-")
        if not dash:
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "SlaPage", "{part}: write hours as 09:00-17:00, several separated by commas"
                ).format(part=repr(part)),
            )
        spans.append([start.strip(), end.strip()])
    return spans


@dataclass(frozen=True)
class CalendarLine:
    id: uuid.UUID
    version: int
    name: str
    timezone: str | None
    hours: dict[str, list[list[str]]]
    holidays: list[tuple[Any, str]]


@dataclass(frozen=True)
class PolicyLine:
    id: uuid.UUID
    version: int
    name: str
    customer_id: uuid.UUID | None
    customer_name: str
    calendar_id: uuid.UUID
    calendar_name: str
    targets: dict[str, list[int | None]]


def _slice(rows: list[Any], query: TableQuery) -> TablePage[Any]:
    return TablePage(rows[query.offset : query.offset + query.limit], len(rows))


def fetch_calendars(session: Session, principal: Principal, query: TableQuery) -> TablePage[CalendarLine]:
    rows = [
        CalendarLine(c.id, c.version, c.name, c.timezone, c.hours, sla_policies.holidays_of(session, c.id))
        for c in sla_policies.list_calendars(session, principal)
    ]
    return _slice(rows, query)  # a handful: the service lists them all, by name


def fetch_policies(session: Session, principal: Principal, query: TableQuery) -> TablePage[PolicyLine]:
    calendars = {c.id: c.name for c in sla_policies.list_calendars(session, principal)}
    rows = []
    for p in sla_policies.list_policies(session, principal):
        name = customers.get_customer(session, principal, p.customer_id).name if p.customer_id else ""
        rows.append(
            PolicyLine(
                p.id, p.version, p.name, p.customer_id, name, p.calendar_id, calendars.get(p.calendar_id, ""), p.targets
            )
        )
    return _slice(rows, query)


def week_text(line: CalendarLine) -> str:
    return " · ".join(
        f"{DAY_NAMES[d][:3]} {spans_text(line.hours.get(str(d), []))}" for d in range(7) if line.hours.get(str(d))
    )


def targets_text(line: PolicyLine) -> str:
    def minutes(value: int | None) -> str:
        return "—" if value is None else duration_text(value * 60)

    return " · ".join(
        f"{stage_label(p)} {minutes(line.targets[p][0])}/{minutes(line.targets[p][1])}"
        for p in PRIORITIES
        if p in line.targets
    )


CALENDARS = TableSource(
    "calendars",
    [
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Calendar"), lambda c: c.name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Time zone"), lambda c: c.timezone or ""),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Working hours"), week_text),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Holidays"), lambda c: len(c.holidays), None, True),
    ],
    fetch_calendars,
    searchable=False,
)
POLICIES = TableSource(
    "sla_policies",
    [
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Policy"), lambda p: p.name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda p: p.customer_name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Calendar"), lambda p: p.calendar_name),
        PagedColumn(QT_TRANSLATE_NOOP("Columns", "Response / resolution"), targets_text),
    ],
    fetch_policies,
    searchable=False,
)


class CalendarDialog(CrmFormDialog):
    def __init__(
        self, context: AppContext, principal: Principal, parent: QWidget | None = None, calendar: Any = None
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("Business calendar"))
        self.calendar = c = calendar
        self.name = self.add_text_field("name", self.tr("Name"), c.name if c else "", self.tr("e.g. Austin office"), 80)
        self.zone = self.add_text_field(
            "time zone",
            self.tr("Time zone"),
            (c.timezone or "") if c else "",
            self.tr("e.g. America/Chicago"),
            hint=self.tr("Empty: each ticket's site's time zone."),
        )
        self.days = []
        locale = QLocale()
        for day, name in enumerate(DAY_NAMES):  # the service names a bad day "hours on Monday": the field's key
            spans = c.hours.get(str(day), []) if c else ([["09:00", "17:00"]] if day < 5 else [])
            shown = locale.dayName(day + 1, QLocale.FormatType.LongFormat)
            self.days.append(self.add_text_field(f"hours on {name}", shown, spans_text(spans), self.tr("closed")))
        self.holidays = QPlainTextEdit("\n".join(f"{d.isoformat()} {n}" for d, n in c.holidays) if c else "")
        self.holidays.setPlaceholderText(self.tr("One per line: 2026-12-25 Christmas Day"))
        self.holidays.setFixedHeight(90)
        self.add_field("holidays", self.tr("Holidays"), self.holidays)

    def entity(self) -> str:
        return "business calendar"

    def save(self, session: Session) -> None:
        hours = {str(d): parse_spans(f"hours on {DAY_NAMES[d]}", edit.text()) for d, edit in enumerate(self.days)}
        holidays = []
        for line in (x.strip() for x in self.holidays.toPlainText().splitlines()):
            if line:
                day, _space, name = line.partition(" ")
                holidays.append((parse_date("holidays", day), name.strip()))
        c = self.calendar
        saved = sla_policies.save_calendar(
            session,
            self.principal,
            name=self.name.text(),
            hours=hours,
            timezone=self.zone.text().strip() or None,
            holidays=holidays,
            calendar_id=c.id if c else None,
            expected_version=c.version if c else None,
            clock=self.context.clock,
        )
        self.saved_id = saved.id


class PolicyDialog(CrmFormDialog):
    def __init__(
        self, context: AppContext, principal: Principal, parent: QWidget | None = None, policy: Any = None
    ) -> None:
        super().__init__(context, principal, "", parent)
        self.setWindowTitle(self.tr("SLA policy"))
        self.policy = p = policy
        self.name = self.add_text_field("name", self.tr("Name"), p.name if p else "", self.tr("e.g. Gold 24/7"), 80)
        self.customer = CustomerPicker(context, principal)
        self.customer.setText(p.customer_name if p else "")
        self.customer.setPlaceholderText(self.tr("Empty: the default for customers without their own"))
        self.add_field("customer", self.tr("Customer"), self.customer)
        self.calendar = QComboBox()
        for c in self.read(self.tr("calendars"), lambda s: sla_policies.list_calendars(s, principal)) or []:
            self.calendar.addItem(c.name, c.id)
        choose(self.calendar, p.calendar_id if p else None)
        self.add_field("calendar", self.tr("Calendar"), self.calendar)
        self.targets: dict[str, tuple[Any, Any]] = {}
        for priority in PRIORITIES:
            pair = p.targets.get(priority, [None, None]) if p else [None, None]
            texts = ["" if v is None else str(v) for v in pair]
            response = self.add_text_field(
                f"{priority} response",
                self.tr("%1: response (min)").replace("%1", stage_label(priority)),
                texts[0],
                self.tr("business minutes; empty: none"),
            )
            resolution = self.add_text_field(
                f"{priority} resolution",
                self.tr("%1: resolution (min)").replace("%1", stage_label(priority)),
                texts[1],
                self.tr("business minutes; empty: none"),
            )
            self.targets[priority] = (response, resolution)

    def entity(self) -> str:
        return "SLA policy"

    def save(self, session: Session) -> None:
        targets: dict[str, list[int | None]] = {}
        for priority, edits in self.targets.items():
            values: list[int | None] = []
            for label, edit in zip(("response", "resolution"), edits, strict=True):
                text = edit.text().strip()
                if text and not text.isdigit():
                    raise ValidationError(
                        f"{priority} {label}",
                        QCoreApplication.translate("SlaPage", "{text}: whole business minutes, e.g. 240").format(
                            text=repr(text)
                        ),
                    )
                values.append(int(text) if text else None)
            targets[priority] = values
        customer_id = self.customer.customer_id(session) if self.customer.text().strip() else None
        p = self.policy
        saved = sla_policies.save_policy(
            session,
            self.principal,
            name=self.name.text(),
            calendar_id=self.calendar.currentData(),
            targets=targets,
            customer_id=customer_id,
            policy_id=p.id if p else None,
            expected_version=p.version if p else None,
            clock=self.context.clock,
        )
        self.saved_id = saved.id


class SlaPage(RecordPage):
    """Policies on top (what tickets are timed by), the calendars they count business time in below."""

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(context, principal, POLICIES, SLA_TOPICS, parent)
        self.button(self.tr("New policy…"), lambda: self.open_form(PolicyDialog(self.context, self.principal, self)))
        self.button(self.tr("Edit…"), self.edit_policy, lambda row: True)
        self.table.activated.connect(lambda _row: self.edit_policy())
        self.calendars = RecordPage(context, principal, CALENDARS, SLA_TOPICS)
        self.calendars.button(
            self.tr("New calendar…"), lambda: self.calendars.open_form(CalendarDialog(context, principal, self))
        )
        self.calendars.button(self.tr("Edit…"), self.edit_calendar, lambda row: True)
        self.calendars.table.activated.connect(lambda _row: self.edit_calendar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.layout().removeWidget(self.table)
        splitter.addWidget(self.table)
        splitter.addWidget(self.calendars)
        self.layout().addWidget(splitter)

    def edit_policy(self) -> QWidget | None:
        row = self.selected()
        return None if row is None else self.open_form(PolicyDialog(self.context, self.principal, self, row))

    def edit_calendar(self) -> QWidget | None:
        row = self.calendars.selected()
        if row is None:
            return None
        return self.calendars.open_form(CalendarDialog(self.context, self.principal, self, row))
