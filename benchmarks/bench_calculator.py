"""Calculator speed: one calculation, a 100,000-row batch, and its Excel and CSV export.

    .venv/bin/python benchmarks/bench_calculator.py [--rows 100000] [--runs 1000] [--keep DIR]

The fleet is generated from the shipped catalogue (no database) and written as a real CSV file, so the
read and check times are those of a user's file. Each figure is printed with its target.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.calculator import batch, export, fleet_file
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate

MARKET = {
    "btc_price_usd": "100000",
    "difficulty": "1.26e14",
    "fees_per_block_btc": "0.05",
    "block_height": 930_000,
    "pool_fee_pct": "2",
    "uptime_pct": "97",
    "growth_pct_month": "2",
    "horizon_months": "24",
}


def line(label: str, seconds: float, target_s: float | None = None, unit: str = "s") -> None:
    shown = seconds * 1000 if unit == "ms" else seconds
    figure = f"{shown:10.3f} {unit}"
    if target_s is None:
        print(f"{label:<44}{figure}")
        return
    target = target_s * 1000 if unit == "ms" else target_s
    verdict = "ok" if seconds < target_s else "OVER TARGET"
    print(f"{label:<44}{figure}   target < {target:g} {unit}   {verdict}")


def write_fleet_csv(path: Path, rows: int) -> None:
    models = catalogue.shipped_catalogue()
    rng = random.Random(2024)
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("site,model,quantity,electricity_price,hardware_cost\n")
        for _ in range(rows):
            model = rng.choice(models)["name"]
            price = rng.randrange(300, 900) / 10_000
            file.write(
                f"Site {rng.randrange(1, 41)},{model},{rng.randint(1, 50)},{price},{rng.randrange(0, 600_000) / 100}\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the files here instead of a temporary folder")
    args = parser.parse_args()

    single = CalculatorInputs.parse(
        {"hashrate_ths": 200, "power_w": 3500, "electricity_usd_per_kwh": "0.05", "hardware_cost_usd": 4000} | MARKET
    )
    calculate(single)
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        calculate(single)
        timings.append(time.perf_counter() - started)
    line(f"calculate(): median of {args.runs:,} runs", statistics.median(timings), 0.001, "ms")

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        source = folder / "fleet.csv"
        write_fleet_csv(source, args.rows)
        models = fleet_file.index_models(catalogue.shipped_catalogue())
        market = batch.BatchMarket.parse(MARKET)

        started = time.perf_counter()
        table = fleet_file.read_fleet_file(source)
        rows, errors = fleet_file.validate_rows(table, models)
        line(f"read + check {args.rows:,}-row CSV", time.perf_counter() - started)
        assert not errors and len(rows) == args.rows, errors[:3]

        started = time.perf_counter()
        result = batch.compute_batch(rows, market)
        line(f"compute_batch(): {args.rows:,} rows × {market.horizon_days} days", time.perf_counter() - started, 2.0)

        started = time.perf_counter()
        export.export_xlsx(result, folder / "batch.xlsx", market)
        xlsx_s = time.perf_counter() - started
        line(f"export_xlsx(): {args.rows:,} rows", xlsx_s, 30.0)

        started = time.perf_counter()
        export.export_csv(result, folder / "batch.csv")
        line(f"export_csv(): {args.rows:,} rows", time.perf_counter() - started)

        totals = result.totals
        size_mb = (folder / "batch.xlsx").stat().st_size / 1e6
        print(
            f"fleet: {totals.machines:,} machines, {totals.hashrate_ths / 1e6:,.1f} EH/s, {totals.power_mw:,.1f} MW, "
            f"profit {totals.profit_usd_day:,.0f} USD/day; workbook {size_mb:.1f} MB"
        )


if __name__ == "__main__":
    main()
