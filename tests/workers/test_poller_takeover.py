"""Acceptance of the fenced, tick-claimed site poller with real processes: three ``agent`` processes poll one
simulated site (a simulator process on a 127.x network) every 1 s with a 2 s lease, and the leader is killed
(SIGKILL) twice. Every miner has exactly one sample per tick, stamped with the tick's start; the only ticks
missing are those of the two takeover windows and those a leader itself reported skipped (it woke more than an
interval late on a loaded machine: said on the next tick's row); each leader's ticks carry its epoch (1, 2, 3).

PostgreSQL only: the acceptance names a real server (the roles' advisory locks on dedicated sessions; SQLite's
file locks are covered by the in-process tests)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import JobTick, RoleLease, TelemetrySample
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.cli import READY
from tests.simulator.loopback import loopback_network

ROOT = Path(__file__).resolve().parents[2]
MINERS, INTERVAL_S, LEASE_S, TICKS = 20, 1.0, 2.0, 24
# A takeover: the old lease runs out (<= one lease after its last renewal), a follower's next campaign (a quarter
# lease), its next tick (one interval); plus a second of slack for a machine shared with other test runs.
TAKEOVER_WINDOW_S = LEASE_S + LEASE_S / 4 + INTERVAL_S + 1.0


@pytest.fixture
def simulated_site(database: Database) -> Iterator[tuple[str, int]]:
    """A simulator process serving MINERS miners, all of them one site's; yields (site id, miners)."""
    network = loopback_network()
    command = [sys.executable, "-m", "hashinsight_desktop.simulator", "--miners", str(MINERS), "--bind", network]
    farm = subprocess.Popen([*command, "--seed", "3", "--duration", "120"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert farm.stdout is not None
        assert any(line.startswith(READY) for line in farm.stdout), "the simulator did not start"
        base = network.rsplit(".", 1)[0]
        with unit_of_work(database.session_factory) as session:
            site = sites.create_site(session, SYSTEM, name="Takeover")
            add_miners(session, SYSTEM, site.id, [NewMiner(f"{base}.{i}") for i in range(1, MINERS + 1)])
        yield str(site.id), MINERS
    finally:
        farm.terminate()
        farm.wait(timeout=30)


def start_agent(database: Database, home: Path) -> subprocess.Popen[str]:
    home.mkdir()
    env = {
        **os.environ,
        "HASHINSIGHT_HOME": str(home),
        "HASHINSIGHT_DATABASE_URL": database.engine.url.render_as_string(hide_password=False),
    }
    command = [sys.executable, "-m", "hashinsight_desktop", "agent", "--interval", str(INTERVAL_S)]
    return subprocess.Popen(
        [*command, "--lease", str(LEASE_S)],
        stdout=(home / "stdout.txt").open("w"),
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=env,
    )


def wait_for(what: str, condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


SKIPPED = re.compile(r"(\d+) ticks? skipped before it")


def written_ticks(database: Database, job: str) -> list[tuple[datetime, int]]:
    return [(start, epoch) for start, epoch, _ in ticks_with_detail(database, job)]


def ticks_with_detail(database: Database, job: str) -> list[tuple[datetime, int, str | None]]:
    with database.session_factory() as session:
        rows = session.execute(
            select(JobTick.tick_start, JobTick.epoch, JobTick.detail)
            .where(JobTick.job == job, JobTick.outcome == "ok")
            .order_by(JobTick.tick_start)
        )
        return [(start, int(epoch), detail) for start, epoch, detail in rows]


def reported_skipped(ticks: list[tuple[datetime, int, str | None]], step: timedelta) -> set[datetime]:
    """The ticks a leader said it let pass (the ``n`` before a row whose detail says "n ticks skipped")."""
    skipped = set()
    for start, _, detail in ticks:
        if detail and (found := SKIPPED.match(detail)):
            skipped.update(start - n * step for n in range(1, int(found.group(1)) + 1))
    return skipped


def ticks_of(database: Database, job: str, epoch: int) -> int:
    return sum(e == epoch for _, e in written_ticks(database, job))


def leader(database: Database, role: str) -> tuple[int, int | None]:
    """(epoch, holder pid) of the role now; (0, None) before anyone led it."""
    with database.session_factory() as session:
        lease = session.get(RoleLease, role)
        return (0, None) if lease is None else (lease.epoch, lease.holder_pid)


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_three_agents_poll_each_tick_once_through_two_leader_kills(
    database: Database, simulated_site: tuple[str, int], tmp_path: Path
) -> None:
    site_id, miners = simulated_site
    role = f"poller:{site_id}"
    agents = [start_agent(database, tmp_path / f"agent{n}") for n in range(3)]
    kills: list[datetime] = []
    try:
        for epoch in (1, 2):
            wait_for(f"epoch {epoch} to write 6 ticks", lambda e=epoch: ticks_of(database, role, e) >= 6)
            holder_epoch, pid = leader(database, role)
            assert holder_epoch == epoch and pid in [agent.pid for agent in agents]
            kills.append(datetime.now().astimezone())
            os.kill(pid, signal.SIGKILL)
        first = written_ticks(database, role)[0][0]
        end = first + timedelta(seconds=(TICKS - 1) * INTERVAL_S)
        wait_for(f"{TICKS} ticks", lambda: written_ticks(database, role)[-1][0] >= end)
    finally:
        for agent in agents:
            if agent.poll() is None:
                agent.send_signal(signal.SIGTERM)
        for agent in agents:
            agent.wait(timeout=30)
    outputs = [(tmp_path / f"agent{n}" / "stdout.txt").read_text() for n in range(3)]
    assert sorted(agent.returncode for agent in agents) == [-signal.SIGKILL, -signal.SIGKILL, 0], outputs

    detailed = ticks_with_detail(database, role)
    ticks = [(start, epoch) for start, epoch, _ in detailed]
    starts = [start for start, _ in ticks]
    assert [epoch for _, epoch in ticks] == sorted(epoch for _, epoch in ticks)  # each leader after the last
    assert {epoch for _, epoch in ticks} == {1, 2, 3}  # epochs rise by one per takeover
    with database.session_factory() as session:
        per_tick = dict(
            session.execute(
                select(TelemetrySample.recorded_at, func.count(func.distinct(TelemetrySample.miner_id))).group_by(
                    TelemetrySample.recorded_at
                )
            ).all()
        )
        total = session.scalar(select(func.count()).select_from(TelemetrySample))
    assert per_tick == dict.fromkeys(starts, miners)  # every miner once per written tick, at the tick's start
    assert total == miners * len(starts)  # and no duplicates
    step = timedelta(seconds=INTERVAL_S)
    expected = [starts[0] + n * step for n in range(round((starts[-1] - starts[0]) / step) + 1)]
    assert len(expected) >= TICKS
    skipped = reported_skipped(detailed, step)
    assert not skipped & set(starts)  # what a leader says it skipped was indeed not polled
    missing = sorted(set(expected) - set(starts) - skipped)  # a late leader's skips are said, not lost
    window = timedelta(seconds=TAKEOVER_WINDOW_S)
    outside = [t for t in missing if not any(kill - step <= t <= kill + window for kill in kills)]
    assert outside == [], f"ticks lost outside the takeover windows after {kills}: {outside} (skipped: {skipped})"
