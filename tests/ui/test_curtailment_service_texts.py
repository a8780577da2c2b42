"""The curtailment tab says the services' texts in the console's language: a plan's state in the plans table, who
was left out of a preview and why, where a level's figures come from. A small test .qm stands in for the shipped
one; no database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop.services.curtailment.fast_path import Fleet
from hashinsight_desktop.services.curtailment.optimiser import Problem, optimise
from hashinsight_desktop.services.curtailment.plan_states import LABELS, PlanState
from hashinsight_desktop.services.curtailment.plans import PreviewRow
from hashinsight_desktop.services.curtailment.shortfall import LEFT_OUT, Withholding
from hashinsight_desktop.services.curtailment.site_fleet import IN_ACTIVE_PLAN, CandidateMiner, Level, not_hashing
from hashinsight_desktop.ui.curtailment.plans_model import PLAN_COLUMNS
from hashinsight_desktop.ui.curtailment.preview_model import figures_text
from hashinsight_desktop.ui.curtailment.preview_panel import excluded_text, reason_text, solver_tooltip
from tests.support.small_qm import build_qm

CHINESE = {
    "PlanState": {"Pending approval": "待批准"},
    "Curtailment": {
        "not hashing ({status})": "未在挖矿（{status}）",
        "offline": "离线",
        "already in an active plan": "已在进行中的计划里",
        "measured from {samples:,} samples": "由 {samples:,} 个样本测得",
    },
    "PreviewPanel": {
        "{miners} {why}": "{miners}{why}",
        "{n} miners": "{n} 台矿机",
        "1 miner": "1 台矿机",
        "left out: {miners}": "未纳入：{miners}",
        "Left out, {why}: {miners}, {kw} at their deepest level": "未纳入，{why}：{miners}，最深档位 {kw}",
    },
    "PreviewModel": {"measured": "实测", "{figures}, level {source}": "{figures}，档位{source}"},
    "PlanSolve": {
        "{path} in {seconds:.2f} s; {verdict}": "{path}，用时 {seconds:.2f} 秒；{verdict}",
        "fast path": "快速路径",
        "proven: no plan meets it": "已证明：没有方案能满足",
    },
}


@pytest.fixture
def chinese(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(build_qm(tmp_path, CHINESE) / "hashinsight_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_curtailment_tab_says_the_services_texts_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    (state,) = [column for column in PLAN_COLUMNS if column.title == "State"]
    assert state.value(SimpleNamespace(state_label=LABELS[PlanState.PENDING])) == "待批准"
    excluded = {not_hashing("offline"): 2, IN_ACTIVE_PLAN: 1}
    assert excluded_text(excluded) == "未纳入：2 台矿机未在挖矿（离线）; 1 台矿机已在进行中的计划里"
    left_out = Withholding(LEFT_OUT, not_hashing("offline"), 2, 6000.0)
    assert reason_text(left_out, None) == "未纳入，未在挖矿（离线）：2 台矿机，最深档位 6.0 kW"  # type: ignore[arg-type]
    full = Level("full", 3000.0, 100.0)
    miner = CandidateMiner(uuid.uuid4(), "m1", "10.0.0.1", 4028, None, None, "S19", True, False, (full,))
    row = PreviewRow(miner, Level("preset", 2250.0, 80.0, 75, samples=1500), 0)
    assert figures_text(row) == "实测，档位由 1,500 个样本测得"


def test_the_previews_tooltip_gives_the_solvers_account_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    solution = optimise(Problem(Fleet.from_levels([[(3000.0, 100.0), (0.0, 0.0)]] * 2), 9000.0, None))
    assert solution.solver_detail.startswith("fast path in ")  # --json and the logs: English
    account = solver_tooltip(SimpleNamespace(solution=solution)).splitlines()[-1]  # type: ignore[arg-type]
    assert account.startswith("快速路径，用时 ") and account.endswith(" 秒；已证明：没有方案能满足"), account
