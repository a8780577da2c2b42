"""The preview panel's words: what a plan loses (the solver detail in a tooltip), the commands it sends,
an out-of-reach request's reasons (anti-flap with its release time, left-out miners) and a chart that never
draws a target below 0 kW; the levels box's 'Fewest miners touched' and 'Allow power-off'. Screenshots of
the out-of-reach preview in both themes go to /tmp/shots."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.theme import apply_theme
from tests.ui.test_curtailment_tab import add_polled_miners, fill, make_tab, people, preview, run, settle

__all__ = ["people"]  # a fixture
pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("HASHINSIGHT_SHOTS", "/tmp/shots"))


def _recently_changed(context: Any, people: Any, miner_ids: list[Any], minutes_ago: float) -> None:
    """A recovery touched these miners a few minutes ago: anti-flap keeps them at full power."""
    with unit_of_work(context.database.session_factory) as session:
        plan = CurtailmentPlan(
            site_id=people.site_id, name="earlier", state="completed", target_kw=1.0, created_by="owner", options={}
        )
        session.add(plan)
        session.flush()
        for miner_id in miner_ids:
            session.add(
                CurtailmentItem(
                    plan_id=plan.id,
                    miner_id=miner_id,
                    miner_name="rig",
                    host="10.20.0.1",
                    port=4028,
                    level="preset",
                    power_pct=50,
                    full_power_w=3250.0,
                    full_hashrate_ths=110.0,
                    level_power_w=1625.0,
                    level_hashrate_ths=60.0,
                    state="confirmed",
                    updated_at=datetime.now(UTC) - timedelta(minutes=minutes_ago),
                )
            )


def _site_tab(qtbot: Any, qasync_loop: Any, context: Any, people: Any) -> Any:
    tab = make_tab(qtbot, context, people.owner)
    run(qasync_loop, tab.refresh())
    tab.site_combo.setCurrentIndex(tab.site_combo.findText("Texas North"))
    settle(qasync_loop, tab)
    return tab


def test_an_out_of_reach_request_says_why_in_both_themes(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    ids = add_polled_miners(context, people, count=50, offline=8)
    _recently_changed(context, people, ids[:14], minutes_ago=4)
    tab = _site_tab(qtbot, qasync_loop, context, people)
    tab.resize(1280, 800)
    fill(tab, name="Grid emergency", target="1000")
    preview(qasync_loop, tab)
    panel = tab.preview_panel
    assert panel.preview is not None and not panel.preview.feasible
    site_kw = panel.preview.site.site_power_kw
    assert "No plan sheds 1,000.0 kW: at most" in panel.headline.text()
    reasons = panel.reasons.text()
    assert panel.reasons.isVisibleTo(tab) and "Held back by:" in reasons
    assert "Anti-flap: 14 miners changed in the last 15 min" in reasons and "all free at" in reasons
    assert "Left out, not hashing (offline): 8 miners, drawing no power to shed" in reasons
    assert "Below: the most found that can be shed now" in panel.cost.text()
    assert "The request is more than the site draws now" in panel.cost.text()
    assert "cannot shed 1,000.0 kW: at most" in tab.editor.status.text()
    assert "held back" not in tab.editor.status.text()  # the reasons are in the preview, once
    # the chart: the target is drawn at 0 kW, and the words say the request exceeds the site's power
    chart = tab.chart
    assert chart.target_line.value() == 0.0
    assert chart.beyond.isVisibleTo(tab) and f"{1000 - site_kw:,.0f} kW more than the site draws" in chart.beyond.text()
    assert chart.plot.getViewBox().viewRange()[1][0] >= 0.0  # nothing below 0 kW on the axis
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            QApplication.processEvents()
            assert tab.grab().save(str(SHOTS / f"infeasible_{theme}.png"))
            assert panel.grab().save(str(SHOTS / f"infeasible_panel_{theme}.png"))
    finally:
        apply_theme(app, "light")


def test_fewest_miners_touched_and_power_off_from_the_form(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    add_polled_miners(context, people, count=50, offline=0)
    tab = _site_tab(qtbot, qasync_loop, context, people)
    fill(tab, target="60")
    preview(qasync_loop, tab)
    panel = tab.preview_panel
    assert panel.preview is not None and panel.preview.feasible
    plain = panel.preview.commands
    assert f"{plain} commands (one per miner touched)" in panel.headline.text()
    levels = tab.editor.levels
    assert not levels.switch_cost.isEnabled()
    levels.fewest_miners.setChecked(True)
    assert levels.switch_cost.isEnabled() and "form changed" in panel.details.text()
    preview(qasync_loop, tab)
    assert panel.preview is not None and panel.preview.feasible
    assert panel.preview.request.switch_cost_ths == levels.switch_cost.value() > 0
    assert panel.preview.commands < plain
    assert panel.cost.text().startswith("Costs ") and "miners touched" in panel.cost.text()
    assert panel.preview.request.options()["switch_cost_ths"] == levels.switch_cost.value()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.resize(1280, 800)
    QApplication.processEvents()
    assert tab.grab().save(str(SHOTS / "fewest_miners_light.png"))
    # a sleep power of 0 W is a miner switched off: only with 'Allow power-off'
    tab.editor.sleep_w.setText("0")
    assert tab.start_preview() is None
    assert "Allow power-off" in tab.editor.fields["sleep_w"].error_label.text()
    levels.allow_power_off.setChecked(True)
    preview(qasync_loop, tab)
    assert panel.preview is not None and panel.preview.request.levels.allow_power_off
    remembered = {"allow_power_off": True, "fewest_miners": True, "switch_cost_ths": 10.0}
    assert tab.editor.state()["level_options"] == remembered
