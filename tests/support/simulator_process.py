"""The fleet simulator as a process of its own, for command-line tests (real miners are other machines)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def simulator_process(network: str, miners: int, home: Path, *options: str) -> Iterator[subprocess.Popen[str]]:
    """``simulate --miners N --bind NETWORK [options]`` until the block ends; ready when it is entered."""
    command = [sys.executable, "-m", "hashinsight_desktop", "simulate", "--miners", str(miners), "--bind", network]
    process = subprocess.Popen(
        [*command, "--seed", "3", "--duration", "300", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "HASHINSIGHT_HOME": str(home)},
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 20
        for line in process.stdout:
            if line.startswith("simulator ready:") or time.monotonic() > deadline:
                break
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)
