"""`billing contract`, `billing run` and `invoice …` end to end on a SQLite database (in process through cli.main):
a contract edited into version 2, the month drafted from the roll-ups, issued with its number, paid in part,
credited, listed with ids, shown; bad input exits 1 naming the field, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.services import auth, passwords
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.billing_db.kit import CONTRACT, EXPECTED_TOTAL, make_billing

PASSWORD = "correct horse battery"


@pytest.fixture
def boss(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    # each command logs in: a real argon2id hash, at cheap parameters (14 logins at the product's cost take 9 s)
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    context = build_context(None, process_name="test")
    billing = make_billing(context.database)
    with unit_of_work(context.database.session_factory) as session:
        auth.create_first_owner(session, "boss", PASSWORD)
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return [str(miner) for miner in billing.miners]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main([*args, "--as", "boss"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_month_billed_issued_paid_and_credited_from_the_command_line(
    boss: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contract = tmp_path / "contract.json"
    terms = CONTRACT | {"miners": [{"miner_id": boss[0]}, {"miner_id": boss[1], "nameplate_w": 3300}]}
    contract.write_text(json.dumps(terms | {"payment_terms_days": 10}), encoding="utf-8")
    code, out, err = run(capsys, "billing", "contract", "edit", "C-ACME-1", str(contract), "--json")
    assert code == 0, err
    assert json.loads(out)["contract"]["version"] == 2
    contract.write_text(json.dumps(terms | {"billing_mode": "monthly", "reference": "C-2"}), encoding="utf-8")
    code, _, err = run(capsys, "billing", "contract", "add", str(contract))
    assert (code, err) == (1, "hashinsight-desktop: error: billing_mode: 'monthly' is not one of prepaid, arrears\n")

    code, _, err = run(capsys, "billing", "run", "--period", "2026-13")
    assert code == 1 and err.startswith("hashinsight-desktop: error: --period: '2026-13' is not a month"), err
    code, out, err = run(capsys, "billing", "run", "--period", "2026-11", "--json")
    assert code == 0, err
    (draft,) = json.loads(out)["drafts"]
    assert (draft["total_usd"], draft["status"], draft["contract_version"]) == (f"{EXPECTED_TOTAL}", "draft", 2)

    code, out, err = run(capsys, "invoice", "issue", draft["id"], "--json")
    assert code == 0, err
    number = json.loads(out)["invoices"][0]["number"]
    assert number.startswith("INV-") and number.endswith("-000001")
    code, _, err = run(capsys, "invoice", "pay", number, "--amount", "100.005")
    assert (code, err) == (1, "hashinsight-desktop: error: --amount: 100.005 has more than two decimals (cents)\n")
    code, out, err = run(capsys, "invoice", "pay", number, "--amount", "100", "--date", "2026-12-05", "--json")
    assert code == 0, err
    assert json.loads(out)["invoice"]["balance_usd"] == f"{EXPECTED_TOTAL - 100}"
    code, _, err = run(capsys, "invoice", "credit", number, "--amount", "1000", "--reason", "goodwill")
    assert code == 1 and err.startswith(
        f"hashinsight-desktop: error: --amount: 1000.00 USD is more than what is left of invoice {number}"
    ), err
    code, out, err = run(
        capsys, "invoice", "credit", number, "--amount", f"{EXPECTED_TOTAL - 100}", "--reason", "goodwill"
    )
    assert code == 0, err
    code, out, err = run(capsys, "invoice", "list", "--json")
    (listed,) = json.loads(out)["invoices"]
    assert (listed["id"], listed["status"], listed["balance_usd"]) == (draft["id"], "paid", "0.00")
    code, out, err = run(capsys, "invoice", "show", number, "--json")
    shown = json.loads(out)["invoice"]
    assert shown["totals"]["credited_usd"] == f"{EXPECTED_TOTAL - 100}" and shown["contract"]["version"] == 2
    assert len(shown["usage_per_miner"]) == 2 and shown["gaps"]
    code, out, err = run(capsys, "invoice", "statement", "Acme Hosting")
    assert code == 0 and out.splitlines()[-1].endswith("0.00"), err
