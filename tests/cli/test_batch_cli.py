"""`batch` as a user runs it: real fleet files in, real XLSX and CSV files out, row-numbered errors.
The first test runs a real process; the others call cli.main in process (the same parser and error handling)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.calculator import fleet_file
from hashinsight_desktop.services.calculator.batch import RESULT_COLUMNS, BatchMarket, compute_batch
from hashinsight_desktop.services.calculator.history import list_history
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.permissions import SYSTEM
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.support.cli_in_process import run_main

MARKET = [
    "--btc-price", "100000", "--difficulty", "1.2e14", "--fees-per-block", "0.05", "--block-height", "900000",
    "--network-hashrate", "800",
]  # fmt: skip
MARKET_VALUES = BatchMarket.parse(
    {
        "btc_price_usd": "100000",
        "difficulty": "1.2e14",
        "fees_per_block_btc": "0.05",
        "block_height": 900000,
        "network_hashrate_ehs": "800",
    }
)
GOOD_CSV = (
    "model,quantity,electricity_price,hardware_cost,site\n"
    "Antminer S21 XP,12,0.035,1500,North\n"
    "s19 pro,3,0.041,250,North\n"
    'Whatsminer M60S,10,0.05,,=HYPERLINK("http://x")\n'
)


def expected_profit_per_day(path: Path) -> float:
    rows = fleet_file.load_fleet(path, fleet_file.index_models(catalogue.shipped_catalogue()))
    return compute_batch(rows, MARKET_VALUES).totals.profit_usd_day


def history(home: Path) -> list[tuple[str, str, dict[str, object], dict[str, object]]]:
    db = open_database(f"sqlite:///{home / 'data' / 'hashinsight.sqlite3'}")
    try:
        with db.session_factory() as session:
            return [(r.kind, r.label, r.inputs, r.results) for r in list_history(session, SYSTEM)]
    finally:
        db.close()


def test_csv_fleet_to_xlsx_with_a_chart_a_summary_and_one_history_entry(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "fleet.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / "result.xlsx"

    result = run_cli("batch", str(source), "--out", str(out), *MARKET, home=app_home)

    assert result.returncode == 0, result.stderr
    profit = expected_profit_per_day(source)
    assert "fleet.csv: 3 rows, 25 machines" in result.stdout
    assert "Fleet hashrate" in result.stdout and "PH/s" in result.stdout
    assert "Power" in result.stdout and " kW" in result.stdout
    assert f"Profit per day     ${profit:,.2f}" in result.stdout
    assert f"Written to         {out}" in result.stdout
    assert "Took " in result.stdout

    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Summary", "Results"]
    assert len(workbook["Summary"]._charts) == 1
    results = workbook["Results"]
    assert results.max_row == 4
    assert [results.cell(row=r, column=1).value for r in (2, 3, 4)] == [2, 3, 4]  # the fleet file's rows
    assert results.cell(row=4, column=2).data_type == "s"  # the formula-like site stays text
    assert not [c.coordinate for sheet in workbook for row in sheet.iter_rows() for c in row if c.data_type == "f"]

    [(kind, label, inputs, results_saved)] = history(app_home)
    assert kind == "batch" and "fleet.csv" in label
    assert inputs["btc_price_usd"] == {"value": 100000.0, "source": "user", "age_s": None}
    assert inputs["pool_fee_pct"] == {"value": 2.0, "source": "default", "age_s": None}
    assert inputs["fleet_file"]["value"] == "fleet.csv"  # type: ignore[index]
    assert results_saved["rows"] == 3 and results_saved["machines"] == 25
    assert results_saved["profit_usd_per_day"] == f"{profit:.2f}"


def test_xlsx_fleet_to_csv(tmp_path: Path, app_home: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Site", "Model", "Quantity", "Electricity price ($/kWh)", "Hardware cost"])
    sheet.append(["East", "Antminer S19 Pro", 20, 0.055, 1500])
    sheet.append(["West", "M50S", 7, 0.04, None])
    source = tmp_path / "fleet.xlsx"
    workbook.save(source)
    out = tmp_path / "result.csv"

    result = run_main("batch", str(source), "--out", str(out), *MARKET, home=app_home)

    assert result.returncode == 0, result.stderr
    assert "fleet.xlsx: 2 rows, 27 machines" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(RESULT_COLUMNS)
    assert [(r["row"], r["site"], r["model"], r["quantity"]) for r in rows] == [
        ("2", "East", "Antminer S19 Pro", "20"),
        ("3", "West", "Whatsminer M50S", "7"),
    ]
    assert sum(float(r["profit_usd_day"]) for r in rows) == pytest.approx(expected_profit_per_day(source), abs=0.01)
    # No hardware cost: "n/a", not day 0 ("immediate"); not paid back within the horizon: said so.
    assert (rows[1]["payback_days"], rows[1]["payback_status"]) == ("", "n/a")
    assert (rows[0]["payback_days"], rows[0]["payback_status"]) == ("", "beyond_horizon")


def test_payback_status_tells_no_cost_within_beyond_and_never_apart(tmp_path: Path) -> None:
    source = tmp_path / "fleet.csv"
    lines = ["S21 XP,1,0.05,", "S21 XP,1,0.05,3000", "S21 XP,1,0.05,90000", "S9,1,0.2,100"]
    source.write_text("model,quantity,electricity_price,hardware_cost\n" + "\n".join(lines) + "\n", encoding="utf-8")
    rows = fleet_file.load_fleet(source, fleet_file.index_models(catalogue.shipped_catalogue()))
    frame = compute_batch(rows, MARKET_VALUES).frame
    assert frame["payback_status"].tolist() == ["n/a", "within_horizon", "beyond_horizon", "never"]
    assert frame["payback_days"].isna().tolist() == [True, False, True, True]


def test_invalid_rows_exit_1_with_every_bad_cell_by_row_and_nothing_written(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "fleet.csv"
    source.write_text(
        "model,quantity,electricity_price,hardware_cost,site\n"
        "Antminer S21,4,0.05,,A\n"  # row 2: fine
        "Antminer S21,2.5,0.05,,A\n"  # row 3
        "S19 Prro,1,cheap,,B\n"  # row 4: two bad cells
        "\n"  # row 5: blank, skipped (the numbers after it stay the spreadsheet's)
        "M60S,1,0.05,-3,C\n",  # row 6
        encoding="utf-8",
    )
    out = tmp_path / "result.xlsx"

    result = run_main("batch", str(source), "--out", str(out), *MARKET, home=app_home)

    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("hashinsight-desktop: error: fleet.csv: 4 invalid cell(s) in 3 row(s)")
    assert "result.xlsx was not written" in lines[0]
    assert lines[1:] == [
        "  row 3, quantity: must be a whole number (got 2.5)",
        "  row 4, model: unknown model 'S19 Prro'; closest: Antminer S19 Pro, Antminer S19k Pro, Antminer S19j Pro",
        "  row 4, electricity_price: 'cheap' is not a number",
        "  row 6, hardware_cost: must be at least 0 and at most 100000000 (got -3)",
    ]
    assert result.stdout == ""
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fleet.csv", "home"]  # no temporary file left either
    assert history(app_home) == []


def test_usage_errors_are_one_line_and_write_nothing(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "fleet.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / "result.xlsx"

    missing = run_main("batch", str(tmp_path / "nope.csv"), "--out", str(out), *MARKET, home=app_home)
    assert_one_line_error(missing, "no such file", "nope.csv")

    wrong_type = run_main("batch", str(source), "--out", str(tmp_path / "result.pdf"), *MARKET, home=app_home)
    assert_one_line_error(wrong_type, "--out", "result.pdf", ".xlsx or .csv")

    no_market = run_main("batch", str(source), "--out", str(out), "--offline", home=app_home)
    assert_one_line_error(no_market, "--btc-price", "--difficulty", "--fees-per-block", "--block-height")

    bad_flag = run_main("batch", str(source), "--out", str(out), *MARKET, "--uptime-pct", "120", home=app_home)
    assert_one_line_error(bad_flag, "--uptime-pct")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["fleet.csv", "home"]


def test_json_carries_full_precision(tmp_path: Path, app_home: Path) -> None:
    """Machine-readable totals are the computed numbers, not the cents the text summary shows."""
    source = tmp_path / "fleet.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    result = run_main("batch", str(source), "--out", str(tmp_path / "r.csv"), *MARKET, "--json", home=app_home)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    exact = expected_profit_per_day(source)
    assert payload["profit_usd_per_day"] == exact and exact != round(exact, 2)
    assert isinstance(payload["btc_per_day"], float) and payload["rows"] == 3
