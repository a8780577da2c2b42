"""Identification at discovery: pyasic's factory through the device layer, against the fleet simulator.

    .venv/bin/python benchmarks/bench_identify.py [--miners 5000] [--concurrency 500] [--bind 127.3.0.0/16]

Starts a mixed-family farm (stock Antminer, Whatsminer, Braiins, LuxOS, Avalon, VNish and generic) in a
separate process — as real miners are other machines — then identifies every miner once with
``services.devices.identify`` (per-miner deadline, bounded concurrency) and reports the wall time, miners per
second and the families found. Web families need port 80 on loopback (root); without it they count as generic.
Loopback only; the farm stops by itself (``--duration``) if this script dies.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from collections import Counter

from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
from hashinsight_desktop.services.devices import identify
from hashinsight_desktop.simulator.cli import READY

FAMILIES = "antminer=30,whatsminer=20,braiins=10,luxos=10,avalon=10,vnish=10"


async def _identify_all(hosts: list[str], concurrency: int, deadline_s: float) -> Counter[str]:
    gate = asyncio.Semaphore(concurrency)

    async def one(host: str) -> str:
        async with gate:
            return (await identify(host, deadline_s=deadline_s)).family.value

    return Counter(await asyncio.gather(*(one(host) for host in hosts)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--miners", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=500)
    parser.add_argument("--deadline", type=float, default=15.0)
    parser.add_argument("--bind", default="127.3.0.0/16")
    args = parser.parse_args()
    raise_open_file_limit(args.miners * 3 + 4096)
    command = [sys.executable, "-m", "hashinsight_desktop", "simulate", "--miners", str(args.miners)]
    command += ["--bind", args.bind, "--families", FAMILIES, "--seed", "1", "--duration", "900"]
    farm = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    try:
        assert farm.stdout is not None
        for line in farm.stdout:
            if line.startswith(READY):
                break
        else:
            raise SystemExit("the simulator did not start")
        import ipaddress

        network = ipaddress.ip_network(args.bind)
        hosts = [str(h) for _, h in zip(range(args.miners), network.hosts(), strict=False)]
        started = time.perf_counter()
        families = asyncio.run(_identify_all(hosts, args.concurrency, args.deadline))
        elapsed = time.perf_counter() - started
        print(f"identified {len(hosts):,} miners in {elapsed:.1f} s ({len(hosts) / elapsed:,.0f}/s): ", end="")
        print(", ".join(f"{n:,} {family}" for family, n in families.most_common()))
    finally:
        farm.terminate()
        farm.wait(timeout=30)


if __name__ == "__main__":
    main()
