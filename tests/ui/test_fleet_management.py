"""Managing miners from the Fleet tab: a hosting customer (audited, in the Customer column, and what the
customer's own tab shows), a power feed chosen or created on purpose, removal confirmed with the samples
it deletes, and the import preview refusing a list with bad cells."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, TelemetrySample
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.fleet.import_dialog import ImportDialog
from hashinsight_desktop.ui.fleet.management_dialogs import (
    CustomerDialog,
    FeedDialog,
    MoveDialog,
    PlacementDialog,
    RemoveDialog,
)
from hashinsight_desktop.ui.fleet.miner_actions_menu import web_url
from hashinsight_desktop.ui.fleet.miner_columns import COL_CUSTOMER
from tests.support.factories import People, make_people
from tests.ui.test_fleet_tab import add, make_tab, refresh, select_rows, shown

pytestmark = pytest.mark.gui


@pytest.fixture
def people(context: AppContext, shipped_catalogue: int) -> People:
    return make_people(context.database.session_factory)


def settle(loop: asyncio.AbstractEventLoop, task: asyncio.Task[None] | None) -> None:
    assert task is not None
    loop.run_until_complete(asyncio.wait_for(task, timeout=4))


def test_a_customer_given_miners_in_the_column_and_their_tab(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    miners = add(context, people, people.site_id, [("10.0.0.1", 4028), ("10.0.0.2", 4028), ("10.0.0.3", 4028)])
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    select_rows(tab, {miners[0].id, miners[2].id})
    settle(qasync_loop, tab.manage.request_customer())  # reads the customers, then asks
    dialog = tab.manage.dialog
    assert isinstance(dialog, CustomerDialog)
    dialog.customer.setCurrentIndex(dialog.customer.findText("Acme Hosting"))
    dialog.accept()
    settle(qasync_loop, tab.manage.task)
    refresh(qasync_loop, tab)
    column = {row.ip_address: tab.proxy.index(r, COL_CUSTOMER).data() for r, row in enumerate(shown(tab))}
    assert column == {"10.0.0.1": "Acme Hosting", "10.0.0.2": "", "10.0.0.3": "Acme Hosting"}
    assert tab.manage.copy_addresses() == "10.0.0.1\n10.0.0.3" == QApplication.clipboard().text()
    assert web_url(shown(tab)[0]).toString() == "http://10.0.0.1/" and not tab.manage.web.isEnabled()  # one miner
    select_rows(tab, {miners[0].id})
    assert tab.manage.web.isEnabled() and tab.manage.rename.isEnabled()
    settle(qasync_loop, tab.manage.request_customer())
    again = tab.manage.dialog
    assert isinstance(again, CustomerDialog) and again.customer.currentText() == "Acme Hosting"  # its current one
    again.reject()
    with context.database.session_factory() as session:
        summary = session.scalar(select(AuditRecord.summary).where(AuditRecord.action == "miner.customer"))
    assert summary is not None and summary.startswith("2 miners to Acme Hosting from ")
    customer_tab = make_tab(qtbot, context, people.customer)
    refresh(qasync_loop, customer_tab)
    assert sorted(row.ip_address for row in shown(customer_tab)) == ["10.0.0.1", "10.0.0.3"]
    assert not customer_tab.manage.customer.isEnabled() and not customer_tab.files.import_action.isEnabled()


def test_feed_created_on_purpose_and_removal_confirmed(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    miners = add(context, people, people.site_id, [("10.0.0.1", 4028), ("10.0.0.2", 4028)])
    with unit_of_work(context.database.session_factory) as session:
        now = datetime.now(UTC)
        session.add_all(
            TelemetrySample(miner_id=miners[1].id, recorded_at=now - timedelta(minutes=n), status="hashing")
            for n in range(3)
        )
    tab = make_tab(qtbot, context, people.site_manager)
    refresh(qasync_loop, tab)
    select_rows(tab, {miners[0].id, miners[1].id})
    settle(qasync_loop, tab.feeds.request())
    feed = tab.feeds.dialog
    assert isinstance(feed, FeedDialog) and [feed.feed.itemText(i) for i in range(feed.feed.count())] == [
        "(none)",
        "New feed…",
    ]
    feed.feed.setCurrentIndex(1)
    feed.new_name.setText("PDU-3")
    feed.accept()
    settle(qasync_loop, tab.feeds.task)
    refresh(qasync_loop, tab)
    assert {row.power_feed for row in shown(tab)} == {"PDU-3"}

    place = tab.manage.request_place()
    assert isinstance(place, PlacementDialog)
    place.rack.setText("R7")
    place.rack.setModified(True)  # as typing does; the untouched position stays
    place.accept()
    settle(qasync_loop, tab.manage.task)
    settle(qasync_loop, tab.manage.request_move())  # a site manager of one site: nowhere to move them
    move = tab.manage.dialog
    assert isinstance(move, MoveDialog) and move.site.count() == 0
    assert not move.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    move.reject()
    refresh(qasync_loop, tab)
    assert {(row.rack, row.position) for row in shown(tab)} == {("R7", None)}

    select_rows(tab, {miners[1].id})
    settle(qasync_loop, tab.manage.request_remove())
    remove = tab.manage.dialog
    assert isinstance(remove, RemoveDialog) and "3 samples" in remove.delete.text()
    remove.delete.setChecked(True)
    remove.accept()
    settle(qasync_loop, tab.manage.task)
    refresh(qasync_loop, tab)
    assert [row.ip_address for row in shown(tab)] == ["10.0.0.1"]
    with context.database.session_factory() as session:
        assert session.scalars(select(TelemetrySample)).all() == []


def test_import_preview_names_every_bad_cell(qtbot, qasync_loop, context, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "miners.csv"
    path.write_text(
        "ip,name,customer,feed,model\n10.0.0.1,a,Acme Hosting,,S21\n10.0.0.x,b,Acme Hostng,,\n10.0.0.3,c,,F9,\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(context, people.owner, [(people.site_id, "Texas North")], people.site_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qasync_loop, dialog.choose(path))
    QApplication.processEvents()
    errors = [str(dialog.error_model.record(r)) for r in range(dialog.error_model.rowCount())]
    assert errors == [
        "row 3, ip: '10.0.0.x' is not an IP address",
        "row 3, customer: no customer named 'Acme Hostng' (did you mean 'Acme Hosting'?)",
        "row 4, feed: no feed named 'F9' at Texas North — create it explicitly",
    ]
    assert not dialog.import_button.isEnabled() and "3 bad cell(s)" in dialog.summary.text()
    path.write_text("ip,name,customer,feed,model\n10.0.0.1,a,Acme Hosting,F9,S21\n", encoding="utf-8")
    dialog.create_feeds.setChecked(True)
    settle(qasync_loop, dialog.task)
    assert (
        dialog.import_button.isEnabled()
        and dialog.summary.text() == "1 to add, 0 to update, 0 unchanged; new feeds: F9"
    )
    settle(qasync_loop, dialog.start_import())
    with context.database.session_factory() as session:
        assert session.scalar(select(AuditRecord.summary).where(AuditRecord.action == "miner.import")) == (
            "imported miners.csv: 1 added, 0 updated"
        )
