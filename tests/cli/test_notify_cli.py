"""`notify` as an operator runs it: an e-mail channel and a rule added, a test message delivered to a
loopback SMTP server, the send log read as JSON; a webhook's URL refused without a keyring (never stored
elsewhere). The refusal and the test message are real processes; the other steps call cli.main in process."""

from __future__ import annotations

import json
from pathlib import Path

from hashinsight_desktop.services.database import open_database
from tests.cli.test_cli import run_cli
from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD, make_people
from tests.support.loopback_servers import smtp_server

AS_OWNER = {"HASHINSIGHT_PASSWORD": PASSWORD}


def test_notify_channel_rule_test_and_log(app_home: Path) -> None:
    assert run_main("db", "init", home=app_home).returncode == 0
    database = open_database(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    make_people(database.session_factory)
    database.close()

    refused = run_cli(
        "notify", "channel", "add", "Slack", "--kind", "slack", "--secret-stdin", "--as", "owner",
        home=app_home, stdin="https://hooks.example/T/B/x\n",
        env={**AS_OWNER, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    assert refused.returncode == 1 and "no secure keyring" in refused.stderr and len(refused.stderr.splitlines()) == 1

    bad = run_main(
        "notify", "channel", "add", "Bad", "--kind", "email", "--host", "", "--to", "ops", "--as", "owner",
        home=app_home, env=AS_OWNER,
    )  # fmt: skip
    assert bad.returncode == 1  # every bad setting named by the option that gives it, not the service's "SMTP host"
    assert "error: --host: is empty; --from: give the sender's address" in bad.stderr and "; --to: not an" in bad.stderr

    with smtp_server() as (port, inbox):
        added = run_main(
            "notify", "channel", "add", "Night shift", "--kind", "email", "--host", "127.0.0.1", "--port", str(port),
            "--security", "none", "--from", "farm@example.org", "--to", "ops@example.org", "--as", "owner",
            home=app_home, env=AS_OWNER,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert added.stdout.strip() == "added channel Night shift: ops@example.org"
        rule = run_main(
            "notify", "rule", "add", "Critical at Texas", "--channel", "Night shift", "--severity", "critical",
            "--site", "Texas North", "--as", "owner", home=app_home, env=AS_OWNER,
        )  # fmt: skip
        assert rule.returncode == 0, rule.stderr
        tested = run_cli("notify", "test", "Night shift", "--as", "owner", home=app_home, env=AS_OWNER)
        assert tested.returncode == 0, tested.stdout + tested.stderr
        assert tested.stdout.strip() == "test sent through Night shift: the server accepted it"
        assert len(inbox) == 1 and inbox[0][1]["Subject"] == "[HashInsight] test notification: Night shift"

    log = json.loads(run_main("notify", "log", "--json", "--as", "owner", home=app_home, env=AS_OWNER).stdout)
    assert [(e["channel"], e["status"], e["attempts"], e["to"]) for e in log] == [
        ("Night shift", "sent", 1, "ops@example.org")
    ]
