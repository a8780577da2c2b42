"""`customer add|list|import|assets` for scripts: JSON items carry their id, a customer-role login sees only its
own account and assets, bad input exits 1 with one line naming the field or the file's rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.services import auth, users
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


@pytest.fixture
def home(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An owner 'boss' and a customer login 'acme-user' bound to the account 'Acme Hosting'."""
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        acme = customers.add_customer(session, boss, name="Acme Hosting", tags=["colo"])
        users.create_user(
            session, boss, username="acme-user", password=PASSWORD, role=Role.CUSTOMER,
            customer_id=acme.id,
        )  # fmt: skip
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return app_home


def run(capsys: pytest.CaptureFixture[str], *args: str, user: str = "boss") -> tuple[int, str, str]:
    code = cli.main([*args, "--as", user])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_import_and_a_customers_own_view(home: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        capsys, "customer", "add", "Bitfarm", "--company", "Bitfarm GmbH", "--tax-id", "DE811", "--phone", "+49 30 1",
        "--billing-address", "Hauptstr. 1, Berlin", "--tag", "VIP", "--tag", "colo", "--json",
    )  # fmt: skip
    assert code == 0, err
    added = json.loads(out)["customer"]
    assert (added["company"], added["tax_id"], added["tags"]) == ("Bitfarm GmbH", "DE811", ["colo", "vip"])

    code, out, err = run(capsys, "customer", "add", "Nope", "--tag", "a,b")
    assert (code, err) == (
        1,
        "hashinsight-desktop: error: --tag: 'a,b': letters, digits and . : / + - _ only, at most 64 characters\n",
    )
    code, _, err = run(capsys, "customer", "list", "--limit", "ten")
    assert (code, err) == (1, "hashinsight-desktop: error: --limit: 'ten' is not a whole number\n")
    code, _, err = run(capsys, "customer", "list", "--sort", "secret")
    assert (code, err.split(": ")[2]) == (1, "--sort"), err

    people = tmp_path / "customers.csv"
    people.write_text(
        "name,company,email,tags\nCoolHash,CoolHash SA,ops@coolhash.example,vip; colo\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "customer", "import", str(people), "--json")
    assert code == 0, err
    assert [(c["name"], c["tags"]) for c in json.loads(out)["customers"]] == [("CoolHash", ["colo", "vip"])]

    bad = tmp_path / "assets.csv"
    bad.write_text(
        "customer,serial,purchase_date\nAcme Hosting,PDU-1,2025-01-01\nNobody,PDU-2,\nBitfarm,PSU-1,someday\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "customer", "import", str(bad), "--assets")
    assert code == 1 and err.count("\n") == 1, err
    assert "CSV: 2 bad cell(s), nothing imported: row 3, customer: no customer named 'Nobody'; " in err
    assert "row 4, purchase_date: 'someday' is not a date (YYYY-MM-DD)" in err
    good = tmp_path / "good.csv"
    good.write_text("customer,serial,model\nAcme Hosting,PDU-1,APC\nBitfarm,PSU-1,APW12\n", encoding="utf-8")
    code, out, err = run(capsys, "customer", "import", str(good), "--assets", "--json")
    assert code == 0, err
    assert [(a["customer"], a["serial"]) for a in json.loads(out)["assets"]] == [
        ("Acme Hosting", "PDU-1"),
        ("Bitfarm", "PSU-1"),
    ]

    code, out, err = run(capsys, "customer", "list", "--tag", "colo", "--sort", "company", "--desc", "--json")
    listed = json.loads(out)
    assert [c["name"] for c in listed["customers"]] == ["CoolHash", "Bitfarm", "Acme Hosting"], err
    assert listed["total"] == 3 and all(c["id"] for c in listed["customers"])
    code, out, err = run(capsys, "customer", "list", "--search", "gmbh")
    assert out.splitlines() == [
        "CUSTOMER  COMPANY       E-MAIL  TAGS      NOTES",
        "Bitfarm   Bitfarm GmbH  –       colo,vip",
    ], err

    # The customer's own login: its account and assets only; another's by name is unknown to it.
    code, out, err = run(capsys, "customer", "list", "--json", user="acme-user")
    assert [c["name"] for c in json.loads(out)["customers"]] == ["Acme Hosting"], err
    code, out, err = run(capsys, "customer", "assets", "--json", user="acme-user")
    assert [(a["serial"], a["id"] != "") for a in json.loads(out)["assets"]] == [("PDU-1", True)], err
    code, _, err = run(capsys, "customer", "assets", "Bitfarm", user="acme-user")
    assert (code, err) == (1, "hashinsight-desktop: error: NAME: no customer named 'Bitfarm'\n")
    code, _, err = run(capsys, "customer", "add", "Mine", user="acme-user")
    assert (code, err) == (1, "hashinsight-desktop: error: Your role (customer) may not create customer accounts.\n")
