"""The command line, run as a user would: a real process, real files, a real server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD
from tests.support.pg_cluster import free_port


def run_cli(
    *args: str, home: Path, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "HASHINSIGHT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("HASHINSIGHT_DATABASE_URL", None) if "HASHINSIGHT_DATABASE_URL" not in (env or {}) else None
    return subprocess.run(
        [sys.executable, "-m", "hashinsight_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str, code: int = 1) -> None:
    """One line on stderr; exit 1 (understood and refused or failed) unless ``code=2`` (not understood, or no
    database), the README's rule."""
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one clear line, not a traceback
    assert lines[0].startswith("hashinsight-desktop: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("not a url", "Invalid database URL"),
        ("mysql://u@h/db", "Unsupported database 'mysql'"),
        ("postgresql://ops:pw@127.0.0.1:{port}/farm", "cannot open database"),
    ],
)
def test_wrong_database_url_gives_one_line_and_exit_2(app_home: Path, url: str, fragment: str) -> None:
    result = run_cli("--database-url", url.format(port=free_port()), "db", "upgrade", home=app_home)
    assert_one_line_error(result, fragment, code=2)
    assert "pw@" not in result.stderr


def test_wrong_password_gives_one_line_and_exit_2(app_home: Path, pg_server_url: str) -> None:
    bad = make_url(pg_server_url).set(password="not-the-password").render_as_string(hide_password=False)
    result = run_cli("--database-url", bad, "db", "upgrade", home=app_home)
    assert_one_line_error(result, "password authentication failed", code=2)
    assert "not-the-password" not in result.stderr


def test_new_user_flow_on_sqlite(app_home: Path) -> None:
    upgrade = run_cli("db", "init", home=app_home)  # the README's first step
    assert upgrade.returncode == 0 and "(newest)" in upgrade.stdout
    assert (app_home / "data" / "hashinsight.sqlite3").exists()

    refused = run_cli("user", "add", "ops", "--role", "admin", "--password-stdin", home=app_home, stdin=PASSWORD)
    assert_one_line_error(refused, "first account must be the owner")

    owner = run_cli("user", "add", "Boss", "--role", "owner", "--password-stdin", home=app_home, stdin=PASSWORD)
    assert owner.returncode == 0 and "added user boss (owner)" in owner.stdout

    as_owner = {"HASHINSIGHT_PASSWORD": PASSWORD}
    admin = run_cli(
        "user",
        "add",
        "ops",
        "--role",
        "admin",
        "--password-stdin",
        "--as",
        "boss",
        home=app_home,
        stdin=PASSWORD,
        env=as_owner,
    )
    assert admin.returncode == 0, admin.stderr
    bad_login = run_cli("user", "list", "--as", "boss", home=app_home, env={"HASHINSIGHT_PASSWORD": "nope nope nope"})
    assert_one_line_error(bad_login, "Wrong user name or password")
    no_password = run_cli("user", "list", "--as", "boss", home=app_home)  # no terminal, no variable
    assert no_password.returncode == 1 and "set HASHINSIGHT_PASSWORD or run in a terminal" in no_password.stderr
    assert "Traceback" not in no_password.stderr
    listing = run_cli("user", "list", "--as", "boss", home=app_home, env=as_owner)
    assert [line.split()[0] for line in listing.stdout.splitlines()] == ["USER", "boss", "ops"]  # a header first

    verify = run_cli("audit", "verify", home=app_home)
    assert verify.returncode == 0 and "intact" in verify.stdout
    log_text = (app_home / "logs" / "cli.log").read_text()
    assert PASSWORD not in log_text


def test_audit_verify_names_the_first_bad_record(app_home: Path, pg_server_url: str) -> None:
    from hashinsight_desktop.db.engine import make_engine

    admin = make_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS cli_audit WITH (FORCE)"))
        connection.execute(text("CREATE DATABASE cli_audit"))
    admin.dispose()
    url = make_url(pg_server_url).set(database="cli_audit").render_as_string(hide_password=False)
    env = {"HASHINSIGHT_DATABASE_URL": url, "HASHINSIGHT_PASSWORD": PASSWORD}
    # The log written in process (cli.main); the tampering found by a real process.
    assert (
        run_main(
            "user", "add", "boss", "--role", "owner", "--password-stdin", home=app_home, stdin=PASSWORD, env=env
        ).returncode
        == 0
    )
    for name in ("ann", "bob"):
        assert (
            run_main(
                "user",
                "add",
                name,
                "--role",
                "guest",
                "--password-stdin",
                "--as",
                "boss",
                home=app_home,
                stdin=PASSWORD,
                env=env,
            ).returncode
            == 0
        )
    assert run_main("audit", "verify", home=app_home, env=env).returncode == 0

    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 3"))
    engine.dispose()
    tampered = run_cli("audit", "verify", home=app_home, env=env)
    assert tampered.returncode == 1
    assert "TAMPERED at record 3" in tampered.stderr and "edited" in tampered.stderr


def test_smoke_test_writes_a_screenshot_of_the_console(app_home: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_cli("--smoke-test", str(shot), home=app_home)
    assert result.returncode == 0, result.stderr
    assert "admin" in result.stdout and "catalogue" in result.stdout
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
