"""Batch results to Excel (formatted, with a native chart) and to CSV.

Text a user typed (site and model names) is never written as something a spreadsheet would run: in the
workbook every text cell is typed as a string (openpyxl would otherwise turn "=..." into a formula and
"#N/A" into an error value), and those starting with a formula character also get Excel's quote prefix;
in the CSV such text gets a leading apostrophe. Numbers stay numbers. No cell of the workbook holds a
formula at all: totals are computed here.

Both exports write to a temporary file next to the target and rename it: a failed or cancelled export
leaves no half-written file. openpyxl is imported inside the functions.
"""

from __future__ import annotations

import contextlib
import csv
import math
from collections.abc import Callable
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Context, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hashinsight_desktop.services.calculator.batch import BatchCancelled, BatchMarket, BatchResult
from hashinsight_desktop.services.table_file import TextCells, csv_text, replacing

if TYPE_CHECKING:
    import pandas as pd

MONEY = "#,##0.00"
BTC = "0.00000000"
CHART_GROUPS = 20  # bars on the chart: the largest by |profit|, the rest summed as "Other"
PROGRESS_EVERY = 5000
_WIDE = Context(prec=60)  # quantize() never runs out of digits, whatever the magnitude


@dataclass(frozen=True)
class Column:
    name: str  # in BatchResult.frame
    label: str
    number_format: str | None  # None: text
    width: float
    csv_places: int | None = None  # None: written as entered (shortest exact form)


RESULT_LAYOUT = (
    Column("row", "Row", "0", 7),
    Column("site", "Site", None, 18),
    Column("model", "Model", None, 24),
    Column("quantity", "Quantity", "#,##0", 10),
    Column("hashrate_ths", "Hashrate (TH/s per unit)", "#,##0.00", 13),
    Column("power_w", "Power (W per unit)", "#,##0", 11),
    Column("electricity_price", "Electricity (USD/kWh)", "0.0000", 12),
    Column("hardware_cost", "Hardware cost (USD per unit)", MONEY, 14),
    Column("btc_per_day", "BTC/day", BTC, 13, 8),
    Column("revenue_usd_day", "Revenue (USD/day)", MONEY, 14, 2),
    Column("power_cost_usd_day", "Power cost (USD/day)", MONEY, 14, 2),
    Column("profit_usd_day", "Profit (USD/day)", MONEY, 14, 2),
    Column("profit_usd_month", "Profit (USD/month)", MONEY, 15, 2),
    Column("breakeven_electricity", "Break-even electricity (USD/kWh)", "0.00000", 15, 5),
    Column("payback_days", "Payback (days)", "#,##0", 11, 0),
    Column("payback_status", "Payback", None, 14),  # n/a, within_horizon, beyond_horizon, never
    Column("roi_pct", "ROI over horizon (%)", "0.00", 12, 2),
)
_MARKET_LABELS = {
    "btc_price_usd": ("BTC price (USD)", MONEY),
    "difficulty": ("Difficulty", "#,##0"),
    "fees_per_block_btc": ("Fees per block (BTC)", BTC),
    "block_height": ("Block height", "0"),
    "pool_fee_pct": ("Pool fee (%)", "0.00"),
    "uptime_pct": ("Uptime (%)", "0.00"),
    "growth_pct_month": ("Difficulty growth (% per month)", "0.00"),
    "horizon_months": ("Horizon (months)", "0"),
    "network_hashrate_ehs": ("Network hashrate (EH/s)", "#,##0.00"),
}
_TOTAL_LABELS = {
    "rows": ("Fleet lines", "#,##0"),
    "machines": ("Machines", "#,##0"),
    "hashrate_ths": ("Fleet hashrate (TH/s)", "#,##0.00"),
    "power_mw": ("Power (MW)", "#,##0.000"),
    "btc_per_day": ("BTC/day", BTC),
    "revenue_usd_day": ("Revenue (USD/day)", MONEY),
    "power_cost_usd_day": ("Power cost (USD/day)", MONEY),
    "profit_usd_day": ("Profit (USD/day)", MONEY),
    "profit_usd_month": ("Profit (USD/month)", MONEY),
    "hardware_cost_usd": ("Hardware cost (USD)", MONEY),
    "network_share_pct": ("Share of the network hashrate (%)", "0.0000"),
}


