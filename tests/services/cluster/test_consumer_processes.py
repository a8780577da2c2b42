"""Acceptance: 8 consumer processes on one PostgreSQL, 2,000 events written while they run (some by a
transaction that commits last), 1 % of the events SIGKILL the process that claimed them after its inbox
insert and effect, before the commit: every effect exactly once, none lost. The same with 3 processes
on one SQLite file (two consoles on one file; one writer at a time, so no transaction commits late)."""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

from sqlalchemy import func, insert, select, text

from hashinsight_desktop.db.models import ConsumerFailure, InboxEntry, OutboxEvent
from hashinsight_desktop.services.clock import system_clock
from hashinsight_desktop.services.cluster.consumers import Consumer, consume
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.cluster import consumer_worker
from tests.services.cluster.consumer_worker import TOPIC

KILL_EVERY = 100  # 1 %
SHAPES = {"postgresql": (8, 2000), "sqlite": (3, 300)}  # processes, events
SLOW_EVENTS = 20  # PostgreSQL: written first by a transaction that commits after all the others
DEADLINE_S = 40.0


def _payloads(start: int, count: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for n in range(start, start + count):
        payload: dict[str, object] = {"n": n, "kill": True} if n % KILL_EVERY == 37 else {"n": n}
        rows.append({"topic": TOPIC, "entity_type": "work", "entity_id": str(n), "payload": payload})
    return rows


def test_consumer_processes_apply_every_event_once_though_some_are_killed_after_claiming(
    database: Database, tmp_path: Path
) -> None:
    postgres = database.engine.dialect.name == "postgresql"
    processes_n, events_n = SHAPES[database.engine.dialect.name]
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE consumer_effects (event_id bigint NOT NULL, pid integer NOT NULL)"))
    factory = database.session_factory
    url = database.url.render_as_string(hide_password=False)
    marks, stop = tmp_path / "marks", tmp_path / "stop"
    marks.mkdir()
    context = multiprocessing.get_context("forkserver")  # each process its own interpreter state and connections
    context.set_forkserver_preload([consumer_worker.__name__])

    def start() -> BaseProcess:
        process = context.Process(target=consumer_worker.work, args=(url, str(marks), str(stop)), daemon=True)
        process.start()
        return process

    # The consumer starts before any of its events (a new consumer begins with what comes after it).
    consume(factory, Consumer("acceptance", (TOPIC,), lambda s, e, n: 0), system_clock)
    processes = [start() for _ in range(processes_n)]
    killed = 0
    started = time.monotonic()

    def respawn_killed(again: bool = True) -> None:
        nonlocal killed
        for i, process in enumerate(processes):
            if process.exitcode is not None:
                assert process.exitcode == -9, f"a consumer process ended by itself ({process.exitcode})"
                killed += 1
                processes[i] = start() if again else process

    try:
        first = SLOW_EVENTS if postgres else 0
        with factory() as slow, slow.begin():  # its events have the lowest ids and are seen last
            if first:  # SQLite: none (an open write would hold every other writer)
                slow.execute(insert(OutboxEvent), _payloads(0, first))
            for start_n in range(first, events_n, 100):
                with unit_of_work(factory) as session:
                    session.execute(insert(OutboxEvent), _payloads(start_n, min(100, events_n - start_n)))
                respawn_killed()
        applied = 0
        while applied < events_n and time.monotonic() - started < DEADLINE_S:
            respawn_killed()
            time.sleep(0.1)
            with factory() as session:
                applied = session.scalar(select(func.count()).select_from(InboxEntry)) or 0
        time.sleep(0.2)  # a process killed by the last marked event: counted, not replaced
        respawn_killed(again=False)
        processes = [p for p in processes if p.exitcode is None]
    finally:
        stop.touch()
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
    elapsed = time.monotonic() - started

    with factory() as session:
        count, distinct, pids = session.execute(
            text("SELECT count(*), count(DISTINCT event_id), count(DISTINCT pid) FROM consumer_effects")
        ).one()
        inbox = session.scalar(select(func.count()).select_from(InboxEntry))
        failures = session.scalar(select(func.count()).select_from(ConsumerFailure))
    kills = events_n // KILL_EVERY
    assert (count, distinct, inbox, failures) == (events_n, events_n, events_n, 0), f"after {elapsed:.1f} s"
    assert len(list(marks.iterdir())) == kills and killed == kills  # each marked event killed one process
    assert pids > processes_n // 2  # the work was shared
    print(f"{events_n} events, {processes_n} processes, {killed} killed after claiming: once each in {elapsed:.1f} s")
