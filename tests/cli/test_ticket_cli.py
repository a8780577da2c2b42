"""`ticket add|list|move|show|reply` headless: --json items carry their id, --as acts as a user, the states are
spelled open/in_progress/waiting/resolved/closed, a refused move exits 1 with one line and saves nothing, bad input
exits 1 naming the field; a customer-role user sees only their own tickets ("not found" for another's)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import Customer
from hashinsight_desktop.services import auth, passwords, users
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


@pytest.fixture
def farm(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Every command logs in: argon2's production cost (~0.7 s a login here) would be most of these tests' time.
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        acme, bolt = Customer(name="Acme Hosting"), Customer(name="Bolt Mining")
        session.add_all([acme, bolt])
        session.flush()
        users.create_user(session, boss, username="ann", password=PASSWORD, role=Role.CUSTOMER, customer_id=acme.id)
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return app_home


def run(capsys: pytest.CaptureFixture[str], *args: str, who: str = "boss") -> tuple[int, str, str]:
    code = cli.main([*args, "--as", who])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_ticket_from_add_to_closed(farm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ticket", "add", "Fans loud", "--customer", "acme hosting", "--priority", "high",
                         "--json")  # fmt: skip
    assert code == 0, err
    ticket = json.loads(out)["ticket"]
    assert (ticket["number"], ticket["status"], ticket["priority"]) == (1, "open", "high") and ticket["id"]
    assert ticket["legal_moves"] == ["in_progress", "waiting", "resolved"]

    code, out, err = run(capsys, "ticket", "move", "T-1", "closed")
    assert (code, out, err) == (1, "", "hashinsight-desktop: error: STATE: T-1 cannot move open → closed "
                                       "(from open: in_progress, waiting, resolved)\n")  # fmt: skip
    code, out, err = run(capsys, "ticket", "move", "1", "in_progress")
    assert (code, out) == (0, "T-1: open → in_progress\n"), err
    code, out, err = run(capsys, "ticket", "reply", ticket["id"], "We are on it.")
    assert (code, out) == (0, "replied on T-1 (now in_progress) (not e-mailed: the customer has no contact with an "
                              "e-mail address)\n"), err  # fmt: skip
    for state in ("waiting", "resolved", "closed"):
        assert run(capsys, "ticket", "move", "T-1", state)[0] == 0

    code, out, err = run(capsys, "ticket", "list", "--status", "closed", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["total"] == 1 and listed["tickets"][0]["id"] == ticket["id"]
    code, out, err = run(capsys, "ticket", "show", "T-1", "--json")
    shown = json.loads(out)["ticket"]
    assert [h["to"] for h in shown["history"]] == ["open", "in_progress", "waiting", "resolved", "closed"]
    assert shown["replies"][0]["body"] == "We are on it." and shown["legal_moves"] == []
    code, out, err = run(capsys, "ticket", "show", "T-1")
    assert code == 0 and out.startswith("T-1  Fans loud\ncustomer Acme Hosting · closed · high · opened ")


def test_bad_input_names_the_field(farm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "ticket", "calendar", "Office", "--hours", "mon-fri 09:00-17:00")[0] == 0  # for the policies
    cases = [
        (("ticket", "add", "x", "--customer", "Nobody"), "--customer: no customer named 'Nobody'"),
        (("ticket", "add", "x", "--customer", "Acme Hosting", "--priority", "asap"),
         "--priority: 'asap' is not one of low, normal, high, urgent"),
        (("ticket", "add", " ", "--customer", "Acme Hosting"), "SUBJECT: is required"),
        (("ticket", "list", "--status", "done"), "--status: 'done' is not one of open, in_progress, waiting"),
        (("ticket", "move", "T-1", "done"), "STATE: 'done' is not one of open, in_progress, waiting"),
        (("ticket", "list", "--sort", "colour"), "--sort: 'colour' is not sortable"),
        (("ticket", "list", "--limit", "many"), "--limit: 'many' is not a whole number"),
        (("ticket", "move", "T-9", "open"), "That ticket does not exist (it may have been deleted)."),
        (("ticket", "show", "soon"), "ID: 'soon' is neither a ticket number nor an id"),
        (("ticket", "add", "x", "--customer", "Acme Hosting", "--miner", "m9"), "--miner: no miner named 'm9'"),
        (("ticket", "calendar", "Office", "--hours", "weekdays 9-5"), "--hours: 'weekdays 9-5': write days then hours"),
        (("ticket", "calendar", "Office", "--hours", "mon-fri 09:00-17:00", "--timezone", "Mars/Base"),
         "--timezone: 'Mars/Base' is not a known time zone"),
        (("ticket", "calendar", "Office", "--hours", "mon 9:00-8:00"),
         "--hours: on Monday: each interval must end after it starts"),
        (("ticket", "calendar", "Office", "--hours", "mon 09:00-25:00"), "--hours: on Monday: '25:00' is not a time"),
        (("ticket", "policy", "Gold", "--calendar", "Office", "--target", "asap=60/480"),
         "--target: 'asap' is not one of"),
        (("ticket", "calendar", "Office", "--hours", "mon 09:00-17:00", "--holiday", "xmas"),
         "--holiday: 'xmas' is not"),
        (("ticket", "policy", "Gold", "--calendar", "Nowhere", "--target", "normal=60/480"),
         "--calendar: no business calendar named 'Nowhere'"),
    ]  # fmt: skip
    for args, message in cases:
        code, out, err = run(capsys, *args)
        assert (code, out) == (1, ""), args
        assert err.startswith(f"hashinsight-desktop: error: {message}") and err.count("\n") == 1, err


def test_sla_calendar_and_policy_then_a_tickets_timers(farm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ticket", "calendar", "Always", "--hours", "mon-sun 00:00-24:00", "--timezone", "UTC",
                         "--holiday", "2020-12-25=Christmas")  # past: the clock is real  # fmt: skip
    assert (code, out) == (0, "saved calendar Always\n"), err
    code, out, err = run(capsys, "ticket", "policy", "Gold", "--calendar", "always", "--customer", "Acme Hosting",
                         "--target", "normal=60/480", "--target", "urgent=15/120", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["policy"]["targets"] == {"normal": [60, 480], "urgent": [15, 120]}
    code, out, err = run(capsys, "ticket", "policy", "Gold", "--calendar", "Always", "--target", "urgent=0/120")
    assert (code, err) == (1, "hashinsight-desktop: error: --target: urgent response: must be whole minutes from 1 to "
                                  "525600\n")  # fmt: skip
    code, out, err = run(
        capsys, "ticket", "add", "Down", "--customer", "Acme Hosting", "--priority", "urgent", "--json"
    )
    sla = json.loads(out)["ticket"]["sla"]
    assert (sla["response"]["target_s"], sla["resolution"]["target_s"]) == (900.0, 7200.0), err
    assert sla["response"]["state"] in ("running", "off_hours") and sla["response"]["breached"] is False
    assert sla["response"]["due_at"] is not None
    code, out, err = run(capsys, "ticket", "show", "T-1")
    assert re.search(r"\nSLA response: running · 0h1[45] left · due 20\d\d-\d\d-\d\d \d\d:\d\d UTC\n", out), out
    assert re.search(r"\nSLA resolution: running · [12]h[0-5]\d left", out), out  # the real clock moves on


def test_a_customer_sees_and_opens_only_their_own(farm: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "ticket", "add", "Theirs", "--customer", "Bolt Mining")[0] == 0  # T-1, Bolt's
    code, out, err = run(capsys, "ticket", "add", "Mine", "--json", who="ann")
    assert code == 0, err
    assert json.loads(out)["ticket"]["customer_name"] == "Acme Hosting"
    code, out, err = run(capsys, "ticket", "list", "--json", who="ann")
    assert [t["subject"] for t in json.loads(out)["tickets"]] == ["Mine"]
    code, out, err = run(capsys, "ticket", "show", "T-1", who="ann")
    assert (code, err) == (1, "hashinsight-desktop: error: That ticket does not exist (it may have been deleted).\n")
    code, out, err = run(capsys, "ticket", "move", "T-2", "in_progress", who="ann")
    assert code == 1 and "may not move tickets" in err


def test_every_flag_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command, flags in (
        (["ticket", "add"], ["--customer", "--priority", "--description", "--miner", "--as", "--json"]),
        (["ticket", "list"], ["--search", "--status", "--priority", "--customer", "--breached", "--sort",
                              "--ascending", "--limit", "--offset", "--as", "--json"]),
        (["ticket", "move"], ["STATE", "--as", "--json"]),
        (["ticket", "show"], ["ID", "--as", "--json"]),
        (["ticket", "reply"], ["TEXT", "--as", "--json"]),
        (["ticket", "calendar"], ["--hours", "--timezone", "--holiday", "--as", "--json"]),
        (["ticket", "policy"], ["--calendar", "--customer", "--target", "--as", "--json"]),
    ):  # fmt: skip
        with pytest.raises(SystemExit):
            cli.main([*command, "--help"])
        shown = capsys.readouterr().out
        assert all(flag in shown for flag in flags), (command, [f for f in flags if f not in shown])
