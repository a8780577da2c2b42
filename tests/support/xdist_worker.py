"""Which of pytest-xdist's workers this process is (``make test`` runs two): what two workers must not share
(a loopback range, a database name on a shared server) is told apart by it. Without xdist: worker 0 of 1."""

from __future__ import annotations

import os


def worker_name() -> str:
    """``gw0``, ``gw1``… under xdist, ``main`` in a plain run."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def worker_index() -> int:
    name = worker_name()
    return int(name[2:]) if name.startswith("gw") else 0


def worker_count() -> int:
    return max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
