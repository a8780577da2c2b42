"""`user add --email` and `user edit --email`: where a deal owner's notices are e-mailed, set from the command line
(in process), checked (one line naming the field, nothing written) and audited."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from hashinsight_desktop.db.models import AuditRecord, User
from tests.cli.test_user_discover_cli import AS_BOSS, PASSWORD, _owner_and_admin
from tests.support.cli_in_process import run_main


def test_add_and_edit_the_notice_address(app_home: Path, sqlite_template: Path) -> None:
    factory = _owner_and_admin(app_home, sqlite_template)
    boss = {"home": app_home, "env": AS_BOSS}
    added = run_main(
        "user", "add", "sam", "--role", "admin", "--email", "sam@farm.example", "--password-stdin", "--as", "boss",
        stdin=PASSWORD, **boss,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr

    def email(name: str) -> str | None:
        with factory() as session:
            return session.scalar(select(User.email).where(User.username == name))

    def audits() -> int:  # changes of accounts (each --as login is audited too)
        with factory() as session:
            query = select(func.count()).select_from(AuditRecord).where(AuditRecord.action == "user.update")
            return session.scalar(query) or 0

    assert email("sam") == "sam@farm.example"
    before = audits()
    bad = run_main("user", "edit", "sam", "--email", "sam@, x@y.example", "--as", "boss", **boss)
    assert bad.returncode == 1 and bad.stderr.strip().splitlines() == [
        "hashinsight-desktop: error: email: not an e-mail address: sam@"
    ]
    two = run_main("user", "edit", "sam", "--email", "a@farm.example; b@farm.example", "--as", "boss", **boss)
    assert two.returncode == 1 and "email: one address only" in two.stderr
    assert (email("sam"), audits()) == ("sam@farm.example", before)  # nothing written
    edited = run_main("user", "edit", "sam", "--email", "sales@farm.example", "--json", "--as", "boss", **boss)
    assert json.loads(edited.stdout)["email"] == "sales@farm.example", edited.stderr
    own = run_main("user", "edit", "ops", "--email", "ops@farm.example", "--as", "ops", home=app_home, env=AS_BOSS)
    assert own.stdout.strip() == "ops: display name -, CRM notices to ops@farm.example", own.stderr
    cleared = run_main("user", "edit", "sam", "--email", "", "--json", "--as", "boss", **boss)
    assert json.loads(cleared.stdout)["email"] is None and email("sam") is None
    assert audits() == before + 3
    listed = json.loads(run_main("user", "list", "--json", "--as", "boss", **boss).stdout)["users"]
    assert {u["username"]: u["email"] for u in listed}["ops"] == "ops@farm.example"
