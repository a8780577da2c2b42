"""The Curtailment tab against a real database holding a site of 50 polled miners: preview through
the form, field errors, save and approve through the buttons, the history, the execution view
following item states written to the database (a simulated executor), the report, and the table
models without a window. Screenshots of the preview, execution and history go to /tmp."""

from __future__ import annotations

import asyncio
import csv
import os
import threading
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea
from sqlalchemy import select

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Miner, MinerState
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.plans import (
    ItemRow,
    PlanRequest,
    PlanSummary,
    approve_plan,
    preview_plan,
    save_plan,
)
from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger, record_price
from hashinsight_desktop.services.curtailment.run_figures import RunFigures
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import RECORD_ROLE, SORT_ROLE, FilterProxy
from hashinsight_desktop.ui.curtailment import feed_limits, items_model, plans_model, preview_model
from hashinsight_desktop.ui.curtailment.curtailment_tab import PAGE_EXECUTION, PAGE_HISTORY, CurtailmentTab
from hashinsight_desktop.ui.curtailment.execution_panel import describe_result
from hashinsight_desktop.ui.curtailment.plan_actions import PlanAction
from hashinsight_desktop.ui.curtailment.table_base import ITEM_STATE_COLORS, STATE_ROLE
from hashinsight_desktop.ui.tab_registry import tabs_for
from hashinsight_desktop.ui.theme import TONES
from tests.support.factories import People, make_people

pytestmark = pytest.mark.gui
SCREENSHOTS = Path(os.environ.get("HASHINSIGHT_SCREENSHOTS", "/tmp"))
# (power W, hashrate TH/s) of the models mixed on the site
RIGS = [(3250.0, 110.0), (3068.0, 104.0), (3472.0, 112.0), (3500.0, 200.0), (3010.0, 95.0)]


@pytest.fixture
def people(context: AppContext) -> People:
    return make_people(context.database.session_factory)


def add_polled_miners(
    context: AppContext, people: People, count: int = 50, offline: int = 2, feeds: int = 0
) -> list[uuid.UUID]:
    """``count`` miners at Texas North with a fresh poll (the last ``offline`` of them offline);
    every third one hosted for Acme; with ``feeds``, spread over power feeds feed-1… in turn."""
    now = datetime.now(UTC)
    ids = []
    with unit_of_work(context.database.session_factory) as session:
        for k in range(count):
            power, hashrate = RIGS[k % len(RIGS)]
            miner = Miner(
                site_id=people.site_id,
                name=f"rig-{k + 1:03d}",
                ip_address=f"10.20.{k // 200}.{k % 200 + 1}",
                port=4028,
                customer_id=people.customer_id if k % 3 == 0 else None,
                power_feed=f"feed-{k % feeds + 1}" if feeds else None,
            )
            session.add(miner)
            session.flush()
            down = k >= count - offline
            session.add(
                MinerState(
                    miner_id=miner.id,
                    polled_at=now,
                    status="offline" if down else "hashing",
                    hashrate_ths=None if down else hashrate * (1 + (k % 7) / 100),
                    power_w=None if down else power * (1 + (k % 5) / 100),
                    dialect="antminer",
                    last_seen_at=now,
                )
            )
            ids.append(miner.id)
    return ids


def make_tab(qtbot: Any, context: AppContext, principal: Any, **runners: Any) -> CurtailmentTab:
    tab = CurtailmentTab(context, principal, **runners)
    qtbot.addWidget(tab)
    tab.resize(1280, 740)  # the tab's share of a 1280×800 window (menu, module tabs and status bar)
    tab.show()
    return tab


def run(loop: asyncio.AbstractEventLoop, awaitable: Any, timeout: float = 10.0) -> Any:
    return loop.run_until_complete(asyncio.wait_for(asyncio.ensure_future(awaitable), timeout=timeout))


def settle(loop: asyncio.AbstractEventLoop, tab: CurtailmentTab) -> None:
    """Let every task of the tab finish, then read everything again."""
    for _ in range(10):
        pending = [t for t in tab.tasks if not t.done()]
        if not pending:
            break
        loop.run_until_complete(asyncio.wait_for(asyncio.gather(*pending, return_exceptions=True), timeout=10))
    tab._force = True
    run(loop, tab.refresh())
    if tab.refresh_task is not None:  # a tick's refresh began first: ours only asked it to read again; it is the one
        run(loop, tab.refresh_task)


def fill(tab: CurtailmentTab, **texts: str) -> None:
    editor = tab.editor
    fields = {"target": editor.target, "tolerance": editor.tolerance, "ramp": editor.ramp}
    fields |= {"recover_after": editor.recover_after, "name": editor.name}
    for key, text in texts.items():
        fields[key].setText(text)
    editor.changed.emit()


def preview(loop: asyncio.AbstractEventLoop, tab: CurtailmentTab) -> None:
    task = tab.start_preview()
    assert task is not None, tab.editor.status.text()
    run(loop, task)


