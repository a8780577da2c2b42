"""A PostgreSQL server of the test's own that it may stop and start again (an outage, a restart), migrated:
the session's shared server must never be stopped under the other tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator

import pytest

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine
from tests.support.pg_cluster import INSTALL_HINT, ThrowawayServer, find_pg_bin, throwaway_server

__all__ = ["_restartable_cluster", "restartable_server"]


@pytest.fixture(scope="module")
def _restartable_cluster() -> Iterator[ThrowawayServer]:
    if "postgresql" not in os.environ.get("HASHINSIGHT_TEST_ENGINES", "sqlite,postgresql"):
        pytest.skip("PostgreSQL disabled by HASHINSIGHT_TEST_ENGINES (a server restart needs PostgreSQL)")
    if find_pg_bin() is None:
        pytest.skip(INSTALL_HINT)
    with throwaway_server() as server:
        engine = make_engine(server.url)
        migrate.upgrade(engine)
        engine.dispose()
        yield server


@pytest.fixture
def restartable_server(_restartable_cluster: ThrowawayServer) -> Iterator[ThrowawayServer]:
    """Running, with its ``postgres`` database migrated (one per test module); started again after a test
    that left it down."""
    yield _restartable_cluster
    with contextlib.suppress(subprocess.CalledProcessError):  # already running
        _restartable_cluster.start()
