"""A plan's report as CSV: a header block with the plan's figures (one ``field,value`` per line),
a blank line, then one row per miner. Opens in any spreadsheet; written in a worker thread."""

from __future__ import annotations

import csv
import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

from hashinsight_desktop.services.curtailment.plans import PlanDetail
from hashinsight_desktop.ui.locale_format import number

HEADER_FIELDS = (
    ("Plan", "name"),
    ("Plan id", "id"),
    ("State", None),
    ("Site", None),
    ("Trigger", "trigger"),
    ("Strategy", "strategy"),
    ("Target kW", "target_kw"),
    ("Tolerance kW", "tolerance_kw"),
    ("Shed kW (planned)", "shed_kw"),
    ("Lost TH/s (planned)", "lost_ths"),
    ("Objective unit", "objective_unit"),
    ("Lower bound", "lower_bound"),
    ("At most % above the best possible plan", "gap_pct"),
    ("Proven optimal", "proven"),
    ("Solver", "solver"),
    ("Solver message", "solve_message"),
    ("Site power at solve kW", "site_power_kw"),
    ("Ramp kW/min", "ramp_kw_per_min"),
    ("Recover after h", "recover_after_h"),
    ("Scheduled start", "start_at"),
    ("Created", "created_at"),
    ("Created by", "created_by"),
    ("Approved", "approved_at"),
    ("Approved by", "approved_by"),
    ("Started", "started_at"),
    ("Executed", "executed_at"),
    ("Recover at", "recover_at"),
    ("Completed", "completed_at"),
)
ITEM_HEADERS = (
    "batch",
    "miner",
    "host",
    "level",
    "power_pct",
    "full_power_w",
    "level_power_w",
    "shed_w",
    "full_hashrate_ths",
    "level_hashrate_ths",
    "lost_ths",
    "state",
    "attempts",
    "recovery_state",
    "detail",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "" if not math.isfinite(value) else f"{value:.6g}" if abs(value) < 1e6 else f"{value:.1f}"
    if isinstance(value, dict | list):
        return json.dumps(value, default=str, sort_keys=True)
    return str(value)


def report_rows(detail: PlanDetail) -> list[list[str]]:
    plan, summary = detail.plan, detail.summary
    rows: list[list[str]] = []
    for title, key in HEADER_FIELDS:
        if title == "State":
            rows.append([title, summary.state_label])
        elif title == "Site":
            rows.append([title, summary.site])
        else:
            rows.append([title, _cell(plan.get(key or ""))])
    rows.append(["Miners", str(len(detail.items))])
    figures = summary.figures
    if figures is not None:  # the run's fixed figures and its verdict, in words
        rows.append(["Power before kW", _cell(figures.power_before_kw)])
        rows.append(["Target kW (site ceiling)", _cell(figures.site_target_kw)])
        if figures.measured_kw is not None:
            rows.append(["Measured kW after the last batch", _cell(figures.measured_kw)])
        if figures.reached is not None:
            verdict = "target reached" if figures.reached else f"short by {number(figures.short_kw, 1)} kW"
            rows.append(["Outcome", verdict])
    if summary.stop_requested_by:
        rows.append(["Stopped by", summary.stop_requested_by])
    for key, value in (plan.get("result") or {}).items():
        rows.append([f"Result: {key}", _cell(value)])
    for key, value in (plan.get("options") or {}).items():
        shown = value
        if key == "price_trigger" and summary.price_trigger is not None:  # $/kWh, as every price is shown
            shown = summary.price_trigger.to_user_json()
        rows.append([f"Option: {key}", _cell(shown)])
    rows.append([])
    rows.append(list(ITEM_HEADERS))
    for item in detail.items:
        rows.append(
            [
                str(item.batch + 1),
                item.miner_name,
                item.host,
                item.level,
                _cell(item.power_pct),
                _cell(item.full_power_w),
                _cell(item.level_power_w),
                _cell(item.full_power_w - item.level_power_w),
                _cell(item.full_hashrate_ths),
                _cell(item.level_hashrate_ths),
                _cell(item.full_hashrate_ths - item.level_hashrate_ths),
                item.state,
                str(item.attempts),
                item.recovery_state or "",
                str(item.detail or ""),  # the report is English, as its labels
            ]
        )
    return rows


def write_report(path: Path, detail: PlanDetail) -> int:
    """Write the report (UTF-8 with a BOM, so Excel reads the accents); returns the miner rows written."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(report_rows(detail))
    tmp.replace(path)
    return len(detail.items)


def default_file_name(detail: PlanDetail) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in detail.summary.name).strip("-") or "plan"
    return f"curtailment-{safe[:40]}-{detail.summary.created_at:%Y%m%d-%H%M}.csv"
