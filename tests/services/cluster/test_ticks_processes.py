"""Acceptance of job ticks with real processes: two consoles running one periodic job run each tick exactly
once (counted by the job's effect, not only by job_ticks rows), and a process stopped for several intervals
runs the job once when it wakes, not once per missed tick."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select, text

from hashinsight_desktop.db.models import JobTick
from hashinsight_desktop.services.database import Database

ROOT = Path(__file__).resolve().parents[3]
INTERVAL_S = 0.3


def make_effects_table(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TABLE tick_effects (tick_start FLOAT NOT NULL, pid INTEGER NOT NULL, ran_at FLOAT, "
                "missed INTEGER)"
            )
        )


def effects(database: Database) -> list[tuple[float, int, float, int]]:
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT tick_start, pid, ran_at, missed FROM tick_effects ORDER BY ran_at"))
        return [(float(t), int(p), float(r), int(m)) for t, p, r, m in rows]


def start_job(database: Database, job: str, run_s: float) -> subprocess.Popen[str]:
    url = database.engine.url.render_as_string(hide_password=False)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.run_ticked_job", url, job, str(INTERVAL_S), str(run_s)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def started_at(process: subprocess.Popen[str]) -> float:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("started "), line + (process.stderr.read() if process.stderr else "")
    return float(line.split()[1])


def finish(process: subprocess.Popen[str]) -> float:
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    return float(out.split()[-1])


def test_two_consoles_run_each_tick_exactly_once(database: Database) -> None:
    make_effects_table(database)
    first, second = start_job(database, "rollups", 13.0), start_job(database, "rollups", 13.0)
    # From a second after both started (their first claim opens the database connection and loads its dialect).
    both_from = max(started_at(first), started_at(second)) + 1.0
    both_until = min(finish(first), finish(second))
    done = effects(database)
    per_tick = Counter(tick for tick, *_ in done)
    assert [tick for tick, n in per_tick.items() if n > 1] == []  # no tick ran twice
    # Every tick while both ran, ran (once): 30 and more of them, and both processes won some.
    overlap = [t for t in per_tick if both_from <= t and t + INTERVAL_S <= both_until]
    first_tick, last_tick = math.ceil(both_from / INTERVAL_S), math.floor(both_until / INTERVAL_S) - 1
    expected = {round(n * INTERVAL_S, 6) for n in range(first_tick, last_tick + 1)}
    assert {round(t, 6) for t in overlap} == expected
    assert len(expected) >= 30
    assert len({pid for _, pid, *_ in done}) == 2
    with database.session_factory() as session:
        rows = session.execute(select(JobTick.tick_start, JobTick.outcome).where(JobTick.job == "rollups")).all()
    # One tick row per effect; the ticks still running when the processes were stopped are the only not-ok ones.
    assert sorted(round(start.timestamp(), 6) for start, _ in rows) == sorted(round(t, 6) for t in per_tick)
    assert sum(outcome == "ok" for _, outcome in rows) >= len(per_tick) - 2


def test_a_process_stopped_for_many_intervals_catches_up_once(database: Database) -> None:
    make_effects_table(database)
    process = start_job(database, "retention", 4.5)
    started_at(process)
    time.sleep(4 * INTERVAL_S)
    os.kill(process.pid, signal.SIGSTOP)  # an outage: nothing runs for 1.8 s (6 intervals)
    stopped = time.time()
    time.sleep(6 * INTERVAL_S)
    resumed = time.time()
    os.kill(process.pid, signal.SIGCONT)
    finish(process)
    done = effects(database)
    per_tick = Counter(tick for tick, *_ in done)
    assert max(per_tick.values()) == 1
    # Each run is for the tick it ran in: no run for a tick already past.
    assert all(tick <= ran < tick + INTERVAL_S + 0.2 for tick, _, ran, _ in done)
    # Nothing ran while stopped; then one run caught the gap up (it says how many ticks it covered) ...
    assert [tick for tick, *_ in done if stopped + 0.1 < tick < resumed - INTERVAL_S] == []
    after = [(tick, ran, missed) for tick, _, ran, missed in done if ran >= resumed]
    assert after[0][2] >= 4
    # ... not one per missed tick: the runs right after waking are the ticks' own, one per interval.
    assert len([ran for _, ran, _ in after if ran < resumed + 2 * INTERVAL_S]) <= 3
    assert all(missed == 0 for _, _, missed in after[1:])
