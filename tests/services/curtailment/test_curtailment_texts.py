"""What the curtailment services say to a user reaches it in the reader's language: a plan's state, why miners were
left out of a preview, where a level's figures come from and what holds an out-of-reach plan back. ``str()`` stays
the English the command line's JSON and the logs keep. Pure: a translator made of a dict, no database."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from hashinsight_desktop.services.curtailment import plan_states
from hashinsight_desktop.services.curtailment.miners_csv import MinersFileError, parse_miners_csv
from hashinsight_desktop.services.curtailment.plan_reads import PlanSummary
from hashinsight_desktop.services.curtailment.plan_states import PlanState, transition
from hashinsight_desktop.services.curtailment.shortfall import LEFT_OUT, LOCKED, Withholding, describe
from hashinsight_desktop.services.curtailment.site_fleet import IN_ACTIVE_PLAN, Level, not_hashing
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import render, render_error

CHINESE = {
    ("PlanState", "Completed"): "已完成",
    ("PlanState", "Approved"): "已批准",
    ("PlanState", "Stopped"): "已停止",
    ("Errors", "a plan that is {value} cannot become {value2}"): "{value}的计划不能变为{value2}",
    ("Curtailment", "not hashing ({status})"): "未在挖矿（{status}）",
    ("Curtailment", "offline"): "离线",
    ("Curtailment", "already in an active plan"): "已在进行中的计划里",
    ("Curtailment", "measured from {samples:,} samples"): "由 {samples:,} 个样本测得",
    ("Curtailment", "estimated"): "估算",
    ("Curtailment", "{n:,} miners"): "{n:,} 台矿机",
    ("Curtailment", "{label}: {miners} kept at full power withhold {kw}"): "{label}：{miners}保持全功率，少削减 {kw}",
    ("Curtailment", "protected"): "受保护",
    ("Curtailment", "anti-flap: {miners} changed too recently withhold {kw}"): "防抖：{miners}刚调整过，少削减 {kw}",
    ("Curtailment", "{text}; all free at {time} ({zone})"): "{text}；{time}（{zone}）后全部可用",
    (
        "Curtailment",
        "left out, {label}: {miners} whose deepest level would shed {kw}",
    ): "未纳入，{label}：{miners}，最深档位可削减 {kw}",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_plans_state_is_named_in_the_readers_language() -> None:
    summary = PlanSummary.__new__(PlanSummary)
    object.__setattr__(summary, "state", "completed")
    assert summary.state_label == "Completed" and render(summary.state_label, chinese) == "已完成"
    object.__setattr__(summary, "state", "some_newer_state")  # newer than this program: its key, readable
    assert render(summary.state_label, chinese) == "Some newer state"


def test_a_refused_state_change_names_both_states_in_the_readers_language() -> None:
    plan = SimpleNamespace(state="completed", name="p", id=None)
    with pytest.raises(ValidationError) as refused:
        transition(None, None, plan, PlanState.APPROVED)  # type: ignore[arg-type]
    assert str(refused.value) == "state: a plan that is completed cannot become approved"  # English as before
    assert render_error(refused.value, chinese) == "state: 已完成的计划不能变为已批准"
    assert plan_states.LABELS[PlanState.STOPPED] == "Stopped"


def test_why_miners_were_left_out_and_where_a_levels_figures_come_from() -> None:
    excluded = {not_hashing("offline"): 2, IN_ACTIVE_PLAN: 1}
    assert excluded == {"not hashing (offline)": 2, "already in an active plan": 1}  # the English keys, as before
    assert [render(why, chinese) for why in excluded] == ["未在挖矿（离线）", "已在进行中的计划里"]
    measured = Level("preset", 2000.0, 80.0, 75, samples=1500)
    assert str(measured.source_text) == "measured from 1,500 samples"
    assert render(measured.source_text, chinese) == "由 1,500 个样本测得"
    assert render(Level("preset", 2000.0, 80.0, 75, estimated=True).source_text, chinese) == "估算"


def test_what_holds_a_plan_back_is_said_in_the_readers_language() -> None:
    zone = ZoneInfo("America/Chicago")
    free_at = datetime(2026, 11, 22, 18, 10, tzinfo=UTC)
    protected = Withholding(LOCKED, "protected", 3, 9000.0)
    anti_flap = Withholding(LOCKED, "anti-flap", 2, 6000.0, free_at=free_at)
    left_out = Withholding(LEFT_OUT, not_hashing("offline"), 2, 6000.0)
    assert str(describe(protected)) == "protected: 3 miners kept at full power withhold 9.0 kW"
    assert render(describe(protected), chinese) == "受保护：3 台矿机保持全功率，少削减 9.0 kW"
    assert str(describe(anti_flap, zone)) == (
        "anti-flap: 2 miners changed too recently withhold 6.0 kW; all free at 12:10 (America/Chicago)"
    )
    assert (
        render(describe(anti_flap, zone), chinese)
        == "防抖：2 台矿机刚调整过，少削减 6.0 kW；12:10（America/Chicago）后全部可用"
    )
    assert render(describe(left_out), chinese) == "未纳入，未在挖矿（离线）：2 台矿机，最深档位可削减 6.0 kW"
    assert left_out.to_json()["label"] == "not hashing (offline)"  # stored and printed as JSON in English


def test_a_bad_miners_file_is_refused_in_the_readers_language() -> None:
    words = {
        ("Errors", "{count} bad cells in {rows} row(s): {shown}"): "{rows} 行中有 {count} 个单元格有误：{shown}",
        ("Errors", "row {row}, {column}: {message}"): "第 {row} 行，{column}：{message}",
        ("Errors", "; "): "；",
        ("Errors", "not a number: {text!r}"): "不是数字：{text!r}",
        ("Errors", "must be more than 0, not {value:g}"): "必须大于 0，而不是 {value:g}",
    }
    with pytest.raises(MinersFileError) as refused:
        parse_miners_csv("miner_id,hashrate_ths,power_w\nm1,lots,3000\nm2,100,0\n")
    assert str(refused.value) == (
        "file: 2 bad cells in 2 row(s): row 2, hashrate_ths: not a number: 'lots'; "
        "row 3, power_w: must be more than 0, not 0"
    )
    assert render_error(refused.value, lambda context, source: words.get((context, source), "")) == (
        "file: 2 行中有 2 个单元格有误：第 2 行，hashrate_ths：不是数字：'lots'；第 3 行，power_w：必须大于 0，而不是 0"
    )
