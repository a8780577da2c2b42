"""Job ticks: aligned on the database's clock, claimed once, fenced by a role's epoch, finished, pruned."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from hashinsight_desktop.db.models import JobTick, RoleLease
from hashinsight_desktop.services.cluster.ticks import (
    FAILED,
    OK,
    RUNNING,
    claim_tick,
    close_abandoned,
    finish_tick,
    next_tick_in,
    prune_ticks,
    tick_start,
)
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.transaction import unit_of_work


def test_tick_start_floors_to_multiples_of_the_interval_since_the_epoch() -> None:
    at = datetime(2026, 12, 5, 10, 7, 31, 250_000, tzinfo=UTC)
    assert tick_start(at, 300) == datetime(2026, 12, 5, 10, 5, tzinfo=UTC)
    assert tick_start(at, 0.5) == datetime(2026, 12, 5, 10, 7, 31, tzinfo=UTC)
    assert tick_start(at, 3600) == datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    boundary = datetime(2026, 12, 5, 10, 10, tzinfo=UTC)
    assert tick_start(boundary, 300) == boundary  # a boundary starts its own tick
    assert tick_start(boundary - timedelta(microseconds=1), 300) == datetime(2026, 12, 5, 10, 5, tzinfo=UTC)
    assert next_tick_in(at, 300) == pytest.approx(148.75)
    # Another zone, the same instant: the same tick.
    assert tick_start(at.astimezone(datetime.now().astimezone().tzinfo), 300) == tick_start(at, 300)


def test_tick_start_refuses_what_has_no_tick() -> None:
    with pytest.raises(ValueError, match="positive"):
        tick_start(datetime.now(UTC), 0)
    with pytest.raises(ValueError, match="timezone"):
        tick_start(datetime(2026, 1, 1), 60)


def test_a_tick_is_claimed_once_then_finished(database: Database) -> None:
    node_a, node_b = uuid.uuid4(), uuid.uuid4()
    with unit_of_work(database.session_factory) as session:
        tick = claim_tick(session, "roll-ups", 3600, node_a)
    assert tick is not None and tick.previous is None and tick.missed == 0
    with unit_of_work(database.session_factory) as session:
        assert claim_tick(session, "roll-ups", 3600, node_b) is None  # the same hour: taken
        assert claim_tick(session, "retention", 3600, node_b) is not None  # another job: its own tick
    with unit_of_work(database.session_factory) as session:
        row = session.get(JobTick, ("roll-ups", tick.start))
        assert row is not None and row.outcome == RUNNING and row.node_id == node_a and row.finished_at is None
        finish_tick(session, "roll-ups", tick.start, FAILED, 12.5, items=3, detail="x" * 5000)
    with database.session_factory() as session:
        row = session.get(JobTick, ("roll-ups", tick.start))
        assert row is not None and row.outcome == FAILED and row.duration_ms == 12.5 and row.items == 3
        assert row.detail is not None and len(row.detail) == 2000 and row.finished_at is not None
    with pytest.raises(ValueError, match="ok or failed"), unit_of_work(database.session_factory) as session:
        finish_tick(session, "roll-ups", tick.start, RUNNING, 1.0)


def test_missed_ticks_are_counted_from_the_previous_claim(database: Database) -> None:
    ten_s_ago = tick_start(datetime.now(UTC) - timedelta(seconds=10), 0.25)  # an outage of 40 ticks
    with unit_of_work(database.session_factory) as session:
        session.add(JobTick(job="poll", tick_start=ten_s_ago, interval_s=0.25, claimed_at=ten_s_ago, outcome=OK))
    with unit_of_work(database.session_factory) as session:
        tick = claim_tick(session, "poll", 0.25, None)
    assert tick is not None and tick.previous == ten_s_ago
    assert tick.missed == round((tick.start - ten_s_ago).total_seconds() / 0.25) - 1 >= 38


def test_a_fenced_claim_is_refused_when_a_newer_epoch_exists(database: Database) -> None:
    now = datetime.now(UTC)
    with unit_of_work(database.session_factory) as session:
        holder = uuid.uuid4()
        lease = RoleLease(
            role="poller:x", epoch=3, holder_node_id=holder, lease_s=15, acquired_at=now, renewed_at=now, expires_at=now
        )
        session.add(lease)
    with unit_of_work(database.session_factory) as session:
        assert claim_tick(session, "poll:x", 60, None, role="poller:x", epoch=2) is None  # stale leader
    with database.session_factory() as session:
        assert session.scalars(select(JobTick)).all() == []  # refused: nothing written
    with unit_of_work(database.session_factory) as session:
        tick = claim_tick(session, "poll:x", 60, None, role="poller:x", epoch=3)
    assert tick is not None
    with database.session_factory() as session:
        assert session.scalar(select(JobTick.epoch)) == 3
    with unit_of_work(database.session_factory) as session:  # released: its epoch no longer claims
        session.execute(update(RoleLease).values(holder_node_id=None))
    with unit_of_work(database.session_factory) as session:
        assert claim_tick(session, "poll:x", 1, None, role="poller:x", epoch=3) is None
    with pytest.raises(ValueError, match="both"), unit_of_work(database.session_factory) as session:
        claim_tick(session, "poll:x", 60, None, role="poller:x")


def test_old_ticks_are_pruned(database: Database) -> None:
    with unit_of_work(database.session_factory) as session:
        tick = claim_tick(session, "job", 60, None)
        assert tick is not None
        session.add(
            JobTick(
                job="job",
                tick_start=tick.start - timedelta(days=8),
                interval_s=60,
                claimed_at=tick.start,
                outcome=OK,
            )
        )
    with unit_of_work(database.session_factory) as session:
        assert prune_ticks(session, timedelta(days=7)) == 1
    with database.session_factory() as session:
        assert session.scalars(select(JobTick.tick_start)).all() == [tick.start]


def test_no_second_run_of_a_job_while_an_earlier_tick_still_runs_unless_abandoned(database: Database) -> None:
    now = datetime.now(UTC)
    current = tick_start(now, 60)
    with unit_of_work(database.session_factory) as session:  # the previous minute's run goes on
        session.add(
            JobTick(
                job="slow", tick_start=current - timedelta(minutes=1), interval_s=60, claimed_at=now, outcome=RUNNING
            )
        )
    with unit_of_work(database.session_factory) as session:
        assert claim_tick(session, "slow", 60, None) is None
        assert close_abandoned(session) == 0  # alive: only a minute old
    # Claimed four minutes ago and never finished: its claimer died; the job goes on, the tick says so.
    with unit_of_work(database.session_factory) as session:
        session.execute(update(JobTick).values(claimed_at=now - timedelta(minutes=4)))
    with unit_of_work(database.session_factory) as session:
        assert claim_tick(session, "slow", 60, None) is not None
        assert close_abandoned(session) == 1
    with database.session_factory() as session:
        old = session.get(JobTick, ("slow", current - timedelta(minutes=1)))
        assert old is not None and old.outcome == FAILED and old.detail is not None and "abandoned" in old.detail
        mine = session.get(JobTick, ("slow", current))
        assert mine is not None and mine.outcome == RUNNING  # a live claim is not closed
