"""Field pieces the CRM dialogs share: an optional date typed as YYYY-MM-DD (refused naming the field),
and the owner picker (staff who may own sales work; the acting user first)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from sqlalchemy.orm import Session

from hashinsight_desktop.services import users
from hashinsight_desktop.services.crm import assets
from hashinsight_desktop.services.crm.sales_people import OWNER_ROLES
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, Role


def parse_date(field: str, text: str) -> date | None:
    """An empty field is no date; anything else must be YYYY-MM-DD."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field,
            QCoreApplication.translate("CrmForm", "{text} is not a date; write it as YYYY-MM-DD").format(
                text=repr(text)
            ),
        ) from None


def parse_moment(field: str, text: str) -> datetime | None:
    """An empty field is none; else YYYY-MM-DD or YYYY-MM-DD HH:MM in this computer's time zone."""
    text = text.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field,
            QCoreApplication.translate("CrmForm", "{text} is not a date; write it as YYYY-MM-DD HH:MM").format(
                text=repr(text)
            ),
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def owner_choices(session: Session, principal: Principal) -> list[tuple[uuid.UUID, str]]:
    """(user id, name) of the active accounts that may own sales work; just the acting user for a role that
    may not list users."""
    if not principal.can(Permission.USERS_READ):
        return [(principal.user_id, principal.username)] if principal.user_id else []
    people = [
        (user.id, user.display_name or user.username)
        for user in users.list_users(session, principal)
        if user.is_active and Role(user.role) in OWNER_ROLES
    ]
    people.sort(key=lambda person: (person[0] != principal.user_id, person[1].casefold()))
    return people


def fill_owners(combo: QComboBox, people: list[tuple[uuid.UUID, str]], chosen: uuid.UUID | None) -> None:
    combo.clear()
    for user_id, name in people:
        combo.addItem(name, user_id)
    choose(combo, chosen)


def choose(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals ``value`` (the first if none): QComboBox.findData does not compare
    Python objects such as a UUID by value."""
    index = next((i for i in range(combo.count()) if value is not None and combo.itemData(i) == value), 0)
    combo.setCurrentIndex(index if combo.count() else -1)


def miners_named(
    session: Session, principal: Principal, customer_id: uuid.UUID | None, field: str, text: str
) -> list[uuid.UUID]:
    """The customer's miners named in ``text`` (comma-separated, case ignored), found through the scoped service;
    every name that is not one of theirs said at once under ``field``."""
    found, unknown = [], []
    for name in (n.strip() for n in text.split(",")):
        if not name:
            continue
        matches = assets.list_customer_miners(session, principal, customer_id=customer_id, search=name, limit=50)
        exact = [m.id for m in matches if m.name.casefold() == name.casefold()]
        if exact:
            found.append(exact[0])
        else:
            unknown.append(name)
    if unknown:
        raise ValidationError(
            field,
            QCoreApplication.translate("CrmForm", "no miner of this customer named {names}").format(
                names=", ".join(unknown)
            ),
        )
    return found
