"""One live executor per plan across processes, counted at the simulator: a console's runner and
`curtail execute` / `recover` / `stop` processes on one database (SQLite file and PostgreSQL); an
executor killed mid-plan resumed by another process only once its lease has expired."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, OperationLogEntry
from hashinsight_desktop.services.cgminer import ControlChannel, poll_many
from hashinsight_desktop.services.curtailment.executor import PlanBusy, RunOptions, execute_plan
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
from tests.cli.test_cli import run_cli
from tests.services.curtailment.test_executor import FAST, Level, add_farm_miners, make_farm, make_plan
from tests.support.factories import PASSWORD, People, make_people
from tests.support.loop_thread import LoopThread, loop_thread

ROOT = Path(__file__).resolve().parents[3]
CONSOLE = RunOptions(
    channel=ControlChannel(FAST),
    poll=functools.partial(poll_many, timeouts=FAST),
    reconcile_interval_s=0.1,
    reconcile_deadline_s=2.0,
    batch_interval_s=0.5,
)
# Batch 2 is due only after the test's timeout: the ramp's pause ends at the stop, whenever the two command-line
# processes before it get there (20 s were not enough for them on a loaded machine: batch 2 went out first).
SLOW_RAMP = dataclasses.replace(CONSOLE, batch_interval_s=3600.0)


@pytest.fixture
def farm_loop() -> Iterator[tuple[LoopThread, SimulatedFarm]]:
    """12 simulated miners served from a loop of their own thread, while processes talk to them."""
    with loop_thread() as thread:
        farm = make_farm(12, mix=["Antminer S19 Pro"])
        thread.run(farm.start())
        try:
            yield thread, farm
        finally:
            thread.run(farm.stop())


def url_of(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def cli(database: Database, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HASHINSIGHT_DATABASE_URL": url_of(database), "HASHINSIGHT_PASSWORD": PASSWORD}
    return run_cli("curtail", *args, "--as", "owner", home=home, env=env)


def cli_process(database: Database, home: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "HASHINSIGHT_HOME": str(home),
        "HASHINSIGHT_DATABASE_URL": url_of(database),
        "HASHINSIGHT_PASSWORD": PASSWORD,
    }
    command = [sys.executable, "-m", "hashinsight_desktop", "curtail", *args, "--as", "owner"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def plan_row(session_factory: sessionmaker[Session], plan_id: uuid.UUID) -> CurtailmentPlan:
    with session_factory() as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None
        return plan


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def item_states(session_factory: sessionmaker[Session], plan_id: uuid.UUID) -> list[str]:
    with session_factory() as session:
        query = select(CurtailmentItem.state).where(CurtailmentItem.plan_id == plan_id)
        return list(session.scalars(query.order_by(CurtailmentItem.batch, CurtailmentItem.miner_name)))


def setup_plan(
    session_factory: sessionmaker[Session], farm: SimulatedFarm, batches: int, **fields: Any
) -> tuple[People, uuid.UUID]:
    people = make_people(session_factory)
    ids = add_farm_miners(session_factory, people, farm)
    per = len(farm.simulated) // batches
    plan_levels = [Level("preset", 75, i // per) for i in range(len(farm.simulated))]
    return people, make_plan(session_factory, people, farm, ids, plan_levels, **fields)


def test_console_and_command_line_execute_and_recover_one_plan_once(
    database: Database, farm_loop: tuple[LoopThread, SimulatedFarm], app_home: Path
) -> None:
    """`curtail execute` runs; the console's runner must neither resume it (it is not interrupted)
    nor start it; then the runner's automatic recovery and `curtail recover` race: one wins."""
    thread, farm = farm_loop
    session_factory = database.session_factory
    people, plan_id = setup_plan(session_factory, farm, batches=1, recover_after_h=0.0)
    runner = CurtailmentRunner(session_factory, interval_s=0.2, options=CONSOLE)

    executing = cli_process(database, app_home, "execute", str(plan_id), "--json")
    wait_for(lambda: plan_row(session_factory, plan_id).state == "executing", what="the command line's run")
    for _ in range(5):  # the console looks for work while the command line runs the plan
        assert thread.run(runner.tick()) == []
        with pytest.raises(PlanBusy, match="being run by"):
            thread.run(runner.start_execution(plan_id, people.owner))
        time.sleep(0.2)
    stdout, stderr = executing.communicate(timeout=120)
    assert executing.returncode == 0, stdout + stderr
    report = json.loads(stdout)  # stdout is exactly one JSON document
    assert report["state"] == "executed" and report["counts"] == {"confirmed": 12}
    assert report["outcome"]["reached"] is True and report["resends"] == 0
    assert farm.control_counts() == [1] * 12

    # Recovery is due at once: the console's runner and a command line both go for it.
    recovering = cli_process(database, app_home, "recover", str(plan_id), "--batch-interval", "0", "--json")
    deadline = time.monotonic() + 60
    while recovering.poll() is None and time.monotonic() < deadline:
        thread.run(runner.tick())
        time.sleep(0.1)
    stdout, stderr = recovering.communicate(timeout=60)
    thread.run(runner.wait_idle())
    assert json.loads(stdout)["state"] in ("completed", "refused"), stderr
    wait_for(lambda: plan_row(session_factory, plan_id).state == "completed", what="the recovery")
    assert farm.control_counts() == [2] * 12  # one curtailment and one restore each, whoever ran it
    with session_factory() as session:
        logged = session.scalars(select(OperationLogEntry.plan_id).where(OperationLogEntry.host.like("127.%")))
        assert set(logged) == {plan_id}  # every command's row names its plan
    plan = plan_row(session_factory, plan_id)
    assert plan.executor_owner is None and plan.lease_expires_at is None and plan.fencing_epoch == 2


