"""The installer bundle's size and the console's start to a shown main window, from the bundle and from the venv.

    .venv/bin/python benchmarks/bench_startup.py [--bundle dist/hashinsight-desktop] [--repeat 5]

Targets: the unpacked bundle < 300 MB; the start < 2 s from a warm disk. `make package` builds the bundle (this
script says so when there is none and times the venv alone). Each start is a new process with the offscreen
platform, timed from its launch to the line `--smoke-test` prints once the main window (every tab, as an owner
sees it) is shown and its first events are processed; the process is then stopped. Before the timed runs one
untimed run warms the disk cache and creates the database (`db init`), so the figure is a warm-disk start, not
a first start. The machine's cores are shared: the minimum is the figure judged, the median shows the noise, and
the CPU time the process used until then (Linux, macOS) is printed beside it: it hardly grows when other work
competes for the cores, while the wall time does. The window opens with one tab built (the one it opens on; the
others are built when first shown), so the line comes when a user sees the window, before the smoke test goes on to
build and screenshot every other tab. The load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB, START_TARGET_S = 300, 2.0
SHOWN = "smoke test: main window shown"


def bundle_size(bundle: Path) -> tuple[int, Counter[str]]:
    """Bytes of the unpacked bundle, and per top-level entry of its _internal folder (the biggest explain it)."""
    total, parts = 0, Counter[str]()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            relative = path.relative_to(bundle).parts
            parts[relative[1] if relative[0] == "_internal" and len(relative) > 2 else relative[0]] += size
    return total, parts


def _children_cpu_s() -> float:
    if sys.platform == "win32":
        return float("nan")
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_window(command: list[str], env: dict[str, str], shot: Path) -> tuple[float, float]:
    """(wall seconds from launch to the shown window, CPU seconds the process used by then)."""
    cpu = _children_cpu_s()
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--smoke-test", str(shot)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith(SHOWN):
                wall = time.perf_counter() - started
                process.kill()
                process.wait()
                return wall, _children_cpu_s() - cpu
        raise SystemExit(
            f"{command[0]} ended without showing its window: {process.stderr.read() if process.stderr else ''}"
        )
    finally:
        process.kill()
        process.wait()


def measure(name: str, command: list[str], repeat: int, folder: Path) -> list[tuple[float, float]]:
    home = folder / name
    env = {**os.environ, "HASHINSIGHT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "HASHINSIGHT_OFFLINE": "1"}
    # An installed console has its modules' bytecode cached: the untimed run writes what a changed checkout lacks
    # (without it every changed module is compiled again at each start, ~0.5 s here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    url = f"sqlite:///{home / 'farm.sqlite3'}"
    subprocess.run([*command, "--database-url", url, "db", "init"], env=env, check=True, capture_output=True)
    time_to_window([*command, "--database-url", url], env, home / "warm.png")  # warms the disk cache
    return [time_to_window([*command, "--database-url", url], env, home / "shot.png") for _ in range(repeat)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "hashinsight-desktop")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    commands = {"venv": [sys.executable, "-m", "hashinsight_desktop"]}
    program = args.bundle / ("hashinsight-desktop.exe" if sys.platform == "win32" else "hashinsight-desktop")
    if program.exists():
        total, parts = bundle_size(args.bundle)
        verdict = "meets" if total / 1e6 < SIZE_TARGET_MB else "misses"
        print(f"bundle {args.bundle}: {total / 1e6:.0f} MB unpacked ({verdict} the target < {SIZE_TARGET_MB} MB)")
        print("  largest: " + ", ".join(f"{name} {size / 1e6:.0f} MB" for name, size in parts.most_common(8)))
        commands["bundle"] = [str(program)]
    else:
        print(f"no bundle at {args.bundle}: `make package` builds it; timing the venv only")
    if hasattr(os, "getloadavg"):
        print("load average before: {:.1f} {:.1f} {:.1f} (on {} cores)".format(*os.getloadavg(), os.cpu_count()))
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        for name, command in commands.items():
            runs = measure(name, command, args.repeat, Path(folder))
            walls, cpus = [wall for wall, _ in runs], [cpu for _, cpu in runs]
            verdict = "meets" if min(walls) < START_TARGET_S else "misses"
            print(
                f"start to a shown main window from the {name}: min {min(walls):.2f} s, median "
                f"{statistics.median(walls):.2f} s over {len(runs)} runs ({verdict} the target < {START_TARGET_S} s); "
                f"CPU time min {min(cpus):.2f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
