"""`analytics signals` on files (no database) and `analytics import FILE --as USER` into the market history,
in process through cli.main: JSON shapes, row-numbered errors, exit codes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.services import auth, passwords
from hashinsight_desktop.services.analytics.history import daily_bars
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.cli_in_process import run_main

PASSWORD = "correct horse battery"


def prices_file(path: Path, closes: list[float]) -> Path:
    rows = [f"{date(2024, 1, 1) + timedelta(days=i)},{c}" for i, c in enumerate(closes)]
    path.write_text("date,close\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_signals_json_lists_each_contribution_and_what_is_missing(tmp_path: Path, app_home: Path) -> None:
    prices = prices_file(tmp_path / "p.csv", [100.0] * 40 + [100.0 - 3 * i for i in range(1, 11)])
    fear = tmp_path / "fg.csv"
    fear.write_text("date,value\n2024-02-18,9\n2024-02-19,11\n", encoding="utf-8")
    result = run_main(
        "analytics", "signals", "--prices-csv", str(prices), "--fear-greed-csv", str(fear), "--json", home=app_home
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    points = {(c["module"], c["rule"]): c["points"] for c in document["contributions"] if c["points"]}
    assert points == {
        ("technical", "band_break"): 10.0,
        ("technical", "rsi_extreme"): 15.0,
        ("sentiment", "fear_greed"): 15.0,
    }
    assert document["score"] == 40.0 and document["stance"] == "buy" and document["as_of"] == "2024-02-19"
    assert set(document["missing"]) == {"derivatives", "network", "regime", "levels"}


def test_signals_text_and_a_bad_row(tmp_path: Path, app_home: Path) -> None:
    prices = prices_file(tmp_path / "p.csv", [100.0 + (i % 7) for i in range(70)])
    text = run_main("analytics", "signals", "--prices-csv", str(prices), "--funding-8h-pct", "0.05", home=app_home)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Score ") and "derivatives" in text.stdout and "missing  network" in text.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("date,close\n2024-01-01,100\n2024-01-02,x\n", encoding="utf-8")
    refused = run_main("analytics", "signals", "--prices-csv", str(bad), home=app_home)
    assert refused.returncode == 1 and "row 3, close: 'x' is not a number" in refused.stderr


@pytest.fixture
def boss(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        auth.create_first_owner(session, "boss", PASSWORD)
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return app_home


def test_import_back_fills_the_history_and_refuses_a_bad_file_whole(
    boss: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "history.csv"
    good.write_text("date,close,difficulty\n2024-01-01,42000,7.2e13\n2024-01-02,44000.5,\n", encoding="utf-8")
    assert cli.main(["analytics", "import", str(good), "--as", "boss", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["written"], document["replaced"], document["skipped_collected"]) == (2, 0, 0)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,close\n2024-01-03,45000\n2024-01-04,-1\n2024-01-05,\n", encoding="utf-8")
    assert cli.main(["analytics", "import", str(bad), "--as", "boss"]) == 1
    err = capsys.readouterr().err
    assert "row 3, close: must be a number above 0, not -1" in err and "row 4, close: a number is required" in err
    context = build_context(None, process_name="test")
    with context.database.session_factory() as session:
        bars = daily_bars(session)
    context.database.close()
    assert [(b.day.isoformat(), str(b.close), b.origin) for b in bars] == [
        ("2024-01-01", "42000.00000000", "imported"),
        ("2024-01-02", "44000.50000000", "imported"),
    ]  # nothing of the bad file written
