"""File → Change password / Switch user / Log out, and Help → Keyboard shortcuts / User guide."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import auth
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.ui.help_dialogs import ShortcutsDialog, UserGuideDialog, collect_shortcuts
from hashinsight_desktop.ui.login_dialogs import LoginDialog
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.support.factories import PASSWORD, make_people

pytestmark = pytest.mark.usefixtures("shipped_catalogue")
NEW = "a brand new passphrase"


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_log_out_then_switch_user(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.gui_app import ConsoleSession

    make_people(context.database.session_factory)
    session = ConsoleSession(context, TaskRegistry(), workers=False)
    session.open_console(auth.login(context.database.session_factory, "owner", PASSWORD))
    first = session.window
    assert first is not None
    first.show()
    assert menu_texts(first, "&File") == ["&Change password…", "S&witch user…", "&Log out", "&Quit"]

    first.log_out_action.trigger()
    assert session.window is None and not first.isVisible()
    assert isinstance(session.dialog, LoginDialog) and session.dialog.isVisible()
    assert session.dialog.username.text() == "owner"  # logging back in is one password away
    session.dialog.password.setText(PASSWORD)
    session.dialog.submit()
    again = session.window
    assert again is not None and again is not first and again.principal.username == "owner"

    again.switch_user_action.trigger()
    assert isinstance(session.dialog, LoginDialog) and session.dialog.username.text() == ""  # someone else
    session.dialog.username.setText("guest")
    session.dialog.password.setText(PASSWORD)
    session.dialog.submit()
    assert session.window is not None and session.window.principal.username == "guest"
    assert session.window.tab_keys == ["calculator", "catalogue"]
    with context.database.session_factory() as db:
        actions = [(r.actor, r.action) for r in db.scalars(select(AuditRecord).order_by(AuditRecord.seq))]
    assert actions[-4:] == [
        ("owner", "auth.logout"),
        ("owner", "auth.login"),
        ("owner", "auth.logout"),
        ("guest", "auth.login"),
    ]
    session.window.close()


def test_change_password_needs_the_current_one(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.guest)  # the lightest window: the dialog is the same for every role
    qtbot.addWidget(window)
    dialog = window.change_password()
    dialog.current.setText("not my password")
    dialog.password.setText(NEW)
    dialog.password_repeat.setText(NEW)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.field_error("current_password") == (
        "Current password: is not your current password"
    )
    dialog.current.setText(PASSWORD)
    dialog.password_repeat.setText(NEW + "x")
    dialog.save_button.click()
    assert dialog.field_error("password_repeat") == "Repeat password: does not match the new password"
    dialog.password_repeat.setText(NEW)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert auth.login(context.database.session_factory, "guest", NEW).username == "guest"


def test_shortcuts_dialog_lists_what_the_window_really_has(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner)
    qtbot.addWidget(window)
    window.build_all_tabs()  # as the dialog does first (tabs are built when first shown)
    entries = collect_shortcuts(window)
    found = {(e.keys, e.what, e.where) for e in entries}
    assert ("Ctrl+Q", "Quit", "Everywhere") in found
    assert ("Ctrl+Shift+L", "Log out", "Everywhere") in found
    assert ("Ctrl+2", "Go to Fleet", "Everywhere") in found
    assert ("F5", "Refresh", "Admin → Audit log") in found  # the button whose tooltip names F5
    assert ("Ctrl+Shift+S", "Stop", "Curtailment") in found and ("Esc", "Cancel", "Curtailment → Plan") in found
    assert all(e.what != "(no description)" for e in entries), [e for e in entries if e.what == "(no description)"]
    # Not a hand-written list: a shortcut added to the window appears.
    window.menuBar().addMenu("Test").addAction("Frobnicate", "Ctrl+Alt+F9")
    assert ("Ctrl+Alt+F9", "Frobnicate", "Everywhere") in {(e.keys, e.what, e.where) for e in collect_shortcuts(window)}

    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog) and dialog.model.rowCount() == len(entries) + 1
    dialog.filter.setText("audit")
    assert 0 < dialog.proxy.rowCount() < dialog.model.rowCount()


def test_user_guide_opens_the_shipped_guide(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner)
    qtbot.addWidget(window)
    assert window.user_guide_action.shortcut().toString() == "F1"
    dialog = window.show_user_guide()
    assert isinstance(dialog, UserGuideDialog)
    text = dialog.browser.toPlainText()
    assert "Log out" in text and "user recover" in text and "Keyboard shortcuts" in text
