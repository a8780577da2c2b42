"""Start-up time of the command line, as a user's shell sees it (a new process each run).

    .venv/bin/python benchmarks/bench_cli_start.py [--repeat 9]

Target: < 0.3 s wall time for `--help`, a one-target `poll`, `simulate` (until it reports ready) and a small
`curtail solve`. A bare `python -c pass` is printed beside them: the part no code of ours can cut. The poll's
miner is the project's simulator on a loopback address, started once before the runs. The machine's cores are
shared: the minimum is the figure judged, the median shows the noise. Byte-code is cached (in a temporary
PYTHONPYCACHEPREFIX, whatever PYTHONDONTWRITEBYTECODE says) and each command runs once before it is timed, as on
an installed copy, where pip compiled the modules.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_S = 0.3
BIND = "127.88.0.0/30"  # one simulated miner, 127.88.0.1:4028
FLEET = (
    "miner_id,hashrate_ths,power_w,levels,sleep_w,protected,customer_id,customer_cap_pct\n"
    "S21-01,200,3500,2600:155;1750:110,20,0,,\n"
    "S19XP-01,141,3010,2250:112,,0,,\n"
    "S19-01,95,3250,,,0,,\n"
)


def _command(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("hashinsight-desktop")  # the installed entry point, as a user types it
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "hashinsight_desktop", *args]


def _run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed


def _until_ready(command: list[str], env: dict[str, str]) -> float:
    """`simulate` serves until stopped: its start-up ends when it says it is ready."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith("simulator ready:"):
                return time.perf_counter() - started
        raise SystemExit(f"{' '.join(command)} stopped before it was ready")
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.update(HASHINSIGHT_HOME=folder, PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"))
        fleet = Path(folder) / "miners.csv"
        fleet.write_text(FLEET, encoding="utf-8")
        cases: dict[str, Callable[[], float]] = {
            "python -c pass": lambda: _run([sys.executable, "-c", "pass"], env),
            "--help": lambda: _run(_command("--help"), env),
            "poll (one target)": lambda: _run(_command("poll", "127.88.0.1"), env),
            "simulate (until ready)": lambda: _until_ready(
                _command("simulate", "--miners", "1", "--bind", "127.88.0.4/30"), env
            ),
            "curtail solve": lambda: _run(
                _command("curtail", "solve", "--miners-csv", str(fleet), "--target-kw", "2"), env
            ),
        }
        farm = subprocess.Popen(
            [*_command("simulate", "--miners", "1", "--bind", BIND, "--duration", "600")],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert farm.stdout is not None
            for line in farm.stdout:
                if line.startswith("simulator ready:"):
                    break
            print(f"{'command':<24} {'median s':>9} {'min s':>7}  target < {TARGET_S} s (min judged)")
            failed = False
            for name, case in cases.items():
                times = [case() for _ in range(options.repeat + 1)][1:]  # the first run writes the byte-code
                verdict = "" if name.startswith("python") else ("ok" if min(times) < TARGET_S else "SLOW")
                failed |= verdict == "SLOW"
                print(f"{name:<24} {statistics.median(times):>9.3f} {min(times):>7.3f}  {verdict}")
        finally:
            farm.terminate()
            farm.wait(timeout=10)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