def test_a_run_in_the_console_is_refused_to_the_command_line_and_stopped_from_it(
    database: Database, farm_loop: tuple[LoopThread, SimulatedFarm], app_home: Path
) -> None:
    thread, farm = farm_loop
    session_factory = database.session_factory
    people, plan_id = setup_plan(session_factory, farm, batches=3, ramp_kw_per_min=1.0)
    runner = CurtailmentRunner(session_factory, interval_s=0.2, options=SLOW_RAMP)
    run = thread.run(runner.start_execution(plan_id, people.owner))
    wait_for(lambda: item_states(session_factory, plan_id)[:4] == ["confirmed"] * 4, what="batch 1")

    refused = cli(database, app_home, "execute", str(plan_id), "--json")
    assert refused.returncode == 1
    answer = json.loads(refused.stdout)
    assert answer["state"] == "refused" and "being run by" in answer["error"] and "nothing was sent" in answer["error"]

    stopped = cli(database, app_home, "stop", str(plan_id), "--wait", "30", "--json")
    assert stopped.returncode == 0, stopped.stdout + stopped.stderr
    assert json.loads(stopped.stdout)["state"] == "stopped"
    thread.run(_result(run), timeout=30)
    assert farm.control_counts() == [1] * 4 + [0] * 8  # the ramp was cut short after batch 1
    plan = plan_row(session_factory, plan_id)
    assert plan.state == "stopped" and plan.stop_requested_by == "owner" and plan.stopped_at is not None
    assert plan.result["stopped_by"] == "owner" and plan.result["took_effect_total"] == sum(farm.control_counts())
    before = farm.control_counts()

    recovered = cli(database, app_home, "recover", str(plan_id), "--batch-interval", "0", "--json")
    assert recovered.returncode == 0, recovered.stdout + recovered.stderr
    assert json.loads(recovered.stdout)["state"] == "completed"
    # Only the miners the stopped run had changed were sent back; the others were never touched.
    assert farm.control_counts() == [2 * n for n in before]


async def _result(task: asyncio.Task[Any]) -> Any:
    return await asyncio.gather(task, return_exceptions=True)


def test_a_killed_executor_is_resumed_only_after_its_lease_expired(
    database: Database, farm_loop: tuple[LoopThread, SimulatedFarm]
) -> None:
    thread, farm = farm_loop
    session_factory = database.session_factory
    people, plan_id = setup_plan(session_factory, farm, batches=3, ramp_kw_per_min=1.0)
    lease_s = 4.0
    executor = subprocess.Popen(
        [sys.executable, "-m", "tests.support.run_executor", url_of(database), str(plan_id), str(lease_s), "30"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        wait_for(lambda: item_states(session_factory, plan_id)[:4] == ["confirmed"] * 4, what="batch 1")
    finally:
        os.kill(executor.pid, signal.SIGKILL)  # no goodbye: its lease is left to expire
        executor.communicate(timeout=10)
    killed_at = time.monotonic()
    assert farm.control_counts() == [1] * 4 + [0] * 8
    plan = plan_row(session_factory, plan_id)
    assert plan.state == "executing" and plan.executor_owner is not None and plan.fencing_epoch == 1

    options = RunOptions(
        channel=ControlChannel(FAST),
        poll=functools.partial(poll_many, timeouts=FAST),
        reconcile_interval_s=0.1,
        reconcile_deadline_s=2.0,
        batch_interval_s=0.0,
    )
    with pytest.raises(PlanBusy, match="being run by"):  # its owner is not provably gone yet
        thread.run(execute_plan(session_factory, people.owner, plan_id, options))
    assert farm.control_counts() == [1] * 4 + [0] * 8  # the refused taker sent nothing
    runner = CurtailmentRunner(session_factory, interval_s=0.2, options=options)
    assert thread.run(runner.tick()) == []  # nor does a console's runner take it

    wait_for(lambda: plan_row(session_factory, plan_id).lease_expires_at is not None, what="lease")
    time.sleep(max(0.0, lease_s + 0.5 - (time.monotonic() - killed_at)))
    started = thread.run(runner.tick())  # now the lease has expired: the runner resumes it
    assert [plan.plan_id for plan in started] == [plan_id]
    thread.run(runner.wait_idle())
    plan = plan_row(session_factory, plan_id)
    assert plan.state == "executed" and plan.fencing_epoch == 2 and plan.result["resumed"] is True
    assert farm.control_counts() == [1] * 12  # nobody whose command took effect got it twice


def test_a_stale_executor_writes_nothing_once_another_took_over(
    database: Database, farm_loop: tuple[LoopThread, SimulatedFarm]
) -> None:
    """The fence: an executor whose plan was taken over (its lease expired while it stalled) is refused
    at its next command-log write, in the same statement, so it sends nothing more."""
    from hashinsight_desktop.services.curtailment.executor_lease import LeaseKeeper, LeaseLost, claim, new_owner
    from hashinsight_desktop.services.transaction import unit_of_work

    _, farm = farm_loop
    session_factory = database.session_factory
    _, plan_id = setup_plan(session_factory, farm, batches=1)
    stale = new_owner()
    with unit_of_work(session_factory) as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None
        first = claim(session, plan, stale, lease_s=0.2)
    keeper = LeaseKeeper(session_factory, plan_id, stale, first, 0.2)
    time.sleep(0.4)
    with unit_of_work(session_factory) as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None
        second = claim(session, plan, new_owner(), lease_s=30.0)
    assert (first, second) == (1, 2)
    with pytest.raises(LeaseLost):
        keeper.renew()
    with pytest.raises(LeaseLost):
        keeper.check()
