"""A PostgreSQL server of the test module's own that a test may stop and start again (an outage, a restart):
the session's shared server must never be stopped under the other tests. ``restartable_database``: a migrated
database on it, new for each test."""

from __future__ import annotations

import contextlib
import itertools
import os
import subprocess
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine
from tests.support.pg_cluster import INSTALL_HINT, ThrowawayServer, find_pg_bin, throwaway_server

__all__ = ["_restartable_cluster", "restartable_database", "restartable_server"]
TEMPLATE = "reconnect_template"
_names = itertools.count()


def _admin(server: ThrowawayServer, statement: str) -> None:
    engine = make_engine(server.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def _on(server: ThrowawayServer, database: str) -> str:
    return server.url.rsplit("/", 1)[0] + f"/{database}"


@pytest.fixture(scope="module")
def _restartable_cluster() -> Iterator[ThrowawayServer]:
    if "postgresql" not in os.environ.get("HASHINSIGHT_TEST_ENGINES", "sqlite,postgresql"):
        pytest.skip("PostgreSQL disabled by HASHINSIGHT_TEST_ENGINES (a server restart needs PostgreSQL)")
    if find_pg_bin() is None:
        pytest.skip(INSTALL_HINT)
    with throwaway_server() as server:
        # Tests crash this server (stop -m immediate): what was committed must survive it, as on a real server.
        # Without synchronous commits the last ~200 ms of commits were lost with the crash (a fast test lost
        # the miners it had just added).
        server.stop("fast")
        server.options = server.options.replace(" -c synchronous_commit=off", "")
        server.start()
        _admin(server, f"CREATE DATABASE {TEMPLATE}")
        engine = make_engine(_on(server, TEMPLATE))
        migrate.upgrade(engine)
        engine.dispose()
        yield server


@pytest.fixture
def restartable_server(_restartable_cluster: ThrowawayServer) -> Iterator[ThrowawayServer]:
    """Running (one per test module); started again after a test that left it down."""
    yield _restartable_cluster
    with contextlib.suppress(subprocess.CalledProcessError):  # already running
        _restartable_cluster.start()


@pytest.fixture
def restartable_database(restartable_server: ThrowawayServer) -> str:
    """The URL of a new migrated database on the restartable server."""
    name = f"reconnect_{next(_names)}"
    _admin(restartable_server, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    return _on(restartable_server, name)
