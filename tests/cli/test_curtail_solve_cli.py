"""`curtail solve` as a user runs it: a CSV fleet in, a plan out (JSON or text), exit 1 when out of reach."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from hashinsight_desktop.commands.curtail_solve import add_arguments, run
from hashinsight_desktop.services.errors import ValidationError

FLEET = (
    "miner_id,hashrate_ths,power_w,levels,sleep_w,protected,customer_id,customer_cap_pct\n"
    "S21-01,200,3500,2600:155;1750:110,20,0,acme,60\n"
    "S21-02,200,3500,2600:155;1750:110,20,0,acme,\n"
    "S19XP-01,141,3010,2250:112,,0,,\n"
    "S19-01,95,3250,,,0,,\n"
    "S19-02,95,3250,,,1,,\n"
)
DOCUMENTED_KEYS = ["status", "shed_kw", "lost_ths", "lower_bound_ths", "gap_pct", "solve_seconds", "assignments"]


def solve(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str]:
    path = tmp_path / "miners.csv"
    if not path.exists():
        path.write_text(FLEET, encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    code = run(parser.parse_args(["--miners-csv", str(path), *flags]))
    return code, capsys.readouterr().out


def test_json_lists_every_changed_miner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = solve(tmp_path, capsys, "--target-kw", "6", "--json")
    result = json.loads(out)
    assert code == 0
    assert list(result)[: len(DOCUMENTED_KEYS)] == DOCUMENTED_KEYS
    assert result["status"] == "ok" and result["feasible"] is True
    assert result["shed_kw"] >= 6.0
    assert result["lower_bound_ths"] <= result["lost_ths"]
    assert result["path"] == "fast" and result["proven"] is False and result["unit"] == "TH/s"
    full = {"S21-01": (3500, 200), "S21-02": (3500, 200), "S19XP-01": (3010, 141), "S19-01": (3250, 95)}
    shed = lost = 0.0
    for item in result["assignments"]:
        assert set(item) == {"miner_id", "level_power_w", "level_hashrate_ths"}
        power, hashrate = full[item["miner_id"]]  # never the protected S19-02
        assert item["level_power_w"] < power
        shed += power - item["level_power_w"]
        lost += hashrate - item["level_hashrate_ths"]
    assert shed / 1000 == pytest.approx(result["shed_kw"])
    assert lost == pytest.approx(result["lost_ths"])


def test_prove_reports_a_proven_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = solve(tmp_path, capsys, "--target-kw", "6", "--tolerance-kw", "0.5", "--prove", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["proven"] is True and result["path"] == "cbc" and result["gap_pct"] == 0.0
    assert 6.0 <= result["shed_kw"] <= 6.5
    assert result["solver_detail"].startswith("proven optimal by CBC")
    assert result["message"].startswith("loses ") and result["message"].endswith("the least any plan can lose")
    assert result["commands"] == len(result["assignments"])


def test_infeasible_target_exits_1_with_the_most_that_can_be_shed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = solve(tmp_path, capsys, "--target-kw", "40", "--json")
    result = json.loads(out)
    assert code == 1
    assert result["status"] == "infeasible_target" and result["feasible"] is False
    assert result["max_sheddable_kw"] <= 13.26 + 1e-9  # everything but the protected miner
    assert result["lower_bound_ths"] is None and result["gap_pct"] is None
    assert "cannot shed 40.0 kW: at most" in result["message"]
    code, out = solve(tmp_path, capsys, "--target-kw", "40")
    assert code == 1
    assert out.startswith("infeasible_target: cannot shed 40.0 kW: at most")
    assert "the most that can be shed:" in out


def test_text_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = solve(
        tmp_path, capsys, "--target-kw", "3", "--strategy", "revenue", "--hashprice-usd-per-th-day", "0.05"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("ok: loses ") and "USD/h" in lines[0]
    assert "gap" not in lines[0] and "bound" not in lines[0]
    assert lines[1].startswith("shed ") and "of a 3.0 kW target; hashrate lost" in lines[1]
    assert lines[1].endswith("command(s), one per miner touched")
    assert any(line.startswith("solver: fast plan in") for line in lines)
    assert any("miners change" in line for line in lines)


def test_revenue_needs_a_hashprice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValidationError, match="--hashprice-usd-per-th-day"):
        solve(tmp_path, capsys, "--target-kw", "3", "--strategy", "revenue")


def test_bad_csv_names_the_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "miners.csv").write_text("miner_id,hashrate_ths,power_w\nA,100,3000\nB,100,3OOO\n")
    with pytest.raises(ValidationError, match=r"row 3, power_w: not a number: '3OOO'"):
        solve(tmp_path, capsys, "--target-kw", "3")


@pytest.mark.parametrize(
    "flags",
    [
        ("--target-kw", "40"),  # infeasible within a customer cap: the in-process LP bound (HiGHS) runs
        ("--target-kw", "6", "--prove", "--solver", "highs"),
        ("--target-kw", "40", "--prove", "--solver", "highs"),
        ("--target-kw", "6", "--tolerance-kw", "0.5", "--prove"),
    ],
)
def test_json_stdout_is_one_document_whatever_the_solver_prints(tmp_path: Path, flags: tuple[str, ...]) -> None:
    """HiGHS prints its banner from C++ (file descriptor 1): only a real process shows whether it leaks."""
    from tests.cli.test_cli import run_cli

    path = tmp_path / "miners.csv"
    path.write_text(FLEET, encoding="utf-8")
    home = tmp_path / "home"
    result = run_cli("curtail", "solve", "--miners-csv", str(path), *flags, "--json", home=home)
    assert result.returncode in (0, 1), result.stderr
    document = json.loads(result.stdout)  # nothing before or after the one JSON document
    assert document["status"] in ("ok", "infeasible_target")
    assert "Running HiGHS" not in result.stdout and "Copyright" not in result.stdout
    if "highs" in flags or "40" in flags:
        log = (home / "logs" / "cli.log").read_text(encoding="utf-8")
        assert "Running HiGHS" in log  # the banner went to the log file


BAD_FLEET = (
    "miner_id,hashrate_ths,power_w,levels,sleep_w\nA,100,3OOO,,\nB,1OO,3000,2000,\nC,100,3000,,20\nD,100,3000,,-4\n"
)


def test_every_bad_cell_in_one_run(tmp_path: Path) -> None:
    from tests.cli.test_cli import run_cli

    path = tmp_path / "miners.csv"
    path.write_text(BAD_FLEET, encoding="utf-8")
    result = run_cli("curtail", "solve", "--miners-csv", str(path), "--target-kw", "3", home=tmp_path / "home")
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("hashinsight-desktop: error: ") and "4 bad cells in 3 row(s)" in lines[0]
    assert lines[1:] == [
        "  row 2, power_w: not a number: '3OOO'",
        "  row 3, hashrate_ths: not a number: '1OO'",
        "  row 3, levels: '2000' is not power_w:hashrate_ths",
        "  row 5, sleep_w: -4 W is not between 0 and the full 3000 W",
    ]
    result = run_cli(
        "curtail", "solve", "--miners-csv", str(path), "--target-kw", "3", "--json", home=tmp_path / "home"
    )
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert document["status"] == "invalid_input" and document["feasible"] is False
    assert [(e["row"], e["column"], e["value"]) for e in document["errors"]] == [
        (2, "power_w", "3OOO"),
        (3, "hashrate_ths", "1OO"),
        (3, "levels", "2000"),
        (5, "sleep_w", "-4"),
    ]


def test_allow_power_off(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "miners.csv").write_text(
        "miner_id,hashrate_ths,power_w,sleep_w\nS21-01,200,3500,20\nS21-02,200,3500,20\nS19-01,95,3250,\n"
    )
    # asleep the S21s still draw 20 W each: 10.21 kW is the most without power-off (the S19 has no sleep_w: off)
    code, out = solve(tmp_path, capsys, "--target-kw", "10.25", "--json")
    result = json.loads(out)
    assert code == 1 and result["max_sheddable_kw"] == pytest.approx(10.21)
    code, out = solve(tmp_path, capsys, "--target-kw", "10.2", "--json")
    result = json.loads(out)
    assert code == 0
    assert {a["miner_id"]: a["level_power_w"] for a in result["assignments"]} == {
        "S21-01": 20,
        "S21-02": 20,
        "S19-01": 0,
    }
    code, out = solve(tmp_path, capsys, "--target-kw", "10.25", "--allow-power-off", "--json")
    result = json.loads(out)
    assert code == 0 and result["shed_kw"] == pytest.approx(10.25, abs=0.01)
    code, out = solve(tmp_path, capsys, "--target-kw", "10", "--allow-power-off")
    assert "off" in out


def test_fewest_miners_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = solve(tmp_path, capsys, "--target-kw", "6", "--json")
    plain = json.loads(out)
    code, out = solve(tmp_path, capsys, "--target-kw", "6", "--json", "--switch-cost-ths", "40")
    fewest = json.loads(out)
    assert code == 0 and plain["switch_cost"] == 0 and fewest["switch_cost"] == 40
    assert fewest["commands"] == len(fewest["assignments"]) <= plain["commands"] == len(plain["assignments"])
    assert fewest["objective"] == pytest.approx(fewest["plan_loss"] + 40 * fewest["commands"])
    assert fewest["lower_bound_ths"] is None  # it bounds the cost (TH/s lost + commands × 40), not the TH/s lost
    assert fewest["lower_bound"] <= fewest["objective"] + 1e-9
