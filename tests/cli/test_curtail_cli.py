"""Curtailment end to end from the command line: a simulator process, real telemetry from `agent`,
a plan saved and approved, executed on the miners, recovered, and the history listed.

`agent`, `execute` and `recover` run as real processes; the other commands run in process (``run_main``:
the same parser, registry, exit codes and output, without a process start-up each)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.transaction import unit_of_work
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.simulator.loopback import loopback_network
from tests.support.cli_in_process import run_main
from tests.support.factories import PASSWORD, make_people
from tests.support.simulator_process import simulator_process

MINERS = 20
# The plan's ramp: recovery's 0.2 s batches restore at most 3000 × 0.2 / 60 = 10 kW each, so the ~15 kW shed come
# back in 2 or 3 batches, each polled (5 s after it was sent) before the next. Without a ramp recovery comes in 10
# batches, ~50 s here; that grouping is proven in
# tests/services/curtailment/test_recovery.py::test_without_a_ramp_recovery_comes_in_ten_batches.
RAMP_KW_PER_MIN = 3000.0
AS_OWNER = {"HASHINSIGHT_PASSWORD": PASSWORD}


@pytest.fixture
def farm_site(app_home: Path):  # type: ignore[no-untyped-def]
    network = loopback_network()
    with simulator_process(network, MINERS, app_home):
        _add_site(app_home, network)
        yield network


def _add_site(app_home: Path, network: str) -> None:
    assert run_main("db", "upgrade", home=app_home).returncode == 0
    database = open_database(f"sqlite:///{app_home / 'data' / 'hashinsight.sqlite3'}")
    people = make_people(database.session_factory)
    base = network.rsplit(".", 1)[0]
    with unit_of_work(database.session_factory) as session:
        add_miners(session, people.owner, people.site_id, [NewMiner(f"{base}.{i}") for i in range(1, MINERS + 1)])
    database.close()


def test_plan_execute_recover_from_the_command_line(farm_site: str, app_home: Path) -> None:
    polled = run_cli("agent", "--cycles", "1", "--interval", "1", home=app_home)
    assert polled.returncode == 0, polled.stderr
    assert f"polled {MINERS}" in polled.stdout

    bad = run_main(
        "curtail", "plan", "--site", "Nowhere", "--target-kw", "5", "--as", "owner", home=app_home, env=AS_OWNER
    )
    assert_one_line_error(bad, "--site", "Nowhere")

    planned = run_main(
        "curtail", "plan", "--site", "Texas North", "--target-kw", "15", "--ramp-kw-per-min", f"{RAMP_KW_PER_MIN:g}",
        "--approve", "--json", "--as", "owner", home=app_home, env=AS_OWNER,
    )  # fmt: skip
    assert planned.returncode == 0, planned.stderr
    plan = json.loads(planned.stdout)
    assert plan["status"] == "ok" and plan["shed_kw"] >= 15.0 and plan["plan_id"]
    assert plan["site_power_kw"] > plan["shed_kw"] and plan["miners"]
    plan_id = plan["plan_id"]

    executed = run_cli("curtail", "execute", plan_id[:8], "--as", "owner", home=app_home, env=AS_OWNER)
    assert executed.returncode == 0, executed.stdout + executed.stderr
    count = len(plan["miners"])
    assert executed.stdout.startswith(f"executed: {count} of {count} miners confirmed")

    # what the miners say now: the curtailed ones sleep or draw less
    hosts = [m["host"] for m in plan["miners"]]
    now = json.loads(run_main("poll", *hosts, "--json", home=app_home).stdout)
    for row, miner in zip(now, plan["miners"], strict=True):
        assert row["status"] == ("sleeping" if miner["level"] == "sleep" else "hashing"), row

    again = run_main("curtail", "execute", plan_id, "--as", "owner", home=app_home, env=AS_OWNER)
    assert_one_line_error(again, "executed")  # an executed plan is not sent twice

    recovered = run_cli(
        "curtail", "recover", plan_id, "--batch-interval", "0.2", "--json", "--as", "owner", home=app_home,
        env=AS_OWNER,
    )  # fmt: skip
    assert recovered.returncode == 0, recovered.stdout + recovered.stderr
    report = json.loads(recovered.stdout)
    assert report["summary"].startswith("completed:") and report["batches"] > 1  # staggered by the plan's ramp
    after = json.loads(run_main("poll", *hosts, "--json", home=app_home).stdout)
    assert {row["status"] for row in after} == {"hashing"}

    listing = run_main("curtail", "list", "--as", "owner", home=app_home, env=AS_OWNER)
    assert listing.returncode == 0 and "Completed" in listing.stdout and plan_id[:8] in listing.stdout
    shown = json.loads(
        run_main("curtail", "show", plan_id, "--json", "--as", "owner", home=app_home, env=AS_OWNER).stdout
    )
    assert {item["state"] for item in shown["items"]} == {"confirmed"}
    assert {item["recovery_state"] for item in shown["items"]} == {"confirmed"}
    assert run_main("audit", "verify", home=app_home).returncode == 0
