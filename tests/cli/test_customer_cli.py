"""A headless site machine makes its hosting customers (`customer add|list|edit`), gives them miners, and reads
errors in its own options' names (in process through cli.main: the same registry and error handling as a
subprocess, seconds faster)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import auth
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


@pytest.fixture
def boss(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        auth.create_first_owner(session, "boss", PASSWORD)
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return app_home


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main([*args, "--as", "boss"])
    out, err = capsys.readouterr()
    return code, out, err


def test_customers_made_headless_then_given_miners(
    boss: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "customer", "add", "Acme Hosting", "--email", "ops@acme.example", "--json")
    assert code == 0, err
    assert json.loads(out)["customer"]["email"] == "ops@acme.example"
    code, _, err = run(capsys, "customer", "add", "Beta Corp", "--email", "nope")
    assert (code, err) == (1, "hashinsight-desktop: error: --email: 'nope' is not an e-mail address\n")
    code, _, err = run(capsys, "customer", "edit", "acme hosting", "--notes", "row 3, cage B")
    assert code == 0, err
    code, out, err = run(capsys, "customer", "list")
    assert out.splitlines() == [
        "CUSTOMER      COMPANY  E-MAIL            TAGS  NOTES",
        "Acme Hosting  –        ops@acme.example  –     row 3, cage B",
    ], err

    code, _, err = run(capsys, "site", "add", "Beta", "--timezone", "UTC", "--power-price", "-1")
    assert (code, err) == (1, "hashinsight-desktop: error: --power-price: must be between 0 and 10 $/kWh\n")
    code, _, err = run(capsys, "site", "add", "Alpha", "--timezone", "UTC", "--power-price", "0.045")
    assert code == 0, err
    fleet = tmp_path / "fleet.csv"
    fleet.write_text("ip,name,rack,position\n127.5.0.1,alpha-miner-001,R1,1\n127.5.0.2,b,,\n", encoding="utf-8")
    assert run(capsys, "miner", "import", str(fleet))[0] == 0
    code, out, err = run(capsys, "miner", "set", "127.5.0.1", "--customer", "Acme Hosting")
    assert code == 0, err
    code, _, err = run(capsys, "miner", "set", "127.5.0.2", "--name", " ")
    assert (code, err.split(": ")[2]) == (1, "--name"), err
    code, out, err = run(capsys, "miner", "list")
    assert out.splitlines() == [
        "NAME             ADDRESS    SITE   CUSTOMER      RACK/POS  FEED  MODEL  STATUS",
        "alpha-miner-001  127.5.0.1  Alpha  Acme Hosting  R1/1      -     -      unknown",
        "b                127.5.0.2  Alpha  -             -         -     -      unknown",
    ], err

    engine = create_engine(f"sqlite:///{boss / 'data' / 'hashinsight.sqlite3'}")
    with Session(engine) as session:
        actions = list(session.scalars(select(AuditRecord.action).where(AuditRecord.action.like("customer.%"))))
    engine.dispose()
    assert actions == ["customer.create", "customer.update"]
