"""The GUI's asyncio loop (qasync) and the executor behind its ``asyncio.to_thread``.

Views hand their reads to a thread as their own bound methods or closures over themselves
(``asyncio.to_thread(self._read)``). If the view is closed and collected while such a job runs, the
worker thread would hold the last reference to it and delete a Qt object off the GUI thread: the
interpreter crashes (a segmentation fault in qasync's worker, seen in the test suite). The executor
below keeps every job's callable and arguments referenced by the GUI thread until the job has ended, so
they are always released there, whatever the view's state when the job ends."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import itertools
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.gc_policy import GcPolicy


class GuiThreadExecutor(concurrent.futures.Executor):
    """The GUI loop's default executor (``asyncio.to_thread``, ``run_in_executor(None, …)``)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, inner: concurrent.futures.Executor | None = None) -> None:
        self._loop = loop
        self._inner = inner or qasync.QThreadExecutor()
        self._held: dict[int, tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = {}
        self._tokens = itertools.count()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        token = next(self._tokens)
        self._held[token] = (fn, args, kwargs)
        future: concurrent.futures.Future[Any] = self._inner.submit(self._run, token)
        # Called in the worker once the job ended (or here, if it was cancelled already): release on the GUI thread.
        future.add_done_callback(functools.partial(self._release_later, token))
        return future

    def idle(self) -> bool:
        """No job submitted here is running or waiting (what the GC policy waits for: no half-built objects)."""
        return not self._held

    def _run(self, token: int) -> Any:
        fn, args, kwargs = self._held[token]
        try:
            return fn(*args, **kwargs)
        except BaseException as exc:
            traceback.clear_frames(exc.__traceback__)  # the job's frames would hold its view past the release
            raise
        finally:
            del fn, args, kwargs  # before the future completes: the GUI thread holds the last reference

    def _release_later(self, token: int, _future: concurrent.futures.Future[Any]) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closed: shutdown() releases all, on the GUI thread
            self._loop.call_soon_threadsafe(self._held.pop, token, None)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait)
        self._held.clear()


def gui_event_loop(app: QCoreApplication, *, already_running: bool = False) -> qasync.QEventLoop:
    """A qasync loop on ``app`` whose thread jobs never release a Qt object in a worker thread."""
    loop = qasync.QEventLoop(app, already_running=already_running)
    executor = GuiThreadExecutor(loop)
    loop.set_default_executor(executor)
    _executors[loop] = executor
    return loop


_executors: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, GuiThreadExecutor] = weakref.WeakKeyDictionary()


def thread_jobs_idle(loop: asyncio.AbstractEventLoop) -> bool:
    """Whether no thread job of ``loop`` (made by :func:`gui_event_loop`) is running or waiting."""
    return _executors[loop].idle()


def start_gc_policy(loop: asyncio.AbstractEventLoop) -> GcPolicy:
    """The console's garbage-collection policy (:mod:`services.gc_policy`) on ``loop``, settling while its thread jobs
    are all done."""
    policy = GcPolicy(lambda: thread_jobs_idle(loop))
    policy.start(loop)
    return policy
