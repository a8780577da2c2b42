"""Loopback addresses for tests: a random 127.x.y.0/24 per farm, so that concurrent test runs on
one machine (and a simulator left running on 127.1.0.0/16, a demo on its ranges) never collide. Loopback only.
Each xdist worker draws from its own second octets, and a process never hands out a range twice."""

from __future__ import annotations

import random
import socket
from pathlib import Path

from hashinsight_desktop.demo import DEMO_NETWORKS
from tests.support.xdist_worker import worker_count, worker_index

_RNG = random.SystemRandom()
# The demo's ranges are left to the demo tests (tests/ui/test_demo_start.py expects them free).
_DEMO_OCTETS = {int(network.split(".")[1]) for network in DEMO_NETWORKS}
_OCTETS = [octet for octet in range(64, 127) if octet not in _DEMO_OCTETS]
_handed_out: set[str] = set()


def loopback_network() -> str:
    """A /24 nothing else in this test run uses: this worker's share of 127.64-126 (one octet in N for N workers)."""
    mine = _OCTETS[worker_index() % worker_count() :: worker_count()]
    while True:
        network = f"127.{_RNG.choice(mine)}.{_RNG.randint(0, 255)}.0/24"
        if network not in _handed_out:
            _handed_out.add(network)
            return network


def free_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_port_block(count: int) -> int:
    """The first of ``count`` consecutive ports on 127.0.0.1 that nothing holds now (each bound and listened on
    as the farm does), below the ephemeral range: clients' source ports (a benchmark's thousands of
    connections) are taken from that range at any moment, so a block inside it can be taken between the
    probe and the farm's bind."""
    low = _ephemeral_low()
    for _ in range(100):
        base = _RNG.randint(10000, low - count)
        if _all_free(base, count):
            return base
    raise RuntimeError(f"no {count} free consecutive ports on 127.0.0.1 below {low}")


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default; Windows and macOS start at 49152


def _all_free(base: int, count: int) -> bool:
    sockets = []
    try:
        for port in range(base, base + count):
            sock = socket.socket()
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", port))
            sock.listen()
        return True
    except OSError:
        return False
    finally:
        for sock in sockets:
            sock.close()
