"""Acceptance of fenced roles with real processes on a real database, and real TCP commands to the simulator
on a 127.x address: four processes racing for an expired role 100 times (one leader a round, the epoch up by
one each time, stale writes changing 0 rows and sending nothing); a leader whose backend is killed, and one
frozen (SIGSTOP) for longer than the lease: a follower leads within the lease + 5 s and the old leader, resumed,
sends nothing more and steps down; on SQLite two processes and one file lock, one leader."""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import select, text

from hashinsight_desktop.db.models import RoleLease
from hashinsight_desktop.services.cluster.roles import role_lock_key
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.services.cluster import role_contender
from tests.services.cluster.role_contender import COMMANDS, create_commands_table
from tests.simulator.loopback import loopback_network
from tests.support.loop_thread import LoopThread, loop_thread

ROLE = "executor:site-under-test"
LEASE_S = 2.0
SPAWN = multiprocessing.get_context("spawn")
POSTGRES_ONLY = "the advisory lock, pg_terminate_backend and the server's idle timeout are PostgreSQL's"


@contextmanager
def simulated_miners(count: int) -> Iterator[tuple[LoopThread, SimulatedFarm]]:
    farm = SimulatedFarm(count, bind=loopback_network(), mix=["Avalon A1246"], seed=13, warmup_s=0)
    with loop_thread() as thread:
        thread.run(farm.start())
        try:
            yield thread, farm
        finally:
            thread.run(farm.stop())


def url_of(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


def drain(events: Any, until: float) -> list[tuple[Any, ...]]:
    found = []
    while True:
        try:
            found.append(events.get(timeout=max(0.0, until - time.time())))
        except queue.Empty:
            return found


def test_four_processes_race_for_an_expired_role_100_times(database: Database) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip(POSTGRES_ONLY)
    rounds, contenders = 100, 4
    create_commands_table(database.engine)
    with simulated_miners(contenders) as (_, farm):
        barrier, out = SPAWN.Barrier(contenders), SPAWN.Queue()
        names = [f"p{i}" for i in range(contenders)]
        processes = [
            SPAWN.Process(
                target=role_contender.race,
                args=(url_of(database), ROLE, name, rounds, barrier, farm.targets[i], out),
            )
            for i, name in enumerate(names)
        ]
        for process in processes:
            process.start()
        events = []
        while sum(1 for e in events if e[0] == "done") < contenders:
            events.append(out.get(timeout=60))
        for process in processes:
            process.join(10)
            assert process.exitcode == 0
        sent = farm.control_counts()

    winners = defaultdict(list)
    for _, round_, name, epoch in (e for e in events if e[0] == "won"):
        winners[round_].append((name, epoch))
    assert sorted(winners) == list(range(rounds))
    assert all(len(won) == 1 for won in winners.values()), "exactly one leader each round"
    assert [winners[r][0][1] for r in range(rounds)] == list(range(1, rounds + 1))  # epoch 1, then +1 each
    done = {e[1]: e for e in events if e[0] == "done"}
    assert all(stale == 0 for _, _, stale, _ in done.values()), "a stale epoch's write changed a row"
    with database.engine.connect() as connection:
        rows = connection.execute(select(COMMANDS.c.round, COMMANDS.c.node, COMMANDS.c.epoch)).all()
    assert sorted(rows) == sorted((r, *winners[r][0]) for r in range(rounds))  # only the leaders' rows
    wins = Counter(winners[r][0][0] for r in range(rounds))
    assert sent == [wins[name] for name in names]  # one TCP command per round, none from a stale epoch
    assert len(wins) > 1  # a real race: more than one process won rounds


def start_contenders(database: Database, farm: SimulatedFarm, names: list[str]) -> tuple[Any, Any, list[Any]]:
    out, stop = SPAWN.Queue(), SPAWN.Event()
    processes = []
    for i, name in enumerate(names):
        process = SPAWN.Process(
            target=role_contender.lead_and_act,
            args=(url_of(database), ROLE, name, LEASE_S, farm.targets[i], out, stop),
        )
        process.start()
        processes.append(process)
        if i == 0:  # the first leads before the others start
            wait_for(out, lambda e, first=name: e[0] == "lead" and e[1] == first, 30)
    return out, stop, processes


def wait_for(events: Any, match: Any, timeout_s: float, seen: list[tuple[Any, ...]] | None = None) -> tuple[Any, ...]:
    until = time.time() + timeout_s
    while time.time() < until:
        try:
            event = events.get(timeout=max(0.01, until - time.time()))
        except queue.Empty:
            break
        if seen is not None:
            seen.append(event)
        if match(event):
            return tuple(event)
    raise AssertionError(f"not seen within {timeout_s} s")


def lock_holder_pid(database: Database) -> int:
    unsigned = role_lock_key(ROLE) & 0xFFFFFFFFFFFFFFFF
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
                    "AND classid = CAST(:hi AS bigint)::oid AND objid = CAST(:lo AS bigint)::oid"
                ),
                {"hi": unsigned >> 32, "lo": unsigned & 0xFFFFFFFF},
            ).scalar_one()
        )


