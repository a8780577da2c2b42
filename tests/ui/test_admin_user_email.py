"""A user's notice e-mail address (where the deals they own are announced) set in the Users page's dialog:
saved and audited through the service; a bad address keeps the dialog open with the field named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services.permissions import Role
from tests.ui.test_admin_users import add_user, db_user, make_page, open_dialog, select_row

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the service's SQL is plain ORM


def test_edit_dialog_sets_and_clears_the_notice_address(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    add_user(context, owner, "sam", Role.ADMIN, email="sam@farm.example")
    page = make_page(qtbot, context, owner)
    select_row(page, "sam")
    dialog = open_dialog(page, qtbot, page.edit_button)
    assert dialog.email.text() == "sam@farm.example"  # the stored address, ready to edit
    dialog.email.setText("sam@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.field_error("email").startswith("E-mail: not an e-mail address: sam@")
    dialog.email.setText("  sales@farm.example ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = db_user(context, "sam")
    assert saved is not None and saved.email == "sales@farm.example"
    with context.database.session_factory() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc())).first()
        assert last is not None and (last.action, last.entity_id) == ("user.update", str(saved.id))
        assert last.before_digest != last.after_digest  # the address is part of the audited state
    select_row(page, "sam")
    dialog = open_dialog(page, qtbot, page.edit_button)
    dialog.email.setText("")  # console only
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and db_user(context, "sam").email is None  # type: ignore[union-attr]
