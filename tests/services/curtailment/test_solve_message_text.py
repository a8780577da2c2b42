"""The plan's solve message (what the plan loses, or why no plan meets the target) is a text beside its English:
the Curtailment tab and the command line say it in the reader's language, and the saved plan keeps it
(curtailment_plans.solve_message_text). Pure: the fast path on a three-miner fleet, a dictionary translator."""

from __future__ import annotations

from hashinsight_desktop.services.curtailment.fast_path import Fleet
from hashinsight_desktop.services.curtailment.optimiser import Problem, optimise
from hashinsight_desktop.services.curtailment.solution_text import without_reasons
from hashinsight_desktop.services.stored_text import from_stored, to_stored
from hashinsight_desktop.services.texts import render

CHINESE = {
    ("PlanCost", "loses {loss}"): "损失 {loss}",
    ("PlanCost", "{line}; this is the least any plan can lose"): "{line}；这是任何方案的最小损失",
    ("PlanCost", "{line}; no plan can lose less than {bound}"): "{line}；任何方案的损失都不少于 {bound}",
    (
        "PlanSolve",
        "cannot shed {target}: at most {upper} can be shed{within}",
    ): "无法削减 {target}：最多可削减 {upper}{within}",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def fleet() -> Fleet:
    return Fleet.from_levels([[(3000.0, 100.0), (0.0, 0.0)]] * 3)


def test_a_plans_cost_and_an_out_of_reach_target_read_in_the_readers_language() -> None:
    feasible = optimise(Problem(fleet(), 3000.0, None))
    assert feasible.feasible and feasible.message.startswith("loses 100.0 TH/s")
    said = render(feasible.message_text, chinese)
    assert said.startswith("损失 100.0 TH/s；") and str(feasible.message_text) == feasible.message
    kept = to_stored(feasible.message_text)  # what a saved plan keeps beside its English
    assert kept is not None and from_stored(kept).render(chinese) == said

    out_of_reach = optimise(Problem(fleet(), 12_000.0, None))
    assert not out_of_reach.feasible and out_of_reach.message.startswith("cannot shed 12.0 kW: at most 9.0 kW")
    head = render(without_reasons(out_of_reach.message_text), chinese)
    assert head == "无法削减 12.0 kW：最多可削减 9.0 kW"
    assert str(out_of_reach.message_text) == out_of_reach.message  # the English as before