def lease(database: Database) -> Any:
    with database.engine.connect() as connection:
        return connection.execute(select(RoleLease.__table__).where(RoleLease.role == ROLE)).one()


def stop_all(stop: Any, processes: list[Any]) -> None:
    stop.set()
    for process in processes:
        if process.is_alive():
            os.kill(process.pid, signal.SIGCONT)
        process.join(15)
        if process.is_alive():
            process.kill()


@pytest.mark.parametrize("failure", ["backend killed", "process frozen"])
def test_a_follower_takes_over_and_the_old_leader_sends_nothing_more(database: Database, failure: str) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip(POSTGRES_ONLY)
    create_commands_table(database.engine)
    with simulated_miners(2) as (_, farm):
        out, stop, processes = start_contenders(database, farm, ["old", "new"])
        try:
            seen: list[tuple[Any, ...]] = []
            wait_for(out, lambda e: e[0] == "pid" and e[1] == "new", 30, seen)  # the follower is up and campaigning
            wait_for(out, lambda e: e[0] == "sent" and e[1] == "old", 10, seen)
            old = processes[0]
            failed_at = time.time()
            if failure == "backend killed":
                with database.engine.connect() as connection:
                    connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": lock_holder_pid(database)})
            else:
                os.kill(old.pid, signal.SIGSTOP)
            took = wait_for(out, lambda e: e[0] == "lead" and e[1] == "new", LEASE_S + 5, seen)
            assert took[2] == 2 and took[3] - failed_at < LEASE_S + 5  # a follower leads within lease + 5 s
            taken_at = lease(database).acquired_at
            if failure == "process frozen":
                time.sleep(max(0.0, failed_at + LEASE_S + 1.5 - time.time()))  # frozen for longer than the lease
                os.kill(old.pid, signal.SIGCONT)
            wait_for(out, lambda e: e[0] == "sent" and e[1] == "new", 5, seen)
            seen += drain(out, time.time() + 1.5)  # the resumed leader has had time to act, if it would
            old_sent = farm.control_counts()[0]
        finally:
            stop_all(stop, processes)

    down_at = min(e[3] for e in seen if e[0] == "down" and e[1] == "old")  # it stepped down
    late = [e for e in seen if e[0] == "sent" and e[1] == "old" and e[3] >= min(down_at, took[3])]
    assert late == [], "the old leader sent a command after it lost the role"
    with database.engine.connect() as connection:
        rows = connection.execute(select(COMMANDS.c.node, COMMANDS.c.epoch)).all()
    assert {epoch for node, epoch in rows if node == "old"} == {1} and {e for n, e in rows if n == "new"} == {2}
    # Each command had its row, committed first (a row whose writer found its deadline passed after the
    # commit stays unsent).
    assert 0 < old_sent <= sum(1 for node, _ in rows if node == "old")
    assert lease(database).epoch == 2 and lease(database).acquired_at == taken_at


def test_sqlite_two_processes_one_file_lock_one_leader(database: Database) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("the file lock beside the database file is SQLite's (PostgreSQL: the advisory lock above)")
    create_commands_table(database.engine)
    with simulated_miners(2) as (_, farm):
        out, stop, processes = start_contenders(database, farm, ["first", "second"])
        try:
            seen: list[tuple[Any, ...]] = []
            wait_for(out, lambda e: e[0] == "pid" and e[1] == "second", 30, seen)
            seen += drain(out, time.time() + 1.5)  # both running: the second never leads
            assert [e[1] for e in seen if e[0] == "lead"] == []
            assert any(e[0] == "sent" and e[1] == "first" for e in seen)
            processes[0].kill()  # the OS frees a dead process's file lock; its lease expires
            killed_at = time.time()
            took = wait_for(out, lambda e: e[0] == "lead" and e[1] == "second", LEASE_S + 5)
            assert took[2] == 2 and took[3] - killed_at < LEASE_S + 5
        finally:
            stop_all(stop, processes)
    with database.engine.connect() as connection:
        epochs = dict(connection.execute(select(COMMANDS.c.node, COMMANDS.c.epoch).distinct()).all())
    assert epochs == {"first": 1, "second": 2}
