"""BackgroundRead: a widget's database read runs in a worker thread while the event loop runs (one at a time),
and at once on the calling thread without one."""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hashinsight_desktop.ui.background_read import BackgroundRead


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
