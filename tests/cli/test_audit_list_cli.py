"""`audit list`: the newest records, their summaries in the command line's language (English as stored for records
older than summary templates); --json keeps them in English, for machines. A small .ts built here stands in for
the shipped translation."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hashinsight_desktop.commands import language
from hashinsight_desktop.ui import i18n
from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD
from tests.support.small_qm import build_qm

CHINESE = {
    "Audit": {"created {username} ({role})": "创建了用户 {username}（{role}）"},
    "AuditVerify": {
        "audit log TAMPERED at record {seq}: {reason}": "审计日志在第 {seq} 条记录处被篡改：{reason}",
        "its contents do not match its hash (edited)": "内容与哈希不符（已编辑）",
    },
}


@pytest.fixture
def chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = tmp_path / "i18n"
    folder.mkdir()
    build_qm(folder, CHINESE)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    for name in ("HASHINSIGHT_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    language.install("en")


def test_audit_summaries_in_the_readers_language(app_home: Path, chinese: None) -> None:
    env = {"HASHINSIGHT_PASSWORD": PASSWORD}
    for name, role, acting in (("boss", "owner", ()), ("ann", "guest", ("--as", "boss"))):
        added = run_main(
            "user", "add", name, "--role", role, "--password-stdin", *acting, home=app_home, stdin=PASSWORD, env=env
        )
        assert added.returncode == 0, added.stderr
    with sqlite3.connect(app_home / "data" / "hashinsight.sqlite3") as db:  # as a record written before templates
        seq = db.execute("SELECT seq FROM audit_log WHERE summary = 'created boss (owner)'").fetchone()[0]
        db.execute("UPDATE audit_log SET summary_text = NULL WHERE seq = ?", (seq,))

    shown = run_main("--lang", "zh_CN", "audit", "list", "--as", "boss", home=app_home, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "创建了用户 ann（guest）" in shown.stdout and "created ann" not in shown.stdout
    assert "created boss (owner)" in shown.stdout  # the older record, as stored
    machine = run_main("--lang", "zh_CN", "audit", "list", "--json", "--as", "boss", home=app_home, env=env)
    summaries = [record["summary"] for record in json.loads(machine.stdout)["records"]]
    assert "created ann (guest)" in summaries and not any("创建" in s for s in summaries)

    # ... which it was not: its hash covered the template, so the chain shows where (in the reader's language).
    verified = run_main("--lang", "zh_CN", "audit", "verify", "--as", "boss", home=app_home, env=env)
    assert verified.returncode == 1
    assert f"审计日志在第 {seq} 条记录处被篡改：内容与哈希不符（已编辑）" in verified.stderr