def _number(value: object) -> float | int | None:
    """A Python number for a cell; NaN and infinities (never paying back, no ROI) are an empty cell."""
    return value if isinstance(value, int | float) and math.isfinite(value) else None


def export_xlsx(
    result: BatchResult,
    path: str | Path,
    market: BatchMarket,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """A workbook with a "Summary" sheet (inputs, totals, profit per site or model and its bar chart)
    and a "Results" sheet (one row per fleet line, formatted, frozen header, auto-filter)."""
    from openpyxl import Workbook

    path = Path(path)
    workbook = Workbook(write_only=True)
    summary = workbook.create_sheet("Summary")
    results = workbook.create_sheet("Results")
    with replacing(path) as temporary:
        try:
            _write_summary(summary, result, market)
            _write_results(results, result.frame, progress, cancelled)
        except BaseException:
            with contextlib.suppress(Exception):  # close openpyxl's streams; the file is then discarded
                workbook.save(temporary)
            raise
        workbook.save(temporary)


def _header_cells(sheet: Any, labels: list[str]) -> list[Any]:
    from openpyxl.styles import Alignment, Font, PatternFill

    text = TextCells(
        sheet,
        font=Font(bold=True, color="FFFFFF"),
        fill=PatternFill("solid", fgColor="1F4E78"),
        alignment=Alignment(wrap_text=True, vertical="center"),
    )
    return [text(label) for label in labels]


def _write_results(
    sheet: Any,
    frame: pd.DataFrame,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    total = len(frame)
    for index, column in enumerate(RESULT_LAYOUT, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    extent = f"A1:{get_column_letter(len(RESULT_LAYOUT))}{total + 1}"
    sheet.auto_filter.ref = extent
    sheet.calculate_dimension = lambda: extent  # the write-only sheet leaves out <dimension>; readers use it
    sheet.row_dimensions[1].height = 45
    sheet.append(_header_cells(sheet, [column.label for column in RESULT_LAYOUT]))
    text = TextCells(sheet)
    # One styled cell per number column, given a new value per row: the write-only sheet serialises each
    # appended row at once, so reuse is safe, and it is ~15% faster than a fresh styled cell per value.
    numbers: list[Any] = []
    for column in RESULT_LAYOUT:
        cell = None
        if column.number_format is not None:
            cell = WriteOnlyCell(sheet)
            cell.number_format = column.number_format
        numbers.append(cell)
    values = [frame[column.name].tolist() for column in RESULT_LAYOUT]
    for done, row in enumerate(zip(*values, strict=True), start=1):
        cells: list[Any] = []
        for value, cell in zip(row, numbers, strict=True):
            if cell is None:
                cells.append(text(value))
                continue
            number = _number(value)
            if number is None:
                cells.append(None)
                continue
            cell.value = number
            cells.append(cell)
        sheet.append(cells)
        if done % PROGRESS_EVERY == 0 or done == total:
            if cancelled is not None and cancelled():
                raise BatchCancelled(done, total)
            if progress is not None:
                progress(done, total)


def _chart_groups(frame: pd.DataFrame) -> tuple[str, list[tuple[str, int, float, float]]]:
    """Profit per day by site (by model when no row names a site), at most CHART_GROUPS bars."""
    by = "site" if (frame["site"] != "").any() else "model"
    grouped = (
        frame.assign(line_ths=frame["hashrate_ths"] * frame["quantity"], key=frame[by].replace("", "(no site)"))
        .groupby("key", sort=False)
        .agg(machines=("quantity", "sum"), ths=("line_ths", "sum"), profit=("profit_usd_day", "sum"))
    )
    grouped = grouped.reindex(grouped["profit"].abs().sort_values(ascending=False).index)
    rows = [(str(k), int(r.machines), float(r.ths), float(r.profit)) for k, r in grouped.iterrows()]
    other: list[tuple[str, int, float, float]] = []
    if len(rows) > CHART_GROUPS:
        rest, rows = rows[CHART_GROUPS - 1 :], rows[: CHART_GROUPS - 1]
        label = f"Other ({len(rest)} {by}s)"
        other = [(label, sum(r[1] for r in rest), sum(r[2] for r in rest), sum(r[3] for r in rest))]
    return by, sorted(rows, key=lambda r: -r[3]) + other  # "Other" last, whatever its size


def _write_summary(sheet: Any, result: BatchResult, market: BatchMarket) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    for letter, width in zip("ABCD", (36, 18, 16, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    bold = TextCells(sheet, font=Font(bold=True))
    text = TextCells(sheet)

    def number(value: Any, number_format: str) -> Any:
        cell = WriteOnlyCell(sheet, _number(value))
        cell.number_format = number_format
        return cell

    title = TextCells(sheet, font=Font(bold=True, size=14))
    lines: list[list[Any]] = [[title("HashInsight batch calculation")], [], [bold("Market inputs")]]
    for field in fields(market):
        label, number_format = _MARKET_LABELS[field.name]
        value = getattr(market, field.name)
        if value is not None:
            lines.append([text(label), number(value if isinstance(value, int) else float(value), number_format)])
    lines += [[], [bold("Totals")]]
    for field in fields(result.totals):
        label, number_format = _TOTAL_LABELS[field.name]
        if (value := getattr(result.totals, field.name)) is not None:
            lines.append([text(label), number(value, number_format)])
    by, groups = _chart_groups(result.frame)
    lines += [[], [bold(f"Profit per day by {by}")]]
    lines.append(_header_cells(sheet, [by.capitalize(), "Machines", "Hashrate (TH/s)", "Profit (USD/day)"]))
    header_row = len(lines)
    for key, machines, ths, profit in groups:
        lines.append([text(key), number(machines, "#,##0"), number(ths, "#,##0.00"), number(profit, MONEY)])
    for line in lines:
        sheet.append(line)
    if not groups:
        return
    chart = BarChart()
    chart.type = "bar"  # horizontal: long site and model names stay readable
    chart.title = f"Profit per day by {by} (USD)"
    chart.legend = None
    chart.height, chart.width = max(7.5, 0.6 * len(groups) + 2.5), 18
    last_row = header_row + len(groups)
    chart.add_data(Reference(sheet, min_col=4, min_row=header_row, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header_row + 1, max_row=last_row))
    chart.x_axis.scaling.orientation = "maxMin"  # the first (most profitable) bar at the top
    chart.x_axis.delete = chart.y_axis.delete = False  # recent Excel hides axes openpyxl leaves unset
    chart.y_axis.number_format = "#,##0"
    sheet.add_chart(chart, "F3")


def export_csv(result: BatchResult, path: str | Path) -> None:
    """UTF-8 with a BOM (Excel then reads accents right), ``,``-separated, the result column names as
    header; money to the cent, BTC to the satoshi, inputs as entered, payback days empty unless
    ``payback_status`` is within_horizon."""
    path = Path(path)
    frame = result.frame
    formatters = [_csv_formatter(column) for column in RESULT_LAYOUT]
    values = [frame[column.name].tolist() for column in RESULT_LAYOUT]
    with replacing(path) as temporary, temporary.open("w", newline="", encoding="utf-8-sig") as file:
        writer = csv.writer(file)
        writer.writerow([column.name for column in RESULT_LAYOUT])
        for row in zip(*values, strict=True):
            writer.writerow([format_cell(value) for format_cell, value in zip(formatters, row, strict=True)])


def _csv_formatter(column: Column) -> Callable[[Any], str]:
    if column.number_format is None:
        return csv_text
    places = column.csv_places
    quantum = Decimal(1).scaleb(-(places or 0))

    def format_number(value: Any) -> str:
        number = _number(value)
        if number is None:
            return ""
        if places is None:
            return str(int(number)) if float(number).is_integer() else repr(float(number))
        # Rounded as the single calculation rounds (half up on the shortest decimal form), cent for cent.
        return str(Decimal(repr(float(number))).quantize(quantum, ROUND_HALF_UP, _WIDE))

    return format_number
