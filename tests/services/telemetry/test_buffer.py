"""The bounded buffer: oldest polls dropped whole and counted, restore in front, newest state per miner."""

from __future__ import annotations

import math
import threading
import uuid
from datetime import timedelta

import pytest

from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, BoardSample, MinerSample
from hashinsight_desktop.services.telemetry.buffer import Batch, SampleBuffer, newest_states, sample_row, state_row
from tests.services.telemetry.conftest import T0

MINER = uuid.uuid4()


def rows(*numbers: int) -> list[tuple[object, ...]]:
    return [(MINER, T0 + timedelta(minutes=n), HASHING, float(n), None, None, None) for n in numbers]


def numbers(batches: list[Batch]) -> list[int]:
    return [int(row[3]) for batch in batches for row in batch.rows]  # type: ignore[call-overload]


def test_beyond_capacity_the_oldest_polls_are_dropped_whole_and_counted() -> None:
    buffer = SampleBuffer(capacity=5)
    buffer.add(rows(1, 2, 3))
    buffer.add(rows(4, 5, 6, 7))
    assert (buffer.pending, buffer.dropped) == (4, 3)  # a tick is written whole or not at all
    assert numbers(buffer.take()) == [4, 5, 6, 7]
    assert (buffer.pending, buffer.dropped) == (0, 3)
    assert not buffer.take()
    buffer.add(rows(*range(8)))  # the newest poll is kept even alone above the bound
    assert (buffer.pending, buffer.dropped) == (8, 3)


def test_restore_puts_the_batch_back_in_front_of_newer_rows() -> None:
    buffer = SampleBuffer(capacity=10)
    buffer.add(rows(1, 2))
    batch = buffer.take()
    buffer.add(rows(3))
    buffer.restore(batch)
    assert numbers(buffer.take()) == [1, 2, 3]
    assert buffer.dropped == 0


def test_restore_beyond_the_bound_drops_the_oldest_first() -> None:
    buffer = SampleBuffer(capacity=4)
    buffer.add(rows(1, 2))
    buffer.add(rows(3))
    batches = buffer.take()
    buffer.add(rows(4, 5, 6))
    buffer.restore(batches)
    assert (buffer.pending, buffer.dropped) == (4, 2)
    assert numbers(buffer.take()) == [3, 4, 5, 6]


def test_only_the_newest_state_per_miner_is_written_even_across_a_restore() -> None:
    other = uuid.uuid4()
    buffer = SampleBuffer()
    buffer.add([], [{"miner_id": MINER, "polled_at": T0, "status": OFFLINE}, {"miner_id": other, "polled_at": T0}])
    buffer.add([], [{"miner_id": MINER, "polled_at": T0 + timedelta(minutes=1), "status": HASHING}])
    batches = buffer.take()
    states = newest_states(batches)
    assert states[MINER]["status"] == HASHING and len(states) == 2
    buffer.add([], [{"miner_id": MINER, "polled_at": T0 + timedelta(minutes=2), "status": ERROR}])
    buffer.restore(batches)  # the failed batches' states are older than what arrived meanwhile
    states = newest_states(buffer.take())
    assert states[MINER]["status"] == ERROR and other in states


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        SampleBuffer(capacity=0)


def test_concurrent_adds_and_takes_lose_nothing_but_what_is_counted() -> None:
    buffer = SampleBuffer(capacity=500)
    producers, batches, per_batch = 4, 300, 10
    taken: list[int] = []
    done = threading.Event()

    def produce() -> None:
        for _ in range(batches):
            buffer.add(rows(*range(per_batch)), [{"miner_id": MINER, "polled_at": T0}])

    def consume() -> None:
        while not done.is_set():
            batches = buffer.take()
            count = sum(len(batch.rows) for batch in batches)
            if count % 3 == 0:  # now and then the "write" fails and the batches go back
                buffer.restore(batches)
            else:
                taken.append(count)

    consumer = threading.Thread(target=consume)
    consumer.start()
    threads = [threading.Thread(target=produce) for _ in range(producers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    consumer.join()
    assert sum(taken) + buffer.pending + buffer.dropped == producers * batches * per_batch
    assert buffer.pending <= buffer.capacity


def test_rows_from_samples_hold_only_storable_values() -> None:
    good = MinerSample(
        status=HASHING,
        hashrate_ths=150.0,
        boards=[BoardSample(75.0, 70.0, 108), BoardSample(75.0, 71.0, 108), BoardSample(0.0, None, 0)],
        fans_rpm=[4200, 4380],
        power_w=math.nan,
        max_chip_temp_c=71.0,
        pool_url="stratum+tcp://pool.example:3333",
        dialect="antminer",
        uptime_s=3600,
    )
    assert sample_row(MINER, good, T0) == (MINER, T0, HASHING, 150.0, None, 71.0, 4380)
    state = state_row(MINER, good, T0, consecutive_failures=0, last_seen_at=T0)
    assert (state["boards_total"], state["boards_dead"], state["power_w"], state["dialect"]) == (3, 1, None, "antminer")
    failed = MinerSample.failed(OFFLINE, "connection refused")
    assert sample_row(MINER, failed, T0)[3] is None  # no answer: hashrate unknown, not zero
    failed_state = state_row(MINER, failed, T0, consecutive_failures=2, last_seen_at=None)
    assert (failed_state["status"], failed_state["consecutive_failures"], failed_state["error"]) == (
        OFFLINE,
        2,
        "connection refused",
    )
    with pytest.raises(ValueError, match="timezone"):
        sample_row(MINER, good, T0.replace(tzinfo=None))
