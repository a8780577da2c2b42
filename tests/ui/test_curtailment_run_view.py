"""The Curtailment tab during and after a run, with plan rows written as the executor writes them:
the header's fixed figures (power before, target, now, gap) instead of a shed recomputed from the
power now, per-batch confirmation, a run that ended short (and Shed the rest…), one that reached its
target, Stop from any console (in a worker thread) and the stopped plan's account; the four-eyes rule;
the power price in $/kWh entered and shown in the tab; a notice that leaves its line in place; the
power figure readable after a theme switch."""

from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select, update

from hashinsight_desktop.db.models import CurtailmentItem, MinerState, PowerPrice, Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.plans import PlanRequest, preview_plan, save_plan
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.curtailment.curtailment_tab import CurtailmentTab
from hashinsight_desktop.ui.curtailment.plan_actions import PlanAction, question
from hashinsight_desktop.ui.theme import NOTE_COLOR, OK_COLOR, TONES, apply_theme
from tests.support.factories import People, make_people
from tests.ui.test_curtailment_tab import (
    add_polled_miners,
    make_tab,
    plan_rows,
    press_yes,
    run,
    save_approved_plan,
    set_plan,
    settle,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def people(context: AppContext) -> People:
    return make_people(context.database.session_factory)


def open_on_site(qasync_loop: asyncio.AbstractEventLoop, tab: CurtailmentTab, plan_id: uuid.UUID) -> None:
    run(qasync_loop, tab.refresh())
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    tab.open_plan(plan_id)
    settle(qasync_loop, tab)


def item_states(context: AppContext, plan_id: uuid.UUID, states_by_batch: dict[int, list[str]]) -> None:
    """Each batch's items (in name order) given these states; the rest of a batch keeps its own."""
    with unit_of_work(context.database.session_factory) as session:
        items = list(
            session.scalars(
                select(CurtailmentItem)
                .where(CurtailmentItem.plan_id == plan_id)
                .order_by(CurtailmentItem.batch, CurtailmentItem.miner_name)
            )
        )
        for batch, states in states_by_batch.items():
            in_batch = [i for i in items if i.batch == batch]
            for item, state in zip(in_batch, states, strict=False):
                item.state, item.attempts = state, 0 if state == "planned" else 1


def tone_of(label: QLabel, tone: str) -> bool:
    return any(color in label.styleSheet() for color in TONES[tone])


def test_the_header_shows_the_plans_fixed_figures_while_the_power_moves(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)  # about 160 kW, 48 of 50 answering
    plan_id = save_approved_plan(context, people, target_kw=40.0)
    set_plan(
        context,
        plan_id,
        state="executing",
        result={"power_before_kw": 170.0, "site_target_kw": 130.0},
        executed_at=datetime.now(UTC),
    )
    tab = make_tab(qtbot, context, people.owner)
    open_on_site(qasync_loop, tab, plan_id)
    bar = tab.site_bar
    now_kw = tab.power.power_now_kw  # type: ignore[union-attr]
    text = bar.target_label.text()
    assert "power before 170.0 kW · target ≤ 130.0 kW" in text and f"now {now_kw:,.1f} kW" in text
    assert "→" not in text and "shed" not in text  # nothing recomputed from the power now
    assert bar.reporting_label.text() == "48 of 50 miners reporting"  # the 2 offline ones do not report
    assert bar.gap_label.text() == f"gap +{now_kw - 130.0:,.1f} kW above target" and tone_of(bar.gap_label, NOTE_COLOR)
    assert bar.gauge.target_level_kw == 130.0
    # the power falls as the run goes: the target stays where the plan put it
    with unit_of_work(context.database.session_factory) as session:
        session.execute(update(MinerState).values(power_w=MinerState.power_w * 0.7))
    settle(qasync_loop, tab)
    later = tab.power.power_now_kw  # type: ignore[union-attr]
    assert later < now_kw and later < 130.0
    assert "target ≤ 130.0 kW" in bar.target_label.text() and f"now {later:,.1f} kW" in bar.target_label.text()
    assert bar.gap_label.text() == f"gap −{130.0 - later:,.1f} kW: at or below target" and tone_of(
        bar.gap_label, OK_COLOR
    )
    # a plan that ran on another site, or none: the typed target's estimate, said to be one
    set_plan(context, plan_id, state="completed", completed_at=datetime.now(UTC))
    settle(qasync_loop, tab)
    tab.editor.target.setText("20")
    tab.editor.changed.emit()
    assert "shed 20 kW → about" in bar.target_label.text() and "from the power now" in bar.target_label.text()


def test_per_batch_confirmation_and_a_run_that_ended_short(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)
    plan_id = save_approved_plan(context, people, target_kw=40.0)  # ramped: 15 kW a minute
    tab = make_tab(qtbot, context, people.owner)
    open_on_site(qasync_loop, tab, plan_id)
    batches = sorted({i.batch for i in tab.detail.items})  # type: ignore[union-attr]
    assert len(batches) >= 3
    sizes = {b: sum(1 for i in tab.detail.items if i.batch == b) for b in batches}  # type: ignore[union-attr]
    first, second = batches[0], batches[1]
    item_states(context, plan_id, {first: ["confirmed"] * sizes[first], second: ["confirmed", "accepted"]})
    set_plan(context, plan_id, state="executing", result={"power_before_kw": 170.0, "site_target_kw": 130.0})
    settle(qasync_loop, tab)
    text = tab.execution.batches.text()
    assert text.startswith("Batches — 1: ")
    assert f"1: {sizes[first]} of {sizes[first]} confirmed ✓" in text
    assert f"2: 1 of {sizes[second]} confirmed (1 awaiting" in text
    assert f"{batches[-1] + 1}: waiting" in text
    assert not tab.execution.outcome.isVisibleTo(tab)  # no verdict before the run ends

    # it ends short: the verdict in the warning colour, the miners named, the rest offered
    outcome = {
        "power_before_kw": 170.0,
        "site_target_kw": 130.0,
        "measured_kw": 142.3,
        "tolerance_kw": 2.0,
        "reached": False,
        "short_kw": 12.3,
        "short_miners": [
            {"miner": "rig-001", "host": "10.20.0.1:4028", "level_w": 1760.0, "measured_w": 1859.0},
            {"miner": "rig-004", "host": "10.20.0.4:4028", "level_w": 1625.0, "measured_w": None},
        ],
    }
    item_states(context, plan_id, {b: ["confirmed"] * sizes[b] for b in batches})
    result = {
        "power_before_kw": 170.0,
        "site_target_kw": 130.0,
        "counts": {"confirmed": sum(sizes.values())},
        "batches": [{"batch": b + 1, "items": sizes[b], "confirmed": sizes[b]} for b in batches],
        "outcome": outcome,
    }
    set_plan(context, plan_id, state="partially_executed", result=result, executed_at=datetime.now(UTC))
    settle(qasync_loop, tab)
    panel = tab.execution
    assert panel.outcome.text().startswith("Short by 12.3 kW: power before 170.0 kW · target ≤ 130.0 kW")
    assert "measured 142.3 kW" in panel.outcome.text() and tone_of(panel.outcome, NOTE_COLOR)
    assert "Target reached" not in panel.outcome.text()
    short = panel.short_miners.text()
    assert short.startswith(
        "Fell short (2): rig-001 (10.20.0.1): 1,859 W on a 1,760 W level"
    )  # the usual port left out
    assert "rig-004 (10.20.0.4): no reading" in short
    assert panel.shed_rest_button.isVisibleTo(tab)
    from hashinsight_desktop.ui.curtailment.plan_report import report_rows

    report = {row[0]: row[1] for row in report_rows(tab.detail) if len(row) == 2}  # type: ignore[arg-type]
    assert report["Power before kW"] == "170" and report["Target kW (site ceiling)"] == "130"
    assert report["Measured kW after the last batch"] == "142.3" and report["Outcome"] == "short by 12.3 kW"
    assert "→" not in tab.site_bar.target_label.text()
    QApplication.processEvents()

    # Shed the rest…: the form for a follow-up at the same site, previewed — nothing saved or sent
    before = len(plan_rows(context))
    panel.shed_rest_button.click()
    assert tab.pages.currentWidget() is tab.splitter
    assert tab.editor.target.text() == "12.3" and tab.editor.name.text() == "Grid peak — the rest"
    assert tab.notice.text().startswith("Follow-up for “Grid peak”, which fell short by 12.3 kW")
    assert "29.5 kW above that plan's target now" in tab.notice.text()  # the site has moved since: where it is now
    assert tab.current_site() is not None and tab.current_site().id == people.site_id  # type: ignore[union-attr]
    assert tab.preview_task is not None
    run(qasync_loop, tab.preview_task)
    preview = tab.preview_panel.preview
    assert preview is not None and preview.request.target_kw == 12.3 and preview.request.site_id == people.site_id
    assert len(plan_rows(context)) == before  # previewed only


def test_a_run_that_reached_its_target_says_so(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=12)
    plan_id = save_approved_plan(context, people, target_kw=8.0)
    outcome = {
        "power_before_kw": 40.0,
        "site_target_kw": 32.0,
        "measured_kw": 31.4,
        "tolerance_kw": 0.5,
        "reached": True,
        "short_kw": 0.0,
        "short_miners": [],
    }
    set_plan(context, plan_id, state="executed", result={"counts": {"confirmed": 3}, "outcome": outcome})
    tab = make_tab(qtbot, context, people.owner)
    open_on_site(qasync_loop, tab, plan_id)
    panel = tab.execution
    assert panel.outcome.text() == "Target reached: power before 40.0 kW · target ≤ 32.0 kW · measured 31.4 kW"
    assert tone_of(panel.outcome, OK_COLOR)
    assert not panel.short_miners.isVisibleTo(tab) and not panel.shed_rest_button.isVisibleTo(tab)


def test_stop_a_run_driven_elsewhere_then_recover_what_took_effect(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people)
    plan_id = save_approved_plan(context, people, target_kw=40.0)
    set_plan(
        context,
        plan_id,
        state="executing",
        result={"power_before_kw": 170.0, "site_target_kw": 130.0},
        executor_owner="ops-desk pid 4242 run ab12cd34",
        lease_expires_at=datetime.now(UTC) + timedelta(seconds=60),
    )
    tab = make_tab(qtbot, context, people.owner)
    open_on_site(qasync_loop, tab, plan_id)
    assert plan_id not in tab.commands.run_tasks  # another console or process drives it
    actions = tab.plan_actions
    assert actions.enabled(PlanAction.STOP) and not actions.enabled(PlanAction.RECOVER)
    resume = actions.actions[PlanAction.EXECUTE]  # its live lease: no resume offered, Stop is the way
    assert not resume.isEnabled() and "Running in ops-desk pid 4242" in resume.toolTip()
    assert actions.actions[PlanAction.STOP].shortcut().toString() == "Ctrl+Shift+S"
    calls: list[tuple[uuid.UUID, bool]] = []

    def fake_stop(pid: uuid.UUID) -> str:  # request_stop: blocking, so never on the GUI thread
        calls.append((pid, threading.current_thread() is threading.main_thread()))
        set_plan(context, pid, stop_requested_at=datetime.now(UTC), stop_requested_by="owner")
        return "Stop asked: plan 'Grid peak' ends after the commands in flight; nothing more is sent."

    tab.commands.stop = fake_stop
    actions.actions[PlanAction.STOP].trigger()
    box = tab.commands.confirm_box
    assert box is not None and "Stop the execution of “Grid peak” at Texas North?" in box.text()
    press_yes(box)
    settle(qasync_loop, tab)
    assert calls == [(plan_id, False)]
    assert tab.notice.text().startswith("Stop asked: plan 'Grid peak'")
    assert not actions.enabled(PlanAction.STOP)  # asked already: the run is ending
    assert "Stop requested by owner" in actions.actions[PlanAction.STOP].toolTip()

    # the executor stops it after the commands in flight: what took effect, and Recover now
    sizes = sorted({i.batch for i in tab.detail.items})  # type: ignore[union-attr]
    first = [i for i in tab.detail.items if i.batch == sizes[0]]  # type: ignore[union-attr]
    item_states(context, plan_id, {sizes[0]: ["confirmed"] * (len(first) - 1) + ["accepted"]})
    set_plan(context, plan_id, state="stopped", stopped_at=datetime.now(UTC))
    settle(qasync_loop, tab)
    text = tab.execution.result.text()
    total = len(tab.detail.items)  # type: ignore[arg-type, union-attr]
    assert text.startswith("Stopped by owner at ")
    assert f"{len(first) - 1} miners confirmed at their level, 1 accepted but not confirmed" in text
    assert f"{total - len(first)} never sent" in text
    assert f"Recover now brings the {len(first)} miners that were sent a command back" in text
    assert tone_of(tab.execution.result, NOTE_COLOR)
    batches = tab.execution.batches.text()  # stopped: nothing awaits, the rest was never sent
    assert f"1: {len(first) - 1} of {len(first)} confirmed (1 not confirmed)" in batches and "2: not sent" in batches
    assert "awaiting" not in batches and "next" not in tab.execution.shed.text.text()
    assert "no automatic recovery after a stop" in tab.execution.facts.text()
    assert actions.enabled(PlanAction.RECOVER) and not actions.enabled(PlanAction.STOP)
    assert tab.history.plan(plan_id).state_label == "Stopped"  # type: ignore[union-attr]
    assert "“Grid peak” (stopped): power before 170.0 kW" in tab.site_bar.target_label.text()


def test_stop_errors_are_shown(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.errors import ValidationError

    add_polled_miners(context, people, count=10)
    plan_id = save_approved_plan(context, people, target_kw=8.0)
    set_plan(context, plan_id, state="executing")
    tab = make_tab(qtbot, context, people.owner)
    open_on_site(qasync_loop, tab, plan_id)

    def refused(_pid: uuid.UUID) -> str:
        raise ValidationError("state", "a plan that is executed is not running")

    tab.commands.stop = refused
    run(qasync_loop, tab.commands.run_action(PlanAction.STOP, tab.current_plan()))  # type: ignore[arg-type]
    boxes = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and "was not stopped" in getattr(w, "text", str)()
    ]
    assert boxes
    for b in boxes:
        b.close()


def test_four_eyes_rule_in_the_service_and_the_tab(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.curtailment.plans import approve_plan
    from hashinsight_desktop.services.errors import ValidationError

    add_polled_miners(context, people, count=12)
    sf = context.database.session_factory
    with unit_of_work(sf) as session:
        site = session.get(Site, people.site_id)
        assert site is not None
        site.curtail_four_eyes = True
    request = PlanRequest(site_id=people.site_id, name="Peak", target_kw=8.0, ramp_kw_per_min=5.0, recover_after_h=2)
    plan_id = save_plan(sf, people.site_manager, preview_plan(sf, people.site_manager, request))
    with pytest.raises(ValidationError, match="four-eyes rule"):
        approve_plan(sf, people.site_manager, plan_id, None)
    tab = make_tab(qtbot, context, people.site_manager)
    open_on_site(qasync_loop, tab, plan_id)
    approve = tab.plan_actions.actions[PlanAction.APPROVE]
    assert not approve.isEnabled() and "Four-eyes rule" in approve.toolTip()
    plan = tab.current_plan()
    assert plan is not None
    asked = question(PlanAction.APPROVE, plan)  # what an approver is told
    assert "losing" in asked and "TH/s" in asked
    assert "Ramp: at most 5 kW per minute" in asked and "Recovery: automatic after 2 h." in asked
    assert not tab.preview_panel.approve_button.isEnabled()  # Save and approve: the saver is the creator
    fill_target = tab.editor.target
    fill_target.setText("8")
    tab.editor.changed.emit()
    run(qasync_loop, tab.start_preview())
    assert tab.preview_panel.save_button.isEnabled() and not tab.preview_panel.approve_button.isEnabled()
    assert "Four-eyes rule at Texas North" in tab.preview_panel.approve_button.toolTip()
    approve_plan(sf, people.owner, plan_id, None)  # someone else may
    (row,) = plan_rows(context)
    assert row.state == "approved" and row.approved_by == "owner"


def test_the_power_price_is_entered_and_shown_in_dollars_per_kwh(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=6)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    assert tab.site_bar.price_label.text() == "no power price recorded"
    dialog = tab.open_price_dialog()
    assert dialog is not None and "$/kWh" in dialog.labelText()
    dialog.setDoubleValue(0.155)
    dialog.accept()
    assert tab.price_task is not None
    settle(qasync_loop, tab)
    with context.database.session_factory() as session:
        (price,) = session.scalars(select(PowerPrice)).all()
    assert price.usd_per_mwh == pytest.approx(155.0) and price.source == "console"
    assert tab.site_bar.price_label.text().startswith("price $0.155/kWh, ")


def test_a_notice_keeps_its_line_and_the_power_figure_follows_the_theme(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=6)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    QApplication.processEvents()
    top = tab.pages.mapTo(tab, tab.pages.rect().topLeft()).y()
    tab.show_notice("Saved “Peak” approved.", OK_COLOR)
    QApplication.processEvents()
    assert tab.pages.mapTo(tab, tab.pages.rect().topLeft()).y() == top
    tab._notice_timer.timeout.emit()  # the notice goes: the buttons under it stay where they were
    QApplication.processEvents()
    assert tab.notice.text() == "" and tab.pages.mapTo(tab, tab.pages.rect().topLeft()).y() == top

    label = tab.site_bar.power_label
    assert label.text() != "—"

    def text_lightness() -> tuple[int, int]:
        image = label.grab().toImage()
        values = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
        return min(values), max(values)

    app = QApplication.instance()
    try:
        apply_theme(app, "dark")  # type: ignore[arg-type]
        QApplication.processEvents()
        darkest, lightest = text_lightness()
        assert darkest > 20 and lightest > 180  # light text on the dark window, no black
        apply_theme(app, "light")  # type: ignore[arg-type]
        QApplication.processEvents()
        darkest, lightest = text_lightness()
        assert darkest < 60  # dark text again on the light window
    finally:
        apply_theme(app, "light")  # type: ignore[arg-type]


def test_run_figures_from_results_old_and_new(context: AppContext, people: People) -> None:
    from hashinsight_desktop.services.curtailment.run_figures import run_figures

    assert run_figures({}, 40.0, 170.0) is None  # not run
    old = run_figures({"counts": {"confirmed": 3}}, 40.0, 170.0)  # a run from before the figures were kept
    assert old is not None and old.from_preview and old.site_target_kw == 130.0 and old.reached is None
    new = run_figures({"power_before_kw": 180.0, "site_target_kw": 140.0}, 40.0, 170.0)
    assert new is not None and not new.from_preview and (new.power_before_kw, new.site_target_kw) == (180.0, 140.0)
    assert new.above_target(140.5) and not new.above_target(140.0)
    ended = run_figures({"outcome": {"power_before_kw": 180.0, "site_target_kw": 140.0, "tolerance_kw": 1.0,
                                     "measured_kw": 140.8, "reached": True, "short_kw": 0.0}}, 40.0, None)  # fmt: skip
    assert ended is not None and ended.reached and not ended.above_target(140.8)


def test_a_scheduled_start_is_the_sites_wall_clock_time(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDateTime

    add_polled_miners(context, people, count=12)
    with unit_of_work(context.database.session_factory) as session:
        site = session.get(Site, people.site_id)
        assert site is not None
        site.timezone = "America/Chicago"
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    trigger = tab.editor.trigger
    trigger.scheduled.setChecked(True)
    assert trigger.fields["start_at"].unit.text() == "America/Chicago"
    trigger.start_at.setDateTime(QDateTime(datetime(2031, 1, 15, 17, 0)))
    tab.editor.target.setText("8")
    request = tab.editor.build_request(tab.current_site(), datetime.now(UTC))  # type: ignore[arg-type]
    assert request.start_at == datetime(2031, 1, 15, 23, 0, tzinfo=UTC)  # 17:00 CST, as `curtail plan` reads it
    preview = tab.start_preview()
    assert preview is not None
    run(qasync_loop, preview)
    tab.preview_panel.save_button.click()
    settle(qasync_loop, tab)
    assert tab.history.model.record(0).trigger == "scheduled"
    from hashinsight_desktop.ui.curtailment import plans_model

    shown = tab.history.proxy.index(0, plans_model.COL_TRIGGER).data()
    assert shown == "scheduled 15 Jan 17:00 CST"


def test_stop_through_the_real_service_ends_a_run_whose_executor_is_gone(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=12)
    plan_id = save_approved_plan(context, people, target_kw=8.0)
    set_plan(context, plan_id, state="executing", executed_at=datetime.now(UTC))  # no owner: its process died
    tab = make_tab(qtbot, context, people.owner)
    open_on_site(qasync_loop, tab, plan_id)
    assert tab.plan_actions.enabled(PlanAction.STOP)
    tab.plan_actions.actions[PlanAction.STOP].trigger()
    press_yes(tab.commands.confirm_box)
    settle(qasync_loop, tab)
    (row,) = plan_rows(context)
    assert row.state == "stopped" and row.stop_requested_by == "owner"
    assert tab.detail is not None and tab.detail.summary.state == "stopped"
    assert tab.execution.result.text().startswith("Stopped by owner")
    assert "No miner was changed: nothing to recover." in tab.execution.result.text()
    assert tab.notice.text()  # what the service said


def test_the_save_and_approve_question_gives_ths_lost_ramp_and_recovery(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=20)
    tab = make_tab(qtbot, context, people.site_manager)
    run(qasync_loop, tab.refresh())
    for edit, text in ((tab.editor.target, "20"), (tab.editor.ramp, "6"), (tab.editor.recover_after, "3")):
        edit.setText(text)
    tab.editor.changed.emit()
    run(qasync_loop, tab.start_preview())
    tab.preview_panel.approve_button.click()
    box = tab.commands.confirm_box
    assert box is not None
    text = box.text()
    assert "losing" in text and "TH/s" in text
    assert "Ramp: at most 6 kW per minute, in batches a minute apart." in text and "batches." in text
    assert "Recovery: automatic after 3 h." in text
    box.close()


def test_the_gap_within_tolerance_is_said_so(qapp) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.curtailment.plans import PlanSummary
    from hashinsight_desktop.services.curtailment.run_figures import RunFigures
    from hashinsight_desktop.services.curtailment.site_readings import SiteChoice, SitePower
    from hashinsight_desktop.ui.curtailment.site_bar import SiteBar

    site_id, now = uuid.uuid4(), datetime.now(UTC)
    bar = SiteBar()
    bar.set_sites([SiteChoice(site_id, "Texas North", 0.045, 20_000.0)], site_id)
    figures = RunFigures(700.0, 500.0, tolerance_kw=2.0)
    plan = PlanSummary(
        uuid.uuid4(), 3, site_id, "Texas North", "Peak", "executed", "manual", "performance", 200.0, 200.0, 5000.0,
        0.0, False, 100, "ops", now, "boss", now, None, None, figures=figures,
    )  # fmt: skip
    for measured, text, tone in (
        (501.5, "gap +1.5 kW: within tolerance of target", OK_COLOR),
        (502.5, "gap +2.5 kW above target", NOTE_COLOR),
        (498.0, "gap −2.0 kW: at or below target", OK_COLOR),
    ):
        bar.show_power(SitePower(site_id, measured, 98, 100, now), None, plan)
        assert bar.gap_label.text() == text and tone_of(bar.gap_label, tone)
    bar.show_power(SitePower(site_id, 600.0, 98, 100, now), 50.0, None)  # no plan: the typed estimate
    assert bar.target_label.text() == "shed 50 kW → about 550 kW from the power now" and bar.gap_label.text() == ""
    bar.deleteLater()
