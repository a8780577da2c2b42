"""Analytics speed (issue 16): indicators, forecast, explain, ROI heat-map, replay and anomaly scoring, with targets.

    .venv/bin/python benchmarks/bench_analytics.py [--runs 20] [--coverage-paths 300]

Data are generated here with fixed seeds (a BTC-like random walk of hourly and daily closes, a 10-year daily
market history with the halvings by block height), no network; the fleet cases build a SQLite file first
(benchmarks/analytics_fleet_data.py: 10,000 miners' last day and 10 miners' ten years of hourly roll-ups summed into
daily ones, about two minutes on this machine; the replay's also on a throwaway PostgreSQL cluster) and time the map
and replay from the fleet's figures (the targets) and the reads that give them (printed; the replay's end to end is
held to the target too). Each figure is the median of
``--runs`` runs after one warm-up run (the forecast's first run, which imports statsforecast, is printed
apart). The machine is shared: figures move by tens of percent from run to run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from hashinsight_desktop.services.analytics import anomalies, explain, forecast, heatmap, indicators, replay
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks.analytics_fleet_data, tests.…


def line(label: str, seconds: float, target_s: float | None = None) -> None:
    figure = f"{seconds * 1000:10.2f} ms"
    if target_s is None:
        print(f"{label:<58}{figure}")
        return
    verdict = "ok" if seconds < target_s else "OVER TARGET"
    print(f"{label:<58}{figure}   target < {target_s * 1000:g} ms   {verdict}")


def median_time(runs: int, work: Callable[[], Any]) -> float:
    work()  # warm-up: caches, lazy imports
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def walk(rng: np.random.Generator, n: int, volatility: float) -> np.ndarray:
    return 40_000.0 * np.exp(np.cumsum(rng.normal(0.0, volatility, n)))


def arma_returns(rng: np.random.Generator, n: int) -> np.ndarray:
    """Daily log returns with structure (AR 0.3, −0.2; MA 0.4): the order search has work to do."""
    noise = rng.normal(0.0, 0.02, n + 2)
    returns = np.zeros(n + 2)
    for t in range(2, n + 2):
        returns[t] = 0.3 * returns[t - 1] - 0.2 * returns[t - 2] + noise[t] + 0.4 * noise[t - 1]
    return returns[2:]


def bench_forecast(daily: np.ndarray, runs: int) -> None:
    dates = [datetime(2020, 1, 1) + timedelta(days=i) for i in range(daily.size)]
    counter = iter(range(1_000_000))

    def fresh_forecast(windows: int) -> forecast.Forecast:  # a new fingerprint each run: never the cache
        shifted = daily * (1 + next(counter) * 1e-12)
        return forecast.forecast(dates, shifted, days=7, log=True, windows=windows)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        started = time.perf_counter()
        first = fresh_forecast(0)
        line("  first in the process (statsforecast imported if not yet)", time.perf_counter() - started)
        results: list[forecast.Forecast] = []
        cpu_started = time.process_time()
        search = median_time(max(3, runs // 4), lambda: results.append(fresh_forecast(0)))
        line("  order search + fit + 7-day forecast", search, 1.0)
        line("    its processor time (mean; the machine is shared)", (time.process_time() - cpu_started) / len(results))
        backtest = median_time(max(3, runs // 4), lambda: fresh_forecast(forecast.BACKTEST_WINDOWS))
        line(f"  the same with the {forecast.BACKTEST_WINDOWS}-window walk-forward back-test", backtest)
    orders = sorted({r.order for r in results})
    print(f"  orders chosen: {orders}; {first.models_allowed} models allowed by the budget on the first run")


def anomaly_work(rng: np.random.Generator, miners: int = 10_000, buckets: int = 288) -> Callable[[], Any]:
    """The Fleet's anomaly scoring over a day of 5-minute buckets: a few spikes, drifts and gaps, 5 % curtailed."""
    hashrate = 100 + rng.normal(0, 1, (miners, buckets))
    temp = 70 + rng.normal(0, 0.5, (miners, buckets))
    power = 3250 + rng.normal(0, 10, (miners, buckets))
    temp[::97, -1] += 15
    hashrate[::89] *= np.linspace(1, 0.85, buckets)
    hashrate[rng.random((miners, buckets)) < 0.01] = np.nan
    excluded = np.zeros((miners, buckets), bool)
    excluded[::20, -24:] = True
    suppressed = np.zeros(miners, bool)
    suppressed[::20] = True
    nominal_ths, nominal_w = np.full(miners, 100.0), np.full(miners, 3250.0)
    scored = {"excluded": excluded, "suppressed_now": suppressed, "nominal_ths": nominal_ths, "nominal_w": nominal_w}
    return lambda: anomalies.score_fleet(hashrate, temp, power, **scored)


