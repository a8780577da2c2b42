"""The solver's account of a plan (who solved it, proven or not, the gap: the preview's tooltip, `curtail solve`'s
"solver:" line) is a text beside its English: ``solver_detail`` stays the English --json and the logs keep,
``solver_detail_text`` renders in the reader's language. Pure: the fast path on a small fleet, a dict translator."""

from __future__ import annotations

import re

from hashinsight_desktop.services.curtailment.fast_path import Fleet
from hashinsight_desktop.services.curtailment.max_shed import max_sheddable
from hashinsight_desktop.services.curtailment.optimiser import Problem, optimise
from hashinsight_desktop.services.curtailment.proof_path import CANCELLED_AFTER, EXIT_WITHOUT_RESULT, NO_ANSWER_WITHIN
from hashinsight_desktop.services.curtailment.solution_text import lp_gap_text
from hashinsight_desktop.services.texts import Text, render

CHINESE = {
    ("PlanSolve", "fast plan in {ms:.0f} ms; {gap}"): "快速方案，用时 {ms:.0f} 毫秒；{gap}",
    ("PlanSolve", "{message} (not proven optimal)"): "{message}（未证明最优）",
    ("PlanSolve", "gap {gap:.3g} % to the LP bound"): "与 LP 界的差距 {gap:.3g} %",
    ("PlanSolve", "{path} in {seconds:.2f} s; {verdict}"): "{path}，用时 {seconds:.2f} 秒；{verdict}",
    ("PlanSolve", "fast path"): "快速路径",
    ("PlanSolve", "proven: no plan meets it"): "已证明：没有方案能满足",
    ("PlanSolve", "every miner at its deepest level"): "每台矿机处于最深档位",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def fleet() -> Fleet:
    return Fleet.from_levels([[(3000.0 + 100 * i, 100.0 + i), (1500.0, 40.0 + i), (0.0, 0.0)] for i in range(4)])


def test_the_gap_to_the_lp_bound_reads_as_before_in_english() -> None:
    assert str(lp_gap_text(None)) == "gap unknown (the LP bound is 0)"
    assert str(lp_gap_text(0.0)) == "it meets the LP bound, so it is optimal"
    assert str(lp_gap_text(12.3456)) == "gap 12.3 % to the LP bound"
    assert (
        str(lp_gap_text(float("inf"), of_best_plan=True)) == "gap unknown (the LP bound of the best possible plan is 0)"
    )
    assert (
        str(lp_gap_text(0.0, of_best_plan=True)) == "it meets the LP bound of the best possible plan, so it is optimal"
    )
    assert str(lp_gap_text(12.3456, of_best_plan=True)) == "gap 12.3 % to the LP bound of the best possible plan"
    assert lp_gap_text(12.3456).render(chinese) == "与 LP 界的差距 12.3 %"


def test_a_fast_plans_account_reads_in_the_readers_language_and_stays_english_for_json() -> None:
    solution = optimise(Problem(fleet(), 4500.0, None))
    assert solution.feasible and solution.gap_pct is not None and solution.gap_pct > 0
    assert re.fullmatch(
        r"fast plan in \d+ ms; gap [\d.]+ % to the LP bound \(not proven optimal\)", solution.solver_detail
    )
    assert str(solution.solver_detail_text) == solution.solver_detail
    said = render(solution.solver_detail_text, chinese)
    assert re.fullmatch(r"快速方案，用时 \d+ 毫秒；与 LP 界的差距 [\d.]+ %（未证明最优）", said), said


def test_an_out_of_reach_targets_account_reads_in_the_readers_language() -> None:
    solution = optimise(Problem(fleet(), 400_000.0, None))
    assert not solution.feasible
    assert re.fullmatch(r"fast path in \d+\.\d\d s; proven: no plan meets it", solution.solver_detail)
    assert str(solution.solver_detail_text) == solution.solver_detail
    said = render(solution.solver_detail_text, chinese)
    assert re.fullmatch(r"快速路径，用时 \d+\.\d\d 秒；已证明：没有方案能满足", said), said


def test_how_a_proof_run_ended_and_how_the_most_was_bounded_are_texts() -> None:
    assert (
        str(Text(EXIT_WITHOUT_RESULT, solver="CBC", code=1)) == "the CBC process ended without a result (exit code 1)"
    )
    assert str(Text(CANCELLED_AFTER, seconds=2.345)) == "cancelled after 2.3 s"
    assert (
        str(Text(NO_ANSWER_WITHIN, solver="HiGHS", seconds=35.4)) == "HiGHS gave no answer within 35 s and was stopped"
    )
    how = max_sheddable(fleet(), ()).how
    assert how == "every miner at its deepest level" and render(how, chinese) == "每台矿机处于最深档位"
