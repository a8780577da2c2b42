"""A script works the pipeline headless: `lead add|list|move|convert` and `deal list|move`, with --json (every item
carries its id) and --as; bad input exits 1 with one line naming the field; an illegal move saves nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.services import auth
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.crm.pipeline_kit import cheap_passwords

PASSWORD = "correct horse battery"
pytestmark = pytest.mark.usefixtures(cheap_passwords.__name__)  # every call logs in: argon2 costs ~0.5 s each


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


def test_a_lead_from_add_to_a_completed_deal(boss: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "lead", "add", "200 S21 hosting", "--company", "Nordic Hash AB", "--email", "anna@nordic.example",
        "--value", "120000", "--next-step", "call back", "--due", "2026-03-12", "--json",
    )  # fmt: skip
    assert code == 0, err
    lead = json.loads(out)["lead"]
    assert (lead["status"], lead["value_estimate"], lead["next_step_due"]) == ("new", "120000.00", "2026-03-12")

    code, out, err = run(capsys, "lead", "convert", lead["id"])
    assert (code, err) == (1, "hashinsight-desktop: error: STAGE: lead new → won: only a contacted or qualified "
                              "lead converts into a deal\n")  # fmt: skip
    code, out, err = run(capsys, "lead", "move", lead["id"], "qualified")
    assert (code, err) == (1, "hashinsight-desktop: error: STAGE: lead new → qualified: leads move one stage at a "
                              "time (next: contacted)\n")  # fmt: skip
    code, out, err = run(capsys, "lead", "move", lead["id"], "contacted")
    assert (code, out) == (0, f"lead {lead['id']}: new → contacted\n"), err

    code, out, err = run(capsys, "lead", "convert", lead["id"], "--commission-rate", "2.5", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["lead"]["status"] == "won" and made["customer"] | {"id": None} == {
        "id": None, "name": "Nordic Hash AB", "created": True, "matched_by": None
    }  # fmt: skip
    deal_id = made["deal"]["id"]

    code, out, err = run(capsys, "deal", "list", "--json")
    listed = json.loads(out)
    assert (listed["total"], [d["id"] for d in listed["deals"]]) == (1, [deal_id]), err
    first = listed["deals"][0]
    assert (first["stage"], first["value"], first["customer"], first["owner"]) == (
        "draft",
        "120000.00",
        "Nordic Hash AB",
        "boss",
    )

    code, out, err = run(capsys, "deal", "move", deal_id, "approved")
    assert (code, err) == (1, "hashinsight-desktop: error: STAGE: deal draft → approved: deals move one stage at a "
                              "time (next: pending)\n")  # fmt: skip
    for stage in ("pending", "approved", "signed", "completed"):
        code, out, err = run(capsys, "deal", "move", deal_id, stage)
        assert code == 0, err
    code, out, err = run(capsys, "deal", "move", deal_id, "signed")
    assert (code, err) == (
        1,
        "hashinsight-desktop: error: STAGE: deal completed → signed: a completed deal is closed\n",
    )
    code, out, err = run(capsys, "deal", "list", "--stage", "completed")
    assert out.splitlines()[0].split() == ["ID", "STAGE", "TITLE", "CUSTOMER", "VALUE", "OWNER", "CLOSE", "BY"]
    assert "completed  200 S21 hosting  Nordic Hash AB  120000.00  boss" in out and out.endswith("1 of 1 deals\n")


BAD_INPUT = [
    (("lead", "add", "X", "--value", "lots"), "--value: 'lots' is not a number"),
    (("lead", "add", "X", "--due", "12/03/2026"), "--due: '12/03/2026' is not a date (YYYY-MM-DD)"),
    (("lead", "add", "X", "--email", "nope"), "--email: 'nope' is not an e-mail address"),
    (("lead", "add", " "), "TITLE: is required"),
    (("lead", "add", "X", "--owner", "ghost"), "--owner: no user named 'ghost'"),
    (("lead", "move", "42", "contacted"), "ID: '42' is not a lead id (as `lead list --json` prints it)"),
    (("lead", "list", "--sort", "secret"), "--sort: 'secret' is not sortable; one of"),
    (("lead", "list", "--limit", "0"), "--limit: must be between 1 and 1000"),
    (("deal", "list", "--stage", "won"), "STAGE: 'won' is not a deal stage"),
    (("deal", "move", "b5d0c8e2-0000-4000-8000-000000000000", "pending"), "That deal does not exist"),
]


def test_bad_input_exits_1_naming_the_field(boss: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, message in BAD_INPUT:
        code, _, err = run(capsys, *args)
        assert code == 1 and err.startswith(f"hashinsight-desktop: error: {message}") and err.count("\n") == 1, err


def test_every_flag_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command, flags in (
        (["lead", "add"], ["--company", "--contact", "--email", "--phone", "--source", "--value", "--owner",
                           "--next-step", "--due", "--as", "--json"]),
        (["lead", "list"], ["--search", "--status", "--owner", "--sort", "--ascending", "--limit", "--offset"]),
        (["lead", "move"], ["--reason", "--as", "--json"]),
        (["lead", "convert"], ["--title", "--value", "--owner", "--expected-close", "--commission-rate"]),
        (["deal", "list"], ["--search", "--stage", "--owner", "--sort", "--ascending", "--limit", "--offset"]),
        (["deal", "move"], ["--reason", "--as", "--json"]),
    ):  # fmt: skip
        with pytest.raises(SystemExit):
            cli.main([*command, "--help"])
        shown = capsys.readouterr().out
        assert all(flag in shown for flag in flags), (command, [f for f in flags if f not in shown])
