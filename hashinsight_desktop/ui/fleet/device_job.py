"""Device calls (pyasic and the device layer) off the GUI thread, on a plain asyncio loop of their own.

pyasic (through httpx/anyio) at times finds no running event loop under qasync, and a few hundred
miners answering must not cost the GUI anything: a :class:`DeviceJob` runs one coroutine with
``asyncio.run`` in a worker thread, as discovery does. The GUI coroutine awaits :meth:`DeviceJob.run`;
:meth:`DeviceJob.cancel` cancels the coroutine on its own loop (its ``finally`` blocks run there).
Callbacks the coroutine makes happen on the worker thread: :func:`on_gui` hands them to the GUI loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any, Generic, TypeVar

T = TypeVar("T")
A = TypeVar("A")


class DeviceJob(Generic[T]):
    def __init__(self, coro: Coroutine[Any, Any, T]) -> None:
        self._coro = coro
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[T] | None = None
        self.cancelled = False

    async def _main(self) -> T:
        with self._lock:
            self._loop = asyncio.get_running_loop()
            self._task = asyncio.current_task()  # type: ignore[assignment]
            if self.cancelled:
                self._coro.close()
                raise asyncio.CancelledError
        return await self._coro

    def _in_thread(self) -> tuple[bool, T | None]:
        # A cancellation ends here, as a value: CancelledError is no Exception, and escaping an executor's
        # thread (qasync's executor runs QThreads) it would never complete the awaiting future.
        try:
            return True, asyncio.run(self._main())
        except asyncio.CancelledError:
            return False, None

    async def run(self) -> T:
        """Await the coroutine's result from any loop (the GUI's): it runs in a thread on a loop of its own.
        Raises CancelledError when :meth:`cancel` stopped it."""
        finished, result = await asyncio.to_thread(self._in_thread)
        if not finished:
            raise asyncio.CancelledError
        return result  # type: ignore[return-value]

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._loop is not None and self._task is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._task.cancel)


def on_gui(loop: asyncio.AbstractEventLoop, call: Callable[[A], None]) -> Callable[[A], None]:
    """``call`` as a callback a worker thread may make: it runs on ``loop`` (the GUI loop's thread)."""

    def hand_over(value: A) -> None:
        if not loop.is_closed():
            loop.call_soon_threadsafe(call, value)

    return hand_over
