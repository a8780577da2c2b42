"""The GUI event loop's stalls while the console polls a large farm and refreshes its views.

    .venv/bin/python benchmarks/gui_stall.py [--miners 20000] [--duration 60] [--interval 10]
                                             [--tabs fleet,calculator] [--sort-by-ths] [--no-gc-policy]
                                             [--in-process] [--database-url URL] [--why]

The whole console as a user runs it: a logged-in main window (1280×800, offscreen), its outbox listener
and live refresh, its GC policy (``services/gc_policy``), and its roles in the child ``agent`` process it
supervises, polling a simulated farm served by separate simulator processes on loopback (127.2.0.0/16).
A 10 ms QTimer probe on the qasync loop records how late each tick fires; each tab of ``--tabs`` is
shown in turn and measured for ``--duration`` seconds after the agent's first full poll (start-up and
the first poll, which learns every miner's dialect, are not counted). Printed per tab: p50/p99/max
lateness, and p99/max again less the time the GUI thread waited for a CPU meanwhile (Linux schedstat
run delay: the machine's load; what is left includes waits for the GIL), every cyclic-GC collection
meanwhile (``gc.callbacks``: CPU and wall time, thread), the objects the collector tracks and those
frozen, the console's resident memory (each minute) and the machine's load average. ``--in-process`` runs
the roles on a thread of the console instead (the old way, for comparison). Target: worst stall < 50 ms
with 20,000 miners. The machine's 2 cores are shared with the simulator, the agent and anything else
running: figures are noisy (the load average says how).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_poll import SHARD_SIZE

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal

BIND = "127.2.0.0/16"  # not bench_poll's 127.1.0.0/16: both may run at once
PROBE_MS = 10
TARGET_MS = 50.0


def _start_farm(miners: int, bind: str) -> tuple[list[subprocess.Popen[str]], list[tuple[str, int]]]:
    """The simulated farm in its own processes (other machines, at a lower CPU priority: they must not take
    the console's CPU first), and the addresses it serves."""
    from hashinsight_desktop.simulator.cli import READY
    from hashinsight_desktop.simulator.farm import SimulatedFarm

    shards = -(-miners // SHARD_SIZE)  # a listening socket per miner: each process within its open-file limit
    processes = []
    for shard in range(shards):
        command = [sys.executable, "-m", "hashinsight_desktop.simulator", "--miners", str(miners), "--bind", bind]
        command += ["--seed", "1", "--duration", "1800", "--shard", f"{shard}/{shards}"]
        processes.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True))
        os.setpriority(os.PRIO_PROCESS, processes[-1].pid, 10)
    for process in processes:
        assert process.stdout is not None
        if not any(line.startswith(READY) for line in process.stdout):
            for other in processes:
                other.terminate()
            raise SystemExit(f"the simulator did not start (exit code {process.wait()})")
    return processes, SimulatedFarm(miners, bind=bind, seed=1).targets  # the same seed: the same addresses


def _prepare(database_url: str, targets: list[tuple[str, int]]) -> tuple[AppContext, Principal]:
    """The database with one site of ``targets`` and an owner; the context and the owner's principal."""
    from hashinsight_desktop.app import build_context
    from hashinsight_desktop.services import auth, sites
    from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
    from hashinsight_desktop.services.permissions import SYSTEM
    from hashinsight_desktop.services.transaction import unit_of_work

    context = build_context(database_url, process_name="gui-stall", create=True)
    with unit_of_work(context.database.session_factory) as session:
        principal = auth.create_first_owner(session, "bench", "bench-password-123", "Bench owner")
        site = sites.create_site(session, SYSTEM, name="Bench")
        add_miners(session, SYSTEM, site.id, [NewMiner(host, port) for host, port in targets])
    return context, principal


class GcTimes:
    """Every cyclic-GC collection in the console while measured (``gc.callbacks``): its generation, wall time,
    the CPU time of the thread collecting (the collection's own cost: the wall time also counts the time the
    callbacks gave the GIL to others and the time the machine gave the CPU to others), the thread, what it freed."""

    def __init__(self) -> None:
        self.runs: list[tuple[int, float, float, str, int]] = []
        self._started = (0.0, 0.0)

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = (time.perf_counter(), time.thread_time())
        else:
            wall, cpu = time.perf_counter() - self._started[0], time.thread_time() - self._started[1]
            self.runs.append((info["generation"], cpu * 1000, wall * 1000, _thread_name(), info["collected"]))

    def describe(self) -> list[str]:
        lines = []
        for generation in range(3):
            runs = [run[1:] for run in self.runs if run[0] == generation]
            if runs:
                cpu, wall, where, collected = max(runs)
                total = sum(run[0] for run in runs)
                lines.append(
                    f"  GC generation {generation}: {len(runs)} collections, CPU {total:.0f} ms in all, max "
                    f"{cpu:.1f} ms CPU / {wall:.1f} ms wall (in {where}, {collected:,} objects freed)"
                )
        return lines