def bench_fleet(inputs: CalculatorInputs, electricity: np.ndarray, prices: np.ndarray, runs: int) -> None:
    """The fleet variants: the map and the replay from the fleet's own figures (the targets), and the database reads
    that give those figures (a fresh migrated SQLite file, and the replay's on a throwaway PostgreSQL cluster)."""
    import dataclasses
    import tempfile

    from benchmarks.analytics_fleet_data import build
    from hashinsight_desktop.services.analytics.fleet_profile import fleet_profile
    from hashinsight_desktop.services.database import open_database
    from hashinsight_desktop.services.permissions import SYSTEM
    from tests.support.pg_cluster import throwaway_cluster

    big, history_miners, years = 10_000, 10, 10
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        database = open_database(f"sqlite:///{Path(tmp) / 'fleet_bench.sqlite3'}")
        data = build(database, big_fleet=big, history_miners=history_miners, years=years)
        print(f"fleet cases (database built in {time.perf_counter() - started:.1f} s, SQLite):")

        def profile() -> Any:
            with data.database.session_factory() as session:
                return fleet_profile(session, SYSTEM, data.now, data.big_site)

        figures = profile()
        fleet_inputs = dataclasses.replace(
            inputs,
            quantity=figures.counted,
            hashrate_ths=Decimal(repr(figures.hashrate_ths / figures.counted)),
            power_w=Decimal(repr(figures.power_w / figures.counted)),
        )
        line(
            f"  fleet heat-map 200 × 200 ({figures.counted:,} miners measured, profit and payback)",
            median_time(runs, lambda: heatmap.heatmap(fleet_inputs, electricity, prices)),
            0.050,
        )
        line(f"  its fleet read: {big:,} miners, 24 h of hourly roll-ups", median_time(max(3, runs // 4), profile))
        bench_fleet_replay(data, runs, years, history_miners)
        database.close()
    with throwaway_cluster() as server:
        started = time.perf_counter()
        database = open_database(server)
        data = build(database, big_fleet=0, history_miners=history_miners, years=years)
        print(f"fleet replay on PostgreSQL (database built in {time.perf_counter() - started:.1f} s):")
        bench_fleet_replay(data, runs, years, history_miners)
        database.close()


def bench_fleet_replay(data: Any, runs: int, years: int, miners: int) -> None:
    from hashinsight_desktop.services.analytics.fleet_history import fleet_days, market_days
    from hashinsight_desktop.services.permissions import SYSTEM

    def read_history() -> tuple[Any, Any]:
        with data.database.session_factory() as session:
            days = fleet_days(session, SYSTEM, data.start, data.end, data.history_site)
            return days, market_days(session, data.start, data.end, 0.08)

    days, stored = read_history()
    line(
        f"  fleet replay over {years} years daily ({len(days.dates):,} days of measured figures)",
        median_time(runs, lambda: replay.fleet_replay(stored.history, days, electricity_usd_per_kwh=0.05)),
        0.5,
    )
    line(
        f"  its reads: {miners} miners' {years} years of daily roll-ups + market",
        median_time(max(3, runs // 4), read_history),
    )

    def end_to_end() -> replay.Replay:
        days, stored = read_history()
        return replay.fleet_replay(stored.history, days, electricity_usd_per_kwh=0.05)

    line("  fleet replay end to end (reads + replay)", median_time(max(3, runs // 4), end_to_end), 0.5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--coverage-paths",
        type=int,
        default=0,
        metavar="N",
        help="also measure the forecast intervals' coverage on N simulated ARIMA(1,1,1) paths (about 0.25 s each)",
    )
    options = parser.parse_args()
    runs = options.runs
    rng = np.random.default_rng(16)

    hourly = walk(rng, 100_000, 0.006)
    high, low = (
        hourly * (1 + np.abs(rng.normal(0, 0.003, hourly.size))),
        hourly * (1 - np.abs(rng.normal(0, 0.003, hourly.size))),
    )
    line(
        "indicators (all 10) over 100,000 hourly closes",
        median_time(runs, lambda: indicators.compute(hourly, high, low)),
        0.020,
    )

    for label, daily in (
        ("a random walk", walk(rng, 2_000, 0.03)),
        ("ARMA(2,1) returns", 40_000.0 * np.exp(np.cumsum(arma_returns(rng, 2_000)))),
    ):
        print(f"forecast on logs of 2,000 daily prices, {label}:")
        bench_forecast(daily, runs)

    before = explain.parse_inputs(
        {
            "btc_price": "97000",
            "difficulty": "110T",
            "block_height": "870000",
            "fees_per_block": "0.15",
            "hashrate_ths": "20000",
            "power_w": "340000",
            "electricity": "0.05",
        }
    )
    after = explain.parse_inputs(
        {
            "btc_price": "89240",
            "difficulty": "121T",
            "block_height": "1050000",
            "fees_per_block": "0.1",
            "hashrate_ths": "20500",
            "uptime_pct": "97",
            "power_w": "345000",
            "electricity": "0.055",
            "pool_fee_pct": "1.5",
        },
        before,
    )
    line(
        "explain, all 9 inputs moved (512 coalitions, exact)", median_time(runs, lambda: explain.explain(before, after))
    )

    inputs = CalculatorInputs.parse(
        {
            "hashrate_ths": "200",
            "power_w": "3500",
            "electricity_usd_per_kwh": "0.05",
            "btc_price_usd": "97000",
            "difficulty": "110T",
            "fees_per_block_btc": "0.1",
            "block_height": "900000",
            "hardware_cost_usd": "4000",
            "quantity": "100",
        }
    )
    electricity, prices = np.linspace(0.02, 0.12, 200), np.linspace(30_000, 200_000, 200)
    line(
        "ROI heat-map 200 × 200 (profit and payback)",
        median_time(runs, lambda: heatmap.heatmap(inputs, electricity, prices)),
        0.050,
    )

    days = 3_653
    history = replay.MarketHistory(
        dates=[date(2016, 1, 1) + timedelta(days=i) for i in range(days)],
        btc_price_usd=walk(rng, days, 0.03) / 10,
        difficulty=1e11 * np.exp(np.cumsum(rng.normal(0.002, 0.01, days))),
        fees_per_block_btc=np.abs(rng.normal(0.3, 0.1, days)),
        block_height=392_000 + 144 * np.arange(days, dtype=np.int64),  # three halvings on the way
    )
    line(
        "replay over 10 years daily (3,653 days, 3 halvings)",
        median_time(runs, lambda: replay.replay(history, hashrate_ths=200, power_w=3500, electricity_usd_per_kwh=0.05)),
        0.5,
    )

    bench_fleet(inputs, electricity, prices, runs)

    scoring = anomaly_work(rng)
    line("anomaly scoring, 10,000 miners × 24 h of 5-minute data", median_time(max(3, runs // 4), scoring), 2.0)

    if options.coverage_paths:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.services.analytics.simulated_arima
        from tests.services.analytics.simulated_arima import measure_coverage

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            coverage = measure_coverage(seed=2026, paths=options.coverage_paths, length=200, horizon=7)
        print(
            f"interval coverage, {options.coverage_paths} ARIMA(1,1,1) paths of 200 days, 7 days ahead (seed 2026;"
            " exact: the chance the truth falls inside, averaged over paths):"
        )
        for level in (80, 95):
            by_day = " ".join(f"{c:.1f}" for c in coverage.by_day_pct[level])
            print(
                f"  {level} %: {coverage.pct[level]:.1f} % ± {coverage.standard_error_pct[level]:.1f} "
                f"(days 1–7: {by_day}); hits counted {coverage.hits_pct[level]:.1f} %, "
                f"the true model's {coverage.true_model_hits_pct[level]:.1f} %"
            )


if __name__ == "__main__":
    main()
