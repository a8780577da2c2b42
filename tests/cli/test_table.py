"""The shared CLI table pads by terminal columns: Chinese (two columns a character) lines up with English."""

from __future__ import annotations

from collections import defaultdict

import pytest

from hashinsight_desktop.commands import calc, invoice, site
from hashinsight_desktop.commands.table import display_width, pad, table_lines


def _starts(line: str, cells: list[str]) -> list[int]:
    """The terminal column where each cell of ``line`` begins (cells found in order)."""
    starts, at = [], 0
    for cell in cells:
        index = line.index(cell, at)
        starts.append(display_width(line[:index]))
        at = index + len(cell)
    return starts


def test_display_width_counts_wide_characters_twice_and_combining_marks_not_at_all() -> None:
    assert display_width("miner") == 5
    assert display_width("矿机") == 4
    assert display_width("ＡＢ") == 4  # full-width Latin
    assert display_width("e\u0301") == 1  # e + combining acute accent
    assert pad("矿机", 6) == "矿机  "
    assert pad("12", 5, right=True) == "   12"


def test_chinese_headings_and_mixed_cells_start_at_the_same_column_on_every_line() -> None:
    rows = [
        ["名称", "状态", "算力", "备注"],
        ["s19-001", "在线", "110.5", "ok"],
        ["矿机二号", "offline", "0.0", "风扇故障"],
        ["x", "维护中", "95", "-"],
    ]
    lines = table_lines(rows, right={2})
    starts = [_starts(line, row) for line, row in zip(lines, rows, strict=True)]
    assert [[*s[:2], s[3]] for s in starts] == [[0, 10, 26]] * 4, lines  # left-aligned columns: same start
    # the right-aligned figures end at the same column
    ends = {start[2] + display_width(row[2]) for start, row in zip(starts, rows, strict=True)}
    assert len(ends) == 1, lines


def test_ascii_tables_are_exactly_what_ljust_gave() -> None:
    rows = [["ID", "NAME", "STATE"], ["1", "alpha", ""], ["22", "b", "ok"]]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    assert table_lines(rows) == ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    assert table_lines(rows, free_last=True)[1] == "1   alpha  "


def test_calculator_values_start_at_one_column_with_chinese_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    chinese = {"BTC per day": "每日 BTC", "Profit per day (USD)": "每日利润（美元）", "Payback": "回本"}
    monkeypatch.setattr(calc, "translate", lambda context, text: chinese.get(text, text))
    headline = defaultdict(lambda: "1.5", algorithm_difference_pct=None)
    lines = calc.render_text("S19", headline, {}, "2.0")
    shown = [line for line in lines.splitlines() if any(line.startswith(f"  {label} ") for label in chinese.values())]
    assert len(shown) == 3
    assert {display_width(line[: line.rindex(" ") + 1]) for line in shown} == {45}  # values at one column


def test_site_list_lines_up_chinese_and_english_names(capsys: pytest.CaptureFixture[str]) -> None:
    sites = [
        {"name": name, "timezone": "Asia/Shanghai", "power_price_usd_per_kwh": "0.05", "capacity_kw": "1500"}
        for name in ("Texas North", "内蒙古一号矿场")
    ]
    site._print_sites([{**s, "four_eyes": False} for s in sites], as_json=False)
    english, chinese = capsys.readouterr().out.splitlines()
    assert english == f"{'Texas North':<24} {'Asia/Shanghai':<22} {'0.05':>8} $/kWh {'1500':>8} kW"  # as before
    assert display_width(chinese) == display_width(english) and chinese.index("Asia") == english.index("Asia") - 7


def test_invoice_rows_line_up_chinese_and_english_customers(capsys: pytest.CaptureFixture[str]) -> None:
    row = {"number": "INV-2026-0001", "status": "issued", "period": "2026-11", "total_usd": "1,200.00"}
    row |= {"balance_usd": "0.00", "due_on": "2026-12-15"}
    invoice._print_rows([{**row, "customer": "Acme Mining"}, {**row, "number": None, "customer": "北方矿业有限公司"}])
    english, chinese = capsys.readouterr().out.splitlines()
    before = f"{'INV-2026-0001':<18} {'issued':<8} 2026-11  {'Acme Mining':<28} {'1,200.00':>12} USD  owed "
    assert english == before + f"{'0.00':>12}  due 2026-12-15"  # as before
    assert display_width(chinese) == display_width(english)
