"""Poll throughput against the fleet simulator, loopback only.

    .venv/bin/python benchmarks/bench_poll.py [--sizes 5000,20000] [--in-process] [--profile] [--bind CIDR]

For each size it starts a simulated farm with every miner on its own loopback address
(127.1.0.0/16, port 4028) — in a separate process by default, as real miners are other
machines — then times one cold ``poll_many`` (the first: dialects not yet known) and one warm
one. Targets: 20,000 miners ≤ 4 s, 5,000 ≤ 2 s (wall time of one warm poll; the minimum of
``--repeat`` warm polls is judged, the median printed beside it: the machine's cores are shared). Everything stays on
this machine and the farm stops by itself (``--duration``) if this script dies.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import os
import pstats
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from hashinsight_desktop.services.cgminer import PollMemory, Timeouts, poll_many
from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
from hashinsight_desktop.services.event_loop import run as run_loop
from hashinsight_desktop.simulator.cli import READY
from hashinsight_desktop.simulator.farm import SimulatedFarm

TARGETS_S = {5000: 2.0, 20000: 4.0}
BIND = "127.1.0.0/16"  # --bind another /16 when something else (gui_stall.py) serves a farm here
SEED = 1
SHARD_SIZE = 12_000  # miners per simulator process: a listening socket each, within a 20,000 open-file limit


def _start_farm_processes(miners: int, shards: int, bind: str = BIND) -> list[subprocess.Popen[str]]:
    """The farm, split over ``shards`` processes (each listening socket is an open file)."""
    processes = []
    for shard in range(shards):
        command = [sys.executable, "-m", "hashinsight_desktop.simulator", "--miners", str(miners)]
        command += ["--bind", bind, "--seed", str(SEED), "--duration", "900", "--shard", f"{shard}/{shards}"]
        processes.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True))
    for process in processes:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(READY):
                break
        else:
            for other in processes:
                other.terminate()
            raise SystemExit(f"the simulator did not start (exit code {process.wait()})")
    return processes


def _targets(miners: int, bind: str = BIND) -> list[tuple[str, int]]:
    farm = SimulatedFarm(miners, bind=bind, seed=SEED)  # same seed: the same addresses as the served farm
    return farm.targets


Result = tuple[float, Counter[str], float, float]  # wall s, statuses, client CPU s, farm CPU s


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of other processes (Linux /proc), 0 where unavailable."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


async def _poll(targets: list[tuple[str, int]], memory: PollMemory, profile: bool, farm_pids: list[int]) -> Result:
    profiler = cProfile.Profile() if profile else None
    farm_before = _cpu_seconds(farm_pids)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    samples = await poll_many(targets, concurrency=1000, timeouts=Timeouts(), memory=memory)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime
    farm_cpu = _cpu_seconds(farm_pids) - farm_before
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    return wall, Counter(s.status for s in samples), client_cpu, farm_cpu


async def _in_process(miners: int, profile: bool, repeat: int, bind: str) -> list[Result]:
    async with SimulatedFarm(miners, bind=bind, seed=SEED) as farm:
        memory = PollMemory()
        return [await _poll(farm.targets, memory, profile, []) for _ in range(1 + repeat)]


def run(miners: int, in_process: bool, profile: bool, repeat: int, bind: str = BIND, gc_freeze: bool = False) -> None:
    raise_open_file_limit(miners + 4096)
    if in_process:
        results = run_loop(_in_process(miners, profile, repeat, bind))
    else:
        shards = max(1, -(-miners // SHARD_SIZE))
        processes = _start_farm_processes(miners, shards, bind)
        try:
            targets = _targets(miners, bind)
            memory = PollMemory()

            pids = [p.pid for p in processes]

            async def polls() -> list[Result]:
                cold = await _poll(targets, memory, profile, pids)
                if gc_freeze:  # as the agent does after start-up: its long-lived objects out of the cyclic GC
                    gc.freeze()
                return [cold] + [await _poll(targets, memory, profile, pids) for _ in range(repeat)]

            results = run_loop(polls())
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=30)
    target = TARGETS_S.get(miners)
    labels = ["cold"] + [f"warm {n}" for n in range(1, 1 + repeat)]
    for label, (wall, statuses, client_cpu, farm_cpu) in zip(labels, results, strict=True):
        verdict = "" if target is None else f"  target ≤ {target:g} s: {'PASS' if wall <= target else 'MISS'}"
        cpu = f"CPU client {client_cpu:5.2f} s ({client_cpu / miners * 1e6:4.0f} µs/miner), farm {farm_cpu:5.2f} s"
        print(f"poll {miners:>6} miners ({label}): {wall:6.2f} s wall{verdict}  {cpu}  {dict(statuses)}")
    warm = sorted(wall for wall, *_ in results[1:])
    verdict = "" if target is None else f"  target ≤ {target:g} s: {'PASS' if warm[0] <= target else 'MISS'}"
    median = statistics.median(warm)
    print(f"poll {miners:>6} miners, {repeat} warm polls: min {warm[0]:.2f} s, median {median:.2f} s{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5000,20000")
    parser.add_argument("--in-process", action="store_true", help="serve the farm on the polling loop itself")
    parser.add_argument("--profile", action="store_true", help="cProfile each poll (slows it down)")
    parser.add_argument("--repeat", type=int, default=5, help="warm polls after the cold one (min and median)")
    parser.add_argument("--bind", default=BIND, help=f"the simulated farm's loopback network (default {BIND})")
    parser.add_argument("--gc-freeze", action="store_true", help="gc.freeze() after the cold poll, as the agent does")
    parser.add_argument(
        "--agent-modules", action="store_true", help="import the agent's workers first: its start-up heap, for GC"
    )
    parser.add_argument("--no-gui-stall", action="store_true", help="skip the GUI event-loop stall probe")
    parser.add_argument("--no-store", action="store_true", help="skip the PostgreSQL telemetry store figures")
    args = parser.parse_args()
    if args.agent_modules:  # the objects the cyclic GC rescans in the agent unless frozen (--gc-freeze)
        for module in ("telemetry_poller", "periodic_jobs", "notifier", "curtailment_runner", "run_requests"):
            importlib.import_module(f"hashinsight_desktop.workers.{module}")
    mode = (
        "farm in the same process" if args.in_process else f"farm in separate processes (≤ {SHARD_SIZE:,} miners each)"
    )
    print(f"bench_poll: {mode}; one connection per command, concurrency 1000, deadlines 2 s / 5 s")
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.in_process, args.profile, max(1, args.repeat), args.bind, args.gc_freeze)
    if not args.no_gui_stall:
        gui_stall(5000)
    if not args.no_store:
        # Telemetry rows/s into PostgreSQL and the 24-hour miner-detail query (10,000 miners × 1,440 samples).
        subprocess.run([sys.executable, str(Path(__file__).with_name("bench_telemetry_store.py"))], check=False)


def gui_stall(miners: int) -> None:
    """The console's GUI stalls while its agent polls (benchmarks/gui_stall.py, its own simulator processes)."""
    command = [sys.executable, str(Path(__file__).with_name("gui_stall.py")), "--miners", str(miners)]
    subprocess.run([*command, "--duration", "30"], check=False)


if __name__ == "__main__":
    main()
