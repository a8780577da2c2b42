"""The Fleet tab against a real database (each engine) and an in-process simulated farm on a random
loopback /24: table and filters, site KPIs, refresh in place, bulk actions, discovery, miner detail."""

from __future__ import annotations

import asyncio
import gc
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models import Alert, Miner
from hashinsight_desktop.db.telemetry_store import upsert_states, write_samples
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer import BoardSample, MinerSample, Timeouts, poll_many
from hashinsight_desktop.services.fleet.control import Action
from hashinsight_desktop.services.fleet.miners import MinerRow, NewMiner, add_miners
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry import alert_rules
from hashinsight_desktop.services.telemetry.buffer import sample_row, state_row
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.fleet.fleet_tab import FleetTab
from hashinsight_desktop.ui.fleet.miner_columns import COL_HASHRATE, COL_STATUS, ROW_ROLE
from hashinsight_desktop.ui.fleet.miners_filter import MinersFilterProxy
from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel
from hashinsight_desktop.ui.fleet.sites_panel import KPI_ROLE
from tests.simulator.loopback import loopback_network
from tests.support.factories import People, make_people

pytestmark = pytest.mark.gui
FAST = Timeouts(connect=0.5, deadline=1.5)
MIX = ["Antminer S19 Pro", "Whatsminer M30S++"]


@pytest.fixture
def people(context: AppContext, shipped_catalogue: int) -> People:
    return make_people(context.database.session_factory)


@pytest.fixture
def farm(qasync_loop: asyncio.AbstractEventLoop) -> Iterator[SimulatedFarm]:
    """6 simulated miners on a random loopback /24; the 6th refuses connections (offline)."""
    simulated = SimulatedFarm(6, bind=loopback_network(), mix=MIX, seed=3, warmup_s=0)
    simulated.simulated[5].fault = "offline"
    qasync_loop.run_until_complete(simulated.start())
    yield simulated
    qasync_loop.run_until_complete(simulated.stop())


def make_tab(qtbot: Any, context: AppContext, principal: Principal) -> FleetTab:
    tab = FleetTab(context, principal)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    return tab


def refresh(loop: asyncio.AbstractEventLoop, tab: FleetTab) -> None:
    loop.run_until_complete(asyncio.wait_for(tab.refresh(), timeout=4))


def add(context: AppContext, people: People, site_id: Any, addresses: list[tuple[str, int]]) -> list[Miner]:
    with unit_of_work(context.database.session_factory) as session:
        miners = add_miners(session, people.owner, site_id, [NewMiner(host, port) for host, port in addresses])
        session.expunge_all()
    return miners


def sample(status: str, hashrate: float = 100.0, power: float | None = 3250.0, temp: float = 70.0) -> MinerSample:
    hashing = status == "hashing"
    return MinerSample(
        status=status,
        hashrate_ths=hashrate if hashing else 0.0,
        boards=[BoardSample(hashrate / 3, temp, 76)] * 3 if status in ("hashing", "sleeping") else [],
        fans_rpm=[5400, 5300] if hashing else [],
        power_w=power if status != "offline" else None,
        pool_url="stratum+tcp://pool.example:3333" if status != "offline" else None,
        model="Antminer S19 Pro",
        uptime_s=7200,
        max_chip_temp_c=temp if status != "offline" else None,
        error="connection refused" if status == "offline" else None,
        dialect=None if status == "offline" else "antminer",
    )


def write_states(context: AppContext, states: list[tuple[Miner, MinerSample]]) -> None:
    now = datetime.now(UTC)
    upsert_states(
        context.database.engine,
        [
            state_row(
                m.id,
                s,
                now,
                consecutive_failures=3 if s.status == "offline" else 0,
                last_seen_at=now if s.status != "offline" else now - timedelta(minutes=5),
            )
            for m, s in states
        ],
    )


def select_rows(tab: FleetTab, miner_ids: set[uuid.UUID]) -> None:
    selection = tab.table.selectionModel()
    selection.clearSelection()
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, 0)
        if index.data(ROW_ROLE).id in miner_ids:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def shown(tab: FleetTab) -> list[MinerRow]:
    return [tab.proxy.index(row, 0).data(ROW_ROLE) for row in range(tab.proxy.rowCount())]


