"""The console's GC policy: what outlives a young collection is frozen out of the collector, recent cyclic
garbage is freed rather than frozen, nothing is done while a thread job runs, and frozen garbage is reclaimed
once the frozen heap has grown past its limit."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator

import pytest

from hashinsight_desktop.services.gc_policy import CHECK_EVERY, GcPolicy, full_collections_off


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> Node:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return a


def tracked(thing: object) -> bool:
    """Whether the collector still scans ``thing`` (frozen objects are in none of its generations)."""
    return any(candidate is thing for candidate in gc.get_objects())


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()  # the test process goes on as it was


def test_a_settle_freezes_survivors_and_frees_recent_cyclic_garbage() -> None:
    policy = GcPolicy(lambda: True, growth_limit=1e9)
    kept = cycle()
    dropped = cycle()
    gone = weakref.ref(dropped)
    del dropped
    assert tracked(kept) and gone() is not None

    assert policy.settle()

    assert not tracked(kept)  # frozen: no collection scans it any more
    assert gone() is None  # garbage of recent work collected, not frozen
    assert policy.settles == 1


def test_nothing_is_done_while_a_thread_job_runs() -> None:
    policy = GcPolicy(lambda: False)
    kept = cycle()

    assert not policy.settle()

    assert tracked(kept)
    assert policy.settles == 0


def test_frozen_garbage_is_reclaimed_when_the_frozen_heap_grew_past_its_limit() -> None:
    policy = GcPolicy(lambda: True, growth_limit=1e9)
    policy.collect_all()
    frozen = cycle()
    gone = weakref.ref(frozen)
    policy.settle()
    del frozen  # garbage now, but frozen: no settle frees it
    policy.settle()
    assert gone() is not None and policy.full_collections == 1

    policy.growth_limit = 0.5  # the frozen heap is now "past its limit": seen at the next count
    for _ in range(CHECK_EVERY):
        policy.settle()
        if policy.full_collections == 2:
            break  # a later settle freezes what other threads made meanwhile: the baseline is checked here

    assert gone() is None
    assert policy.full_collections == 2
    assert policy.baseline == gc.get_freeze_count()


def test_it_settles_on_the_loop_until_stopped() -> None:
    loop = asyncio.new_event_loop()
    policy = GcPolicy(lambda: True, settle_s=0.01, growth_limit=1e9)
    try:
        policy.start(loop)
        loop.run_until_complete(asyncio.sleep(0.1))
        assert policy.settles >= 2 and policy.full_collections == 1  # the start-up heap collected once, at start
        policy.stop()
        settles = policy.settles
        loop.run_until_complete(asyncio.sleep(0.05))
        assert policy.settles == settles
    finally:
        policy.stop()
        loop.close()


def test_generation_2_is_the_policys_while_it_runs_and_a_long_busy_spell_still_settles() -> None:
    before = gc.get_threshold()
    loop = asyncio.new_event_loop()
    policy = GcPolicy(lambda: False, settle_s=0.01, busy_limit_s=0.05, growth_limit=1e9)
    try:
        policy.start(loop)
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 10**6
        loop.run_until_complete(asyncio.sleep(0.6))
        assert policy.settles >= 1  # always busy, settled all the same once the busy limit passed
        policy.stop()
        assert gc.get_threshold() == before
    finally:
        policy.stop()
        loop.close()


def test_building_the_miner_list_defers_collections_only_without_the_policy() -> None:
    """``list_miners`` turns the collector off while it builds its rows (sparing full collections), except under
    the policy, where that would make one long young collection of all the rows instead of many short ones."""
    from hashinsight_desktop.services.fleet.miners import _collection_deferred

    with _collection_deferred():
        assert not gc.isenabled()
    assert gc.isenabled()
    loop = asyncio.new_event_loop()
    policy = GcPolicy(lambda: True, growth_limit=1e9)
    try:
        policy.start(loop)
        assert full_collections_off()
        with _collection_deferred():
            assert gc.isenabled()
        assert gc.isenabled()
    finally:
        policy.stop()
        loop.close()
    assert not full_collections_off()