def plan_rows(context: AppContext) -> list[CurtailmentPlan]:
    with context.database.session_factory() as session:
        return list(session.scalars(select(CurtailmentPlan)))


def press_yes(box: QMessageBox | None) -> None:
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()


def open_boxes(tab: CurtailmentTab) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def save_approved_plan(context: AppContext, people: People, target_kw: float = 40.0) -> uuid.UUID:
    request = PlanRequest(site_id=people.site_id, name="Grid peak", target_kw=target_kw, ramp_kw_per_min=15.0)
    sf = context.database.session_factory
    plan_id = save_plan(sf, people.owner, preview_plan(sf, people.owner, request))
    approve_plan(sf, people.owner, plan_id, None)
    return plan_id


# -- the tab ----------------------------------------------------------------------------------------


def test_preview_fills_the_table_totals_and_chart(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)
    tab = make_tab(qtbot, context, people.owner)
    run(qasync_loop, tab.refresh())
    assert [tab.site_combo.itemText(i) for i in range(tab.site_combo.count())] == ["Quebec East", "Texas North"]
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    assert tab.power is not None and tab.power.reporting == 48 and tab.power.power_now_kw > 150
    assert tab.editor.customers.rowCount() == 1  # Acme hosts miners here
    fill(tab, name="Grid peak 17:00", target="60", tolerance="5", ramp="20", recover_after="2")
    assert "shed 60 kW →" in tab.site_bar.target_label.text()
    preview(qasync_loop, tab)

    panel = tab.preview_panel
    assert panel.preview is not None and panel.preview.feasible
    rows = panel.model.rowCount()
    assert rows == len(panel.preview.rows) and 10 < rows < 50
    assert "Shed 6" in panel.headline.text() and "of the 60.0 kW target, at most 65.0 kW" in panel.headline.text()
    # what the plan loses in words; the solver's detail (proof, gap) in the tooltip
    assert panel.cost.text().startswith("Loses ") and "TH/s" in panel.cost.text() and "gap" not in panel.cost.text()
    assert "gap" in panel.cost.toolTip() and "proven" in panel.cost.toolTip()
    assert "2 miners not hashing (offline)" in panel.details.text()  # who was left out, and why
    assert tab.chart.has_data() and tab.pages.currentWidget() is tab.splitter
    assert 60 <= panel.preview.shed_kw <= 65
    # the table sorts numerically and filters
    panel.table.sortByColumn(preview_model.COL_SHED_KW, Qt.SortOrder.DescendingOrder)
    sheds = [panel.proxy.index(r, preview_model.COL_SHED_KW).data(SORT_ROLE) for r in range(panel.proxy.rowCount())]
    assert sheds == sorted(sheds, reverse=True)
    panel.filter_box.setText("Acme")
    assert 0 < panel.proxy.rowCount() < rows and "showing" in panel.count_label.text()
    panel.filter_box.clear()
    assert panel.save_button.isEnabled() and panel.approve_button.isEnabled()
    # editing the form marks the preview as older than the form
    fill(tab, target="61")
    assert "form changed" in panel.details.text()
    fill(tab, target="60")
    # right-click → keep at full power: the next preview leaves them out
    chosen = panel.model.record(0).miner
    tab.plan_page.protect({chosen.miner_id: chosen.name})
    run(qasync_loop, tab.preview_task)
    assert chosen.miner_id not in {r.miner.miner_id for r in panel.preview.rows}  # type: ignore[union-attr]
    assert tab.editor.protected_label.text() == chosen.name
    tab.editor.clear_protected()
    preview(qasync_loop, tab)
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-preview.png"))


def test_a_bad_field_is_named_and_nothing_is_solved(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=6)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    assert tab.site_combo.count() == 1  # a site manager plans for their own site only
    fill(tab, target="lots")
    assert tab.start_preview() is None and tab.preview_task is None
    error = tab.editor.fields["target_kw"].error_label
    assert error.isVisibleTo(tab) and error.text() == "Power to shed: 'lots' is not a number"
    assert tab.editor.status.text().startswith("Power to shed:")
    fill(tab, target="-5")
    assert tab.start_preview() is None
    assert error.text() == "Power to shed: the power to shed must be more than 0 kW"
    fill(tab, target="5", ramp="0")
    assert tab.start_preview() is None
    assert tab.editor.fields["ramp_kw_per_min"].error_label.text().startswith("Ramp: must be more than 0")
    assert not error.isVisibleTo(tab)  # the fixed field is no longer marked
    fill(tab, ramp="")
    tab.editor.presets.setText("75, 5")
    assert tab.start_preview() is None
    assert "Power presets: each preset is a percentage from 10 to 99" in tab.editor.status.text()
    tab.editor.presets.setText("75, 50")
    tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("revenue"))
    tab.editor.hashprice.setText("")
    tab.editor._hashprice_edited()
    assert tab.start_preview() is None
    assert tab.editor.status.text().startswith("Hashprice: the revenue strategy needs")
    # the service's own check, after a solve: more than the site can shed
    tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("performance"))
    fill(tab, target="5000")
    preview(qasync_loop, tab)
    panel = tab.preview_panel
    assert panel.preview is not None and not panel.preview.feasible
    assert "No plan sheds 5,000.0 kW" in panel.headline.text() and not panel.save_button.isEnabled()