def test_table_shows_miners_with_status_site_and_text_filters(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    texas = add(context, people, people.site_id, [(f"10.0.0.{i}", 4028) for i in (1, 2, 3, 10)])
    quebec = add(context, people, people.other_site_id, [("10.1.0.1", 4028), ("10.1.0.2", 4028)])
    write_states(
        context,
        [
            (texas[0], sample("hashing", 110.0)),
            (texas[1], sample("sleeping")),
            (texas[2], sample("offline")),
            (texas[3], sample("hashing", 95.0)),
            (quebec[0], sample("error")),
        ],
    )  # quebec[1] was never polled: unknown
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    assert tab.model.rowCount() == 6 and tab.proxy.rowCount() == 6
    by_ip = {row.ip_address: row for row in shown(tab)}
    assert by_ip["10.0.0.1"].hashrate_ths == pytest.approx(110.0)
    assert by_ip["10.1.0.2"].status == "unknown"
    natural_order = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.10"]  # sorted by name, digits as numbers
    assert [row.ip_address for row in shown(tab)][:4] == natural_order
    row_of = {tab.proxy.index(r, 0).data(ROW_ROLE).ip_address: r for r in range(tab.proxy.rowCount())}
    status_cell = tab.proxy.index(row_of["10.0.0.3"], COL_STATUS)
    assert status_cell.data() == "Offline"
    assert status_cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"  # the light theme's "bad"
    assert "connection refused" in status_cell.data(Qt.ItemDataRole.ToolTipRole)

    tab.filters.set_status("offline")
    assert [r.ip_address for r in shown(tab)] == ["10.0.0.3"]
    tab.filters.set_status("hashing")
    assert {r.ip_address for r in shown(tab)} == {"10.0.0.1", "10.0.0.10"}
    tab.filters.set_status("")
    tab.sites_panel.select_site(people.other_site_id)
    assert {r.ip_address for r in shown(tab)} == {"10.1.0.1", "10.1.0.2"}
    assert "Showing 2 of 6 miners" in tab.summary_label.text()
    tab.sites_panel.select_site(None)
    tab.filters.text_box.setText("10.0.0.1")
    assert {r.ip_address for r in shown(tab)} == {"10.0.0.1", "10.0.0.10"}
    tab.filters.text_box.clear()
    models = tab.filters.model_combo
    models.setCurrentIndex(models.findData("Antminer S19 Pro"))  # the reported model: no catalogue id given
    assert len(shown(tab)) == 5  # the never-polled miner reports no model
    tab.clear_filters()
    tab.table.sortByColumn(COL_HASHRATE, Qt.SortOrder.DescendingOrder)
    assert [r.ip_address for r in shown(tab)][:2] == ["10.0.0.1", "10.0.0.10"]
    assert shown(tab)[-1].hashrate_ths is None  # missing values last, whichever the direction


def test_site_kpis_alerts_and_acknowledge(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    texas = add(context, people, people.site_id, [(f"10.0.0.{i}", 4028) for i in range(1, 5)])
    quebec = add(context, people, people.other_site_id, [("10.1.0.1", 4028)])
    write_states(
        context,
        [
            (texas[0], sample("hashing", 100.0, 3000.0)),
            (texas[1], sample("hashing", 120.0, 3300.0, temp=97.0)),
            (texas[2], sample("offline")),
            (texas[3], sample("sleeping", power=25.0)),
            (quebec[0], sample("hashing", 200.0, 3400.0)),
        ],
    )
    now = datetime.now(UTC)
    with unit_of_work(context.database.session_factory) as session:
        hot = alert_rules.AlertCondition(alert_rules.OVER_TEMPERATURE, alert_rules.CRITICAL, "chip temperature 97 °C")
        alert_rules.apply_alerts(session, texas[1].id, people.site_id, [hot], now - timedelta(minutes=2))
        gone = alert_rules.AlertCondition(alert_rules.OFFLINE_ALERT, alert_rules.CRITICAL, "no answer to 3 polls")
        alert_rules.apply_alerts(session, texas[2].id, people.site_id, [gone], now)
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    cards = {c.kpi.site_name: c.kpi for c in tab.sites_panel.sites_model.cards()}
    assert list(cards) == ["All sites", "Quebec East", "Texas North"]
    texas_kpi = cards["Texas North"]
    assert texas_kpi.hashrate_ths == pytest.approx(220.0)
    assert texas_kpi.power_kw == pytest.approx(6.325)  # 3000 + 3300 + 25 W (the offline miner reports none)
    assert texas_kpi.j_per_th == pytest.approx(6300 / 220)
    assert (texas_kpi.online, texas_kpi.offline, texas_kpi.alerting, texas_kpi.total) == (2, 1, 2, 4)
    assert (texas_kpi.sleeping, texas_kpi.curtailed) == (1, 0)  # counted apart from online
    everything = cards["All sites"]
    assert everything.hashrate_ths == pytest.approx(420.0) and everything.total == 5 and everything.alerting == 2
    assert everything.j_per_th == pytest.approx(9700 / 420)
    assert tab.sites_panel.sites_model.index(2).data(KPI_ROLE) == texas_kpi

    alerts = tab.alerts_panel.model.records()
    assert [a.kind for a in alerts] == ["offline", "over_temperature"]  # newest first
    assert tab.alerts_panel.title.text() == "Open alerts (2, 2 new)"
    tab.filters.set_status("alerting")
    assert {r.ip_address for r in shown(tab)} == {"10.0.0.2", "10.0.0.3"}

    tab.alerts_panel.table.selectRow(1)
    assert tab.alerts_panel.ack_button.isEnabled()
    tab.alerts_panel.ask_note = lambda count: "fans ordered"  # type: ignore[method-assign]
    tab.alerts_panel.ack_button.click()
    qasync_loop.run_until_complete(asyncio.wait_for(tab.alerts_panel.ack_task, timeout=4))
    refresh(qasync_loop, tab)
    with context.database.session_factory() as session:
        acknowledged = session.scalars(select(Alert).where(Alert.acknowledged_by.is_not(None))).all()
        assert [(a.kind, a.acknowledged_by, a.acknowledged_note) for a in acknowledged] == [
            ("over_temperature", "owner", "fans ordered")
        ]
    assert tab.alerts_panel.title.text() == "Open alerts (2, 1 new)"
    assert tab.alerts_panel.selected_alerts()[0].kind == "over_temperature"  # kept across the refresh


def test_refresh_updates_in_place_and_keeps_the_selection(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    miners = add(context, people, people.site_id, [(f"10.0.0.{i}", 4028) for i in range(1, 6)])
    write_states(context, [(m, sample("hashing", 100.0 + i)) for i, m in enumerate(miners)])
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    chosen = {miners[1].id, miners[3].id}
    select_rows(tab, chosen)
    before = tab.snapshot
    refresh(qasync_loop, tab)
    assert tab.snapshot is before  # nothing changed: the change token spared re-reading the miners
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    write_states(context, [(miners[1], sample("sleeping")), (miners[3], sample("hashing", 50.0))])
    refresh(qasync_loop, tab)
    assert resets == []  # same miners: rows updated in place
    assert {r.id for r in tab.selected_rows()} == chosen
    assert {r.id: r.status for r in tab.selected_rows()} == {miners[1].id: "sleeping", miners[3].id: "hashing"}
    add(context, people, people.site_id, [("10.0.0.9", 4028)])
    refresh(qasync_loop, tab)
    assert resets == [1] and tab.model.rowCount() == 6  # a new miner: reset, selection restored by id
    assert {r.id for r in tab.selected_rows()} == chosen
    tab.hide()
    assert not tab.refresh_timer.isActive()  # a hidden tab reloads nothing
    tab.show()
    assert tab.refresh_timer.isActive()


def test_bulk_sleep_on_two_selected_miners(qtbot, qasync_loop, context, people, farm) -> None:  # type: ignore[no-untyped-def]
    miners = add(context, people, people.site_id, farm.targets[:4])
    samples = qasync_loop.run_until_complete(poll_many(farm.targets[:4], timeouts=FAST))
    write_states(context, list(zip(miners, samples, strict=True)))
    tab = make_tab(qtbot, context, people.site_manager)
    refresh(qasync_loop, tab)
    assert not tab.bulk.actions[Action.SLEEP].isEnabled()  # nothing selected yet
    select_rows(tab, {miners[0].id, miners[2].id})
    assert tab.bulk.actions[Action.SLEEP].isEnabled()
    tab.bulk.timeouts = FAST
    tab.bulk.actions[Action.SLEEP].trigger()
    box = tab.bulk.confirm_box
    assert box is not None and "Put 2 miners at Texas North to sleep?" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.bulk.task is not None and not tab.bulk.actions[Action.WAKE].isEnabled()  # one bulk action at a time
    qasync_loop.run_until_complete(asyncio.wait_for(tab.bulk.task, timeout=4))
    dialog = tab.bulk.results_dialog
    assert dialog is not None and dialog.model.rowCount() == 2
    assert [dialog.model.index(r, 1).data() for r in range(2)] == ["OK", "OK"]
    assert dialog.summary.text() == "2 of 2 accepted"
    after = qasync_loop.run_until_complete(poll_many(farm.targets[:4], timeouts=FAST))
    assert [s.status for s in after] == ["sleeping", "hashing", "sleeping", "hashing"]


def test_bulk_actions_need_fleet_operate(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(context.database.session_factory) as session:
        add_miners(session, people.owner, people.site_id, [NewMiner("10.0.0.1", customer_id=people.customer_id)])
        add_miners(session, people.owner, people.site_id, [NewMiner("10.0.0.2")])
    tab = make_tab(qtbot, context, people.customer)
    refresh(qasync_loop, tab)
    assert [r.ip_address for r in shown(tab)] == ["10.0.0.1"]  # a customer sees their own miners only
    assert [c.kpi.total for c in tab.sites_panel.sites_model.cards()] == [1, 1]  # KPIs from their miners
    select_rows(tab, {shown(tab)[0].id})
    assert not any(a.isEnabled() for a in tab.bulk.actions.values())
    assert "may not operate" in tab.bulk.actions[Action.REBOOT].toolTip()
    assert not tab.discover_button.isEnabled()


def test_discovery_finds_serving_miners_and_adds_the_ticked_ones(qtbot, qasync_loop, context, people, farm) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, context, people.site_manager)
    refresh(qasync_loop, tab)
    dialog = tab.open_discovery()
    assert dialog is not None
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
    assert [dialog.site_combo.itemText(i) for i in range(dialog.site_combo.count())] == ["Texas North"]  # in scope
    dialog.cidr_edit.setText("10.0.0.0/8")
    dialog.start_scan()
    assert "at most a /16" in dialog.status_label.text() and dialog.scan_task is None
    dialog.cidr_edit.setText(f"{farm.targets[0][0].rsplit('.', 1)[0]}.0/24")  # the farm's random loopback /24
    dialog.timeouts = FAST
    dialog.start_scan()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.scan_task, timeout=4.5))
    found = dialog.model.rows
    assert [f.sample.host for f in found] == [host for host, _port in farm.targets[:5]]  # the offline one is not
    assert dialog.progress.value() == 254
    assert all(f.model_id is not None and f.catalogue_name for f in found)  # matched in the catalogue
    assert "5 miners answered out of 254 addresses" in dialog.status_label.text()
    dialog.model.setData(dialog.model.index(4, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.add_button.click()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.add_task, timeout=4))
    assert "Added 4 miners to Texas North" in dialog.status_label.text()
    assert dialog.identify_task is not None  # then identified: the generic simulator has no firmware's own control
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.identify_task, timeout=20))
    assert "Identified: 4 generic" in dialog.status_label.text()
    with context.database.session_factory() as session:
        notes = [(m.family, m.make, m.identify_note) for m in session.scalars(select(Miner))]
        assert {family for family, _make, _note in notes} == {"generic"}, notes
        assert all(make and note for _family, make, note in notes), notes  # named by pyasic, kept generic: why
    with context.database.session_factory() as session:
        added = session.scalars(select(Miner).order_by(Miner.ip_address)).all()
        assert sorted(m.ip_address for m in added) == sorted(h for h, _ in farm.targets[:4])
        assert all(m.model_id is not None and m.site_id == people.site_id for m in added)
    assert [f.known for f in dialog.model.rows] == [True] * 4 + [False]
    refresh(qasync_loop, tab)
    assert tab.model.rowCount() == 4


