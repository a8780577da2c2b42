"""Workers on their own loop and thread: run, report back, stop cleanly."""

from __future__ import annotations

import asyncio
import threading

from hashinsight_desktop.workers.background_loop import BackgroundLoop


def test_spawn_run_and_stop() -> None:
    seen: list[str] = []
    stopped = threading.Event()

    async def forever() -> None:
        seen.append(threading.current_thread().name)
        try:
            await asyncio.Event().wait()
        finally:
            stopped.set()

    async def answer() -> int:
        return 42

    async def scenario() -> None:
        workers = BackgroundLoop(name="test-workers")
        workers.spawn(forever(), "forever")
        assert await asyncio.wrap_future(workers.run(answer())) == 42
        await workers.stop(timeout_s=5)

    asyncio.run(scenario())
    assert seen == ["test-workers"] and stopped.is_set()
