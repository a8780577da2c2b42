"""The Sites & customers page driven like a user would, against a real database on both engines."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models import Customer, Site
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.sites_customers_page import (
    COL_SITE_CAPACITY,
    COL_SITE_PRICE,
    CustomerDialog,
    SiteDialog,
    SitesCustomersPage,
    decimal_text,
    plain_decimal,
)

PASSWORD = "correct-horse-battery"


@pytest.fixture
def page(qtbot, context: AppContext, owner: Principal) -> SitesCustomersPage:  # type: ignore[no-untyped-def]
    widget = SitesCustomersPage(context, owner)
    qtbot.addWidget(widget)
    return widget


def add_site(context: AppContext, principal: Principal, name: str) -> uuid.UUID:
    with unit_of_work(context.database.session_factory, "site") as session:
        return sites.create_site(
            session,
            principal,
            name=name,
            capacity_mw="10",
            electricity_price_usd_per_kwh="0.05",
            timezone="America/Chicago",
        ).id


def db_site(context: AppContext, name: str) -> Site | None:
    with context.database.session_factory() as session:
        return session.scalar(select(Site).where(Site.name == name))


def db_customer(context: AppContext, name: str) -> Customer | None:
    with context.database.session_factory() as session:
        return session.scalar(select(Customer).where(Customer.name == name))


def names(section) -> list[str]:  # type: ignore[no-untyped-def]
    return [section.proxy.index(row, 0).data() for row in range(section.proxy.rowCount())]


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible_box(page: SitesCustomersPage) -> QMessageBox:
    return next(box for box in page.findChildren(QMessageBox) if box.isVisible())


def fill_site(dialog: SiteDialog, name: str, capacity: str, price: str, timezone: str = "America/Chicago") -> None:
    dialog.name.setText(name)
    dialog.location.setText("Odessa, TX")
    dialog.capacity.setText(capacity)
    dialog.price.setText(price)
    dialog.timezone.setCurrentText(timezone)


def test_add_site_shows_row_and_stores_decimals(qtbot, page, context) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.sites.add_button)
    dialog = page.findChild(SiteDialog)
    assert dialog is not None and dialog.isVisible()
    fill_site(dialog, "Texas North", "20.5", "0.0452")
    click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    assert names(page.sites) == ["Texas North"]
    assert page.sites.proxy.index(0, COL_SITE_CAPACITY).data() == "20.5"
    assert page.sites.proxy.index(0, COL_SITE_PRICE).data() == "0.0452"
    assert page.sites.view.selected_record().name == "Texas North"
    saved = db_site(context, "Texas North")
    assert saved is not None
    assert saved.capacity_mw == Decimal("20.5") and saved.electricity_price_usd_per_kwh == Decimal("0.0452")
    assert saved.timezone == "America/Chicago" and saved.location == "Odessa, TX"


def test_an_empty_capacity_is_not_set(qtbot, page, context) -> None:  # type: ignore[no-untyped-def]
    """As `site add` without --capacity-kw: the site is saved with no capacity (0), not refused."""
    click(qtbot, page.sites.add_button)
    dialog = page.findChild(SiteDialog)
    fill_site(dialog, "Texas North", "  ", "0.05")
    click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    saved = db_site(context, "Texas North")
    assert saved is not None and saved.capacity_mw == Decimal(0)


@pytest.mark.parametrize(
    ("capacity", "price", "field", "text"),
    [
        ("twenty", "0.05", "capacity_mw", "Capacity (MW): 'twenty' is not a number"),
        ("20", "11", "electricity_price_usd_per_kwh", "Electricity ($/kWh): must be between 0 and 10"),
        ("-1", "0.05", "capacity_mw", "Capacity (MW): must be between 0 and 10000"),
    ],
)
def test_bad_number_is_named_and_the_dialog_stays(qtbot, page, context, capacity, price, field, text) -> None:  # type: ignore[no-untyped-def]
    dialog = page.add_site()
    assert dialog is not None
    fill_site(dialog, "Texas North", capacity, price)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.field_error(field) == text
    assert dialog.capacity.text() == capacity  # kept for the fix
    assert db_site(context, "Texas North") is None and names(page.sites) == []


def test_duplicate_site_name_is_named(qtbot, page, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_site(context, owner, "Texas North")
    page.refresh()
    dialog = page.add_site()
    assert dialog is not None
    fill_site(dialog, "Texas North", "5", "0.04")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.field_error("name").startswith("Name: another site already uses")


def test_edit_site_and_stale_edit(qtbot, page, context, owner) -> None:  # type: ignore[no-untyped-def]
    site_id = add_site(context, owner, "Texas North")
    page.refresh()
    page.sites.view.selectRow(0)
    dialog = page.edit_site()
    assert dialog is not None and dialog.capacity.text() == "10" and dialog.timezone.currentText() == "America/Chicago"
    dialog.price.setText("0.039")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    saved = db_site(context, "Texas North")
    assert saved is not None and saved.electricity_price_usd_per_kwh == Decimal("0.039") and saved.version == 2

    stale = page.edit_site()  # opened at version 2; another desktop then saves version 3
    assert stale is not None
    with unit_of_work(context.database.session_factory, "site") as session:
        sites.update_site(
            session,
            owner,
            site_id,
            expected_version=2,
            name="Texas North",
            location="elsewhere",
            capacity_mw="12",
            electricity_price_usd_per_kwh="0.039",
            timezone="UTC",
        )
    stale.capacity.setText("99")
    click(qtbot, stale.save_button)
    assert not stale.isVisible()
    assert "changed by someone else" in visible_box(page).text()
    assert page.sites.model.record(0).capacity_mw == Decimal("12")  # reloaded
    saved = db_site(context, "Texas North")
    assert saved is not None and saved.capacity_mw == Decimal("12")


def test_delete_site_after_confirmation(qtbot, page, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_site(context, owner, "Old Site")
    page.refresh()
    page.sites.view.selectRow(0)
    click(qtbot, page.sites.delete_button)
    box = visible_box(page)
    assert "Old Site" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert db_site(context, "Old Site") is not None  # cancel keeps it
    click(qtbot, page.sites.delete_button)
    click(qtbot, visible_box(page).button(QMessageBox.StandardButton.Yes))
    assert db_site(context, "Old Site") is None and names(page.sites) == []


def test_customers_add_invalid_email_edit_delete(qtbot, page, context) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.customers.add_button)
    dialog = page.findChild(CustomerDialog)
    assert dialog is not None
    dialog.name.setText("Northwind Mining")
    dialog.contact_email.setText("not-an-address")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.field_error("contact_email") == "Contact e-mail: 'not-an-address' is not an e-mail address"
    dialog.contact_email.setText("ops@northwind.example")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and names(page.customers) == ["Northwind Mining"]
    saved = db_customer(context, "Northwind Mining")
    assert saved is not None and saved.contact_email == "ops@northwind.example"

    edit = page.edit_customer()  # the new row is selected after the save
    assert edit is not None
    edit.name.setText("Northwind Mining LLC")
    click(qtbot, edit.save_button)
    assert names(page.customers) == ["Northwind Mining LLC"]

    click(qtbot, page.customers.delete_button)
    click(qtbot, visible_box(page).button(QMessageBox.StandardButton.Yes))
    assert db_customer(context, "Northwind Mining LLC") is None and names(page.customers) == []


def test_customer_with_users_cannot_be_deleted(qtbot, page, context, owner) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services import users

    with unit_of_work(context.database.session_factory, "customer") as session:
        customer = customers.add_customer(session, owner, name="Bound Co")
        users.create_user(
            session, owner, username="bound", password=PASSWORD, role=Role.CUSTOMER, customer_id=customer.id
        )
    page.refresh()
    page.customers.view.selectRow(0)
    box = page.delete_customer()
    assert box is not None
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert "still has 1 user accounts" in visible_box(page).text()
    assert db_customer(context, "Bound Co") is not None


def test_site_manager_sees_own_sites_with_buttons_disabled(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    mine, _other = add_site(context, owner, "Mine"), add_site(context, owner, "Not mine")
    manager = Principal(user_id=uuid.uuid4(), username="sm", role=Role.SITE_MANAGER, site_ids=frozenset({mine}))
    page = SitesCustomersPage(context, manager)
    qtbot.addWidget(page)
    assert names(page.sites) == ["Mine"]
    page.sites.view.selectRow(0)
    for section in (page.sites, page.customers):
        for button in (section.add_button, section.edit_button, section.delete_button):
            assert not button.isEnabled()
    assert "may not see customer accounts" in page.customers.view.empty_text()
    assert page.add_site() is None and page.edit_site() is None
    unscoped = SitesCustomersPage(context, Principal(user_id=uuid.uuid4(), username="new", role=Role.SITE_MANAGER))
    qtbot.addWidget(unscoped)
    assert names(unscoped.sites) == [] and unscoped.sites.view.empty_text() == "No sites in your scope."


def test_guest_is_told_why_the_lists_are_empty(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_site(context, owner, "Hidden")
    guest = Principal(user_id=uuid.uuid4(), username="g", role=Role.GUEST)
    page = SitesCustomersPage(context, guest)
    qtbot.addWidget(page)
    assert names(page.sites) == [] and "Your role (guest) may not see sites" in page.sites.view.empty_text()
    assert not page.sites.add_button.isEnabled() and not page.customers.add_button.isEnabled()


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        ("20", 1, "20.0"),
        ("20.000", 1, "20.0"),
        ("20.125", 1, "20.125"),
        ("0.045", 4, "0.0450"),
        ("0.04512", 4, "0.04512"),
        ("1500", 1, "1,500.0"),
        ("0", 4, "0.0000"),
    ],
)
def test_decimal_text(value: str, places: int, text: str) -> None:
    assert decimal_text(Decimal(value), places) == text


@pytest.mark.parametrize(("value", "text"), [("10.000", "10"), ("1500", "1500"), ("0.04500", "0.045"), ("0", "0")])
def test_plain_decimal_for_editing(value: str, text: str) -> None:
    assert plain_decimal(Decimal(value)) == text


@pytest.mark.parametrize(("typed", "offered"), [("America/Chi", "America/Chicago"), ("chicago", "America/Chicago")])
def test_timezone_box_completes_what_is_typed(qtbot, page, typed, offered) -> None:  # type: ignore[no-untyped-def]
    dialog = page.add_site()
    assert dialog is not None
    edit = dialog.timezone.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, typed)
    completer = dialog.timezone.completer()
    assert completer.popup().isVisible()
    shown = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert offered in shown, shown
    assert all(typed.lower() in zone.lower() for zone in shown)


def test_long_validation_messages_are_not_clipped(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = page.add_site()
    assert dialog is not None
    dialog.show()
    long = "is not a time zone this computer knows; pick one from the list, like America/Chicago or Europe/Berlin"
    for field in ("capacity_mw", "electricity_price_usd_per_kwh", "timezone"):
        dialog.show_field_error(field, long)
    qtbot.wait(10)
    for field in ("capacity_mw", "electricity_price_usd_per_kwh", "timezone"):
        label = dialog.findChild(QLabel, f"error_{field}")
        assert label.height() >= label.heightForWidth(label.width()), field  # every wrapped line shown
