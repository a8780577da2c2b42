"""The batch calculator: fleet files read as typed, every bad cell reported by its spreadsheet row,
and each computed row equal to the single calculation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.calculator import batch, fleet_file
from hashinsight_desktop.services.calculator.batch import BatchCancelled, BatchMarket
from hashinsight_desktop.services.calculator.fleet_file import FleetFileError, ValidRows
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate, fixed, money
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work

MARKET = BatchMarket.parse(
    {
        "btc_price_usd": "100000",
        "difficulty": "1.2e14",
        "fees_per_block_btc": "0.08",
        "block_height": 1_050_000 - 14_400,  # a halving 100 days ahead: inside most payback windows
        "pool_fee_pct": "2",
        "uptime_pct": "97",
        "growth_pct_month": "2.5",
        "horizon_months": "36",
    }
)


@pytest.fixture(scope="module")
def models() -> dict[str, fleet_file.ModelSpec]:
    return fleet_file.index_models(catalogue.shipped_catalogue())


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def test_every_bad_cell_is_reported_with_its_spreadsheet_row(
    tmp_path: Path, models: dict[str, fleet_file.ModelSpec]
) -> None:
    path = write(
        tmp_path / "fleet.csv",
        "model,quantity,electricity_price,hardware_cost,site\n"  # row 1
        "Antminer S19 Pro,10,0.05,1200,North\n"  # row 2: good
        "S19 Pr0,0,-0.01,-5,North\n"  # row 3: four bad cells
        ",2.5,nan,abc,South\n"  # row 4: four bad cells
        "s21xp,ten,cheap,,South\n"  # row 5: quantity and price (model spelled loosely is fine)
        "\n"  # row 6: blank, skipped
        "whatsminer m30s++,3,,,\n",  # row 7: missing price
    )
    table = fleet_file.read_fleet_file(path)
    rows, errors = fleet_file.validate_rows(table, models)

    assert [(e.row, e.column) for e in errors] == [
        (3, "model"),
        (3, "quantity"),
        (3, "electricity_price"),
        (3, "hardware_cost"),
        (4, "model"),
        (4, "quantity"),
        (4, "electricity_price"),
        (4, "hardware_cost"),
        (5, "quantity"),
        (5, "electricity_price"),
        (7, "electricity_price"),
    ]
    messages = {(e.row, e.column): str(e.message) for e in errors}  # English; a Text renders it in Chinese
    assert messages[3, "model"].startswith("unknown model 'S19 Pr0'; closest: ")
    assert "Antminer S19 Pro" in messages[3, "model"]
    assert messages[3, "quantity"] == "must be at least 1 and at most 10000000 (got 0)"
    assert messages[3, "electricity_price"].startswith("must be at least 0")
    assert messages[3, "hardware_cost"].startswith("must be at least 0")
    assert messages[4, "model"] == "a model name is required"
    assert messages[4, "quantity"] == "must be a whole number (got 2.5)"
    assert messages[4, "electricity_price"] == "'nan' is not a finite number"
    assert messages[4, "hardware_cost"] == "'abc' is not a number"
    assert messages[5, "quantity"] == "'ten' is not a number"
    assert messages[7, "electricity_price"] == "a number is required"
    assert str(errors[0]).startswith("row 3, model: unknown model")
    assert rows.row.tolist() == [2]  # only the clean row survives

    with pytest.raises(FleetFileError) as caught:  # the one-call path: nothing is computed
        fleet_file.load_fleet(path, models)
    assert caught.value.errors == errors
    assert str(caught.value).startswith("file: 11 bad cell(s): row 3, model:")


def test_semicolon_csv_with_bom_and_decimal_commas(tmp_path: Path, models: dict[str, fleet_file.ModelSpec]) -> None:
    path = write(
        tmp_path / "fleet.csv",
        "Model ; Quantity ; Electricity Price ($/kWh) ; Hardware_Cost ; SITE\n"
        "Bitmain Antminer S21;1 000;0,045;3.450,50;Växjö\n"
        "S19j Pro;4;0.06;1.250;Växjö\n",  # a thousands dot without a decimal comma is ambiguous here
        encoding="utf-8-sig",
    )
    table = fleet_file.read_fleet_file(path)
    assert table.decimal_comma
    rows, errors = fleet_file.validate_rows(table, models)
    assert [(e.row, e.column, e.message) for e in errors] == [
        (3, "hardware_cost", "'1.250' is ambiguous; write it without a thousands separator")
    ]
    assert rows.model.tolist() == ["Antminer S21"]
    assert rows.quantity.tolist() == [1000]
    assert rows.electricity_usd_per_kwh.tolist() == [0.045]
    assert rows.hardware_cost_usd.tolist() == [3450.5]
    assert rows.site.tolist() == ["Växjö"]


def test_comma_csv_refuses_a_decimal_comma_but_reads_thousands(
    tmp_path: Path, models: dict[str, fleet_file.ModelSpec]
) -> None:
    path = write(tmp_path / "fleet.csv", 'model,quantity,electricity_price\nS21,"1,200",0.05\nS21,2,"0,05"\n')
    rows, errors = fleet_file.validate_rows(fleet_file.read_fleet_file(path), models)
    assert rows.quantity.tolist() == [1200]
    assert [(e.row, e.message) for e in errors] == [(3, "'0,05': use a dot as the decimal separator")]


def test_a_value_under_no_header_is_a_row_error_not_a_shifted_row(
    tmp_path: Path, models: dict[str, fleet_file.ModelSpec]
) -> None:
    # "1,000" unquoted in a comma file: without the check the price would silently read "000".
    path = write(tmp_path / "fleet.csv", "model,quantity,electricity_price\nS21,1,000,0.05\nS21,2,0.05,\n")
    rows, errors = fleet_file.validate_rows(fleet_file.read_fleet_file(path), models)
    assert [(e.row, e.column) for e in errors] == [(2, "columns")]
    assert errors[0].message == "a value stands under no column header; a value with a ',' in it must be in quotes"
    assert rows.row.tolist() == [3]  # an empty trailing cell is harmless


def test_xlsx_first_sheet_with_typed_cells(tmp_path: Path, models: dict[str, fleet_file.ModelSpec]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Site", "MODEL", "Quantity", "electricity price", "Hardware cost (USD)"])
    sheet.append(["East", "Antminer S19 Pro", 20, 0.055, 1500])
    sheet.append([])  # row 3: blank
    sheet.append(["East", "Avalon A1466", 5.0, "free", None])
    sheet.append(["West", "M50S", 7, 0.04, None])
    workbook.create_sheet("Notes").append(["ignored"])
    path = tmp_path / "fleet.xlsx"
    workbook.save(path)

    rows, errors = fleet_file.validate_rows(fleet_file.read_fleet_file(path), models)
    assert [(e.row, e.column, e.message) for e in errors] == [(4, "electricity_price", "'free' is not a number")]
    assert rows.row.tolist() == [2, 5]
    assert rows.model.tolist() == ["Antminer S19 Pro", "Whatsminer M50S"]
    assert rows.quantity.tolist() == [20, 7]
    assert rows.electricity_usd_per_kwh.tolist() == [0.055, 0.04]
    assert rows.hardware_cost_usd.tolist() == [1500.0, 0.0]  # an empty cost is no cost


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("no_price.csv", "model,quantity\nS21,1\n", "missing column(s) electricity_price"),
        ("twice.csv", "model,Model,quantity,electricity_price\n", "column 'model' appears 2 times"),
        ("empty.csv", "", "empty.csv has no header row"),
        ("old.xls", "not really excel", "old .xls workbooks are not read"),
    ],
)
def test_unreadable_files_name_the_problem(tmp_path: Path, name: str, content: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fleet_file.read_fleet_file(write(tmp_path / name, content))


def test_a_batch_row_equals_the_single_calculation_to_the_cent(
    tmp_path: Path, models: dict[str, fleet_file.ModelSpec]
) -> None:
    path = write(
        tmp_path / "fleet.csv",
        "model,quantity,electricity_price,hardware_cost,site\n"
        "Antminer S21 XP,12,0.035,1500,A\n"  # pays back after the halving (day 100)
        "Antminer S19 Pro,3,0.041,250,A\n"  # profitable today, not after the halving
        "Antminer S9,100,0.09,50,B\n"  # loses money: never pays back
        "Whatsminer M60S,1,0.05,0,B\n"  # no hardware cost: payback n/a, no ROI
        "Avalon A1466,250,0.0425,3999.99,C\n",
    )
    rows = fleet_file.load_fleet(path, models)
    result = batch.compute_batch(rows, MARKET, chunk=2)
    frame = result.frame
    assert list(frame.columns) == list(batch.RESULT_COLUMNS)
    paybacks = []
    for i in range(len(rows)):
        single = calculate(rows.calculator_inputs(i, MARKET))
        line = frame.iloc[i]
        assert fixed(line.btc_per_day, 8) == single.btc_per_day
        assert money(line.revenue_usd_day) == single.revenue_usd_per_day
        assert money(line.power_cost_usd_day) == single.power_cost_usd_per_day
        assert money(line.profit_usd_day) == single.profit_usd_per_day
        assert money(line.profit_usd_month) == single.profit_usd_per_month
        assert fixed(line.breakeven_electricity, 5) == single.breakeven_electricity_usd_per_kwh
        # No hardware cost (no ROI): no payback day, "n/a" (the projection's day 0 read as "immediate").
        want_days = single.payback_days if single.roi_pct is not None else None
        assert (None if np.isnan(line.payback_days) else int(line.payback_days)) == want_days
        assert (None if np.isnan(line.roi_pct) else fixed(line.roi_pct, 2)) == single.roi_pct
        paybacks.append(single.payback_days)
    assert paybacks[0] is not None and paybacks[0] > 100
    assert paybacks[1] is None and frame.profit_usd_day[1] > 0
    assert paybacks[2] is None and paybacks[3] == 0
    assert np.isnan(frame.roi_pct[3]) and frame.payback_status[3] == "n/a"

    totals = result.totals
    assert totals.rows == 5 and totals.machines == 366
    assert totals.profit_usd_day == pytest.approx(frame.profit_usd_day.sum())
    assert totals.power_mw == pytest.approx((rows.power_w * rows.quantity).sum() / 1e6)
    assert totals.network_share_pct is None


def test_calculator_inputs_of_a_row_are_what_the_user_typed(models: dict[str, fleet_file.ModelSpec]) -> None:
    rows = ValidRows(
        row=np.array([2]),
        site=np.array(["A"], dtype=object),
        model=np.array(["Antminer S21"], dtype=object),
        quantity=np.array([3]),
        hashrate_ths=np.array([200.0]),
        power_w=np.array([3500.0]),
        electricity_usd_per_kwh=np.array([0.05]),
        hardware_cost_usd=np.array([4200.0]),
    )
    inputs = rows.calculator_inputs(0, MARKET)
    assert inputs.electricity_usd_per_kwh == Decimal("0.05") and inputs.quantity == 3
    assert BatchMarket.from_inputs(inputs) == MARKET


def test_cancel_stops_after_the_first_chunk_and_progress_follows_each(models: dict[str, fleet_file.ModelSpec]) -> None:
    rows = many_rows(models, 10)
    seen: list[tuple[int, int]] = []
    with pytest.raises(BatchCancelled) as caught:
        batch.compute_batch(
            rows, MARKET, chunk=4, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen)
        )
    assert seen == [(4, 10)]
    assert (caught.value.done, caught.value.total) == (4, 10)
    assert "cancelled after 4 of 10 rows" in str(caught.value)

    seen.clear()
    result = batch.compute_batch(rows, MARKET, chunk=4, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(4, 10), (8, 10), (10, 10)]
    whole = batch.compute_batch(rows, MARKET)  # chunking changes nothing
    assert result.frame.equals(whole.frame)


def test_market_errors_name_the_field_and_defaults_apply() -> None:
    with pytest.raises(ValidationError, match="btc_price_usd: 'lots' is not a number"):
        BatchMarket.parse({"btc_price_usd": "lots", "difficulty": 1e14, "fees_per_block_btc": 0, "block_height": 1})
    market = BatchMarket.parse({"btc_price_usd": 1, "difficulty": 1e14, "fees_per_block_btc": 0, "block_height": 1})
    assert (market.pool_fee_pct, market.uptime_pct, market.horizon_months) == (Decimal(2), Decimal(100), 24)
    assert market.network_hashrate_ehs is None and market.horizon_days == 730
    single = CalculatorInputs.parse(
        {"hashrate_ths": 1, "power_w": 1, "electricity_usd_per_kwh": 0, "btc_price_usd": 1, "difficulty": 1e14}
        | {"fees_per_block_btc": 0, "block_height": 1}
    )
    assert BatchMarket.from_inputs(single) == market


def test_models_from_the_database_match_the_shipped_catalogue(
    database: Database, models: dict[str, fleet_file.ModelSpec]
) -> None:
    with unit_of_work(database.session_factory) as session:
        catalogue.load_shipped_catalogue(session, SYSTEM)
    with database.session_factory() as session:
        from_db = fleet_file.load_models(session, SYSTEM)
    assert from_db == models


def many_rows(models: dict[str, fleet_file.ModelSpec], count: int) -> ValidRows:
    specs = list(models.values())
    pick = [specs[i % len(specs)] for i in range(count)]
    return ValidRows(
        row=np.arange(2, count + 2),
        site=np.array([f"S{i % 3}" for i in range(count)], dtype=object),
        model=np.array([s.name for s in pick], dtype=object),
        quantity=np.arange(1, count + 1),
        hashrate_ths=np.array([s.hashrate_ths for s in pick]),
        power_w=np.array([s.power_w for s in pick]),
        electricity_usd_per_kwh=np.linspace(0.03, 0.08, count),
        hardware_cost_usd=np.full(count, 2500.0),
    )


def test_resolve_market_takes_the_user_then_market_data_then_defaults() -> None:
    from datetime import UTC, datetime, timedelta

    from hashinsight_desktop.services.calculator.batch import resolve_market
    from hashinsight_desktop.services.market_data import MarketValue, Quantity

    now = datetime(2025, 6, 1, 12, tzinfo=UTC)
    stored = {
        Quantity.BTC_PRICE_USD: MarketValue(Quantity.BTC_PRICE_USD, Decimal(97000), "coingecko", now, False),
        Quantity.DIFFICULTY: MarketValue(Quantity.DIFFICULTY, Decimal("1.2e14"), "mempool.space", now, False),
        Quantity.BLOCK_HEIGHT: MarketValue(
            Quantity.BLOCK_HEIGHT, Decimal(905000), "mempool.space", now - timedelta(hours=2), True
        ),
    }
    market, sources = resolve_market({"fees_per_block_btc": "0.05", "uptime_pct": "95"}, stored, now)

    assert (market.btc_price_usd, market.block_height, market.uptime_pct) == (Decimal(97000), 905000, Decimal(95))
    assert sources["fees_per_block_btc"].source == "user" and sources["fees_per_block_btc"].value == Decimal("0.05")
    assert sources["block_height"].source == "last known (mempool.space)" and sources["block_height"].age_s == 7200
    assert sources["pool_fee_pct"].source == "default" and "network_hashrate_ehs" not in sources
    with pytest.raises(ValidationError, match="fees_per_block_btc: a number is required"):
        resolve_market({}, stored, now)


def test_history_of_a_batch_keeps_the_totals_and_the_file() -> None:
    from hashinsight_desktop.services.calculator.batch import history_inputs

    result = batch.compute_batch(many_rows(fleet_file.index_models(catalogue.shipped_catalogue()), 6), MARKET)
    inputs = history_inputs(MARKET.sources("calculator"), "fleet.csv", result.totals)
    assert inputs["btc_price_usd"] == {"value": 100000.0, "source": "calculator", "age_s": None}
    assert inputs["fleet_file"]["value"] == "fleet.csv" and inputs["fleet_machines"]["value"] == 21
    saved = result.totals.as_history()
    assert saved["rows"] == 6 and saved["machines"] == 21
    assert saved["profit_usd_per_day"] == str(money(result.totals.profit_usd_day))
