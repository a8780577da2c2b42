"""The Discover dialog against a simulated farm with a hung, a garbage-answering and a refusing miner:
bad hosts listed with their reason (unticked) and addable; columns as wide as their text; no site yet."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from hashinsight_desktop.db.models import Miner
from hashinsight_desktop.services import auth
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer import Timeouts
from hashinsight_desktop.services.fleet.discovery import NO_SITE_YET
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.fleet.discovery_dialog import DiscoveryDialog
from tests.services.fleet.test_discovery import faulty_farm
from tests.support.factories import People, make_people

pytestmark = pytest.mark.gui
STATUS = 1


@pytest.fixture
def farm(qasync_loop: asyncio.AbstractEventLoop) -> Iterator[SimulatedFarm]:
    simulated = faulty_farm()
    qasync_loop.run_until_complete(simulated.start())
    yield simulated
    qasync_loop.run_until_complete(simulated.stop())


def open_dialog(qtbot, loop: asyncio.AbstractEventLoop, context: AppContext, principal) -> DiscoveryDialog:  # type: ignore[no-untyped-def]
    dialog = DiscoveryDialog(context, principal)
    qtbot.addWidget(dialog)
    dialog.resize(820, 560)
    dialog.show()
    dialog.load_task = dialog.load_sites()
    loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
    return dialog


def test_bad_hosts_are_listed_with_reasons_and_can_be_added(
    qtbot, qasync_loop, context, shipped_catalogue, farm
) -> None:  # type: ignore[no-untyped-def]
    people: People = make_people(context.database.session_factory)
    dialog = open_dialog(qtbot, qasync_loop, context, people.site_manager)
    dialog.timeouts = Timeouts(connect=0.5, deadline=1.0)
    dialog.cidr_edit.setText(f"{farm.targets[0][0].rsplit('.', 1)[0]}.0/29")
    dialog.start_scan()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.scan_task, timeout=6))
    hosts = [host for host, _port in farm.targets]
    rows = {f.sample.host: f for f in dialog.model.rows}
    assert sorted(rows) == sorted(hosts[:4])
    assert "2 miners answered out of 6 addresses; 2 more accepted the connection but answered badly" in (
        dialog.status_label.text()
    )
    row_of = {f.sample.host: i for i, f in enumerate(dialog.model.rows)}
    hung = dialog.model.index(row_of[hosts[2]], STATUS)
    assert hung.data() == "answered badly: no complete reply within 1 s"
    assert hung.data(Qt.ItemDataRole.ToolTipRole) == hung.data()  # the whole text, however narrow the column
    assert dialog.model.index(row_of[hosts[3]], STATUS).data().startswith("answered badly: ")
    assert [f.checked for f in dialog.model.rows] == [not f.bad for f in dialog.model.rows]
    for column in range(dialog.model.columnCount()):  # nothing cut: each column as wide as its text
        assert dialog.table.columnWidth(column) >= dialog.table.sizeHintForColumn(column), column

    dialog.model.set_all_checked(True)
    dialog.add_button.click()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.add_task, timeout=4))
    assert "Added 4 miners to Texas North" in dialog.status_label.text()
    with context.database.session_factory() as session:
        assert sorted(m.ip_address for m in session.scalars(select(Miner))) == sorted(hosts[:4])


def test_an_owner_without_a_site_is_told_to_add_one(qtbot, qasync_loop, context) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(context.database.session_factory) as session:
        owner = auth.create_first_owner(session, "owner", "correct horse battery")
    dialog = open_dialog(qtbot, qasync_loop, context, owner)
    assert dialog.status_label.text() == NO_SITE_YET
    assert not dialog.add_button.isEnabled()