def test_miner_detail_falls_back_to_thirty_days_and_shows_empty_state(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    old, fresh, silent = add(context, people, people.site_id, [(f"10.0.0.{i}", 4028) for i in (1, 2, 3)])
    now = datetime.now(UTC)
    reading = sample("hashing", 104.0)
    rows = [sample_row(old.id, reading, now - timedelta(days=3, minutes=m)) for m in range(0, 120, 5)]
    rows += [sample_row(fresh.id, reading, now - timedelta(minutes=m)) for m in range(0, 600, 10)]
    write_samples(context.database.engine, rows)
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)

    def detail(miner: Miner):  # type: ignore[no-untyped-def]
        tab.select_miner(miner.id)
        dialog = tab.open_detail()
        qtbot.addWidget(dialog)
        qasync_loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
        return dialog

    dialog = detail(old)
    assert dialog.series is not None and dialog.series.fallback
    assert dialog.note.isVisible() and "showing the last 30 days" in dialog.note.text()
    assert dialog.stack.currentWidget() is dialog.graphics
    x, y = dialog.curves[0].getData()
    assert len(x) >= 1 and y[0] == pytest.approx(104.0)
    assert tab.open_detail() is dialog  # one window per miner
    dialog = detail(fresh)
    assert not dialog.series.fallback and not dialog.note.isVisible()
    assert len(dialog.curves[2].getData()[0]) == 60
    dialog = detail(silent)
    assert dialog.stack.currentWidget() is dialog.empty_label and "No telemetry" in dialog.empty_label.text()


