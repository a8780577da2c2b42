"""The audit page: listing, debounced server-side search, and chain verification off the GUI thread."""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy import text

from hashinsight_desktop.services import audit, audit_head
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.audit_page import AuditPage

pytestmark = pytest.mark.gui


@pytest.fixture
def owner(owner: Principal, request: pytest.FixtureRequest) -> Principal:
    """The shared owner is audit record 1; the shipped catalogue, loaded after it, record 2."""
    request.getfixturevalue("shipped_catalogue")
    return owner


@pytest.fixture
def page(qtbot, qasync_loop, context: AppContext, owner: Principal) -> AuditPage:  # type: ignore[no-untyped-def]
    widget = AuditPage(context, owner)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def tamper_record_2(database: Database) -> None:
    with database.engine.begin() as connection:
        if database.engine.dialect.name == "postgresql":
            # The append-only trigger refuses UPDATE; replica mode skips triggers, as an attacker with
            # superuser rights could. LOCAL: the pooled connection must not keep the setting.
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text("UPDATE audit_log SET summary = 'x' WHERE seq = 2"))


def run_verify(loop: asyncio.AbstractEventLoop, page: AuditPage) -> None:
    page.verify_button.click()
    assert not page.verify_button.isEnabled()  # disabled while the worker thread runs
    assert page.busy.isVisible()
    task = page.verify_task
    assert task is not None  # held strongly
    # run_until_complete, not qtbot.waitUntil: to_thread needs asyncio's *running* loop, which only
    # run_until_complete/run_forever set (waitUntil spins Qt events alone).
    loop.run_until_complete(asyncio.wait_for(task, timeout=2.5))
    assert page.verify_task is None
    assert page.verify_button.isEnabled()
    assert page.busy.isHidden()


def test_lists_newest_first_with_local_times(page: AuditPage) -> None:
    assert page.model.rowCount() == 2
    top = page.proxy.index(0, 0)
    assert top.data() == "2"
    assert page.proxy.index(0, 3).data() == "catalogue.load"
    assert len(page.proxy.index(0, 7).data()) == 12
    assert len(page.proxy.index(0, 1).data()) == len("2025-01-31 23:59:59")
    assert page.count_label.text() == "Showing 2 of 2 records"


def test_verify_reports_intact_chain(qasync_loop, page: AuditPage) -> None:  # type: ignore[no-untyped-def]
    run_verify(qasync_loop, page)
    assert page.status_label.text().splitlines() == [
        "Chain intact: 2 records verified",
        "✔ database head: the log ends at record 2, as the database's head says",
    ]
    assert "#2e7d32" in page.status_label.styleSheet()


def test_verify_shows_a_cut_end_and_a_checkpoint(qasync_loop, page: AuditPage, database: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    checkpoint = tmp_path / "checkpoint.json"
    with database.session_factory() as session:
        audit_head.write_checkpoint(checkpoint, audit.current_head(session, page._principal))
    page.start_verify(checkpoint)
    qasync_loop.run_until_complete(asyncio.wait_for(page.verify_task, timeout=2.5))  # type: ignore[arg-type]
    assert f"✔ checkpoint {checkpoint}: the log still holds record 2" in page.status_label.text()
    with database.engine.begin() as connection:  # the newest record removed, past the triggers
        if database.engine.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    page.start_verify(checkpoint)
    qasync_loop.run_until_complete(asyncio.wait_for(page.verify_task, timeout=2.5))  # type: ignore[arg-type]
    lines = page.status_label.text().splitlines()
    assert lines[0] == (
        "CUT: the log ends at record 1, but the database's head says it had reached record 2 (newest records removed)"
    )
    assert f"✘ checkpoint {checkpoint}: the log ends at record 1, but it had reached record 2" in lines[-1]
    assert "#c62828" in page.status_label.styleSheet()


def test_verify_finds_tampered_record_and_selects_it(qasync_loop, page: AuditPage, database: Database) -> None:  # type: ignore[no-untyped-def]
    tamper_record_2(database)
    page.search_box.setText("user")  # hides record 2: the page must clear the search to show it
    page.reload()
    assert page.model.rowCount() == 1
    run_verify(qasync_loop, page)
    assert page.status_label.text().startswith("TAMPERED at record 2: ")
    assert "edited" in page.status_label.text()
    assert "#c62828" in page.status_label.styleSheet()
    assert page.search_box.text() == ""
    selected = page.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["2"]


def test_search_is_debounced_and_runs_on_the_server(qtbot, page: AuditPage) -> None:  # type: ignore[no-untyped-def]
    page.search_box.setText("CATALOGUE")
    assert page.model.rowCount() == 2  # not yet: the timer waits for the user to stop typing
    assert page.search_timer.isActive()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=1500)
    assert page.proxy.index(0, 3).data() == "catalogue.load"
    assert page.count_label.text() == "Showing 1 of 1 records"
    page.search_box.setText("no-such-thing")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=1500)
    assert page.count_label.text() == "No records match “no-such-thing”"


def test_without_audit_permission_the_page_says_so(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    guest = Principal(user_id=None, username="visitor", role=Role.GUEST)
    widget = AuditPage(context, guest)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert "may not read the audit log" in widget.status_label.text()


def test_ctrl_f_focuses_search_and_f5_reloads(qtbot, page: AuditPage, database: Database, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=1000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()
    with unit_of_work(database.session_factory) as session:
        audit.append(session, owner, "test.event", "thing", 1, summary="appended after the page opened")
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.model.rowCount() == 3


@pytest.mark.parametrize("delete_after_ms", [0, 100])  # before the task starts; while the thread runs
def test_closing_the_page_during_verify_is_harmless(  # type: ignore[no-untyped-def]
    qasync_loop, context: AppContext, owner: Principal, monkeypatch, delete_after_ms: int
) -> None:
    real_verify = audit.verify

    def slow_verify(session, principal):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return real_verify(session, principal)

    monkeypatch.setattr(audit, "verify", slow_verify)
    widget = AuditPage(context, owner)
    widget.verify_button.click()
    task = widget.verify_task
    QTimer.singleShot(delete_after_ms, widget.deleteLater)
    qasync_loop.run_until_complete(asyncio.wait_for(task, timeout=2.5))
    assert task.exception() is None


def test_records_appended_while_hidden_are_there_when_the_page_is_opened(qtbot, context, owner) -> None:  # type: ignore[no-untyped-def]
    """The Admin tab builds its pages at login; opening the audit page later showed only what existed then."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Users")
    page = AuditPage(context, owner)
    tabs.addTab(page, "Audit log")
    tabs.show()
    before = page.model.rowCount()
    with unit_of_work(context.database.session_factory) as session:
        for n in range(5):
            audit.append(session, owner, "test.event", "thing", n)
    tabs.setCurrentWidget(page)
    assert page.model.rowCount() == before + 5
    assert page.count_label.text() == f"Showing {before + 5:,} of {before + 5:,} records"
