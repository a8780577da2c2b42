"""A widget's work off the GUI thread — a database read, an import: a slow or vanished server must not freeze the
console. ``off_thread`` is the one mechanism; ``BackgroundRead`` (a periodic read: one at a time) and ``LatestRun``
(a read the user asks for: only the newest request's result counts, and it can be cancelled) use it. With no
running event loop (tests, the smoke test, a script) the work happens at once instead."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.errors import ServiceError

T = TypeVar("T")

_running: set[asyncio.Task[None]] = set()  # asyncio holds tasks weakly: each kept until it ends


def off_thread(owner: QWidget, work: Callable[[], T], deliver: Callable[[T], None]) -> asyncio.Task[None] | None:
    """Runs ``work`` in a worker thread and hands its result to ``deliver`` on the GUI thread, unless ``owner`` was
    deleted meanwhile. None: there is no running event loop, and the work ran and was delivered at once."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        deliver(work())
        return None

    async def in_thread() -> None:
        result = await asyncio.to_thread(work)
        if shiboken6.isValid(owner):
            deliver(result)

    task = loop.create_task(in_thread())
    _running.add(task)
    task.add_done_callback(_running.discard)
    return task


class BackgroundRead(Generic[T]):
    """``request()`` runs ``read`` off the GUI thread and hands its result to ``show``, unless ``owner`` was deleted
    meanwhile. One read at a time: a request while one runs is dropped (the next tick asks again)."""

    def __init__(self, owner: QWidget, read: Callable[[], T], show: Callable[[T], None]) -> None:
        self._owner = owner
        self._read = read
        self._show = show
        self._busy = False

    def request(self) -> None:
        if self._busy:
            return
        self._busy = True
        off_thread(self._owner, self._read_once, self._show)

    def _read_once(self) -> T:
        try:
            return self._read()
        finally:  # a failed read (logged by the loop) must not stop the next tick's
            self._busy = False


class LatestRun(Generic[T]):
    """``start(work)`` runs ``work`` off the GUI thread and hands its result (or its ServiceError) to ``done`` —
    only for the newest request, and only while ``owner`` lives."""

    def __init__(self, owner: QWidget, done: Callable[[T | ServiceError], None]) -> None:
        self._owner, self._done = owner, done
        self._generation = 0
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, work: Callable[[], T]) -> bool:
        """True when the work went to a thread (the caller shows it as busy)."""
        self._generation += 1
        generation = self._generation

        def guarded() -> T | ServiceError:
            try:
                return work()
            except ServiceError as exc:
                return exc

        def deliver(result: T | ServiceError) -> None:
            if generation == self._generation:
                self._done(result)

        task = off_thread(self._owner, guarded, deliver)
        if task is None:
            return False
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    def cancel(self) -> None:
        """The running work's result will be dropped (a database read cannot be interrupted midway)."""
        self._generation += 1

    @property
    def running(self) -> tuple[asyncio.Task[None], ...]:
        return tuple(self._tasks)
