"""`calc` as a user runs it: flags, the catalogue, stored market values and their ages, errors. The first test runs
a real process; the others call cli.main in process (the same parser and error handling, no start-up per call)."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.transaction import unit_of_work
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.support.cli_in_process import run_main

MARKET = ["--btc-price", "100000", "--difficulty", "1e14", "--fees-per-block", "0", "--block-height", "900000"]
KEYS = {
    "btc_per_day",
    "revenue_usd_per_day",
    "power_cost_usd_per_day",
    "profit_usd_per_day",
    "hashprice_usd_per_th_day",
    "breakeven_electricity_usd_per_kwh",
    "payback_days",
    "inputs",
}


def test_custom_machine_json(app_home: Path) -> None:
    result = run_cli(
        "calc",
        "--hashrate-ths",
        "100",
        "--power-w",
        "3000",
        "--electricity",
        "0.05",
        "--pool-fee-pct",
        "0",
        "--quantity",
        "10",
        "--hardware-cost",
        "2000",
        "--horizon-months",
        "36",
        "--growth-pct-month",
        "0",
        *MARKET,
        "--json",
        home=app_home,
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) >= KEYS
    # Full precision, not cents (the text output rounds): exactly calculate()'s unrounded figures.
    exact = calculate(
        CalculatorInputs.parse(
            {
                "hashrate_ths": "100", "power_w": "3000", "electricity_usd_per_kwh": "0.05", "pool_fee_pct": "0",
                "quantity": "10", "hardware_cost_usd": "2000", "horizon_months": "36", "btc_price_usd": "100000",
                "growth_pct_month": "0",
                "difficulty": "1e14", "fees_per_block_btc": "0", "block_height": "900000",
            }
        )
    )  # fmt: skip
    assert payload["profit_usd_per_day"] == exact.unrounded["profit_usd_per_day"] != 26.86
    assert payload["hashprice_usd_per_th_day"] == exact.unrounded["hashprice_usd_per_th_day"]
    assert payload["hashprice_usd_per_th_day"] != round(payload["hashprice_usd_per_th_day"], 4)
    assert round(payload["profit_usd_per_day"], 2) == 26.86 and payload["payback_days"] == 745
    assert payload["payback_status"] == "within_horizon" and payload["payback_days_estimate"] is None
    assert payload["inputs"]["btc_price_usd"] == {"value": 100000.0, "source": "user", "age_s": None}
    assert payload["inputs"]["uptime_pct"]["source"] == "default"


def test_model_names_resolve_and_unknown_ones_suggest(app_home: Path) -> None:
    for typed in ("Antminer S19 Pro", "s19 pro", "S19Pro"):
        result = run_main("calc", "--model", typed, "--electricity", "0.05", *MARKET, "--json", home=app_home)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["inputs"]["hashrate_ths"]["source"] == "catalogue: Bitmain Antminer S19 Pro"
    unknown = run_main("calc", "--model", "S19 Prro", "--electricity", "0.05", *MARKET, home=app_home)
    assert_one_line_error(unknown, "--model: unknown model 'S19 Prro'; closest: Antminer S19 Pro")


def payback_json(*flags: str, home: Path) -> tuple[str, int | None, int | None]:
    result = run_main("calc", *flags, *MARKET, "--json", home=home)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    return payload["payback_status"], payload["payback_days"], payload["payback_days_estimate"]


def test_the_json_tells_no_cost_beyond_the_horizon_and_never_apart(app_home: Path) -> None:
    """No hardware cost said ``"payback_days": 0`` (read as "immediate"); beyond the horizon and never
    were both null."""
    s21xp = ["--model", "S21 XP", "--electricity", "0.05"]
    assert payback_json(*s21xp, home=app_home) == ("n/a", None, None)
    status, days, estimate = payback_json(*s21xp, "--hardware-cost", "50000", home=app_home)
    assert (status, days) == ("beyond_horizon", None) and estimate is not None and estimate > 730
    never = ["--model", "S9", "--electricity", "0.10", "--hardware-cost", "500"]
    assert payback_json(*never, home=app_home) == ("never", None, None)


def test_bad_numbers_name_the_flag(app_home: Path) -> None:
    market = ["--difficulty", "1e14", "--fees-per-block", "0", "--block-height", "900000"]
    cases = [
        (["--electricity", "abc", "--btc-price", "1e5"], "--electricity"),
        (["--electricity", "0.05", "--quantity", "-3", "--btc-price", "1e5"], "--quantity"),
        (["--electricity", "0.05", "--btc-price", "nan"], "--btc-price"),
    ]
    for flags, named in cases:
        assert_one_line_error(run_main("calc", "--model", "S21", *flags, *market, home=app_home), named)


def test_a_bad_value_is_named_before_missing_market_data(app_home: Path) -> None:
    """Offline with nothing stored, a mistyped --electricity was hidden behind "no market data"."""
    result = run_main("calc", "--model", "S21 XP", "--electricity", "abc", "--offline", home=app_home)
    assert_one_line_error(result, "--electricity: 'abc' is not a number")
    assert "--btc-price" not in result.stderr


def test_offline_without_stored_values_says_which_flags_to_pass(app_home: Path) -> None:
    result = run_main("calc", "--model", "S21", "--electricity", "0.05", "--offline", home=app_home)
    assert_one_line_error(result, "--btc-price", "--difficulty", "--fees-per-block", "--block-height")
    # No provider was asked: the message says so instead of "every market data provider failed".
    assert "offline, so no provider was asked, and no earlier value is stored" in result.stderr
    assert "failed" not in result.stderr


def test_offline_uses_the_last_stored_values_and_reports_their_age(app_home: Path) -> None:
    db = open_database(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    fetched = datetime.now(UTC) - timedelta(hours=2)
    with unit_of_work(db.session_factory) as session:
        for quantity, value, source in (
            ("btc_price_usd", "97000", "coingecko"),
            ("difficulty", "1.2e14", "mempool.space"),
            ("fees_per_block_btc", "0.02", "mempool.space"),
            ("block_height", "925000", "mempool.space"),
        ):
            session.add(MarketSnapshot(quantity=quantity, value=Decimal(value), source=source, fetched_at=fetched))
    db.close()
    result = run_main("calc", "--model", "S21", "--electricity", "0.05", "--offline", "--json", home=app_home)
    assert result.returncode == 0, result.stderr
    price = json.loads(result.stdout)["inputs"]["btc_price_usd"]
    assert price["value"] == 97000.0 and price["source"] == "last known (coingecko)"
    assert 7100 < price["age_s"] < 7400
    assert result.stderr == "offline: using stored values from coingecko (2 h ago), mempool.space (2 h ago)\n"


def test_manual_and_demo_snapshots_are_used_offline_with_their_source(app_home: Path) -> None:
    """A value typed in the calculator (source "manual") beside a demo history (source "demo"): the
    newest of each quantity is used, and where it came from is said."""
    db = open_database(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    now = datetime.now(UTC)
    with unit_of_work(db.session_factory) as session:
        for quantity, value, source, age_h in (
            ("btc_price_usd", "90000", "demo", 30),
            ("btc_price_usd", "97000", "manual", 3),
            ("difficulty", "1.0e14", "demo", 94 * 24 + 30),
            ("difficulty", "1.2e14", "demo", 30),
            ("fees_per_block_btc", "0.02", "demo", 30),
            ("block_height", "925000", "demo", 30),
        ):
            fetched = now - timedelta(hours=age_h)
            session.add(MarketSnapshot(quantity=quantity, value=Decimal(value), source=source, fetched_at=fetched))
    db.close()
    result = run_main("calc", "--model", "S21", "--electricity", "0.05", "--offline", home=app_home)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "offline: using stored values from demo (30 h ago), manual (typed 3 h ago)\n"
    price_line = next(line for line in result.stdout.splitlines() if line.strip().startswith("btc_price_usd"))
    assert "97000" in price_line and "last known (manual), 180 min old" in price_line
    # The difficulty growth not given: measured over the stored (demo) history, and said so: 1.2^(30.4375/94) - 1.
    growth_line = next(line for line in result.stdout.splitlines() if line.strip().startswith("growth_pct_month"))
    assert growth_line.split()[1] == "6.1" and growth_line.endswith("measured over 94 days of stored difficulty")


def test_difficulty_takes_si_suffixes_and_a_bad_one_names_the_flag(app_home: Path) -> None:
    rest = ["--btc-price", "100000", "--fees-per-block", "0", "--block-height", "900000", "--json"]
    # Every spelling is unit-tested (test_payback_and_si.py); here the flag takes one.
    result = run_main("calc", "--model", "S21", "--electricity", "0.05", "--difficulty", "110 T", *rest, home=app_home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["inputs"]["difficulty"]["value"] == 1.1e14
    bad = run_main("calc", "--model", "S21", "--electricity", "0.05", "--difficulty", "110X", *rest, home=app_home)
    assert_one_line_error(bad, "--difficulty: '110X' is not a number (e.g. 110T, 110 T or 1.1e14)")


def payback_line(*flags: str, home: Path) -> str:
    result = run_main("calc", "--model", "S21 XP", *MARKET, *flags, home=home)
    assert result.returncode == 0, result.stderr
    return next(line for line in result.stdout.splitlines() if line.strip().startswith("Payback")).split(None, 1)[1]


def test_the_text_output_words_payback_honestly(app_home: Path) -> None:
    """No hardware cost: n/a (it said "immediate"); beyond the horizon: the horizon and today's-figures
    estimate (it said "not within horizon"); never only without a profit."""
    assert payback_line("--electricity", "0.05", home=app_home).strip() == "n/a"
    exact = calculate(
        CalculatorInputs.parse(
            {
                "hashrate_ths": "270", "power_w": "3645", "electricity_usd_per_kwh": "0.05", "btc_price_usd": "100000",
                "difficulty": "1e14", "fees_per_block_btc": "0", "block_height": "900000",
            }
        )
    )  # fmt: skip
    days = math.ceil(50_000 / exact.unrounded["profit_usd_per_day"])  # type: ignore[operator]
    beyond = payback_line("--electricity", "0.05", "--hardware-cost", "50000", home=app_home).strip()
    assert beyond == f"> 24 months (≈ {days:,} days at today's figures)"  # "never": unit-tested


def test_online_fallback_to_stored_values_says_so(database, capsys) -> None:  # type: ignore[no-untyped-def]
    """Providers asked and failed: the warnings name each one and why, and one line says what is used."""
    import types

    import httpx
    import respx

    from hashinsight_desktop.commands.calc import market_values
    from hashinsight_desktop.services.market_data import Quantity

    now = datetime.now(UTC)
    with unit_of_work(database.session_factory) as session:
        for quantity, value in (("btc_price_usd", "97000"), ("difficulty", "1.2e14")):
            fetched = now - timedelta(hours=3)
            session.add(MarketSnapshot(quantity=quantity, value=Decimal(value), source="manual", fetched_at=fetched))
    ctx = types.SimpleNamespace(database=database, secrets=None, clock=lambda: now)
    with respx.mock(assert_all_mocked=True) as api:
        api.route().mock(return_value=httpx.Response(404))  # refused at once: no retries to sit out
        values = market_values(ctx, [Quantity.BTC_PRICE_USD, Quantity.DIFFICULTY], offline=False)  # type: ignore[arg-type]
    assert {q: v.source for q, v in values.items()} == {Quantity.BTC_PRICE_USD: "manual", Quantity.DIFFICULTY: "manual"}
    assert capsys.readouterr().err == (
        "market data providers failed (blockchain.info: HTTP 404 from /stats; coingecko: HTTP 404 from "
        "/api/v3/simple/price; mempool.space: HTTP 404 from /api/v1/mining/hashrate/3d): using stored values "
        "from manual (typed 3 h ago)\n"
    )
