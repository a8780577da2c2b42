"""The console's garbage-collection policy: what lives on is frozen out of the cyclic collector.

Why: CPython's cyclic collector runs in whichever thread happens to allocate, and holds the GIL for the
whole collection, so the GUI thread waits for it. A full (generation 2) collection walks every object the
collector tracks: in a console showing 20,000 miners, the start-up heap (modules, classes, Qt wrappers,
SQLAlchemy) and two sets of 20,000 rows with their health, 300,000-400,000 objects. Measured with
``benchmarks/gui_stall.py`` (``gc.callbacks``): such collections took 113 ms of CPU, 259-645 ms of wall
time on the loaded machine, in the Fleet tab's worker thread, and they were the worst GUI stalls.

The policy: once at start (a full collection first, so no garbage is frozen), and then every few seconds
while no thread job of the GUI loop runs (none has half-built objects), a young collection frees the
cyclic garbage of recent work and ``gc.freeze()`` moves everything that survived it out of the collector's
reach. Generation 2's automatic collections are turned off (the settles own it; one fired at most every few
minutes, on whatever the last settle had not frozen yet: 120 ms of CPU, a 905 ms stall at load 12), so
only young collections run by themselves, each a few thousand objects or one freshly read set of rows.

Memory stays bounded: a frozen object is still freed when its last reference goes (reference counting:
the rows each refresh replaces); only a reference cycle among frozen objects that became garbage after
being frozen is never collected. Measured over 30 settles (150 s, 20,000 miners): 5 such objects, the
frozen count flat at 386,200-386,600 (freezing instead right after each Fleet read, in its worker thread,
left 609 objects of SQLAlchemy's in cycles). As a guard, when the frozen objects have grown to four times
their number after the last full collection (a leak, or a much larger farm loaded), one full collection of
everything is made (the long stall once, and the count's new baseline).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

SETTLE_S = 5.0  # between two settles: each costs ~0.1 ms, or one pass over what was built since
RETRY_S = 0.25  # a thread job was running: look again soon (a busy console has short idle moments)
BUSY_LIMIT_S = 30.0  # settle anyway after this long without an idle moment (generation 2 must not grow on)
CHECK_EVERY = 12  # settles between two counts of the frozen objects (a walk over all of them: ms on the GUI thread)
NEVER = 1_000_000_000  # generation 2's threshold: its automatic collections (whole-heap stalls) are off
# Frozen objects over their number after the last full collection that makes one again: the first load of a
# 20,000-miner farm doubles them (legitimately: that full collection, a 170 ms stall, would be wasted).
GROWTH_LIMIT = 4.0


def full_collections_off() -> bool:
    """Whether a :class:`GcPolicy` runs in this process (automatic full collections off): deferring collections
    while building many objects (``gc.disable()``) then only turns many short young collections into one long
    one over all of them (20,000 miner rows: 12 ms of CPU on a quiet machine, 40 ms loaded, holding the GIL)."""
    return gc.get_threshold()[2] >= NEVER


class GcPolicy:
    """Settles the heap every ``settle_s`` on ``loop`` while ``is_idle()`` says no thread job runs."""

    def __init__(
        self,
        is_idle: Callable[[], bool],
        *,
        settle_s: float = SETTLE_S,
        growth_limit: float = GROWTH_LIMIT,
        busy_limit_s: float = BUSY_LIMIT_S,
    ) -> None:
        self._is_idle = is_idle
        self.settle_s = settle_s
        self.growth_limit = growth_limit
        self.busy_limit_s = busy_limit_s
        self.baseline = 0  # frozen objects right after the last full collection
        self.settles = 0
        self.full_collections = 0
        self._timer: asyncio.TimerHandle | None = None
        self._thresholds: tuple[int, int, int] | None = None  # the collector's own, while the policy runs

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Freeze the start-up heap (after a full collection), turn generation 2's automatic collections off
        and settle every ``settle_s`` on ``loop``."""
        self.collect_all()
        self._thresholds = gc.get_threshold()
        gc.set_threshold(self._thresholds[0], self._thresholds[1], NEVER)
        self._schedule(loop, self.settle_s, time.monotonic())

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None

    def _schedule(self, loop: asyncio.AbstractEventLoop, delay_s: float, since: float) -> None:
        """The next settle in ``delay_s``; ``since``: when the last one was made (or the policy started)."""

        def tick() -> None:
            now = time.monotonic()
            if self.settle(force=now - since >= self.busy_limit_s):
                self._schedule(loop, self.settle_s, now)
            else:
                self._schedule(loop, RETRY_S, since)

        self._timer = loop.call_later(delay_s, tick)

    def settle(self, *, force: bool = False) -> bool:
        """Freeze what outlived a young collection; False (nothing done) while a thread job runs, unless
        ``force``d (a job's half-built objects are frozen then: they are freed all the same when it drops
        them, unless they form cycles)."""
        if not force and not self._is_idle():
            return False
        gc.collect(1)  # generations 0 and 1: recent cyclic garbage is freed, not frozen
        gc.freeze()
        self.settles += 1
        if self.settles % CHECK_EVERY == 0 and gc.get_freeze_count() > self.baseline * self.growth_limit:
            self.collect_all()
        return True

    def collect_all(self) -> None:
        """One full collection of everything, frozen ones included, then everything left frozen again."""
        started = time.perf_counter()
        gc.unfreeze()
        freed = gc.collect()
        gc.freeze()
        self.baseline = gc.get_freeze_count()
        self.full_collections += 1
        log.info(
            "full garbage collection: %d objects freed, %d kept (frozen) in %.0f ms",
            freed,
            self.baseline,
            (time.perf_counter() - started) * 1000,
        )
