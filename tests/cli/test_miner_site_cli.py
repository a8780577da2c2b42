"""`site add|list|edit` and `miner import|list|set|remove|export` as a headless site machine runs them
(against the default SQLite file). A real process adds the site and
refuses a bad import; the other steps call cli.main in process (the same parser and error handling)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import AuditRecord, MinerCustomerAssignment
from hashinsight_desktop.services import auth
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.transaction import unit_of_work
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.support.cli_in_process import run_main

PASSWORD = "correct horse battery"
AS_BOSS = {"HASHINSIGHT_PASSWORD": PASSWORD}


def _owner_and_customer() -> None:
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        customers.add_customer(session, boss, name="Acme Hosting")
    context.database.close()


def cli(home: Path, *args: str, process: bool = False):  # type: ignore[no-untyped-def]
    return (run_cli if process else run_main)(*args, "--as", "boss", home=home, env=AS_BOSS)


def test_a_site_machine_set_up_without_a_screen(app_home: Path, tmp_path: Path) -> None:
    _owner_and_customer()
    added = cli(app_home, "site", "add", "Texas North", "--timezone", "America/Chicago", "--power-price", "0.045",
                "--capacity-kw", "20000", "--json", process=True)  # fmt: skip
    site = json.loads(added.stdout)["site"]
    assert (site["timezone"], site["power_price_usd_per_kwh"], site["capacity_kw"]) == (
        "America/Chicago",
        "0.045",
        "20000",
    )
    edited = cli(app_home, "site", "edit", "Texas North", "--power-price", "0.05", "--four-eyes", "on")
    assert "0.05 $/kWh" in edited.stdout and "four-eyes" in edited.stdout, edited.stderr

    bad = tmp_path / "bad.csv"
    bad.write_text("ip,name,customer,feed\n10.20.0.1,a,Acme Hostng,F1\n10.20.0.x,b,,F1\n", encoding="utf-8")
    refused = cli(app_home, "miner", "import", str(bad), "--create-feeds", process=True)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        "hashinsight-desktop: error: row 2, customer: no customer named 'Acme Hostng' (did you mean 'Acme Hosting'?)",
        "hashinsight-desktop: error: row 3, ip: '10.20.0.x' is not an IP address",
        "hashinsight-desktop: 2 bad cell(s); nothing imported",
    ]
    good = tmp_path / "good.csv"
    good.write_text(
        "ip,name,rack,position,feed,model\n10.20.0.1,a,R1,1,F1,S21\n10.20.0.2,b,R1,2,F1,\n", encoding="utf-8"
    )
    dry = json.loads(cli(app_home, "miner", "import", str(good), "--create-feeds", "--dry-run", "--json").stdout)
    assert (dry["add"], dry["written"], dry["new_feeds"]) == (2, False, ["F1"])
    imported = cli(app_home, "miner", "import", str(good), "--site", "Texas North", "--create-feeds")
    assert imported.stdout.strip() == "Texas North: added 2, updated 0, 0 unchanged; new feeds: F1", imported.stderr

    assigned = cli(
        app_home, "miner", "set", "10.20.0.1", "--customer", "acme hosting", "--since", "2026-12-01", "--json"
    )
    assert json.loads(assigned.stdout)["changed"] == {"customer": 1}, assigned.stderr
    assert_one_line_error(cli(app_home, "miner", "set", "b", "--feed", "F2"), "no feed named 'F2'", "create it")
    listed = json.loads(cli(app_home, "miner", "list", "--customer", "Acme Hosting", "--json").stdout)["miners"]
    assert [(m["name"], m["customer"], m["rack"], m["power_feed"]) for m in listed] == [
        ("a", "Acme Hosting", "R1", "F1")
    ]
    removed = cli(app_home, "miner", "remove", "b", "--delete-telemetry")
    assert removed.stdout.strip() == "removed 1 miner(s) with their telemetry (0 samples deleted)", removed.stderr
    exported = cli(app_home, "miner", "export", str(tmp_path / "fleet.xlsx"))
    assert exported.stdout.strip().startswith("wrote 1 miners"), exported.stderr

    engine = create_engine(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    with Session(engine) as session:
        history = session.scalars(select(MinerCustomerAssignment)).one()
        assert history.starts_at.replace(tzinfo=UTC) == datetime(2026, 12, 1, 6, 0, tzinfo=UTC)  # Chicago's midnight
        actions = set(session.scalars(select(AuditRecord.action)))
    assert {"site.create", "site.update", "miner.import", "miner.customer", "miner.remove"} <= actions
    engine.dispose()