def test_a_price_trigger_is_chosen_checked_previewed_and_shown(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=20)
    with unit_of_work(context.database.session_factory) as session:
        at = datetime.now(UTC) - timedelta(minutes=10)
        record_price(session, people.owner, people.site_id, 142.0, at=at, source="ercot")
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    assert tab.site_bar.price_label.text() == "price $0.142/kWh, 10 min ago"  # one unit for power prices: $/kWh
    editor, trigger = tab.editor, tab.editor.trigger
    assert not trigger.threshold.isVisibleTo(tab)  # the price fields show for the price trigger only
    trigger.price.setChecked(True)
    assert trigger.threshold.isVisibleTo(tab) and trigger.price_note.isVisibleTo(tab)
    assert trigger.price_note.text() == "Price now $0.142/kWh (ercot, 10 min ago)."
    assert editor.recover_after.placeholderText() == "when the price falls"
    fill(tab, target="12")
    assert tab.start_preview() is None
    assert editor.fields["price_trigger"].error_label.text() == "Price threshold: enter a number"
    assert editor.status.text().startswith("Price threshold: enter a number")
    trigger.threshold.setText("0.18")
    trigger.min_duration.setText("2000")
    trigger.hysteresis.setText("-5")
    assert tab.start_preview() is None
    assert editor.fields["min_duration"].error_label.text() == "For at least: from 0 to 1,440 minutes"
    assert editor.fields["hysteresis"].error_label.text() == "Hysteresis: cannot be negative"
    assert not editor.fields["price_trigger"].error_label.isVisibleTo(tab)
    trigger.min_duration.setText("15")
    trigger.hysteresis.setText("0.02")
    preview(qasync_loop, tab)
    request = tab.preview_panel.preview.request  # type: ignore[union-attr]
    assert request.trigger == "price" and request.start_at is None
    assert request.price_trigger == PriceTrigger(180.0, 20.0, 15.0)
    assert tab.chart.title.text() == "Planned site power, starting when price ≥ $0.18/kWh for 15 min"
    assert trigger.price_note.text().startswith("Starts once the price has been ≥ $0.18/kWh for 15 min; recovers")
    assert "been < $0.16/kWh as long. Price now $0.142/kWh" in trigger.price_note.text()
    assert tab.chart.plot.getPlotItem().getAxis("bottom").labelText == "minutes after the price trigger"
    assert tab.chart.recovery_label.format == "recovery when the price falls (shown at 1 h)"
    assert editor.state()["trigger"] == "price" and editor.state()["price_threshold_kwh"] == "0.18"
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-trigger.png"))

    tab.preview_panel.approve_button.click()
    assert "It then starts by itself when price ≥ $0.18/kWh for 15 min" in tab.commands.confirm_box.text()  # type: ignore[union-attr]
    press_yes(tab.commands.confirm_box)
    settle(qasync_loop, tab)
    (plan,) = plan_rows(context)
    assert plan.trigger == "price" and plan.state == "approved"
    assert plan.options["price_trigger"]["threshold_usd_mwh"] == 180.0
    assert tab.history.proxy.index(0, plans_model.COL_TRIGGER).data() == "when price ≥ $0.18/kWh for 15 min"
    facts = tab.execution.facts.text()
    assert "starts when price ≥ $0.18/kWh for 15 min" in facts
    assert "recovers when price < $0.16/kWh for 15 min" in facts and "manual recovery" not in facts
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-trigger-execution.png"))
    tab.pages.setCurrentWidget(tab.history)
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-trigger-history.png"))

    # a scheduled start in the past is named; the remembered form brings the trigger back
    trigger.scheduled.setChecked(True)
    assert not trigger.threshold.isVisibleTo(tab) and trigger.start_at.isEnabled()
    trigger.start_at.setDateTime(trigger.start_at.dateTime().addDays(-2))
    assert tab.start_preview() is None
    assert editor.fields["start_at"].error_label.text() == "Scheduled start: is in the past"
    trigger.start_at.setDateTime(trigger.start_at.dateTime().addDays(3))
    scheduled = editor.build_request(tab.current_site(), datetime.now(UTC))  # type: ignore[arg-type]
    assert scheduled.trigger == "scheduled" and scheduled.price_trigger is None
    assert scheduled.start_at is not None and scheduled.start_at > datetime.now(UTC) + timedelta(hours=24)
    trigger.price.setChecked(True)
    tab.save_state()
    again = CurtailmentTab(context, people.site_manager)
    qtbot.addWidget(again)
    assert again.editor.trigger.kind() == "price" and again.editor.trigger.hysteresis.text() == "0.02"


