"""The Users page and dialogs driven like a user would, against a real database on both engines."""

from __future__ import annotations

import contextlib
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models import User
from hashinsight_desktop.services import auth, sites, users
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.errors import AuthenticationError
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.roles_page import RolePermissionModel, RolesPage
from hashinsight_desktop.ui.admin.user_dialog import ResetPasswordDialog, UserDialog
from hashinsight_desktop.ui.admin.users_page import COL_SITES, UsersPage

PASSWORD = "correct-horse-battery"


def add_user(context: AppContext, principal: Principal, username: str, role: Role, **kwargs: object) -> uuid.UUID:
    with unit_of_work(context.database.session_factory, "user") as session:
        return users.create_user(session, principal, username=username, password=PASSWORD, role=role, **kwargs).id  # type: ignore[arg-type]


def db_user(context: AppContext, username: str) -> User | None:
    with context.database.session_factory() as session:
        return session.scalar(select(User).where(User.username == username))


def make_page(qtbot, context: AppContext, principal: Principal) -> UsersPage:  # type: ignore[no-untyped-def]
    page = UsersPage(context, principal)
    qtbot.addWidget(page)
    return page


def shown_usernames(page: UsersPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def select_row(page: UsersPage, username: str) -> None:
    page.view.select_where(lambda row: row.username == username)
    assert page.selected_user() is not None and page.selected_user().username == username


def open_dialog(page: UsersPage, qtbot, button) -> UserDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = [dialog for dialog in page.findChildren(UserDialog) if dialog.isVisible()]  # closed ones linger
    assert len(shown) == 1
    return shown[0]


def fill_new_user(
    dialog: UserDialog, username: str, role: Role, password: str = PASSWORD, repeat: str | None = None
) -> None:
    assert dialog.password is not None and dialog.password_repeat is not None
    dialog.username.setText(username)
    dialog.display_name.setText(username.title())
    dialog.role.setCurrentIndex(dialog.role.findData(role.value))
    dialog.password.setText(password)
    dialog.password_repeat.setText(password if repeat is None else repeat)


def message_boxes(page: UsersPage) -> list[str]:
    return [box.text() for box in page.findChildren(QMessageBox) if box.isVisible()]


def test_add_site_manager_shows_row_and_saves_scope(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(context.database.session_factory, "site") as session:
        site_id = sites.create_site(session, owner, name="Texas North", capacity_mw="20").id
    page = make_page(qtbot, context, owner)
    dialog = open_dialog(page, qtbot, page.add_button)
    fill_new_user(dialog, "j.smith", Role.SITE_MANAGER)
    assert dialog.sites.isEnabled() and not dialog.customer.isEnabled()
    dialog.sites.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert shown_usernames(page) == ["j.smith", "owner"]
    assert page.selected_user() is not None and page.selected_user().username == "j.smith"
    row = page.proxy.match(page.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, "j.smith")[0].row()
    assert page.proxy.index(row, COL_SITES).data() == "Texas North"
    saved = db_user(context, "j.smith")
    assert saved is not None and saved.role == "site_manager" and saved.site_ids == {site_id}
    assert saved.display_name == "J.Smith"


def test_short_password_keeps_dialog_open_and_names_the_field(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, context, owner)
    dialog = open_dialog(page, qtbot, page.add_button)
    fill_new_user(dialog, "shorty", Role.GUEST, password="short")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.field_error("password").startswith("Password: must be at least 10")
    assert dialog.username.text() == "shorty"  # the input is kept for a retry
    assert db_user(context, "shorty") is None
    fill_new_user(dialog, "shorty", Role.GUEST)  # fixing it clears the error and saves
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and db_user(context, "shorty") is not None


@pytest.mark.parametrize(
    ("username", "role", "repeat", "field", "text"),
    [
        ("owner", Role.GUEST, None, "username", "User name: 'owner' is already taken"),
        ("Bad Name!", Role.GUEST, None, "username", "User name: 3–64 characters"),
        ("new.user", Role.GUEST, "something-else-entirely", "password_repeat", "Repeat password: does not match"),
        ("cust", Role.CUSTOMER, None, "customer", "Customer: a customer user must be bound"),
    ],
)
def test_invalid_input_is_shown_next_to_the_field(
    qtbot,
    context,
    owner,
    username,
    role,
    repeat,
    field,  # type: ignore[no-untyped-def]
    text,
) -> None:
    page = make_page(qtbot, context, owner)
    dialog = open_dialog(page, qtbot, page.add_button)
    fill_new_user(dialog, username, role, repeat=repeat)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_error(field).startswith(text)
    assert shown_usernames(page) == ["owner"]


def test_customer_user_is_bound_to_the_chosen_account(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(context.database.session_factory, "customer") as session:
        customer_id = customers.add_customer(session, owner, name="Northwind Mining").id
    page = make_page(qtbot, context, owner)
    dialog = open_dialog(page, qtbot, page.add_button)
    fill_new_user(dialog, "northwind", Role.CUSTOMER)
    assert dialog.customer.isEnabled() and not dialog.sites.isEnabled()
    dialog.customer.setCurrentIndex(dialog.customer.findData(str(customer_id)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = db_user(context, "northwind")
    assert saved is not None and saved.customer_id == customer_id
    assert page.selected_user() is not None and page.selected_user().customer_name == "Northwind Mining"
    edit = open_dialog(page, qtbot, page.edit_button)  # editing shows the bound account, not the placeholder
    assert edit.customer.currentText() == "Northwind Mining" and edit.customer.isEnabled()


def test_edit_saves_with_the_version_it_was_opened_with(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "guest.one", Role.GUEST)
    page = make_page(qtbot, context, owner)
    select_row(page, "guest.one")
    dialog = open_dialog(page, qtbot, page.edit_button)
    assert dialog.username.isReadOnly()
    assert dialog.password is None  # passwords have their own dialog
    dialog.display_name.setText("Guest Number One")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.selected_user() is not None and page.selected_user().display_name == "Guest Number One"
    saved = db_user(context, "guest.one")
    assert saved is not None and saved.display_name == "Guest Number One" and saved.version == 2


def test_stale_edit_says_changed_by_someone_else_and_reloads(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    user_id = add_user(context, owner, "guest.two", Role.GUEST, display_name="Before")
    page = make_page(qtbot, context, owner)
    select_row(page, "guest.two")
    dialog = open_dialog(page, qtbot, page.edit_button)
    with unit_of_work(context.database.session_factory, "user") as session:  # another desktop saves first
        users.update_user(session, owner, user_id, expected_version=1, display_name="Theirs")
    dialog.display_name.setText("Mine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert any("changed by someone else" in text for text in message_boxes(page))
    assert page.selected_user() is not None and page.selected_user().display_name == "Theirs"
    saved = db_user(context, "guest.two")
    assert saved is not None and saved.display_name == "Theirs"


def test_disable_enable_and_delete(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "leaver", Role.GUEST)
    page = make_page(qtbot, context, owner)
    select_row(page, "leaver")
    assert page.active_button.text() == "Disable"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    saved = db_user(context, "leaver")
    assert saved is not None and not saved.is_active
    assert page.active_button.text() == "Enable"

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = next(box for box in page.findChildren(QMessageBox) if box.isVisible())
    assert "leaver" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert db_user(context, "leaver") is None
    assert shown_usernames(page) == ["owner"]


def test_owner_cannot_disable_or_delete_themselves(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, context, owner)
    select_row(page, "owner")
    assert page.edit_button.isEnabled() and page.password_button.isEnabled()
    assert not page.active_button.isEnabled() and not page.delete_button.isEnabled()


def test_reset_password(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "forgetful", Role.GUEST)
    page = make_page(qtbot, context, owner)
    select_row(page, "forgetful")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ResetPasswordDialog)
    assert dialog is not None
    dialog.password.setText("forgetful")
    dialog.password_repeat.setText("forgetful")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.field_error("password").startswith("New password: must be at least")
    dialog.password.setText("a-brand-new-password")
    dialog.password_repeat.setText("a-brand-new-password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert auth.login(context.database.session_factory, "forgetful", "a-brand-new-password").username == "forgetful"


def test_admin_may_not_hand_out_or_touch_privileged_roles(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    admin_id = add_user(context, owner, "admin.ann", Role.ADMIN)
    admin = Principal(user_id=admin_id, username="admin.ann", role=Role.ADMIN)
    page = make_page(qtbot, context, admin)
    dialog = open_dialog(page, qtbot, page.add_button)
    offered = {dialog.role.itemData(i) for i in range(dialog.role.count())}
    assert offered == {"site_manager", "customer", "guest"}
    dialog.reject()
    select_row(page, "owner")
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()


def test_permission_denied_is_shown_in_the_dialog(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    admin_id = add_user(context, owner, "admin.bob", Role.ADMIN)
    admin = Principal(user_id=admin_id, username="admin.bob", role=Role.ADMIN)
    page = make_page(qtbot, context, owner)
    select_row(page, "owner")
    owner_row = page.selected_user()
    dialog = UserDialog(context, admin, [], [], owner_row, page)  # the page would not offer this: the service refuses
    dialog.open()
    dialog.display_name.setText("Hijacked")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "may not manage owner accounts" in dialog.banner_text()
    saved = db_user(context, "owner")
    assert saved is not None and saved.display_name == "Olivia Owner"


@pytest.mark.parametrize("role", [Role.SITE_MANAGER, Role.GUEST])
def test_roles_without_user_rights_see_buttons_disabled(qtbot, context, owner, role) -> None:  # type: ignore[no-untyped-def]
    principal = Principal(user_id=uuid.uuid4(), username="someone", role=role)
    page = make_page(qtbot, context, principal)
    for button in (page.add_button, page.edit_button, page.password_button, page.active_button, page.delete_button):
        assert not button.isEnabled()
    assert page.model.rowCount() == 0
    assert f"Your role ({role.value}) may not see the user list" in page.view.empty_text()
    assert page.add_user() is None


def test_filters_by_text_and_role(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "alice", Role.GUEST, display_name="Alice Archer")
    add_user(context, owner, "bob", Role.GUEST, display_name="Bob Baker")
    page = make_page(qtbot, context, owner)
    assert page.status_label.text() == "3 users"
    page.filter_edit.setText("BAKER")
    assert shown_usernames(page) == ["bob"]
    page.filter_edit.clear()
    page.role_filter.setCurrentIndex(page.role_filter.findData("owner"))
    assert shown_usernames(page) == ["owner"]
    assert page.status_label.text() == "1 of 3 users"
    page.role_filter.setCurrentIndex(page.role_filter.findData("guest"))
    assert shown_usernames(page) == ["alice", "bob"]
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_usernames(page) == ["bob", "alice"]


def test_roles_page_matrix_and_counts(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "guest.three", Role.GUEST)
    page = RolesPage(context, owner)
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == 13 and model.columnCount() == 5
    owner_column = [model.role(c) for c in range(5)].index(Role.OWNER)
    guest_column = [model.role(c) for c in range(5)].index(Role.GUEST)
    assert all(model.index(r, owner_column).data(RolePermissionModel.GRANTED_ROLE) for r in range(13))
    granted_to_guest = {model.permission(r).value for r in range(13) if model.index(r, guest_column).data()}
    assert granted_to_guest == {"catalogue.read", "calculator.use"}
    assert model.headerData(guest_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Calculator only"
    assert page.counts == {"owner": 1, "guest": 1}
    assert "Owner: 1" in page.counts_label.text() and "Guest: 1" in page.counts_label.text()


def test_admin_tab_shows_the_pages_a_role_may_use(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.admin.admin_tab import AdminTab
    from hashinsight_desktop.ui.modules import ADMIN_TAB

    tab = ADMIN_TAB.build(context, owner)
    qtbot.addWidget(tab)
    assert isinstance(tab, AdminTab)
    assert tab.page_titles() == [
        "Users",
        "Roles",
        "Sites & customers",
        "Audit log",
        "Notifications",
        "Alert thresholds",
        "Control room",
        "Dead letters",
        "Settings",
    ]
    assert ADMIN_TAB.is_visible(owner)
    for role in (Role.SITE_MANAGER, Role.CUSTOMER, Role.GUEST):
        principal = Principal(user_id=uuid.uuid4(), username="x", role=role)
        assert not ADMIN_TAB.is_visible(principal)
        limited = AdminTab(context, principal)
        qtbot.addWidget(limited)
        assert limited.page_titles() == ["Settings"]


def test_shortcuts_and_double_click(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "dbl.click", Role.GUEST)
    page = make_page(qtbot, context, owner)
    with qtbot.waitActive(page):  # shortcuts only fire in the active window
        page.show()
        page.activateWindow()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()

    add_user(context, owner, "arrived.later", Role.GUEST)  # F5 reads the list again
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    assert "arrived.later" in shown_usernames(page)

    row = shown_usernames(page).index("dbl.click")
    cell = page.view.visualRect(page.proxy.index(row, 1)).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = next(d for d in page.findChildren(UserDialog) if d.isVisible())
    assert dialog.username.text() == "dbl.click"


def test_unlock_clears_failed_logins(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "fumbler", Role.GUEST)
    for _ in range(auth.FREE_ATTEMPTS + 1):
        with contextlib.suppress(AuthenticationError):
            auth.login(context.database.session_factory, "fumbler", "not the password")
    page = make_page(qtbot, context, owner)
    select_row(page, "owner")
    assert not page.unlock_button.isEnabled()  # nothing to clear
    select_row(page, "fumbler")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    saved = db_user(context, "fumbler")
    assert saved is not None and saved.failed_login_count == 0 and not page.unlock_button.isEnabled()
    assert auth.login(context.database.session_factory, "fumbler", PASSWORD).username == "fumbler"  # no wait
