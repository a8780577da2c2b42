"""`user reset-password | disable | enable | unlock | recover | list` and `discover` as a user runs them
(against a SQLite file; discover against an in-process simulator on a loopback /24). The owner's recovery and the
listing and adding discovery run as real processes; the other calls go through cli.main in process."""

from __future__ import annotations

import contextlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import AuditRecord, Miner, User
from hashinsight_desktop.services import auth, sites, users
from hashinsight_desktop.services.auth import principal_for
from hashinsight_desktop.services.errors import AuthenticationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.cli.test_cli import run_cli
from tests.services.fleet.test_discovery import faulty_farm
from tests.support.cli_in_process import run_main
from tests.support.loop_thread import loop_thread

PASSWORD = "correct horse battery"
NEW = "a brand new passphrase"
AS_BOSS = {"HASHINSIGHT_PASSWORD": PASSWORD}


def _owner_and_admin(home: Path, template: Path) -> sessionmaker:  # type: ignore[type-arg]
    """The default SQLite database of ``home`` (a migrated copy) with an owner (boss) and an admin (ops)."""
    path = home / "data" / "hashinsight.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    factory = sessionmaker(make_engine(f"sqlite:///{path}"), expire_on_commit=False)
    with unit_of_work(factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        users.create_user(session, boss, username="ops", password=PASSWORD, role="admin")
    return factory


def _fail_logins(factory: sessionmaker, username: str) -> None:  # type: ignore[type-arg]
    for _ in range(auth.FREE_ATTEMPTS + 1):
        with contextlib.suppress(AuthenticationError):
            auth.login(factory, username, "not the password")


def _lock_for_a_while(factory: sessionmaker, username: str) -> None:  # type: ignore[type-arg]
    """Eight failures a moment ago: a 64 s wait, longer than a loaded machine takes to start the next command."""
    with unit_of_work(factory) as session:
        session.execute(
            update(User)
            .where(User.username == username)
            .values(failed_login_count=8, last_failed_login_at=datetime.now(UTC))
        )


def test_user_actions_and_owner_recovery(app_home: Path, sqlite_template: Path) -> None:
    factory = _owner_and_admin(app_home, sqlite_template)
    _lock_for_a_while(factory, "ops")
    listing = run_main("user", "list", "--as", "boss", home=app_home, env=AS_BOSS)
    lines = listing.stdout.splitlines()
    assert lines[0].split()[:4] == ["USER", "ROLE", "STATE", "LAST"], listing.stderr
    assert lines[1].split()[:3] == ["boss", "owner", "active"] and "never" not in lines[1]  # logged in just now
    assert lines[2].split()[:3] == ["ops", "admin", "locked"] and "never" in lines[2]
    unlock = run_main("user", "unlock", "ops", "--as", "boss", home=app_home, env=AS_BOSS)
    assert unlock.stdout.strip() == "unlocked ops", unlock.stderr
    auth.login(factory, "ops", PASSWORD)  # no wait any more
    disabled = run_main("user", "disable", "ops", "--as", "boss", "--json", home=app_home, env=AS_BOSS)
    assert json.loads(disabled.stdout)["result"] == "disabled ops"
    with pytest.raises(AuthenticationError):
        auth.login(factory, "ops", PASSWORD)
    reset = run_main(
        "user", "reset-password", "ops", "--password-stdin", "--as", "boss", home=app_home, stdin=NEW, env=AS_BOSS
    )
    assert reset.stdout.strip() == "new password set for ops (failed logins cleared)", reset.stderr

    # The owner forgot the password: recovery with the database file, no login, audited as the OS account.
    _fail_logins(factory, "boss")
    not_owner = run_main("user", "recover", "ops", "--password-stdin", home=app_home, stdin=NEW)
    assert not_owner.returncode == 1 and "recovery is for owner accounts" in not_owner.stderr
    recovered = run_cli("user", "recover", "boss", "--password-stdin", home=app_home, stdin=NEW)
    assert recovered.returncode == 0 and "owner boss recovered" in recovered.stdout, recovered.stderr
    auth.login(factory, "boss", NEW)
    with factory() as session:
        actions = [(r.action, r.actor) for r in session.scalars(select(AuditRecord).order_by(AuditRecord.seq))]
    assert ("user.unlock", "boss") in actions and ("user.password", "boss") in actions
    assert next(actor for action, actor in actions if action == "user.recover").startswith("os:")


def test_discover_lists_bad_hosts_and_adds_them(app_home: Path, sqlite_template: Path) -> None:
    factory = _owner_and_admin(app_home, sqlite_template)
    as_boss = AS_BOSS
    farm = faulty_farm()
    cidr = f"{farm.targets[0][0].rsplit('.', 1)[0]}.0/29"
    fast = ("--connect-timeout", "0.5", "--deadline", "1")
    no_site = run_main("discover", cidr, "--site", "Texas North", "--as", "boss", *fast, home=app_home, env=as_boss)
    assert no_site.returncode == 1 and "No site yet: add one first" in no_site.stderr  # understood, refused
    with unit_of_work(factory) as session:
        owner = principal_for(session.scalars(select(User).where(User.username == "boss")).one())
        sites.create_site(session, owner, name="Texas North")
    with loop_thread() as thread:
        thread.run(farm.start())
        try:
            listed = run_cli(
                "discover", cidr, "--site", "Texas North", "--json", "--as", "boss", *fast, home=app_home, env=as_boss
            )
            added = run_cli(
                "discover", cidr, "--site", "Texas North", "--add", "--include-bad", "--no-identify", "--as", "boss",
                *fast, home=app_home, env=as_boss,
            )  # fmt: skip
        finally:
            thread.run(farm.stop())
    assert listed.returncode == 0, listed.stderr
    document = json.loads(listed.stdout)
    hosts = {h["host"]: h for h in document["hosts"]}
    targets = [host for host, _port in farm.targets]
    assert sorted(hosts) == sorted(targets[:4])  # the refusing fifth is not listed
    assert (document["answered"], document["answered_badly"], document["added"]) == (2, 2, None)
    assert hosts[targets[2]]["answered"] == "badly" and "no complete reply" in hosts[targets[2]]["reason"]
    assert hosts[targets[3]]["answered"] == "badly" and hosts[targets[3]]["reason"]
    assert added.returncode == 0 and "added 4 miners to Texas North" in added.stdout, added.stderr
    assert "answered badly: no complete reply" in added.stdout
    with factory() as session:
        assert sorted(m.ip_address for m in session.scalars(select(Miner))) == sorted(targets[:4])


def test_discover_usage_errors_exit_2(app_home: Path) -> None:
    bad_port = run_main("discover", "10.0.0.0/24", "--site", "X", "--port", "99999", "--as", "boss", home=app_home)
    assert bad_port.returncode == 2 and len(bad_port.stderr.strip().splitlines()) == 1, bad_port.stderr
    no_site = run_main("discover", "10.0.0.0/24", "--as", "boss", home=app_home)
    assert no_site.returncode == 2 and "--site" in no_site.stderr, no_site.stderr
