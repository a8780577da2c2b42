"""What `curtail solve/plan/show/price` and `billing draft` print (not --json: that stays English, for scripts), and
`billing run` / `invoice show`, goes through the command line's translator: under test_cli_help_translated's
marking translator a word outside ⟪⟫ was never translated. Names, figures, dates and the --json keys and values a
user types are the same in every language."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_billing_draft_cli import files
from tests.cli.test_billing_invoice_cli import boss
from tests.cli.test_cli_help_translated import marked, untranslated
from tests.cli.test_curtail_plan_flags import site_db, site_file
from tests.cli.test_curtail_solve_cli import FLEET
from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD

__all__ = ["boss", "marked", "site_db", "site_file"]  # fixtures used by name

UNITS = {"kWh"}


def _printed(*args: str, home: Path) -> str:
    result = run_main("--lang", "zh_CN", *args, home=home)
    assert result.returncode in (0, 1), (args, result.stderr)  # 1: out of reach, still printed
    return result.stdout


@pytest.mark.usefixtures("marked")
def test_solve_and_billing_draft_print_in_the_readers_language(app_home: Path, tmp_path: Path) -> None:
    fleet = tmp_path / "miners.csv"
    fleet.write_text(FLEET, encoding="utf-8")
    miners = {line.split(",")[0] for line in FLEET.splitlines()[1:]}
    left = []
    for target in ("5", "500"):  # within reach, then out of reach (held back, the most that can be shed)
        out = _printed("curtail", "solve", "--miners-csv", str(fleet), "--target-kw", target, home=app_home)
        left += [f"solve {target}: {line}" for line in untranslated(out, miners | UNITS | {"acme"})]
    out = _printed("billing", "draft", *files(tmp_path), "--period", "2026-11", "--tz", "Europe/Oslo", home=app_home)
    left += [f"billing draft: {line}" for line in untranslated(out, {"hashing"})]
    assert not left, "printed in English:\n" + "\n".join(left)


@pytest.mark.usefixtures("marked")
def test_curtail_plan_show_and_price_print_in_the_readers_language(
    site_db: str, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    db = ("--database-url", site_db)
    plan = ("curtail", "plan", "--site", "Texas North", "--target-kw", "15", "--as", "owner")
    names = {"Texas", "North", "owner", "feed", *UNITS}
    out = _printed(*db, *plan, "--price-above", "0.18", "--name", "peak", home=app_home)
    left = [f"plan: {line}" for line in untranslated(out, names | {"peak"})]
    plan_id = re.search(r"[0-9a-f]{8}-[0-9a-f-]{27}", out)
    assert plan_id, out
    out = _printed(*db, "curtail", "show", plan_id.group(), "--as", "owner", home=app_home)
    left += [f"show: {line}" for line in untranslated(out, names | {"peak"})]
    out = _printed(
        *db, "curtail", "price", "--site", "Texas North", "--usd-per-kwh", "0.155", "--as", "owner", home=app_home
    )
    left += [f"price: {line}" for line in untranslated(out, names)]
    assert not left, "printed in English:\n" + "\n".join(left)


@pytest.mark.usefixtures("marked")
def test_billing_run_and_invoice_show_print_in_the_readers_language(boss: list[str], app_home: Path) -> None:
    """The invoice's status and totals are named by their --json keys and values (`invoice list --status`'s)."""
    out = _printed("billing", "run", "--period", "2026-11", "--as", "boss", home=app_home)
    left = [f"billing run: {line}" for line in untranslated(out, {"Acme", "Hosting", "USD"})]
    draft = run_main("billing", "run", "--period", "2026-11", "--json", "--as", "boss", home=app_home)
    invoice_id = json.loads(draft.stdout)["drafts"][0]["id"]
    out = _printed("invoice", "show", invoice_id, "--as", "boss", home=app_home)
    out = out.replace("⟫draft⟪", "⟫⟪")  # the status, between its marked separators (not the number's "(draft)")
    left += [f"invoice show: {line}" for line in untranslated(out, {"Acme", "Hosting", "USD", "kwh"})]
    assert not left, "printed in English:\n" + "\n".join(left)


@pytest.mark.usefixtures("marked")
def test_curtail_stop_and_a_stopped_plan_print_in_the_readers_language(
    site_db: str, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stop's first line is services/curtailment/stop.py's (English there, issue 17's service strings): left out;
    request_stop is stood in for as test_curtail_plan_flags does (what the live executor does once it hears it)."""
    from hashinsight_desktop.db.models import CurtailmentPlan
    from hashinsight_desktop.services.curtailment import executor
    from hashinsight_desktop.services.transaction import unit_of_work

    def stop_heard(session_factory: Any, principal: Any, pid: Any, *, clock: Any) -> str:
        with unit_of_work(session_factory) as session:
            row = session.get(CurtailmentPlan, pid)
            assert row is not None
            row.state, row.stop_requested_by = "stopped", principal.username
        return "SERVICE LINE"

    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    monkeypatch.setattr(executor, "request_stop", stop_heard)
    db = ("--database-url", site_db)
    plan = ("curtail", "plan", "--site", "Texas North", "--target-kw", "15", "--approve", "--json", "--as", "owner")
    plan_id = json.loads(run_main(*db, *plan, home=app_home).stdout)["plan_id"]
    out = _printed(*db, "curtail", "stop", plan_id[:8], "--wait", "5", "--as", "owner", home=app_home)
    assert out.startswith("SERVICE LINE\n"), out
    left = [f"stop: {line}" for line in untranslated(out.removeprefix("SERVICE LINE\n"), {"curtail", "recover"})]
    out = _printed(*db, "curtail", "show", plan_id, "--as", "owner", home=app_home)
    left += [f"show: {line}" for line in untranslated(out, {"Texas", "North", "owner", "shed"})]
    assert not left, "printed in English:\n" + "\n".join(left)
