"""The contract file and the usage file of `billing draft`: read exactly, every bad field or cell named at once."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hashinsight_desktop.services.billing.contract_terms import (
    CreditTier,
    billing_period,
    load_contract_file,
    parse_contract,
    site_zone,
)
from hashinsight_desktop.services.billing.money import cents, round_half_up
from hashinsight_desktop.services.billing.usage_file import read_usage_file
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.table_file import BadCells

GOOD = {
    "basis": "metered",
    "rate_usd_per_kwh": 0.055,
    "gap_policy": "last",
    "sla_credit_tiers": [{"below_pct": 95, "credit_pct": 10}, {"below_pct": 99, "credit_pct": "2.5"}],
    "miners": [{"miner_id": "m1", "nameplate_w": 3500, "from": "2026-11-10", "to": "2026-11-20"}],
    "customer": "Acme Hosting",  # a field of the database's contract: ignored here
    "deposit_usd": 500,
}


def test_a_good_contract_is_read_exactly_with_defaults() -> None:
    terms = parse_contract(json.loads(json.dumps(GOOD), parse_float=Decimal))
    assert terms.rate_usd_per_kwh == Decimal("0.055")  # not 0.05499999...
    assert (terms.overhead_pct, terms.fee_usd_per_miner_month, terms.max_gap_s) == (Decimal(0), Decimal(0), 300)
    assert (terms.sla_uptime_pct, terms.curtailed_counts_as_uptime) == (Decimal(100), False)
    assert terms.sla_credit_tiers == (CreditTier(Decimal(99), Decimal("2.5")), CreditTier(Decimal(95), Decimal(10)))
    (miner,) = terms.miners
    assert (miner.miner_id, miner.nameplate_w, miner.from_date, miner.to_date) == (
        "m1",
        Decimal(3500),
        date(2026, 11, 10),
        date(2026, 11, 20),
    )


def test_every_bad_field_is_named_at_once_in_one_line() -> None:
    bad = {
        "basis": "metred",
        "gap_policy": "zero",
        "overhead_percent": 10,
        "max_gap_s": 0,
        "sla_credit_tiers": [{"below_pct": 95}, {"below_pct": 95, "credit_pct": 5}],
        "miners": [{"miner_id": "m1", "nameplate_w": "lots"}, {"miner_id": "m1", "nameplate_w": 1, "to": "30.11.2026"}],
    }
    with pytest.raises(ValidationError) as raised:
        parse_contract(bad)
    message = str(raised.value)
    assert "\n" not in message
    for part in (
        'basis: "metred" is not one of metered, spec, fixed',
        "overhead_percent: not a contract field; did you mean overhead_pct?",
        "max_gap_s: must be between 1 and 86400",
        "sla_credit_tiers[0].credit_pct: is required",
        "miners[0].nameplate_w: 'lots' is not a number",
        'miners[1].to: "30.11.2026" is not a date (YYYY-MM-DD)',
    ):
        assert part in message


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"basis": "fixed"}, "fixed_usd_month: is required for the fixed basis"),
        ({"fixed_usd_month": 10}, "fixed_usd_month: only a fixed basis has one"),
        ({"rate_usd_per_kwh": None}, "rate_usd_per_kwh: is required"),
        ({"miners": []}, "miners: is required"),
        ({"curtailed_counts_as_uptime": "yes"}, 'curtailed_counts_as_uptime: "yes" is not true or false'),
        (
            {"miners": [{"miner_id": "a", "nameplate_w": 1, "from": "2026-11-05", "to": "2026-11-04"}]},
            "before its from",
        ),
        ({"miners": [{"miner_id": "a", "nameplate_w": 1}, {"miner_id": "a", "nameplate_w": 2}]}, "a is listed twice"),
    ],
)
def test_contract_rules(change: dict[str, object], said: str) -> None:
    data = {**GOOD, **change}
    data = {name: value for name, value in data.items() if value is not None}
    with pytest.raises(ValidationError, match=re.escape(said)):
        parse_contract(data)


def test_a_contract_file_that_is_not_json_names_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "contract.json"
    path.write_text('{\n  "basis": "metered",\n  "rate_usd_per_kwh": 0.05\n  "gap_policy": "zero"\n}\n')
    with pytest.raises(
        ValidationError, match=r"contract.json: not valid JSON: Expecting ',' delimiter at line 4, column 3"
    ):
        load_contract_file(path)


def test_periods_and_zones() -> None:
    assert billing_period("2026-12", ZoneInfo("America/Chicago")).end == datetime(2027, 1, 1, 6, tzinfo=UTC)
    for text in ("2026-13", "Nov 2026", "2026-1"):
        with pytest.raises(ValidationError, match=r"--period: .* is not a month; write it as YYYY-MM"):
            billing_period(text, ZoneInfo("UTC"))
    with pytest.raises(ValidationError, match="--tz: 'Europe/Olso' is not a time zone"):
        site_zone("Europe/Olso")


def test_rounding_is_half_up_on_exact_values() -> None:
    assert [str(cents(Decimal(v))) for v in ("0.125", "0.135", "2.675", "-0.125", "0.124999")] == [
        "0.13",
        "0.14",
        "2.68",
        "-0.13",
        "0.12",
    ]
    assert round_half_up(Fraction(2, 3), 3) == Decimal("0.667")


USAGE_HEADER = "miner_id,recorded_at,power_w,status\n"


def test_a_usage_file_is_read_in_time_order_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "usage.csv"
    path.write_text(
        USAGE_HEADER
        + "m1,2026-11-01T01:05:00+01:00,3400.5,hashing\n"
        + "m1,2026-11-01T00:00:00Z,3300,Hashing\n"
        + "m2,2026-11-01T00:00:00Z,,offline\n"
    )
    samples = read_usage_file(path, {"m1", "m2"})
    assert [(s.at, s.power_w, s.status) for s in samples["m1"]] == [
        (datetime(2026, 11, 1, tzinfo=UTC), Decimal(3300), "hashing"),
        (datetime(2026, 11, 1, 0, 5, tzinfo=UTC), Decimal("3400.5"), "hashing"),
    ]
    assert samples["m2"][0].power_w == 0  # an offline miner without a reading draws nothing billed


def test_every_bad_cell_of_a_usage_file_is_named_by_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "usage.csv"
    path.write_text(
        USAGE_HEADER
        + "m1,2026-11-01T00:00:00Z,3300,hashing\n"  # row 2: good
        + "m9,2026-11-01T00:00:00Z,3300,hashing\n"  # row 3
        + "m1,2026-11-01 00:05,3300,hashing\n"  # row 4: no offset
        + "m1,2026-11-01T00:10:00Z,-5,hashing\n"  # row 5
        + "m1,2026-11-01T00:15:00Z,,hashing\n"  # row 6
        + "m1,2026-11-01T00:20:00Z,3300,mining\n"  # row 7
        + "m1,2026-11-01T01:00:00+01:00,3300,hashing\n"  # row 8: the time of row 2 again
        + "m1,yesterday,3300,hashing\n"  # row 9
    )
    with pytest.raises(BadCells) as raised:
        read_usage_file(path, {"m1"})
    assert [str(error) for error in raised.value.errors] == [
        "row 3, miner_id: 'm9' is not a miner of the contract",
        "row 4, recorded_at: '2026-11-01 00:05' has no UTC offset; add Z or +01:00 "
        "(a local time is ambiguous when clocks change)",
        "row 5, power_w: -5 must be between 0 and 100000 W",
        "row 6, power_w: is required (empty only when offline)",
        "row 7, status: 'mining' is not one of hashing, sleeping, curtailed, offline",
        "row 8, recorded_at: miner m1 has a sample at this time in row 2",
        "row 9, recorded_at: 'yesterday' is not an ISO-8601 time (e.g. 2026-11-01T00:00:00Z)",
    ]
    assert "usage.csv; nothing was billed" in str(raised.value)


def test_a_usage_file_without_a_column_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "usage.csv"
    path.write_text("miner_id,recorded_at,status\nm1,2026-11-01T00:00:00Z,hashing\n")
    with pytest.raises(ValidationError, match="missing column\\(s\\) power_w"):
        read_usage_file(path, {"m1"})