def _thread_name() -> str:
    return threading.current_thread().name


def rss_mb() -> float:
    """This process's resident memory (MB), from /proc (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def cpu_wait_ms(schedstat: str) -> float:
    """How long the thread of ``schedstat`` (/proc/self/task/<id>/schedstat) has waited for a CPU while
    runnable, in all (Linux's run delay): lateness that is the machine's load, not the console's work."""
    with open(schedstat) as stats:
        return int(stats.read().split()[1]) / 1e6


def heap_line() -> str:
    """The objects the cyclic GC tracks, per generation, and those frozen out of it (gc.freeze)."""
    young = ", ".join(f"{len(gc.get_objects(g)):,}" for g in range(3))
    return f"  GC-tracked objects by generation {young}; frozen {gc.get_freeze_count():,}"


def _samples(context: AppContext) -> int:
    from sqlalchemy import func, select

    from hashinsight_desktop.db.models import TelemetrySample

    with context.database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(TelemetrySample)) or 0)


def measure(
    context: AppContext,
    principal: Principal,
    miners: int,
    duration_s: float,
    interval_s: float,
    in_process: bool,
    why: bool = False,
    tabs: Sequence[str] = ("fleet",),
    sort_by_ths: bool = False,
    with_gc_policy: bool = True,
) -> tuple[dict[str, list[float]], dict[str, list[float]], int, int]:
    """(every probe tick's lateness in ms per tab, the same less the time the GUI thread waited for a CPU,
    samples written during the measurements, the agent's restarts); prints the collections, the heap, the
    memory and the machine's load meanwhile."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.ui.fleet.miner_columns import COL_HASHRATE
    from hashinsight_desktop.ui.gui_app import ConsoleSession
    from hashinsight_desktop.ui.gui_loop import gui_event_loop, start_gc_policy
    from hashinsight_desktop.workers.task_registry import TaskRegistry

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # the run ends when measured, not when its window closes
    loop = gui_event_loop(app)  # the console's own loop and thread-job executor
    asyncio.set_event_loop(loop)
    gc_policy = start_gc_policy(loop) if with_gc_policy else None  # as run_gui starts it
    session = ConsoleSession(context, TaskRegistry(), poll_interval_s=interval_s, in_process_workers=in_process)
    lateness: dict[str, list[float]] = {}  # per tab measured
    own: dict[str, list[float]] = {}  # the same less the time the GUI thread waited for a CPU meanwhile
    gui_thread = f"/proc/self/task/{threading.get_native_id()}/schedstat"
    last, last_wait = time.perf_counter(), cpu_wait_ms(gui_thread)

    def probe() -> None:
        nonlocal last, last_wait
        now, wait = time.perf_counter(), cpu_wait_ms(gui_thread)
        late = max(0.0, (now - last) * 1000 - PROBE_MS)
        lateness[key_measured()].append(late)
        own[key_measured()].append(max(0.0, late - (wait - last_wait)))
        last, last_wait = now, wait

    def key_measured() -> str:
        return next(reversed(lateness))

    timer = QTimer(interval=PROBE_MS)
    timer.timeout.connect(probe)
    watching = threading.Event()
    stalls: Counter[str] = Counter()

    def watch_stalls() -> None:
        """--why: where the GUI thread is while the probe is late (sampled every 5 ms from another thread)."""
        gui = threading.main_thread().ident
        while watching.is_set():
            time.sleep(0.005)
            if (time.perf_counter() - last) * 1000 > PROBE_MS + 20:
                frames = sys._current_frames()
                for ident, other in frames.items():  # the other threads busy in Python meanwhile (GIL holders)
                    if ident not in (gui, threading.get_ident()):
                        top = traceback.extract_stack(other)[-1]
                        stalls[
                            f"    other thread at {top.filename.split('site-packages/')[-1]}:{top.lineno} {top.name}"
                        ] += 1
                frame = frames.get(gui or 0)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-12:]
                    stalls[
                        "\n".join(f"    {f.filename.split('site-packages/')[-1]}:{f.lineno} {f.name}" for f in stack)
                    ] += 1

    async def measure_tab(window: Any, key: str) -> None:
        """One measurement with tab ``key`` shown (switched to 3 s before: its first refresh is not counted)."""
        nonlocal last, last_wait
        window.tabs.setCurrentIndex(window.tab_keys.index(key))
        await asyncio.sleep(3)
        print(f"{key} tab shown: load average {os.getloadavg()[0]:.1f}, {rss_mb():.0f} MB resident")
        print(heap_line())
        gc_times = GcTimes()
        gc.callbacks.append(gc_times)
        lateness[key], own[key] = [], []
        last, last_wait = time.perf_counter(), cpu_wait_ms(gui_thread)
        timer.start()
        if why:
            watching.set()
            threading.Thread(target=watch_stalls, daemon=True).start()
        started = time.monotonic()
        while (left := duration_s - (time.monotonic() - started)) > 0.5:  # a timer may wake a little early
            await asyncio.sleep(min(60.0, left))
            minutes, worst = (time.monotonic() - started) / 60, max(lateness[key], default=0.0)
            print(f"  after {minutes:.1f} min: {rss_mb():.0f} MB resident, worst stall {worst:.1f} ms")
        watching.clear()
        timer.stop()
        gc.callbacks.remove(gc_times)
        print("\n".join(gc_times.describe()))
        print(heap_line())
        print(f"  load average at the end {os.getloadavg()[0]:.1f}")

    async def run() -> tuple[int, int]:
        session.open_console(principal)
        window = session.window
        assert window is not None
        window.resize(1280, 800)
        window.tabs.setCurrentIndex(window.tab_keys.index(tabs[0]))
        deadline = time.monotonic() + 300
        while await asyncio.to_thread(_samples, context) < miners * 0.9:  # the first poll: not counted
            if time.monotonic() > deadline:
                raise SystemExit("the console's first poll did not finish in 300 s")
            await asyncio.sleep(1)
        if sort_by_ths:  # sorted by a live column: each refresh re-sorts the 20,000 rows
            window.tab("fleet").table.sortByColumn(COL_HASHRATE, Qt.SortOrder.DescendingOrder)
        before = await asyncio.to_thread(_samples, context)
        for key in tabs:
            await measure_tab(window, key)
        written = await asyncio.to_thread(_samples, context) - before
        restarts = session.supervisor.state.restarts if session.supervisor is not None else 0
        window.close()
        await session.stop_workers()
        await session.tasks.shutdown()
        return written, restarts

    with loop:
        written, restarts = loop.run_until_complete(run())
    if gc_policy is not None:
        gc_policy.stop()
        print(
            f"  GC policy: {gc_policy.settles} settles, {gc_policy.full_collections} full collection(s) of everything"
        )
    for stack, samples in stalls.most_common(8):
        print(f"  GUI thread while late ({samples * 5} ms sampled):\n{stack}")
    return lateness, own, written, restarts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--miners", type=int, default=20_000)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds measured (default 60)")
    parser.add_argument("--interval", type=float, default=10.0, help="the agent's poll interval (default 10 s)")
    parser.add_argument("--in-process", action="store_true", help="the roles on a thread of the console (old way)")
    parser.add_argument("--database-url", help="default: a new SQLite file")
    parser.add_argument("--bind", default=BIND, help=f"the simulated farm's loopback range (default {BIND})")
    parser.add_argument(
        "--tabs",
        default="fleet,calculator",
        help="the tabs shown while measured, one after the other, each for --duration (default fleet,calculator)",
    )
    parser.add_argument("--why", action="store_true", help="print where the GUI thread was while the probe was late")
    parser.add_argument("--no-gc-policy", action="store_true", help="without the console's GC policy")
    parser.add_argument("--sort-by-ths", action="store_true", help="the Fleet table sorted by TH/s (a live column)")
    args = parser.parse_args()

    from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit

    raise_open_file_limit(args.miners + 4096)
    home = tempfile.mkdtemp(prefix="gui-stall-")
    os.environ["HASHINSIGHT_HOME"] = home  # its own settings, logs and default database: nothing of the user's
    database_url = args.database_url or f"sqlite:///{Path(home) / 'stall.sqlite3'}"
    farm, targets = _start_farm(args.miners, args.bind)
    try:
        context, principal = _prepare(database_url, targets)
        lateness, own, written, restarts = measure(
            context,
            principal,
            args.miners,
            args.duration,
            args.interval,
            args.in_process,
            args.why,
            args.tabs.split(","),
            args.sort_by_ths,
            not args.no_gc_policy,
        )
    finally:
        for process in farm:
            process.terminate()
            process.wait(timeout=30)
    where = "a thread of the console (--in-process)" if args.in_process else "the console's child agent process"
    print(f"console polling {args.miners:,} simulated miners every {args.interval:g} s in {where}; {written:,} samples")
    if restarts:
        print(f"  the agent restarted {restarts} time(s) during the run")
    for key, ticks in lateness.items():
        p50, p99, worst = _figures(ticks)
        verdict = "PASS" if worst < TARGET_MS else "MISS"
        print(
            f"{key} tab: GUI event-loop stall (lateness of a {PROBE_MS} ms timer, {len(ticks):,} ticks over "
            f"{args.duration:g} s): p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {worst:.1f} ms  "
            f"target max < {TARGET_MS:g} ms: {verdict}"
        )
        p50, p99, worst = _figures(own[key])
        print(f"  less the GUI thread's waits for a CPU (the machine's load): p99 {p99:.1f} ms, max {worst:.1f} ms")
    print(f"memory at the end: {rss_mb():.0f} MB resident (console process)")


def _figures(ticks: list[float]) -> tuple[float, float, float]:
    """p50, p99 and max of ``ticks``."""
    ordered = sorted(ticks)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], ordered[-1]


if __name__ == "__main__":
    main()
