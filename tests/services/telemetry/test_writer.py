"""The writer: samples and states in one transaction; an outage keeps the batch (within the bound)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, func, insert, select, text

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import JobTick, MinerState, TelemetrySample
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.cluster.nodes import this_node
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.telemetry.buffer import SampleBuffer, TickFence
from hashinsight_desktop.services.telemetry.writer import TelemetryWriter
from tests.services.telemetry.conftest import T0, Fleet

POSTGRESQL_ONLY = pytest.mark.parametrize("database", ["postgresql"], indirect=True)


def poll(fleet: Fleet, n: int) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    """Poll number ``n`` of every miner: one sample row and one state each (hashrate = n)."""
    at = T0 + timedelta(minutes=n)
    rows = [(m, at, HASHING, float(n), 3500.0, 70.0, 4200) for m in fleet.miners]
    states = [{"miner_id": m, "polled_at": at, "status": HASHING, "hashrate_ths": float(n)} for m in fleet.miners]
    return rows, states


def stored(engine: Engine) -> dict[int, int]:
    """Rows per poll number in telemetry_samples."""
    with engine.connect() as connection:
        query = select(TelemetrySample.hashrate_ths, func.count()).group_by(TelemetrySample.hashrate_ths)
        return {int(h): c for h, c in connection.execute(query)}


def test_flush_writes_samples_and_latest_states_together(fleet: Fleet) -> None:
    buffer = SampleBuffer()
    writer = TelemetryWriter(fleet.engine, buffer)
    for n in (1, 2):
        buffer.add(*poll(fleet, n))
    ghost = fleet.miners[0].__class__(int=1)  # a miner deleted between poll and write
    buffer.add([(ghost, T0, HASHING, 9.0, None, None, None)], [{"miner_id": ghost, "polled_at": T0, "status": HASHING}])
    result = writer.flush()
    assert (result.written, result.pending, result.dropped, result.error) == (10, 0, 0, None)
    assert stored(fleet.engine) == {1: 5, 2: 5}
    with fleet.session_factory() as session:
        states = session.scalars(select(MinerState)).all()
        assert {s.miner_id for s in states} == set(fleet.miners)
        assert {s.hashrate_ths for s in states} == {2.0} and all(
            s.polled_at == T0 + timedelta(minutes=2) for s in states
        )
    assert writer.flush().written == 0


def test_a_batch_the_database_refuses_is_dropped_and_counted(fleet: Fleet) -> None:
    buffer = SampleBuffer()
    writer = TelemetryWriter(fleet.engine, buffer)
    rows, states = poll(fleet, 1)
    states[0] = {**states[0], "status": None}  # NOT NULL: refused on every retry, must not block the pipeline
    buffer.add(rows, states)
    result = writer.flush()
    assert result.error is not None and "refused" in result.error
    assert (result.written, result.pending, result.dropped) == (0, 0, 5)
    assert stored(fleet.engine) == {}
    buffer.add(*poll(fleet, 2))
    assert writer.flush().written == 5


@contextlib.contextmanager
def outage(fleet: Fleet, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """The database becomes unreachable for the writer; yields the engine the writer must use."""
    url = fleet.database.url
    if fleet.engine.dialect.name == "postgresql":
        # Refuse new connections and kill the pooled ones: what the client sees of a server outage.
        admin = make_engine(request.getfixturevalue("pg_server_url"), isolation_level="AUTOCOMMIT")
        name = url.database

        def set_allowed(allowed: bool) -> None:
            with admin.connect() as connection:
                connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}'))
                if not allowed:
                    connection.execute(
                        text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
                        {"name": name},
                    )

        set_allowed(False)
        try:
            yield fleet.engine
        finally:
            set_allowed(True)
            admin.dispose()
        return
    # SQLite: another process holds the write lock; the writer gives up after 50 ms instead of 10 s.
    holder = sqlite3.connect(str(url.database), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield fleet.engine
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def impatient(engine: Engine) -> Engine:
    if engine.dialect.name == "sqlite":
        quick = make_engine(engine.url)

        @event.listens_for(quick, "connect")
        def _short_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA busy_timeout=50")

        return quick
    return engine


def test_an_outage_keeps_rows_within_the_bound_and_counts_the_rest(
    fleet: Fleet, request: pytest.FixtureRequest
) -> None:
    engine = impatient(fleet.engine)
    buffer = SampleBuffer(capacity=25)  # five polls of five miners
    writer = TelemetryWriter(engine, buffer)
    buffer.add(*poll(fleet, 1))
    assert writer.flush().written == 5
    with outage(fleet, request):
        for n in range(2, 8):  # six polls while the database is away: one poll too many
            buffer.add(*poll(fleet, n))
            result = writer.flush()
            assert result.error is not None and result.error.startswith("database unavailable")
            assert result.written == 0
        assert (result.pending, result.dropped) == (25, 5)
    result = writer.flush()  # reconnected
    assert (result.written, result.pending, result.dropped, result.error) == (25, 0, 5, None)
    assert stored(fleet.engine) == {1: 5, 3: 5, 4: 5, 5: 5, 6: 5, 7: 5}  # each once; poll 2 was the one dropped
    with fleet.session_factory() as session:
        assert set(session.scalars(select(MinerState.hashrate_ths))) == {7.0}
    if engine is not fleet.engine:
        engine.dispose()


@POSTGRESQL_ONLY  # server-side connection loss
def test_a_connection_killed_in_the_pool_is_replaced_on_the_next_flush(fleet: Fleet) -> None:
    engine = create_engine(fleet.database.url)  # no pre-ping: the dead connection is only found in use
    buffer = SampleBuffer()
    writer = TelemetryWriter(engine, buffer)
    buffer.add(*poll(fleet, 1))
    assert writer.flush().written == 5
    with fleet.engine.connect() as connection:
        killed = connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()
    assert killed == 1
    buffer.add(*poll(fleet, 2))
    first = writer.flush()
    assert first.error is not None and first.pending == 5
    second = writer.flush()
    assert (second.written, second.error) == (5, None)
    assert stored(fleet.engine) == {1: 5, 2: 5}
    engine.dispose()


@POSTGRESQL_ONLY  # SQLite stores a string of any length
def test_a_sample_value_copy_cannot_store_is_refused_not_retried(fleet: Fleet) -> None:
    buffer = SampleBuffer()
    writer = TelemetryWriter(fleet.engine, buffer)
    rows, states = poll(fleet, 1)
    rows[0] = (rows[0][0], rows[0][1], "x" * 40, *rows[0][3:])  # longer than status' VARCHAR(16)
    buffer.add(rows, states)
    result = writer.flush()
    assert result.error is not None and "refused" in result.error and result.dropped == 5
    buffer.add(*poll(fleet, 2))
    assert writer.flush().written == 5  # the connection is still good after the failed COPY
    assert stored(fleet.engine) == {2: 5}


def test_every_value_comes_back_as_written(fleet: Fleet) -> None:
    """The binary COPY's encoding (and SQLite's executemany): missing figures stay NULL, times keep their
    microseconds, statuses and numbers come back exactly; write_samples and the writer alike."""
    from hashinsight_desktop.db.telemetry_store import write_samples

    at = T0 + timedelta(minutes=3, microseconds=123_456)
    m = fleet.miners
    rows = [
        (m[0], at, HASHING, 201.37, 3512.5, 71.25, 4321),
        (m[1], at, "offline", None, None, None, None),
        (m[2], at, "sleeping", 0.0, 24.0, None, 0),
        (m[3], at - timedelta(days=400), "error", None, 3300, 96.5, None),  # an int power, a time before 2026
    ]
    assert write_samples(fleet.engine, rows[:2]) == 2
    buffer = SampleBuffer()
    buffer.add(rows[2:], [])
    assert TelemetryWriter(fleet.engine, buffer).flush().written == 2
    columns = (
        TelemetrySample.miner_id,
        TelemetrySample.recorded_at,
        TelemetrySample.status,
        TelemetrySample.hashrate_ths,
        TelemetrySample.power_w,
        TelemetrySample.max_chip_temp_c,
        TelemetrySample.fan_rpm_max,
    )
    with fleet.engine.connect() as connection:
        found = {row[0]: tuple(row) for row in connection.execute(select(*columns))}
    assert [found[row[0]] for row in rows] == [
        (*row[:4], None if row[4] is None else float(row[4]), *row[5:]) for row in rows
    ]


def test_a_fenced_batch_is_written_once_under_its_epoch_and_never_by_a_stale_one(fleet: Fleet) -> None:
    """The tick claimed at poll time is finished with the batch; a tick nobody claimed (the database was away
    at poll time) is claimed by the write; the same tick again (a commit whose answer was lost, retried) and a
    stale epoch's tick are left out of the transaction, the others of the same flush written."""
    engine = fleet.engine
    role = f"poller:{fleet.site_id}"
    leader, rival = (
        FencedRole(engine, role, this_node("agent"), lease_s=30),
        FencedRole(engine, role, this_node("agent")),
    )
    assert leader.try_acquire() and leader.epoch == 1

    def fence(n: int, epoch: int) -> TickFence:
        return TickFence(role, epoch, role, T0 + timedelta(minutes=n), 60.0, leader.node.id, poll_ms=12.5)

    with fleet.session_factory() as session:  # tick 1 claimed before its poll, as the poller does
        session.execute(
            insert(JobTick).values(
                job=role,
                tick_start=T0 + timedelta(minutes=1),
                interval_s=60.0,
                node_id=leader.node.id,
                epoch=1,
                claimed_at=T0,
                outcome="running",
            )
        )
        session.commit()  # fmt: skip
    buffer = SampleBuffer()
    writer = TelemetryWriter(engine, buffer)
    buffer.add(*poll(fleet, 1), fence(1, 1))
    buffer.add(*poll(fleet, 2), fence(2, 1))  # polled while the database was away: never claimed
    assert (writer.flush().written, stored(engine)) == (10, {1: 5, 2: 5})
    buffer.add(*poll(fleet, 2), fence(2, 1))  # tick 2 again: written already
    again = writer.flush()
    assert (again.written, again.refused, again.dropped) == (0, (fence(2, 1),), 0)

    leader.release()
    assert rival.try_acquire() and rival.epoch == 2  # a takeover
    buffer.add(*poll(fleet, 3), fence(3, 1))  # the old leader's late batch
    buffer.add(*poll(fleet, 4), fence(4, 2))
    late = writer.flush()
    assert (late.written, late.refused) == (5, (fence(3, 1),))
    assert stored(engine) == {1: 5, 2: 5, 4: 5}  # each tick once; tick 3 is left for the new leader to claim
    with fleet.session_factory() as session:
        ticks = {t.tick_start: t for t in session.scalars(select(JobTick).where(JobTick.job == role))}
    assert sorted(ticks) == [T0 + timedelta(minutes=n) for n in (1, 2, 4)]
    assert all(t.outcome == "ok" and t.items == 5 and t.duration_ms == 12.5 for t in ticks.values())
    assert (ticks[T0 + timedelta(minutes=2)].epoch, ticks[T0 + timedelta(minutes=4)].epoch) == (1, 2)
    rival.release()
