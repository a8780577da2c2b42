"""Excel and CSV export of a batch: formatting, the native chart, and user text never becoming a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from hashinsight_desktop.services.calculator import batch, export
from hashinsight_desktop.services.calculator.batch import BatchCancelled, BatchMarket, BatchResult
from hashinsight_desktop.services.calculator.fleet_file import ValidRows
from hashinsight_desktop.services.calculator.profitability import fixed, money

MARKET = BatchMarket.parse(
    {
        "btc_price_usd": "95000",
        "difficulty": "1.1e14",
        "fees_per_block_btc": "0.05",
        "block_height": 900_000,
        "horizon_months": 24,
        "network_hashrate_ehs": "800",
    }
)
NASTY = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-1+2",
    "@SUM(A1)",
    "\tTabbed",
    "\rReturn",
    "#N/A",
]


def fleet(sites: list[str], models: list[str] | None = None) -> ValidRows:
    count = len(sites)
    return ValidRows(
        row=np.arange(2, count + 2),
        site=np.array(sites, dtype=object),
        model=np.array(models or ["Antminer S21"] * count, dtype=object),
        quantity=np.arange(1, count + 1),
        hashrate_ths=np.full(count, 200.0),
        power_w=np.full(count, 3500.0),
        electricity_usd_per_kwh=np.linspace(0.03, 0.2, count),  # the dearest lines lose money
        hardware_cost_usd=np.array([0.0] + [4000.0] * (count - 1)),
    )


@pytest.fixture
def result() -> BatchResult:
    return batch.compute_batch(fleet([*NASTY, "North", "North"], [*NASTY[::-1], "Antminer S21", "S19 Pro"]), MARKET)


def every_cell(path: Path) -> list[openpyxl.cell.cell.Cell]:
    workbook = openpyxl.load_workbook(path)
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def test_xlsx_has_formatted_results_a_summary_and_a_native_chart(tmp_path: Path, result: BatchResult) -> None:
    path = tmp_path / "batch.xlsx"
    export.export_xlsx(result, path, MARKET)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Results"]

    sheet = workbook["Results"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [column.label for column in export.RESULT_LAYOUT]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Q{len(result.frame) + 1}"
    assert sheet.column_dimensions["C"].width == 24
    column = {name: index for index, name in enumerate(batch.RESULT_COLUMNS, start=1)}
    first = {name: sheet.cell(row=2, column=index) for name, index in column.items()}
    assert first["profit_usd_day"].number_format == "#,##0.00"
    assert first["revenue_usd_day"].number_format == "#,##0.00"
    assert first["btc_per_day"].number_format == "0.00000000"
    assert first["profit_usd_day"].data_type == "n"
    assert first["profit_usd_day"].value == pytest.approx(result.frame.profit_usd_day[0])
    assert first["payback_days"].value is None and first["payback_status"].value == "n/a"  # no hardware cost
    assert first["roi_pct"].value is None  # no hardware cost: no ROI, an empty cell rather than "nan"
    last = sheet.max_row
    assert sheet.cell(row=last, column=column["payback_days"]).value is None  # never pays back
    assert sheet.cell(row=last, column=column["profit_usd_day"]).value < 0  # negative numbers stay numbers
    assert sheet.cell(row=last, column=column["row"]).value == last

    summary = workbook["Summary"]
    assert len(summary._charts) == 1
    chart = summary._charts[0]
    assert chart.type == "bar"
    labels = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    assert labels["BTC price (USD)"] == 95000
    assert labels["Machines"] == int(result.frame.quantity.sum())
    assert labels["Profit (USD/day)"] == pytest.approx(result.totals.profit_usd_day)
    assert labels["Share of the network hashrate (%)"] == pytest.approx(result.totals.network_share_pct)


def same_text(value: object) -> object:
    return value.replace("\r", "\n") if isinstance(value, str) else value


def test_user_text_is_stored_as_literal_strings_never_formulas(tmp_path: Path, result: BatchResult) -> None:
    path = tmp_path / "batch.xlsx"
    export.export_xlsx(result, path, MARKET)
    cells = every_cell(path)
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]  # no formula anywhere
    sheet = openpyxl.load_workbook(path)["Results"]
    for offset, text in enumerate(NASTY):
        site, model = sheet.cell(row=offset + 2, column=2), sheet.cell(row=offset + 2, column=3)
        # (Without lxml, XML reads a carriage return back as a line feed: the text is intact otherwise.)
        assert (same_text(site.value), site.data_type) == (same_text(text), "s")
        assert (same_text(model.value), model.data_type) == (same_text(NASTY[::-1][offset]), "s")
        assert site.quotePrefix == (text != "#N/A")  # Excel keeps it text even when the cell is edited
    assert sheet.cell(row=9, column=2).quotePrefix is False  # "North": nothing to neutralise
    summary_texts = {
        same_text(cell.value) for cell in cells if cell.parent.title == "Summary" and cell.data_type == "s"
    }
    assert {same_text(t) for t in NASTY} <= summary_texts  # the per-site table under the chart, as literal strings too


def test_csv_escapes_formula_like_text_and_keeps_numbers(tmp_path: Path, result: BatchResult) -> None:
    path = tmp_path / "batch.csv"
    export.export_csv(result, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(batch.RESULT_COLUMNS)
    assert rows[0]["site"] == '\'=HYPERLINK("http://x","y")'
    assert [r["site"] for r in rows[: len(NASTY)]] == ["'" + t if t != "#N/A" else t for t in NASTY]
    assert [r["model"] for r in rows[: len(NASTY)]] == ["'" + t if t != "#N/A" else t for t in NASTY[::-1]]
    assert rows[-1]["site"] == "North"
    line = result.frame.iloc[-1]
    assert rows[-1]["profit_usd_day"] == str(money(line.profit_usd_day)) and rows[-1]["profit_usd_day"].startswith("-")
    assert rows[-1]["btc_per_day"] == str(fixed(line.btc_per_day, 8))
    assert rows[-1]["breakeven_electricity"] == str(fixed(line.breakeven_electricity, 5))
    assert rows[-1]["payback_days"] == "" and (rows[0]["payback_days"], rows[0]["payback_status"]) == ("", "n/a")
    assert rows[0]["roi_pct"] == ""
    assert rows[0]["electricity_price"] == "0.03" and rows[0]["hashrate_ths"] == "200"
    cents = export._csv_formatter(export.RESULT_LAYOUT[11])  # profit_usd_day
    assert (cents(0.125), cents(2.675), cents(-0.005), cents(float("nan"))) == ("0.13", "2.68", "-0.01", "")


def test_the_chart_stays_readable_for_many_sites(tmp_path: Path) -> None:
    sites = [f"Site {i:03d}" for i in range(300) for _ in range(3)]
    result = batch.compute_batch(fleet(sites), MARKET)
    by, groups = export._chart_groups(result.frame)
    assert by == "site" and len(groups) == export.CHART_GROUPS
    assert groups[-1][0] == "Other (281 sites)"
    assert sum(g[1] for g in groups) == int(result.frame.quantity.sum())
    assert sum(g[3] for g in groups) == pytest.approx(result.totals.profit_usd_day)

    path = tmp_path / "sites.xlsx"
    export.export_xlsx(result, path, MARKET)
    chart = openpyxl.load_workbook(path)["Summary"]._charts[0]
    assert chart.title is not None


def test_without_sites_the_chart_groups_by_model() -> None:
    result = batch.compute_batch(fleet(["", "", ""], ["Antminer S21", "Antminer S21", "Antminer S19 Pro"]), MARKET)
    by, groups = export._chart_groups(result.frame)
    assert by == "model" and sorted(g[0] for g in groups) == ["Antminer S19 Pro", "Antminer S21"]


def test_a_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    result = batch.compute_batch(fleet([f"S{i}" for i in range(export.PROGRESS_EVERY * 2)]), MARKET)
    path = tmp_path / "batch.xlsx"
    seen: list[tuple[int, int]] = []
    with pytest.raises(BatchCancelled):
        export.export_xlsx(result, path, MARKET, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True)
    assert not path.exists() and list(tmp_path.iterdir()) == []
    export.export_xlsx(result, path, MARKET, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(5000, 10000), (10000, 10000)]
    assert openpyxl.load_workbook(path, read_only=True)["Results"].max_row == 10001