def test_feed_limits_are_typed_checked_and_kept(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=30, offline=0, feeds=3)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    feeds, editor = tab.editor.feeds, tab.editor
    assert [feeds.index(r, feed_limits.COL_FEED).data() for r in range(feeds.rowCount())] == [
        "feed-1",
        "feed-2",
        "feed-3",
    ]
    assert feeds.index(0, feed_limits.COL_MINERS).data() == "10" and float(feeds.index(0, 2).data()) > 30
    assert editor.feeds_table.isVisibleTo(tab) and not editor.feeds_box.empty.isVisibleTo(tab)
    fill(tab, target="25")
    first_limit = feeds.index(0, feed_limits.COL_LIMIT)
    assert feeds.flags(first_limit) & Qt.ItemFlag.ItemIsEditable
    assert not feeds.flags(feeds.index(0, feed_limits.COL_NOW_KW)) & Qt.ItemFlag.ItemIsEditable
    feeds.setData(first_limit, "lots")
    assert tab.start_preview() is None
    assert editor.fields["feed_limits"].error_label.text() == "Feed limits: feed-1: 'lots' is not a number of kW"
    feeds.setData(first_limit, "-1")
    assert tab.start_preview() is None
    assert editor.status.text().startswith("Feed limits: feed-1: a limit cannot be negative")
    feeds.setData(first_limit, "6")
    feeds.setData(feeds.index(2, feed_limits.COL_LIMIT), "0")
    preview(qasync_loop, tab)
    panel = tab.preview_panel
    assert panel.preview is not None and panel.preview.feasible
    assert panel.preview.request.feed_max_shed_kw == {"feed-1": 6.0, "feed-3": 0.0}
    shed = {f: sum(r.shed_kw for r in panel.preview.rows if r.miner.power_feed == f) for f in ("feed-1", "feed-3")}
    assert shed["feed-1"] <= 6.0 + 1e-9 and shed["feed-3"] == 0.0
    assert not panel.table.isColumnHidden(preview_model.COL_FEED)
    assert "feed limits: feed-1 " in panel.details.text() and "of 6.0 kW, feed-3 0.0 of 0.0 kW" in panel.details.text()
    assert feeds.index(1, feed_limits.COL_LIMIT).data() == "no limit"  # empty: said so in the cell
    assert feeds.index(1, feed_limits.COL_LIMIT).data(Qt.ItemDataRole.EditRole) == ""
    assert editor.state()["feeds"] == {"feed-1": "6", "feed-3": "0"}
    tab.plan_page.widget(0).findChild(QScrollArea).ensureWidgetVisible(editor.feeds_box)  # in the screenshot
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-feeds.png"))
    # fresher loads change the numbers in place: the preview is not marked stale by them
    editor.set_feeds([*(r.feed for r in feeds.rows)])
    assert "form changed" not in panel.details.text()
    tab.save_state()
    again = CurtailmentTab(context, people.site_manager)
    qtbot.addWidget(again)
    run(qasync_loop, again.refresh())
    assert again.editor.feeds.limits() == {"feed-1": 6.0, "feed-3": 0.0}


