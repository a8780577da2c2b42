"""A widget's periodic read of the database, off the GUI thread: a slow or vanished server must not freeze the
console. With no running event loop (tests, the smoke test) the read happens at once instead."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


class BackgroundRead(Generic[T]):
    """``request()`` runs ``read`` in a worker thread and hands its result to ``show`` on the GUI thread, unless
    ``owner`` was deleted meanwhile. One read at a time: a request while one runs is dropped (the next tick
    asks again)."""

    def __init__(self, owner: QWidget, read: Callable[[], T], show: Callable[[T], None]) -> None:
        self._owner = owner
        self._read = read
        self._show = show
        self._task: asyncio.Task[None] | None = None  # asyncio holds tasks weakly: kept until it ends

    def request(self) -> None:
        if self._task is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._show(self._read())
            return
        self._task = loop.create_task(self._in_thread())

    async def _in_thread(self) -> None:
        try:
            result = await asyncio.to_thread(self._read)
        finally:
            self._task = None
        if shiboken6.isValid(self._owner):
            self._show(result)
