"""Work the wizard does off the GUI thread: the connection test (libpq may wait seconds for an answer) and the
discovery scan. The wizard runs before the console's event loop exists, so each job is a plain thread (the scan on
an asyncio loop of its own, cancellable) that reports through Qt signals, queued to the GUI thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from hashinsight_desktop.services.cgminer import Timeouts
from hashinsight_desktop.services.fleet import discovery
from hashinsight_desktop.services.fleet.discovery import SCAN_TIMEOUTS, Found, Target

JOB_THREAD, SCAN_THREAD = "first-run-job", "first-run-scan"  # thread names, for logs and debuggers


class ThreadJob(QObject):
    """``call()`` on a thread; ``done(result)`` or ``failed(error)`` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self.thread = threading.Thread(target=self._run, name=JOB_THREAD, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.done.emit(result)


class ScanJob(QObject):
    """The discovery scan of ``targets``: ``progress(addresses_done, found_so_far)`` after each chunk, then
    ``finished(found, cancelled)``."""

    progress = Signal(int, object)
    finished = Signal(object, bool)
    failed = Signal(object)

    def __init__(
        self, targets: Sequence[Target], timeouts: Timeouts = SCAN_TIMEOUTS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.targets = list(targets)
        self.timeouts = timeouts
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[list[Found]] | None = None
        self._cancelled = False
        self._found: list[Found] = []
        self.thread = threading.Thread(target=self._run, name=SCAN_THREAD, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._loop is not None and self._task is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._task.cancel)

    def _run(self) -> None:
        try:
            found = asyncio.run(self._main())
        except asyncio.CancelledError:
            self.finished.emit(list(self._found), True)
        except Exception as exc:
            self.failed.emit(exc)
        else:
            self.finished.emit(found, False)

    async def _main(self) -> list[Found]:
        def chunk_done(done: int, found: list[Found]) -> None:
            self._found = list(found)
            self.progress.emit(done, list(found))

        with self._lock:
            if self._cancelled:
                raise asyncio.CancelledError
            self._loop = asyncio.get_running_loop()
            self._task = asyncio.current_task()  # type: ignore[assignment]
        return await discovery.scan(self.targets, timeouts=self.timeouts, on_chunk=chunk_done)
