"""Loopback addresses for tests: a random 127.x.y.0/24 per farm, so that concurrent test runs on
one machine (and a simulator left running on 127.1.0.0/16) never collide. Loopback only."""

from __future__ import annotations

import random
import socket
from pathlib import Path

_RNG = random.SystemRandom()


def loopback_network() -> str:
    return f"127.{_RNG.randint(64, 126)}.{_RNG.randint(0, 255)}.0/24"


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
