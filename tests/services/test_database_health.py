"""The database health watch: its states from the probe's answers, the probe on its own connection against a
real server stopped and started again, and the application's pooled engine recovering by itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.services.database_health import (
    RECONNECTING,
    UP,
    UP_AGAIN,
    DatabaseProbe,
    HealthWatch,
    connection_lost,
)
from tests.support.pg_cluster import ThrowawayServer
from tests.support.restartable_pg import _restartable_cluster, restartable_server

__all__ = ["_restartable_cluster", "restartable_server"]
T0 = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)


def test_states_change_only_when_a_user_would_see_it() -> None:
    answers = iter([None, None, "refused", "refused", "timeout", None, None, "refused"])
    ticks = iter(T0 + timedelta(seconds=3 * n) for n in range(20))
    watch = HealthWatch(lambda: next(answers), lambda: next(ticks))
    seen = [watch.check() for _ in range(8)]
    assert [(h.state, h.since, h.error) if h else None for h in seen] == [
        (UP, None, ""),
        None,
        (RECONNECTING, T0 + timedelta(seconds=6), "refused"),
        None,  # the same error: nothing new to show
        (RECONNECTING, T0 + timedelta(seconds=6), "timeout"),  # since the first failure, with the last error
        (UP_AGAIN, T0 + timedelta(seconds=6), ""),
        None,
        (RECONNECTING, T0 + timedelta(seconds=21), "refused"),  # a new outage, a new since
    ]


def test_a_missing_sqlite_file_is_reported_not_created(tmp_path: Path) -> None:
    path = tmp_path / "gone.sqlite3"
    probe = DatabaseProbe(f"sqlite:///{path}")
    assert probe() == f"the database file {path} is missing"
    assert not path.exists()
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    assert probe() is None
    probe.dispose()


def test_probe_and_pooled_engine_through_a_server_restart(restartable_server: ThrowawayServer) -> None:
    engine = make_engine(restartable_server.url, pool_size=2)
    probe = DatabaseProbe(restartable_server.url, timeout_s=2)
    try:
        with engine.connect() as a, engine.connect() as b:  # two connections kept in the pool
            assert a.scalar(text("SELECT 1")) == b.scalar(text("SELECT 1")) == 1
        assert probe() is None
        restartable_server.stop("immediate")  # as a crash: the pooled connections' sockets die
        error = probe()
        assert error is not None and "connect" in error.lower()
        other = make_engine(restartable_server.url)  # the pool under test is not touched during the outage
        with pytest.raises(OperationalError) as raised, other.connect() as connection:
            connection.execute(text("SELECT 1"))
        other.dispose()
        assert connection_lost(raised.value)
        restartable_server.start()
        assert probe() is None
        for _ in range(3):  # every stale pooled connection replaced: no query fails after the restart
            with engine.connect() as connection:
                assert connection.scalar(text("SELECT 1")) == 1
    finally:
        probe.dispose()
        engine.dispose()
