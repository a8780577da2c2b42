"""`audit verify` sees a cut end and proves a checkpoint; `audit checkpoint --out FILE`; the command line's
actor is the acting user or the OS account, never `system`. The checkpoint is written and the cut end seen by
real processes; the other steps call cli.main in process (the same parser and error handling)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hashinsight_desktop.services.permissions import os_account_name
from tests.cli.test_cli import run_cli
from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD


def test_checkpoint_round_trip_and_a_cut_end(app_home: Path, tmp_path: Path) -> None:
    database = tmp_path / "farm.sqlite3"
    env = {"HASHINSIGHT_DATABASE_URL": f"sqlite:///{database}", "HASHINSIGHT_PASSWORD": PASSWORD}
    assert run_main("db", "init", home=app_home, env=env).returncode == 0
    added = run_main(
        "user", "add", "boss", "--role", "owner", "--password-stdin", home=app_home, stdin=PASSWORD, env=env
    )
    assert added.returncode == 0, added.stderr
    checkpoint = tmp_path / "offsite" / "audit-checkpoint.json"
    written = run_cli("audit", "checkpoint", "--out", str(checkpoint), home=app_home, env=env)
    assert written.returncode == 0, written.stderr
    saved = json.loads(checkpoint.read_text())
    assert saved["database"] == f"sqlite:{database.resolve()}" and saved["seq"] >= 2 and len(saved["record_hash"]) == 64
    guest = run_main(
        "user",
        "add",
        "ann",
        "--role",
        "guest",
        "--password-stdin",
        "--as",
        "boss",
        home=app_home,
        stdin=PASSWORD,
        env=env,
    )
    assert guest.returncode == 0, guest.stderr

    verified = run_main("audit", "verify", "--checkpoint", str(checkpoint), home=app_home, env=env)
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout and f"checkpoint {checkpoint}: OK" in verified.stdout

    with sqlite3.connect(database) as connection:  # what a person with the file might do: cut the log's end
        actors = [row[0] for row in connection.execute("SELECT actor FROM audit_log WHERE action = 'user.create'")]
        connection.execute("DELETE FROM audit_log WHERE seq >= ?", (saved["seq"],))
    cut = run_cli("audit", "verify", "--checkpoint", str(checkpoint), home=app_home, env=env)
    assert cut.returncode == 1
    assert "audit log CUT" in cut.stderr and f"it had reached record {saved['seq']}" in cut.stderr
    assert f"checkpoint {checkpoint}: FAILED" in cut.stderr
    refused = run_main("audit", "checkpoint", "--out", str(tmp_path / "late.json"), home=app_home, env=env)
    assert refused.returncode == 1 and "no checkpoint written" in refused.stderr
    assert not (tmp_path / "late.json").exists()
    # The first owner was created with nobody logged in: by the OS account, not "system"; the guest by boss.
    assert actors == [os_account_name(), "boss"]
