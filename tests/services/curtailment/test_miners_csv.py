"""Fleet CSV files for the optimiser: what a good file becomes, and bad cells named by row and column."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hashinsight_desktop.services.curtailment.miners_csv import MinersFileError, load_miners_csv, parse_miners_csv
from hashinsight_desktop.services.curtailment.optimiser import optimise
from hashinsight_desktop.services.errors import ValidationError

GOOD = (
    "Miner_ID,hashrate_ths,power_w,levels,sleep_w,protected,customer_id,customer_cap_pct,sla_weight,"
    "group_id,group_max_shed_kw,model\n"
    "A1,200,3500,2600:155;1750:110,20,0,acme,30,2,feed-1,5,S21\n"
    "A2,200,3500,2600:155,,,acme,,,feed-1,,S21\n"
    "B1,141,3010,,,1,,,,feed-2,,S19 XP\n"
    "\n"
    "B2,95,3250,,25,yes,bob,50,,,,S19\n"
)


def test_good_file_becomes_levels_protection_caps_and_limits(tmp_path: Path) -> None:
    path = tmp_path / "fleet.csv"
    path.write_text("\ufeff" + GOOD, encoding="utf-8")  # Excel's BOM
    table = load_miners_csv(path)
    assert table.miner_ids == ("A1", "A2", "B1", "B2")
    fleet = table.fleet
    # full, presets, then sleep for a miner with a sleep_w (never off), off for one without
    assert list(fleet.counts) == [4, 3, 2, 2]
    a1 = slice(int(fleet.offsets[0]), int(fleet.offsets[1]))
    assert list(fleet.power_w[a1]) == [3500, 2600, 1750, 20]
    assert list(fleet.hashrate_ths[a1]) == [200, 155, 110, 0]
    assert list(table.protected) == [False, False, True, True]
    assert table.customer_of == ("acme", "acme", None, "bob")
    assert table.customer_cap_pct == {"acme": 30.0, "bob": 50.0}
    assert list(table.sla_weight) == [2.0, 1.0, 1.0, 1.0]
    assert table.group_of == ("feed-1", "feed-1", "feed-2", None)
    assert table.group_max_shed_w == {"feed-1": 5000.0}


def test_the_table_plans_with_its_rules() -> None:
    table = parse_miners_csv(GOOD)
    solution = optimise(table.problem(1500.0))
    assert solution.feasible
    assert np.all(solution.assignments[table.protected] == 0)
    acme_lost = float(
        (table.fleet.full_hashrate_ths[:2] - table.fleet.level_hashrate_ths(solution.assignments)[:2]).sum()
    )
    assert acme_lost <= 0.3 * 400 + 1e-9
    # B1 and B2 are protected; acme may lose 120 TH/s: both at 2600 W (90 TH/s lost) is the most, 1.8 kW
    assert optimise(table.problem(1900.0), prove=True, time_limit_s=10).max_sheddable_w == pytest.approx(1800.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("miner_id,hashrate_ths,power_w\nA,100,3000\nB,100,abc\n", "row 3, power_w: not a number: 'abc'"),
        ("miner_id,hashrate_ths,power_w\nA,100,3000\n\nB,,3000\n", "row 4, hashrate_ths: empty"),
        ("miner_id,hashrate_ths,power_w\nA,100,0\n", "row 2, power_w: must be more than 0"),
        ("miner_id,hashrate_ths,power_w\nA,-5,3000\n", "row 2, hashrate_ths: must be 0 or more"),
        ("miner_id,hashrate_ths,power_w\nA,100,nan\n", "row 2, power_w: not a finite number"),
        (
            "miner_id,hashrate_ths,power_w,levels\nA,100,3000,2000:70\nB,100,3000,2400:80;3000:95\n",
            "row 3, levels: '3000:95': 3000 W is not below the full power 3000 W",
        ),
        ("miner_id,hashrate_ths,power_w,levels\nA,100,3000,2000:-1\n", "row 2, levels: '2000:-1': negative values"),
        ("miner_id,hashrate_ths,power_w,levels\nA,100,3000,2000\n", "row 2, levels: '2000' is not power_w:hashrate"),
        ("miner_id,hashrate_ths,power_w,sleep_w\nA,100,3000,3000\n", "row 2, sleep_w: 3000 W is not between 0"),
        ("miner_id,hashrate_ths,power_w,protected\nA,100,3000,maybe\n", "row 2, protected: 'maybe' is not 0 or 1"),
        ("miner_id,hashrate_ths,power_w\nA,100,3000\nA,90,3000\n", "row 3, miner_id: 'A' already on row 2"),
        (
            "miner_id,hashrate_ths,power_w,customer_id,customer_cap_pct\nA,100,3000,c,30\nB,90,3000,c,40\n",
            "row 3, customer_cap_pct: 40 for 'c' differs from 30 on row 2",
        ),
        (
            "miner_id,hashrate_ths,power_w,customer_id,customer_cap_pct\nA,100,3000,,30\n",
            "row 2, customer_cap_pct: a limit needs a customer_id on the same row",
        ),
        (
            "miner_id,hashrate_ths,power_w,customer_id,customer_cap_pct\nA,100,3000,c,130\n",
            "row 2, customer_cap_pct: must be between 0 and 100",
        ),
        ("miner_id,hashrate_ths,power_w,group_id,group_max_shed_kw\nA,100,3000,f,-1\n", "must be 0 or more"),
        ("miner_id,hashrate_ths,power_w,sla_weight\nA,100,3000,-2\n", "row 2, sla_weight: must be 0 or more"),
        ("miner_id,hashrate_ths\nA,100\n", "file: missing column(s) power_w"),
        ("miner_id,hashrate_ths,power_w,protect\nA,100,3000,1\n", "column 'protect' is not known; did you mean"),
        ("miner_id,hashrate_ths,power_w,power_w\nA,100,3000,3000\n", "column 'power_w' appears 2 times"),
        ("miner_id,hashrate_ths,power_w\n", "no miners"),
        ("", "the file is empty"),
    ],
)
def test_bad_input_names_the_row_and_column(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_miners_csv(text)
    assert message in str(caught.value)


def test_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot open"):
        load_miners_csv(tmp_path / "nowhere.csv")


def test_a_miner_with_a_sleep_power_is_never_planned_off_unless_power_off_is_allowed() -> None:
    text = "miner_id,hashrate_ths,power_w,sleep_w\nA,200,3500,20\nB,100,3000,\n"
    table = parse_miners_csv(text)
    assert table.fleet.power_w.tolist() == [3500, 20, 3000, 0]  # A sleeps at 20 W; B (no sleep_w) can only be off
    solution = optimise(table.problem(6000.0))
    assert solution.shed_w == pytest.approx(3480 + 3000)  # A asleep still draws its 20 W
    assert optimise(table.problem(6500.0 - 10)).status == "infeasible_target"
    allowed = parse_miners_csv(text, allow_power_off=True)
    assert allowed.fleet.power_w.tolist() == [3500, 20, 0, 3000, 0]
    assert optimise(allowed.problem(6490.0)).feasible
    with pytest.raises(ValidationError, match="row 2, sleep_w: 0 W asleep is switched off"):
        parse_miners_csv("miner_id,hashrate_ths,power_w,sleep_w\nA,200,3500,0\n")
    assert parse_miners_csv("miner_id,hashrate_ths,power_w,sleep_w\nA,200,3500,0\n", allow_power_off=True)


def test_every_bad_cell_is_listed_at_once() -> None:
    text = (
        "miner_id,hashrate_ths,power_w,levels,sleep_w,protected,customer_id,customer_cap_pct\n"
        "A,100,3OOO,,,,,\n"  # row 2: power
        "B,1OO,3000,2000,,maybe,,\n"  # row 3: hashrate, levels, protected
        "C,100,3000,,,,,\n"  # row 4: good
        "A,100,3000,,4000,,acme,130\n"  # row 5: duplicate id, sleep, cap
    )
    with pytest.raises(MinersFileError) as caught:
        parse_miners_csv(text)
    cells = [(e.row, e.column, e.value) for e in caught.value.errors]
    assert cells == [
        (2, "power_w", "3OOO"),
        (3, "hashrate_ths", "1OO"),
        (3, "levels", "2000"),
        (3, "protected", "maybe"),
        (5, "miner_id", "A"),
        (5, "sleep_w", "4000"),
        (5, "customer_cap_pct", "130"),
    ]
    message = str(caught.value)
    assert message.startswith("file: 7 bad cells in 3 row(s): row 2, power_w: not a number: '3OOO'; ")
    assert "(and 2 more)" in message
    assert [str(e) for e in caught.value.errors][4] == "row 5, miner_id: 'A' already on row 2"
