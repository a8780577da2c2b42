"""`billing draft` as a user runs it: a contract file and a usage file in, the bill out (JSON or text), no
database; bad files exit 1 naming the field, or every bad cell by row and column."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.cli_in_process import run_main

CONTRACT = {
    "basis": "metered",
    "rate_usd_per_kwh": "0.08",
    "overhead_pct": 5,
    "fee_usd_per_miner_month": 25,
    "sla_uptime_pct": 99,
    "sla_credit_tiers": [{"below_pct": 99, "credit_pct": 5}],
    "curtailed_counts_as_uptime": False,
    "gap_policy": "nameplate",
    "max_gap_s": 300,
    "miners": [{"miner_id": "m1", "nameplate_w": 3000}, {"miner_id": "m2", "nameplate_w": 3250, "from": "2026-11-29"}],
}
KEYS = [
    "lines",
    "kwh",
    "gap_kwh",
    "energy_usd",
    "fees_usd",
    "subtotal_usd",
    "uptime_pct",
    "sla_credit_usd",
    "total_usd",
    "gaps",
]


def files(tmp_path: Path, usage_rows: list[str] | None = None, contract: object = CONTRACT) -> list[str]:
    contract_path, usage_path = tmp_path / "contract.json", tmp_path / "usage.csv"
    contract_path.write_text(json.dumps(contract), encoding="utf-8")
    if usage_rows is None:
        # m1: one sample two minutes before the Oslo month starts (23:00Z), then silence; m2: from its first day
        # (29 Nov, local midnight = 28 Nov 23:00Z) every 4 minutes for 48 hours
        start = datetime(2026, 11, 28, 23, tzinfo=UTC)
        usage_rows = ["m1,2026-10-31T22:58:00Z,3000,hashing"] + [
            f"m2,{(start + timedelta(minutes=4 * i)).isoformat()},3250,hashing" for i in range(720)
        ]
    usage_path.write_text("miner_id,recorded_at,power_w,status\n" + "\n".join(usage_rows) + "\n", encoding="utf-8")
    return ["--contract", str(contract_path), "--usage-csv", str(usage_path)]


def draft(tmp_path: Path, *flags: str, home: Path | None = None) -> tuple[int, str, str]:
    done = run_main("billing", "draft", *flags, home=home or tmp_path / "home")
    return done.returncode, done.stdout, done.stderr


def test_the_bill_as_json_hand_computed(tmp_path: Path) -> None:
    code, out, err = draft(tmp_path, *files(tmp_path), "--period", "2026-11", "--tz", "Europe/Oslo", "--json")
    assert (code, err) == (0, "")
    bill = json.loads(out)
    assert list(bill) == KEYS
    # m1: 3,000 W for the 720 h (180 s measured from the sample before the start, the rest a gap at nameplate):
    # 2,160 kWh × 0.08 × 1.05 = 181.44; m2: 3.25 kW × 48 h = 156 kWh × 0.084 = 13.104 → 13.10; fees 2 × 25
    assert (bill["kwh"], bill["gap_kwh"]) == ("2316.000", "2159.850")
    assert (bill["energy_usd"], bill["fees_usd"], bill["subtotal_usd"]) == ("194.54", "50.00", "244.54")
    # uptime: m1 180 s of 720 h, m2 all of its 48 h: mean 50.003 % < 99 → 5 % of 244.54 = 12.227
    assert (bill["uptime_pct"], bill["sla_credit_usd"], bill["total_usd"]) == ("50.003", "12.23", "232.31")
    assert [(line["kind"], line["amount_usd"]) for line in bill["lines"]] == [
        ("energy", "181.44"),
        ("energy", "13.10"),
        ("hosting_fee", "50.00"),
        ("sla_credit", "-12.23"),
    ]
    m2 = bill["lines"][1]
    assert (m2["contracted_start"], m2["contracted_s"], m2["uptime_pct"]) == (
        "2026-11-29T00:00:00+01:00",
        172_800,
        "100.000",
    )
    assert bill["gaps"] == [
        {
            "miner_id": "m1",
            "start": "2026-11-01T00:03:00+01:00",
            "length_s": 720 * 3600 - 180,
            "billed_w": "3000",
            "kwh": "2159.850",
        }
    ]


def test_the_bill_as_text_needs_no_database(tmp_path: Path) -> None:
    home = tmp_path / "empty-home"  # no database file at all
    code, out, err = draft(tmp_path, *files(tmp_path), "--period", "2026-11", "--tz", "Europe/Oslo", home=home)
    assert (code, err) == (0, "")
    assert "      232.31  Total" in out and "      -12.23  SLA credit" in out
    assert "m1  from 2026-11-01T00:03:00+01:00  2591820 s  at 3000 W" in out
    assert not (home / "data" / "hashinsight.sqlite3").exists()


def test_every_bad_row_of_the_usage_file_is_named_with_its_column(tmp_path: Path) -> None:
    rows = ["m1,2026-11-01T00:00:00Z,3000,hashing"] + [f"m1,2026-11-0{d}T00:00:00Z,{-d},hashing" for d in range(2, 9)]
    code, out, err = draft(tmp_path, *files(tmp_path, rows), "--period", "2026-11", "--json")
    assert (code, out) == (1, "")
    first, *each = err.splitlines()
    assert first.startswith("hashinsight-desktop: error: file: 7 bad cell(s) in usage.csv; nothing was billed: ")
    assert each == [f"  row {r}, power_w: {1 - r} must be between 0 and 100000 W" for r in range(3, 10)]


def test_a_bad_contract_exits_1_naming_the_field(tmp_path: Path) -> None:
    contract = {**CONTRACT, "gap_policy": "average"}
    code, out, err = draft(tmp_path, *files(tmp_path, contract=contract), "--period", "2026-11")
    assert (code, out) == (1, "")
    assert err == (
        'hashinsight-desktop: error: contract.json: 1 bad field(s): gap_policy: "average" is not one of '
        "zero, last, nameplate\n"
    )


def test_a_bad_period_or_zone_exits_1_naming_the_option(tmp_path: Path) -> None:
    code, _, err = draft(tmp_path, *files(tmp_path), "--period", "2026-11", "--tz", "Mars/Olympus")
    assert code == 1 and err.startswith("hashinsight-desktop: error: --tz: 'Mars/Olympus' is not a time zone")
    code, _, err = draft(tmp_path, *files(tmp_path), "--period", "November")
    assert code == 1 and "--period: 'November' is not a month" in err
    code, _, err = draft(
        tmp_path, "--contract", str(tmp_path / "none.json"), "--usage-csv", "x.csv", "--period", "2026-11"
    )
    assert code == 1 and "--contract: no such file" in err
