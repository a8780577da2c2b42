"""A thread job of the GUI's loop never releases the last reference of what it was given in its worker
thread: a view closed while its read ran would otherwise be deleted off the GUI thread (a segfault)."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import weakref

import pytest

from hashinsight_desktop.ui.gui_loop import GuiThreadExecutor, thread_jobs_idle


class View:  # stands for a widget: where its last reference goes is where Qt would delete it
    def __init__(self, released_in: list[str]) -> None:
        weakref.finalize(self, lambda: released_in.append(threading.current_thread().name))

    def read(self) -> int:
        time.sleep(0.2)
        return 1

    def fail(self) -> int:
        time.sleep(0.2)
        raise ValueError("the database is away")


@pytest.mark.parametrize("job", ["read", "fail"])
def test_a_view_dropped_while_its_job_runs_is_released_on_the_gui_thread(qasync_loop, job: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(qasync_loop._QEventLoop__default_executor, GuiThreadExecutor)  # the fixture's loop is the app's
    released_in: list[str] = []

    async def scenario() -> None:
        view = View(released_in)
        task = asyncio.ensure_future(asyncio.to_thread(getattr(view, job)))
        await asyncio.sleep(0.05)  # the job runs
        task.cancel()  # the view is closed: nothing on the GUI side waits for the job any more
        del view, task
        gc.collect()
        assert released_in == [], "the running job's view must still be referenced"
        deadline = time.monotonic() + 5
        while not released_in and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    qasync_loop.run_until_complete(scenario())
    assert released_in == [threading.main_thread().name]


def test_a_job_still_returns_its_result_and_raises_its_error(qasync_loop) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> tuple[int, str]:
        view = View([])
        result = await asyncio.to_thread(view.read)
        with pytest.raises(ValueError, match="away") as raised:
            await asyncio.to_thread(view.fail)
        return result, str(raised.value)

    assert qasync_loop.run_until_complete(scenario()) == (1, "the database is away")


def test_the_loop_says_when_no_thread_job_runs(qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """What the GC policy waits for before it freezes the heap (no job's half-built objects)."""
    started, release = threading.Event(), threading.Event()

    def job() -> None:
        started.set()
        release.wait(5)

    async def scenario() -> list[bool]:
        seen = [thread_jobs_idle(qasync_loop)]
        running = asyncio.ensure_future(asyncio.to_thread(job))
        await asyncio.to_thread(started.wait, 5)
        seen.append(thread_jobs_idle(qasync_loop))
        release.set()
        await running
        await asyncio.sleep(0.05)  # the executor lets go of the job on the GUI thread
        seen.append(thread_jobs_idle(qasync_loop))
        return seen

    assert qasync_loop.run_until_complete(scenario()) == [True, False, True]
