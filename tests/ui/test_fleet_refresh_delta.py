"""A Fleet tab refresh where every row changed (every poll changes every hashrate): the per-row work is done
in the worker thread's :func:`work_out`, and the GUI thread repaints only the rows on screen — while the
filters still follow the changed rows off screen, the header's sort still re-sorts, and the selection
follows its miners."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.fleet.fleet_delta import work_out
from hashinsight_desktop.ui.fleet.fleet_snapshot import FleetSnapshot
from hashinsight_desktop.ui.fleet.fleet_tab import FleetTab
from hashinsight_desktop.ui.fleet.miner_columns import COL_HASHRATE, ROW_ROLE
from hashinsight_desktop.ui.fleet.sites_panel import kpis_from_rows

pytestmark = pytest.mark.gui
COUNT = 2_000


def _rows() -> list[MinerRow]:
    site, now = uuid.uuid4(), datetime.now(UTC)
    return [
        MinerRow(
            id=uuid.uuid4(),
            site_id=site,
            site="Texas North",
            name=f"m{i:05d}",
            ip_address=f"10.0.{i // 256}.{i % 256}",
            port=4028,
            model="Antminer S19 Pro",
            nominal_ths=110.0,
            customer="",
            is_active=True,
            status="offline" if i % 10 == 9 else "hashing",
            hashrate_ths=90.0 + (i * 7919) % 25,
            power_w=3250.0,
            max_chip_temp_c=70.0,
            fan_rpm_max=5400,
            pool_url="stratum+tcp://pool.example:3333",
            dialect="antminer",
            last_seen_at=now,
            error=None,
        )
        for i in range(COUNT)
    ]


def show(tab: FleetTab, rows: list[MinerRow]) -> None:
    """One reload as ``refresh`` runs it: compared in (what would be) the worker thread, then applied."""
    snapshot = FleetSnapshot(rows, kpis_from_rows(rows, frozenset()), [], datetime.now(UTC), (len(rows),))
    tab.apply(snapshot, work_out(snapshot, tab.shown()))
    QApplication.processEvents()


def test_every_row_changed_repaints_only_the_rows_on_screen(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    tab = FleetTab(context, owner)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    rows = _rows()
    show(tab, rows)
    signalled: list[int] = []
    tab.model.dataChanged.connect(lambda top, bottom, *_: signalled.append(bottom.row() - top.row() + 1))
    on_screen = tab.table.rowAt(tab.table.viewport().height() - 1) - tab.table.rowAt(0) + 1
    assert 5 < on_screen < 100
    faster = [replace(r, hashrate_ths=(r.hashrate_ths or 0) + 0.5) for r in rows]
    show(tab, faster)
    assert 0 < sum(signalled) <= on_screen  # not 2,000 rows through the proxy
    top = tab.table.indexAt(tab.table.viewport().rect().topLeft())
    assert top.data(ROW_ROLE).hashrate_ths == faster[0].hashrate_ths  # what is on screen is the new data
    last = COUNT - 1
    assert tab.model.row(tab.model.position_of(rows[last].id)).hashrate_ths == faster[last].hashrate_ths

    # An off-screen miner goes offline, another comes back: the status filter follows both.
    tab.filters.set_status("hashing")
    hashing = tab.proxy.rowCount()
    assert hashing == COUNT - COUNT // 10
    gone, back = faster[COUNT - 2], faster[COUNT - 1]
    assert gone.status == "hashing" and back.status == "offline"
    later = list(faster)
    later[COUNT - 2] = replace(gone, status="offline", hashrate_ths=0.0)
    later[COUNT - 1] = replace(back, status="hashing", hashrate_ths=111.0)
    signalled.clear()
    show(tab, later)
    assert sum(signalled) <= on_screen + 2
    listed = {tab.proxy.index(r, 0).data(ROW_ROLE).id for r in range(tab.proxy.rowCount())}
    assert gone.id not in listed and back.id in listed and len(listed) == hashing
    assert tab.alerts_panel._miners == listed  # the alerts below follow the miners shown
    tab.filters.set_status("")

    # Sorted by hashrate from the header: a miner that got faster moves to the top, still selected.
    tab.table.sortByColumn(COL_HASHRATE, Qt.SortOrder.DescendingOrder)
    chosen = later[500]
    index = tab.proxy.mapFromSource(tab.model.index(tab.model.position_of(chosen.id), 0))
    selection = tab.table.selectionModel()
    selection.setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    fastest = [replace(r, hashrate_ths=999.0) if r.id == chosen.id else r for r in later]
    show(tab, fastest)
    assert tab.proxy.index(0, 0).data(ROW_ROLE).id == chosen.id
    assert [r.id for r in tab.selected_rows()] == [chosen.id]
    current: QModelIndex = tab.table.currentIndex()
    assert current.row() == 0 and current.data(ROW_ROLE).id == chosen.id