def _rows(count: int) -> list[MinerRow]:
    site, now = uuid.uuid4(), datetime.now(UTC)
    statuses = ["hashing"] * 8 + ["sleeping", "offline"]
    return [
        MinerRow(
            id=uuid.uuid4(),
            site_id=site,
            site="Texas North",
            name=f"m{i:05d}",
            ip_address=f"10.{i // 65536}.{i // 256 % 256}.{i % 256}",
            port=4028,
            model="Antminer S19 Pro",
            nominal_ths=110.0,
            customer="Acme",
            is_active=True,
            status=statuses[i % 10],
            hashrate_ths=90.0 + (i * 7919) % 25,
            power_w=3250.0,
            max_chip_temp_c=70.0,
            fan_rpm_max=5400,
            pool_url="stratum+tcp://pool.example:3333",
            dialect="antminer",
            last_seen_at=now,
            error=None,
        )
        for i in range(count)
    ]


def test_ten_thousand_rows_set_and_full_refresh_stay_fast(qtbot) -> None:  # type: ignore[no-untyped-def]
    """set_rows of 10,000 miners plus a refresh that changes every one of them, through the proxy,
    with the table shown and sorted by hashrate (re-sorted after the refresh): best of five."""
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.ui.common import record_table

    rows = _rows(10_000)
    changed = [replace(r, hashrate_ths=(r.hashrate_ths or 0) * 1.01, power_w=3251.0) for r in rows]
    timings = []
    for _ in range(5):
        gc.collect()  # garbage left by earlier tests is not this model's cost
        model, proxy = MinersTableModel(), MinersFilterProxy()
        proxy.setSourceModel(model)
        view = record_table(proxy)
        # The view outlives this round (qtbot closes it at teardown): it must own its models, or the
        # next round's names drop the last Python reference and the view paints from freed memory.
        model.setParent(view)
        proxy.setParent(view)
        qtbot.addWidget(view)
        view.resize(1400, 900)
        view.show()
        view.sortByColumn(COL_HASHRATE, Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        started = time.perf_counter()
        assert model.set_rows(rows) is True
        QApplication.processEvents()
        assert model.set_rows(changed) is False
        QApplication.processEvents()
        timings.append(time.perf_counter() - started)
        assert proxy.rowCount() == 10_000 and proxy.index(0, 0).data(ROW_ROLE).hashrate_ths == pytest.approx(114 * 1.01)
    each = [round(t * 1000) for t in timings]
    print(f"10,000 rows: set_rows + full refresh {min(timings) * 1000:.0f} ms (best of 5; each {each} ms)")
    # A guard against the quadratic paths seen before (a proxy-side sort of 10,000 rows took 1.2 s), not the
    # target: ~0.07 s on a quiet machine, 0.4 s with other suites running; benchmarks/bench_fleet.py measures it.
    assert min(timings) < 0.800


def test_a_refresh_re_sorts_only_when_a_sort_value_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """20,000 rows re-sorted at every poll cost the GUI thread: only a change of the sorted column's value does."""
    rows = _rows(50)
    model = MinersTableModel()
    model.sort(COL_HASHRATE, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows)
    layouts: list[object] = []
    model.layoutChanged.connect(lambda *args: layouts.append(args))
    sorts = []
    order_of = model._order
    model._order = lambda: sorts.append(1) or order_of()  # type: ignore[method-assign]
    order = [model.row(r).id for r in range(model.rowCount())]
    model.set_rows([replace(r, power_w=(r.power_w or 0) + 1) for r in rows])  # every row changed, none moves
    assert sorts == [] and layouts == [] and [model.row(r).id for r in range(model.rowCount())] == order
    last = model.row(model.rowCount() - 1)
    model.set_rows([replace(r, hashrate_ths=999.0) if r.id == last.id else r for r in rows])
    assert len(layouts) == 1 and model.row(0).id == last.id  # the fastest miner moved to the top
