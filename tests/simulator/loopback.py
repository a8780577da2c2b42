"""Loopback addresses for tests: a random 127.x.y.0/24 per farm, so that concurrent test runs on
one machine (and a simulator left running on 127.1.0.0/16) never collide. Loopback only."""

from __future__ import annotations

import random
import socket

_RNG = random.SystemRandom()


def loopback_network() -> str:
    return f"127.{_RNG.randint(64, 126)}.{_RNG.randint(0, 255)}.0/24"


def free_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
