"""BackgroundRead: a widget's database read runs in a worker thread while the event loop runs (one at a time),
and at once on the calling thread without one. LatestRun: only the newest request's result is shown, a cancelled
one never, a ServiceError is handed over as the result."""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.ui.background_read import BackgroundRead, LatestRun


def test_reads_off_the_gui_thread_when_a_loop_runs(qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    threads: list[int] = []
    shown: list[int] = []

    def read() -> int:
        threads.append(threading.get_ident())
        return len(threads)

    reader = BackgroundRead(owner, read, shown.append)

    async def twice() -> None:
        reader.request()
        reader.request()  # dropped: the first read is still running
        while not shown:
            await asyncio.sleep(0.01)

    qasync_loop.run_until_complete(asyncio.wait_for(twice(), 5))
    assert shown == [1] and threads[0] != threading.get_ident()
    reader.request()  # no running loop now: read here, at once
    assert shown == [1, 2] and threads[1] == threading.get_ident()


def test_a_failed_read_does_not_stop_the_next(qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    answers: list[object] = [RuntimeError("server gone"), 7]
    shown: list[int] = []

    def read() -> int:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return int(answer)  # type: ignore[call-overload]

    reader = BackgroundRead(owner, read, shown.append)

    async def fail_then_read() -> None:
        reader.request()
        while answers[0] != 7:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # the failed task ends
        reader.request()
        while not shown:
            await asyncio.sleep(0.01)

    qasync_loop.set_exception_handler(lambda loop, context: None)  # the failed read's error is logged, not raised
    try:
        qasync_loop.run_until_complete(asyncio.wait_for(fail_then_read(), 5))
    finally:
        qasync_loop.set_exception_handler(None)
    assert shown == [7]


def test_latest_run_shows_the_newest_request_only(qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    done: list[object] = []
    release = threading.Event()
    run: LatestRun[str] = LatestRun(owner, done.append)

    def slow() -> str:
        release.wait(5)
        return "old"

    def failing() -> str:
        raise ServiceError("no such site")

    async def requests() -> None:
        assert run.start(slow)
        assert run.start(lambda: "new")  # the newer request: "old" will be dropped
        release.set()
        await asyncio.gather(*run.running)
        assert run.start(failing)
        await asyncio.gather(*run.running)
        assert run.start(lambda: "cancelled")
        run.cancel()
        await asyncio.gather(*run.running)

    qasync_loop.run_until_complete(asyncio.wait_for(requests(), 5))
    assert done[0] == "new" and len(done) == 2
    assert isinstance(done[1], ServiceError) and str(done[1]) == "no such site"
    assert not run.start(lambda: "at once")  # no running loop: done here
    assert done[2] == "at once"