def test_a_slow_solve_shows_progress_and_cancels(qtbot, qasync_loop, context, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.curtailment import plan_page

    add_polled_miners(context, people, count=12)
    seen: list[threading.Event] = []

    def slow_preview(*_args: Any, cancel: threading.Event, **_kwargs: Any) -> Any:
        seen.append(cancel)
        assert cancel.wait(5), "the tab never cancelled"
        return None  # what a cancelled solve returns does not matter: the tab drops it

    monkeypatch.setattr(plan_page, "preview_plan", slow_preview)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    fill(tab, target="10")
    task = tab.start_preview()
    assert task is not None and tab.start_preview() is task  # one solve at a time
    qasync_loop.run_until_complete(asyncio.sleep(0.3))
    editor = tab.editor
    assert editor.busy_bar.isVisibleTo(tab) and editor.cancel_button.isVisibleTo(tab)
    assert not editor.preview_button.isEnabled() and editor.status.text().startswith("Solving… 0.")
    assert tab.escape.isEnabled()
    tab.escape.activated.emit()  # Esc
    run(qasync_loop, task)
    assert seen and seen[0].is_set()
    assert editor.status.text() == "Preview cancelled: nothing changed."
    assert not editor.busy_bar.isVisibleTo(tab) and editor.preview_button.isEnabled() and not tab.escape.isEnabled()
    assert tab.preview_panel.preview is None


def test_save_and_approve_through_the_buttons(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    fill(tab, name="Peak", target="30")
    preview(qasync_loop, tab)
    tab.preview_panel.approve_button.click()
    box = tab.commands.confirm_box
    assert box is not None and "Save “Peak” approved?" in box.text()
    press_yes(box)
    assert tab.commands.save_task is not None
    settle(qasync_loop, tab)
    (plan,) = plan_rows(context)
    assert plan.state == "approved" and plan.approved_by == "site-manager" and plan.name == "Peak"
    assert not tab.preview_panel.save_button.isEnabled()  # saved: a second save would duplicate it
    assert tab.pages.currentIndex() == PAGE_EXECUTION and tab.plan_id == plan.id
    assert tab.execution.model.rowCount() == len(tab.preview_panel.preview.rows)  # type: ignore[union-attr]
    assert tab.history.model.rowCount() == 1
    listed: PlanSummary = tab.history.model.record(0)
    assert listed.state_label == "Approved" and listed.created_by == "site-manager"
    assert tab.plan_actions.enabled(PlanAction.EXECUTE) and tab.plan_actions.enabled(PlanAction.CANCEL)
    assert not tab.plan_actions.enabled(PlanAction.APPROVE) and not tab.plan_actions.enabled(PlanAction.RECOVER)

    # Save plan (pending), then Approve through the action, then a stale Cancel is refused
    fill(tab, name="Second", target="20")
    preview(qasync_loop, tab)
    tab.preview_panel.save_button.click()
    settle(qasync_loop, tab)
    second = next(p for p in plan_rows(context) if p.name == "Second")
    assert second.state == "pending" and tab.plan_id == second.id
    assert tab.history.selected_id() == second.id  # the history shows the plan the actions act on
    assert tab.plan_actions.enabled(PlanAction.APPROVE)
    tab.plan_actions.actions[PlanAction.APPROVE].trigger()
    assert "Approve “Second” at Texas North?" in tab.commands.confirm_box.text()  # type: ignore[union-attr]
    stale = tab.current_plan()
    press_yes(tab.commands.confirm_box)
    settle(qasync_loop, tab)
    assert next(p for p in plan_rows(context) if p.name == "Second").state == "approved"
    assert stale is not None
    task = tab.commands.run_action(PlanAction.CANCEL, stale)  # as if the box had been open while someone approved it
    run(qasync_loop, task)
    boxes = open_boxes(tab)
    assert any("changed by someone else" in b.text() for b in boxes)
    for b in boxes:
        b.close()
    settle(qasync_loop, tab)
    assert next(p for p in plan_rows(context) if p.name == "Second").state == "approved"
    tab.plan_actions.actions[PlanAction.CANCEL].trigger()
    press_yes(tab.commands.confirm_box)
    settle(qasync_loop, tab)
    assert next(p for p in plan_rows(context) if p.name == "Second").state == "cancelled"
    assert tab.history.plan(second.id).state_label == "Cancelled"  # type: ignore[union-attr]


def write_items(context: AppContext, plan_id: uuid.UUID, states: list[tuple[str, int, str | None]]) -> None:
    """What an executor writes: each item's state, attempts and detail (in batch order)."""
    with unit_of_work(context.database.session_factory) as session:
        items = list(
            session.scalars(
                select(CurtailmentItem)
                .where(CurtailmentItem.plan_id == plan_id)
                .order_by(CurtailmentItem.batch, CurtailmentItem.miner_name)
            )
        )
        for item, (state, attempts, detail) in zip(items, states, strict=False):
            item.state, item.attempts, item.detail = state, attempts, detail


def set_plan(context: AppContext, plan_id: uuid.UUID, **fields: Any) -> None:
    with unit_of_work(context.database.session_factory) as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None
        for name, value in fields.items():
            setattr(plan, name, value)


def test_execution_view_follows_states_written_to_the_database(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)
    plan_id = save_approved_plan(context, people)
    started: list[uuid.UUID] = []
    release = asyncio.Event()

    async def fake_execute(pid: uuid.UUID) -> None:  # the executor, as the tab sees it: a coroutine
        started.append(pid)
        await release.wait()

    tab = make_tab(qtbot, context, people.owner, execute=fake_execute)
    run(qasync_loop, tab.refresh())
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    assert tab.history.model.rowCount() == 1
    tab.history.table.doubleClicked.emit(tab.history.proxy.index(0, plans_model.COL_NAME))
    settle(qasync_loop, tab)
    assert tab.pages.currentIndex() == PAGE_EXECUTION and tab.detail is not None
    total = tab.execution.model.rowCount()
    assert total == tab.detail.summary.miners and total >= 8
    assert "Not executed yet" in tab.execution.result.text()

    tab.plan_actions.actions[PlanAction.EXECUTE].trigger()
    assert "Execute “Grid peak” now?" in tab.commands.confirm_box.text()  # type: ignore[union-attr]
    press_yes(tab.commands.confirm_box)
    assert plan_id in tab.commands.run_tasks and not tab.plan_actions.enabled(PlanAction.EXECUTE)
    qasync_loop.run_until_complete(asyncio.sleep(0.05))
    assert started == [plan_id]

    # the executor writes: plan executing, items in every state
    mixed = [
        ("confirmed", 1, None),
        ("confirmed", 1, None),
        ("confirmed", 2, None),
        ("unconfirmed", 1, "still drawing 3,180 W after 90 s"),
        ("failed", 3, "connection refused"),
        ("accepted", 1, None),
        ("sending", 1, None),
    ]
    set_plan(context, plan_id, state="executing", started_at=datetime.now(UTC))
    write_items(context, plan_id, mixed)
    tab._force = True
    run(qasync_loop, tab.refresh())
    assert tab.detail is not None and tab.detail.summary.state == "executing"
    assert tab.execution.live.text() == "● live"
    states = {
        tab.execution.proxy.index(r, items_model.COL_STATE).data(STATE_ROLE)
        for r in range(tab.execution.proxy.rowCount())
    }
    assert {"confirmed", "unconfirmed", "failed", "accepted", "sending", "planned"} <= states
    # answered: accepted, confirmed, unconfirmed and failed
    assert tab.execution.shed.bar.value() == 6 and tab.execution.shed.bar.maximum() == total
    shed_text = tab.execution.shed.text.text()
    assert "6 of 33 sent, 3 confirmed" in shed_text and "1 failed" in shed_text
    # a failed miner's detail is in its row, and its state is red
    tab.execution.filter_box.setText("refused")
    assert tab.execution.proxy.rowCount() == 1
    failed = tab.execution.proxy.index(0, items_model.COL_STATE)
    assert failed.data() == "Failed"
    assert failed.data(Qt.ItemDataRole.ForegroundRole).name() == ITEM_STATE_COLORS["failed"][0]
    tab.execution.filter_box.clear()
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-execution.png"))

    # the run ends: every item settled, the reconciliation written
    final = [("confirmed", 1, None)] * (total - 2) + [
        ("unconfirmed", 1, "still drawing 3,180 W after 90 s"),
        ("failed", 3, "connection refused"),
    ]
    write_items(context, plan_id, final)
    result = {
        "counts": {"confirmed": total - 2, "unconfirmed": 1, "failed": 1},
        "commands": total + 2,
        "resends": 2,
        "send_s": 62.4,
        "confirm_s": 121.0,
        "batches": 3,
        "resumed": False,
        "unconfirmed_total": 2,
        "unconfirmed": [],
    }
    set_plan(context, plan_id, state="partially_executed", executed_at=datetime.now(UTC), result=result)
    release.set()
    settle(qasync_loop, tab)
    assert plan_id not in tab.commands.run_tasks
    assert tab.execution.live.text() == ""
    assert tab.execution.result.text() == (
        f"Execution: {total - 2} of {total} miners confirmed at their level (1 unconfirmed, 1 failed) · "
        f"{total + 2} commands (2 re-sent) · sent in 62.4 s, reconciled in 121.0 s"
    )
    assert tab.plan_actions.enabled(PlanAction.RECOVER) and not tab.plan_actions.enabled(PlanAction.EXECUTE)
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-execution-done.png"))


def test_runner_errors_are_shown_and_the_plan_reloads(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=10)
    save_approved_plan(context, people, target_kw=8.0)

    async def broken(_plan_id: uuid.UUID) -> None:
        raise RuntimeError("site lock held by another console")

    tab = make_tab(qtbot, context, people.owner, execute=broken)
    run(qasync_loop, tab.refresh())
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    tab.history.select_plan(tab.history.model.record(0).id)
    settle(qasync_loop, tab)
    task = tab.commands.run_action(PlanAction.EXECUTE, tab.current_plan())  # type: ignore[arg-type]
    run(qasync_loop, task)
    boxes = open_boxes(tab)
    assert any("stopped: site lock held by another console" in b.text() for b in boxes)
    for b in boxes:
        b.close()
    assert not tab.commands.run_tasks and tab.plan_actions.enabled(PlanAction.EXECUTE)


def test_history_lists_plans_and_exports_a_report(qtbot, qasync_loop, context, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)
    first = save_approved_plan(context, people, target_kw=30.0)
    sf = context.database.session_factory
    request = PlanRequest(site_id=people.site_id, name="Evening", target_kw=12.0, recover_after_h=3.0)
    save_plan(sf, people.owner, preview_plan(sf, people.owner, request))
    tab = make_tab(qtbot, context, people.owner)
    run(qasync_loop, tab.refresh())
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    tab.pages.setCurrentWidget(tab.history)
    history = tab.history
    assert history.model.rowCount() == 2
    names = [history.proxy.index(r, plans_model.COL_NAME).data() for r in range(2)]
    assert names == ["Evening", "Grid peak"]  # newest first
    assert history.table.isColumnHidden(plans_model.COL_SITE)  # one site: its name says nothing
    history.all_sites.setChecked(True)
    settle(qasync_loop, tab)
    assert not history.table.isColumnHidden(plans_model.COL_SITE)
    states = [history.proxy.index(r, plans_model.COL_STATE).data() for r in range(2)]
    assert states == ["Pending approval", "Approved"]
    history.filter_box.setText("grid")
    assert history.proxy.rowCount() == 1 and "Showing 1 of 2" in history.summary.text()
    history.filter_box.clear()
    assert history.select_plan(first)
    assert tab.plan_id == first and history.export_button.isEnabled()
    settle(qasync_loop, tab)
    QApplication.processEvents()
    assert tab.grab().save(str(SCREENSHOTS / "curtail-history.png"))

    dialog = tab.open_export_dialog()
    assert dialog is not None and dialog.acceptMode() == dialog.AcceptMode.AcceptSave
    dialog.close()
    path = tmp_path / "report.csv"
    run(qasync_loop, tab.commands.export_report(path, first))
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    header = {r[0]: r[1] for r in rows if len(r) == 2}
    assert header["Plan"] == "Grid peak" and header["State"] == "Approved" and header["Site"] == "Texas North"
    assert header["Target kW"] == "30" and header["Approved by"] == "owner"
    items_at = rows.index([]) + 1
    assert rows[items_at][:4] == ["batch", "miner", "host", "level"]
    assert len(rows) - items_at - 1 == tab.history.plan(first).miners  # type: ignore[union-attr]
    assert "Report saved to" in tab.notice.text()
    # a hidden tab reads nothing; what the user arranged comes back in the next session
    tab.hide()
    assert not tab.timer.isActive()
    again = CurtailmentTab(context, people.owner)
    qtbot.addWidget(again)
    assert again.pages.currentIndex() == PAGE_HISTORY and again.history.all_sites.isChecked()
    assert again.editor.target.text() == tab.editor.target.text()
    tab.show()
    assert tab.timer.isActive()


def test_the_default_runners_call_the_executor(qasync_loop, context, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import inspect

    from hashinsight_desktop.services.curtailment import executor
    from hashinsight_desktop.ui.curtailment.plan_commands import executor_runner

    sf, plan_id = context.database.session_factory, uuid.uuid4()
    for name in ("execute_plan", "recover_plan"):  # the real signatures take what the tab passes
        inspect.signature(getattr(executor, name)).bind(sf, people.owner, plan_id, clock=context.clock)
    calls: list[tuple[str, Any]] = []

    def fake(name: str) -> Any:
        async def run_leg(*args: Any, **kwargs: Any) -> object:
            calls.append((name, (*args, kwargs["clock"])))
            return object()  # the executor's report: the tab reads the database instead

        return run_leg

    monkeypatch.setattr(executor, "execute_plan", fake("execute"))
    monkeypatch.setattr(executor, "recover_plan", fake("recover"))
    tab = CurtailmentTab(context, people.owner)
    run(qasync_loop, tab.commands.execute(plan_id))
    run(qasync_loop, tab.commands.recover(plan_id))
    expected = (sf, people.owner, plan_id, context.clock)
    assert calls == [("execute", expected), ("recover", expected)]
    assert executor_runner(context, people.owner, "execute_plan") is not None

    async def through_runner(pid: uuid.UUID) -> None:  # the console hands its runner over later
        calls.append(("runner", pid))

    tab.use_runner(through_runner, through_runner)
    run(qasync_loop, tab.commands.execute(plan_id))
    assert calls[-1] == ("runner", plan_id)
    tab.deleteLater()


def test_tab_is_for_fleet_operators(context, people) -> None:  # type: ignore[no-untyped-def]
    keys = {role: [spec.key for spec in tabs_for(people.by_role(role))] for role in Role}
    assert "curtailment" in keys[Role.OWNER] and "curtailment" in keys[Role.SITE_MANAGER]
    assert "curtailment" not in keys[Role.CUSTOMER] and "curtailment" not in keys[Role.GUEST]
    order = keys[Role.OWNER]
    assert order.index("fleet") < order.index("curtailment") < order.index("catalogue")


# -- the table models, without a window ---------------------------------------------------------------


def item(name: str, batch: int, state: str, attempts: int = 0, detail: str | None = None) -> ItemRow:
    return ItemRow(
        id=uuid.uuid5(uuid.NAMESPACE_DNS, name),
        miner_id=None,
        miner_name=name,
        host="10.0.0.9:4028" if name.endswith("9") else "10.0.0.10:4028",
        level="preset",
        power_pct=50,
        full_power_w=3250.0,
        level_power_w=1625.0,
        full_hashrate_ths=110.0,
        level_hashrate_ths=60.0,
        batch=batch,
        state=state,
        attempts=attempts,
        recovery_state=None,
        detail=detail,
    )


def test_items_model_columns_roles_sort_and_in_place_updates(qapp) -> None:  # type: ignore[no-untyped-def]
    model = items_model.PlanItemsModel()
    assert model.columnCount() == items_model.COLUMN_COUNT
    rows = [item("rig-10", 1, "failed", 3, "connection refused"), item("rig-9", 0, "confirmed", 1)]
    model.set_records(rows)
    assert model.index(0, items_model.COL_LEVEL).data() == "50 %"
    assert model.index(0, items_model.COL_SHED_KW).data() == "1.62"  # kW, to the watt shown as 2 decimals
    assert model.index(0, items_model.COL_STATE).data() == "Failed"
    assert model.index(0, items_model.COL_STATE).data(STATE_ROLE) == "failed"
    assert model.index(0, items_model.COL_DETAIL).data(Qt.ItemDataRole.ToolTipRole) == "connection refused"
    assert model.index(1, items_model.COL_RECOVERY).data() == "—"
    assert model.index(1, 0).data(RECORD_ROLE) == rows[1]
    assert model.headerData(items_model.COL_SHED_KW, Qt.Orientation.Horizontal) == "Shed kW"
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(items_model.COL_MINER)  # natural order: rig-9 before rig-10
    assert [proxy.index(r, items_model.COL_MINER).data() for r in range(2)] == ["rig-9", "rig-10"]
    proxy.sort(items_model.COL_HOST)  # numeric IP order
    assert [proxy.index(r, items_model.COL_HOST).data() for r in range(2)] == ["10.0.0.9", "10.0.0.10"]
    proxy.sort(items_model.COL_STATE)  # progress order: confirmed before failed
    assert [proxy.index(r, items_model.COL_STATE).data() for r in range(2)] == ["Confirmed", "Failed"]
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    assert not model.update_records([rows[0], item("rig-9", 0, "unconfirmed", 2, "drawing 3 kW")])
    assert resets == [] and changed == [(1, 1)]  # one row changed in place
    assert model.update_records([rows[0]])  # a different set of items: reset
    progress = items_model.shed_progress([rows[0], item("a", 0, "confirmed"), item("b", 0, "sending")])
    assert (progress.done, progress.total) == (2, 3)
    assert progress.describe() == "2 of 3 sent, 1 confirmed (1 failed, 1 sending)"
    ramped = items_model.shed_progress([item("a", 0, "accepted"), item("b", 1, "planned")])
    assert ramped.describe() == "1 of 2 sent, 0 confirmed (1 planned) · ramp batch 2 of 2 next"


def test_plans_and_preview_models(qapp) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)

    def summary(name: str, state: str, shed: float, minute: int) -> PlanSummary:
        return PlanSummary(
            uuid.uuid5(uuid.NAMESPACE_DNS, name), 1, uuid.uuid4(), "Texas North", name, state, "manual",
            "performance", 50.0, shed, 120.5, 0.25, False, 12, "owner", now.replace(minute=minute), None, None,
            None, None,
        )  # fmt: skip

    model = plans_model.PlansModel()
    assert model.columnCount() == plans_model.COLUMN_COUNT
    model.set_records([summary("b", "failed", 52.0, 5), summary("a", "pending", 50.5, 9)])
    assert model.index(0, plans_model.COL_STATE).data() == "Failed"
    assert model.index(0, plans_model.COL_STATE).data(STATE_ROLE) == "failed"
    assert model.index(1, plans_model.COL_GAP).data() == "at most 0.25 % above best"  # words, not a solver gap
    assert model.index(1, plans_model.COL_APPROVED_BY).data() == "—"
    # An executed plan whose site measured above its target is not shown as a green success.
    done = replace(summary("c", "executed", 50.0, 1), figures=RunFigures(760.0, 710.0, 1.0, 719.8, False, 9.8))
    reached = replace(done, id=uuid.uuid4(), figures=replace(done.figures, measured_kw=709.0, reached=True))
    outcomes = plans_model.PlansModel()
    outcomes.set_records([done, reached])
    short_color = outcomes.index(0, plans_model.COL_STATE).data(Qt.ItemDataRole.ForegroundRole)
    ok_color = outcomes.index(1, plans_model.COL_STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert short_color != ok_color and short_color.name() in TONES["note"]
    assert model.index(0, plans_model.COL_STATE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(plans_model.COL_SHED, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(plans_model.COL_CREATED, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, plans_model.COL_NAME).data() for r in range(2)] == ["a", "b"]
    proxy.sort(plans_model.COL_SHED)
    assert [proxy.index(r, plans_model.COL_SHED).data(SORT_ROLE) for r in range(2)] == [50.5, 52.0]
    assert preview_model.PreviewRowsModel().columnCount() == preview_model.COLUMN_COUNT
    assert describe_result({}) == ""
    assert describe_result({"note": "manual"}) == "Execution: note: manual"
    recovery = {"counts": {"confirmed": 3}, "commands": 3, "resends": 0, "send_s": 1.0, "confirm_s": 2.0}
    assert describe_result({"counts": {"confirmed": 3}, "recovery": recovery}).splitlines()[1] == (
        "Recovery: 3 of 3 miners confirmed back at full power · 3 commands · sent in 1.0 s, reconciled in 2.0 s"
    )


def test_report_has_the_plans_figures_and_every_miner(context, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.curtailment.plans import load_plan
    from hashinsight_desktop.ui.curtailment.plan_report import default_file_name, write_report

    add_polled_miners(context, people, count=12)
    plan_id = save_approved_plan(context, people, target_kw=10.0)
    with context.database.session_factory() as session:
        detail = load_plan(session, people.owner, plan_id)
    path = tmp_path / default_file_name(detail)
    assert path.name.startswith("curtailment-Grid-peak-") and path.suffix == ".csv"
    assert write_report(path, detail) == len(detail.items)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0] == ["Plan", "Grid peak"] and ["Strategy", "performance"] in rows
    assert not path.with_name(path.name + ".part").exists()
