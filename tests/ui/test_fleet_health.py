"""The Fleet tab's health: a dead-board miner shows Degraded with its boards, the miner detail lists its
boards, alerts and commands, and its range selector sets the time axis."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.cgminer import BoardSample
from hashinsight_desktop.services.telemetry import alert_rules
from hashinsight_desktop.services.telemetry.buffer import sample_row
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.fleet.miner_columns import COL_BOARDS, COL_CURTAILED, COL_STATUS
from tests.ui.test_fleet_tab import add, make_tab, people, refresh, sample, write_states  # noqa: F401


def test_a_dead_board_shows_degraded_and_the_detail_lists_boards_alerts_and_range(
    qtbot,
    qasync_loop,
    context,
    people,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    sick, well = add(context, people, people.site_id, [("10.0.0.1", 4028), ("10.0.0.2", 4028)])
    dead = sample("hashing", 100.0)
    dead.boards = [BoardSample(50.0, 70.0, 76), BoardSample(50.0, 71.0, 76), BoardSample(0.0, None, 0)]
    write_states(context, [(sick, dead), (well, sample("hashing", 100.0))])
    now = datetime.now(UTC)
    write_samples(
        context.database.engine, [sample_row(sick.id, dead, now - timedelta(minutes=m)) for m in range(0, 600, 10)]
    )
    with unit_of_work(context.database.session_factory) as session:
        board = alert_rules.AlertCondition(alert_rules.DEAD_BOARD, alert_rules.WARNING, "1 of 3 hash boards dead")
        alert_rules.apply_alerts(session, sick.id, people.site_id, [board], now - timedelta(hours=2))
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    by_name = {tab.model.row(r).name: r for r in range(tab.model.rowCount())}
    assert tab.model.index(by_name["10.0.0.1"], COL_STATUS).data() == "Degraded"
    assert tab.model.index(by_name["10.0.0.1"], COL_BOARDS).data() == "2/3"
    assert tab.model.index(by_name["10.0.0.2"], COL_STATUS).data() == "Hashing"
    tab.filters.set_status("degraded")
    assert tab.proxy.rowCount() == 1
    card = tab.sites_panel.sites_model.cards()[-1].kpi
    assert (card.online, card.degraded) == (2, 1)

    assert tab.alerts_panel.model.rowCount() == 1  # the degraded miner's alert: it is shown
    tab.filters.set_status("hashing")  # the alert list follows the miner filters
    assert tab.alerts_panel.model.rowCount() == 0 and "of 1" in tab.alerts_panel.title.text()
    tab.filters.set_status("")
    assert tab.alerts_panel.model.rowCount() == 1

    tab.select_miner(well.id)  # Maintenance… for the selected miners, from the tab
    dialog = tab.maintenance.request()
    assert dialog is not None
    dialog.hours.setValue(2)
    dialog.note.setText("new fans")
    dialog.accept()
    qasync_loop.run_until_complete(asyncio.wait_for(tab.maintenance.task, timeout=4))
    refresh(qasync_loop, tab)
    assert tab.model.index(tab.model.position_of(well.id), COL_CURTAILED).data() == "maintenance"
    assert "new fans" in (tab.model.health(well.id).maintenance or "")
    tab.select_miner(sick.id)
    dialog = tab.open_detail()
    qtbot.addWidget(dialog)
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
    records = dialog.records
    assert records is not None and [b.dead for b in records.boards] == [False, False, True]
    assert dialog.records_view.tabText(0) == "Hash boards (2/3 alive)"
    assert [a.kind for a in records.alerts] == ["dead_board"]
    assert dialog.health_label.text() == "Degraded: 1 of 3 hash boards dead"
    start, end = dialog.plots[0].getViewBox().viewRange()[0]
    assert end - start == pytest.approx(24 * 3600, rel=0.03)
    dialog.range_combo.setCurrentIndex(0)  # 1 h: the axis spans the hour, not a day
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
    start, end = dialog.plots[0].getViewBox().viewRange()[0]
    assert end - start == pytest.approx(3600, rel=0.03)
    assert len(dialog.curves[0].getData()[0]) == 6


def test_the_window_with_the_fleet_tab_fits_1280_by_800(qtbot, qasync_loop, context, people) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.main_window import MainWindow

    add(context, people, people.site_id, [(f"10.0.0.{i}", 4028) for i in range(1, 5)])
    window = MainWindow(context, people.owner)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.tab_keys.index("fleet"))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint  # it grew to 830 and hid the status bar


def _plan_items(context, farm_people, name: str, items: list[tuple[object, str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    """An executed plan "name" sleeping each (miner, item state, detail), written as rows (the executor is
    tested elsewhere)."""
    from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan

    with unit_of_work(context.database.session_factory) as session:
        plan = CurtailmentPlan(
            site_id=farm_people.site_id, name=name, state="executed", target_kw=10.0, created_by="owner"
        )
        session.add(plan)
        session.flush()
        for miner, state, detail in items:
            figures = {
                "full_power_w": 3250.0,
                "full_hashrate_ths": 100.0,
                "level_power_w": 10.0,
                "level_hashrate_ths": 0,
            }
            session.add(
                CurtailmentItem(
                    plan_id=plan.id,
                    miner_id=miner.id,  # type: ignore[attr-defined]
                    miner_name=miner.name,  # type: ignore[attr-defined]
                    host=miner.ip_address,  # type: ignore[attr-defined]
                    port=4028,
                    level="sleep",
                    state=state,
                    detail=detail,
                    **figures,
                )
            )


def test_a_miner_whose_plan_command_failed_is_not_shown_or_counted_as_curtailed(
    qtbot,
    qasync_loop,
    context,
    people,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    refused, slept, sent, woken = add(context, people, people.site_id, [(f"10.0.0.{i}", 4028) for i in range(1, 5)])
    write_states(
        context,
        [
            (refused, sample("hashing", 100.0, power=3404.0)),
            (slept, sample("sleeping", power=9.0)),
            (sent, sample("hashing", 100.0)),  # polled before its command took
            (woken, sample("hashing", 100.0)),  # confirmed asleep, then woken by hand
        ],
    )
    refusal = "the Avalon refused sleep: ascset: Invalid command"
    states = [(refused, "failed", refusal), (slept, "confirmed", None), (sent, "accepted", None)]
    _plan_items(context, people, "Peak", [*states, (woken, "confirmed", None)])
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    model = tab.model

    def cell(miner, column: int, role=None):  # type: ignore[no-untyped-def]
        index = model.index(model.position_of(miner.id), column)
        return index.data() if role is None else index.data(role)

    from PySide6.QtCore import Qt

    from hashinsight_desktop.ui.fleet.sites_panel import curtailed_text

    assert cell(refused, COL_STATUS) == "Hashing"
    assert cell(refused, COL_CURTAILED) == "Sleep by plan Peak: not taken"
    assert refusal in cell(refused, COL_CURTAILED, Qt.ItemDataRole.ToolTipRole)
    assert cell(refused, COL_CURTAILED, Qt.ItemDataRole.ForegroundRole) is not None  # the warning tone
    assert cell(slept, COL_CURTAILED) == "Sleep by plan Peak"
    assert cell(slept, COL_CURTAILED, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(sent, COL_CURTAILED) == "Sleep by plan Peak: pending"
    assert cell(woken, COL_CURTAILED) == "Sleep by plan Peak: not at its level"
    assert not model.health(refused.id).curtailed and model.health(slept.id).curtailed
    card = tab.sites_panel.sites_model.cards()[-1].kpi
    assert card.curtailed == 2  # slept and pending; not the refused or the woken one
    assert card.online == 2
    # The plan-slept miner counts once, as curtailed, and the card says it is asleep
    assert (card.curtailed_asleep, card.sleeping) == (1, 0)
    assert curtailed_text(card) == "2 curtailed (1 asleep)"
    tooltip = tab.sites_panel.sites_model.index(len(tab.sites_panel.sites_model.cards()) - 1).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "2 curtailed by a plan (1 of them asleep), 0 sleeping without a plan" in tooltip


def test_a_sleeping_or_offline_miner_has_no_percent_of_nominal(qtbot, qasync_loop, context, people) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from hashinsight_desktop.db.models import MinerModel
    from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
    from hashinsight_desktop.ui.fleet.miner_columns import COL_NOMINAL_PCT

    with unit_of_work(context.database.session_factory) as session:
        s19 = session.scalars(select(MinerModel).where(MinerModel.hashrate_ths == 110.0)).first()
        assert s19 is not None
        new = [NewMiner(f"10.0.0.{i}", 4028, model_id=s19.id) for i in range(1, 4)]
        hashing, asleep, gone = add_miners(session, people.owner, people.site_id, new)
        session.expunge_all()
    write_states(context, [(hashing, sample("hashing", 55.0)), (asleep, sample("sleeping")), (gone, sample("offline"))])
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    shown = {m: tab.model.index(tab.model.position_of(m.id), COL_NOMINAL_PCT).data() for m in (hashing, asleep, gone)}
    assert shown[hashing] == "50"  # 55 of the S19 Pro's 110 TH/s
    assert shown[asleep] == shown[gone] == "—"  # not 0: a miner that does not hash has no % of nominal


def test_the_detail_range_defaults_to_the_stored_history_and_keeps_the_users_choice(
    qtbot,
    qasync_loop,
    context,
    people,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.fleet.miner_detail import range_for_history

    hours = [range_for_history(timedelta(hours=h)) for h in (0.5, 1, 5, 20, 48, 24 * 40)]
    assert hours == [0, 0, 1, 2, 2, 2] and range_for_history(None) == 2  # 1 h, 6 h, then 24 h
    (new,) = add(context, people, people.site_id, [("10.0.0.1", 4028)])
    write_states(context, [(new, sample("hashing", 100.0))])
    now = datetime.now(UTC)
    write_samples(
        context.database.engine, [sample_row(new.id, sample("hashing"), now - timedelta(minutes=m)) for m in range(40)]
    )
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    tab.select_miner(new.id)
    dialog = tab.open_detail()
    qtbot.addWidget(dialog)
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
    assert dialog.range_combo.currentText() == "1 h"  # 40 minutes of history fill the axis, not a dot at its edge
    start, end = dialog.plots[0].getViewBox().viewRange()[0]
    assert end - start == pytest.approx(3600, rel=0.03)
    dialog.range_combo.setCurrentIndex(3)  # the user's 7 d stays through later loads
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load_task, timeout=4))
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.start_load(), timeout=4))
    assert dialog.range_combo.currentText() == "7 d"


def test_the_firmware_column_shows_what_the_miner_reports(qtbot, qasync_loop, context, people) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    import dataclasses

    from PySide6.QtCore import Qt

    from hashinsight_desktop.ui.fleet.miner_columns import COL_FIRMWARE

    reporting, silent = add(context, people, people.site_id, [("10.0.0.1", 4028), ("10.0.0.2", 4028)])
    polled = dataclasses.replace(sample("hashing"), firmware="bmminer 1.0.0")
    write_states(context, [(reporting, polled), (silent, dataclasses.replace(sample("hashing"), firmware=None))])
    tab = make_tab(qtbot, context, people.owner)
    refresh(qasync_loop, tab)
    index = tab.model.index(tab.model.position_of(reporting.id), COL_FIRMWARE)
    assert index.data() == "bmminer 1.0.0"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Reports: bmminer 1.0.0\nnot identified")
    assert tab.model.index(tab.model.position_of(silent.id), COL_FIRMWARE).data() == "—"
