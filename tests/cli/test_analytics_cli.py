"""`analytics indicators|forecast|explain` as a script runs them (in process: cli.main, its parser, exit codes)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.support.cli_in_process import run_main

PRICES = Path(__file__).parents[1] / "services" / "analytics" / "data" / "btc_usd_daily.csv"
INDICATOR_FIELDS = [
    "sma_20",
    "ema_20",
    "rsi_14",
    "macd",
    "macd_signal",
    "macd_hist",
    "bb_upper",
    "bb_middle",
    "bb_lower",
]
EXPLAIN_KEYS = [
    "btc_price",
    "difficulty",
    "block_height",
    "fees_per_block",
    "hashrate_ths",
    "uptime_pct",
    "power_w",
    "electricity",
    "pool_fee_pct",
]


def test_indicators_json_arrays_aligned_with_the_rows(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "closes.csv"
    source.write_text("date,close\n" + "".join(f"2024-01-{d:02d},{40000 + 37 * d * d % 900}\n" for d in range(1, 31)))
    result = run_main("analytics", "indicators", "--prices-csv", str(source), "--json", home=app_home)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert [k for k in payload if k in INDICATOR_FIELDS] == INDICATOR_FIELDS and "atr_14" not in payload
    assert all(len(payload[k]) == 30 for k in INDICATOR_FIELDS)
    assert payload["sma_20"][:19] == [None] * 19 and payload["sma_20"][19] is not None
    assert payload["macd"] == [None] * 30  # MACD's warm-up is 33 rows: nothing invented
    assert payload["dates"][0] == "2024-01-01"


def test_indicators_text_and_atr_with_high_low(app_home: Path) -> None:
    result = run_main("analytics", "indicators", "--prices-csv", str(PRICES), home=app_home)
    assert result.returncode == 0, result.stderr
    assert (
        "atr_14" in result.stdout.splitlines()[0] and "(260 rows; the last 10 shown; --json for all)" in result.stdout
    )


def test_forecast_json_on_logs(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "series.csv"
    rows = PRICES.read_text().splitlines()[1:]
    source.write_text("date,value\n" + "".join(f"{r.split(',')[0]},{r.split(',')[4]}\n" for r in rows))
    result = run_main(
        "analytics", "forecast", "--series-csv", str(source), "--log", "--days", "7", "--json", home=app_home
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert len(payload["order"]) == 3 and payload["log"] is True
    assert [p["date"] for p in payload["points"]][::6] == ["2024-09-17", "2024-09-23"]
    assert {"date", "mean", "lo80", "hi80", "lo95", "hi95"} <= set(payload["points"][0])
    assert 0 < payload["backtest_mape_pct"] < 20


def test_forecast_bad_file_names_every_row_and_exits_1(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "series.csv"
    source.write_text("date,value\n2024-01-01,5\n2024-01-02,-1\n2024-01-04,7\n2024-01-05,\n")
    result = run_main("analytics", "forecast", "--series-csv", str(source), "--log", "--json", home=app_home)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"hashinsight-desktop: error: {source}: 3 bad cell(s); nothing was computed:",
        "  row 3, value: must be a number above 0, not -1 (--log needs every value above 0)",
        "  row 4, date: 2024-01-04: 1 day(s) missing after row 3",
        "  row 5, value: a number is required",
    ]


def test_explain_json_parts_keyed_by_input(app_home: Path) -> None:
    before = (
        "btc_price=97000,difficulty=110T,block_height=870000,fees_per_block=0.15,hashrate_ths=20000,"
        "power_w=340000,electricity=0.05"
    )
    result = run_main(
        "analytics", "explain", "--before", before, "--after", "btc_price=89240,electricity=0.055", "--json",
        home=app_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert list(payload["parts"]) == EXPLAIN_KEYS
    assert round(sum(payload["parts"].values()), 2) == payload["change"] < 0
    assert payload["change"] == round(payload["profit_after"] - payload["profit_before"], 2)
    assert [k for k, v in payload["parts"].items() if v] == ["btc_price", "electricity"]
    assert payload["sentences"][0].startswith("BTC price fell 8.0 %: −$")


def test_explain_bad_value_names_it(app_home: Path) -> None:
    result = run_main("analytics", "explain", "--before", "btc_price=97000", "--after", "btc_price=1", home=app_home)
    assert result.returncode == 1
    assert result.stderr == "hashinsight-desktop: error: --before difficulty: a value is required\n"
    result = run_main("analytics", "explain", "--before", "btc_price", "--after", "x=1", home=app_home)
    assert result.stderr.startswith("hashinsight-desktop: error: --before: 'btc_price' is not KEY=VALUE")


def test_needs_no_database(tmp_path: Path, app_home: Path) -> None:
    shutil.rmtree(app_home / "data")
    result = run_main("analytics", "indicators", "--prices-csv", str(PRICES), "--json", home=app_home)
    assert result.returncode == 0, result.stderr


def test_indicators_bad_file_names_every_row(tmp_path: Path, app_home: Path) -> None:
    source = tmp_path / "prices.csv"
    source.write_text("date,close\n2024-01-01,1\n2024-01-02,none\n2024-01-02,3\n")
    result = run_main("analytics", "indicators", "--prices-csv", str(source), "--json", home=app_home)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines()[1:] == [
        "  row 3, close: 'none' is not a number",
        "  row 4, date: 2024-01-02 does not come after row 3 (2024-01-02)",
    ]
