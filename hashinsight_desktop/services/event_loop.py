"""The fastest event loop the platform has: uvloop (Linux, macOS), winloop (Windows), else asyncio's own.

Polling 20,000 miners is mostly event-loop work (a connection, a few callbacks and a timer per
miner): libuv's loop does it in C. Used where a process owns its loop and no GUI thread shares its GIL
(the command line, the agent, the simulator); the console keeps qasync's and asyncio's loops.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def _fast_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    try:
        if sys.platform == "win32":
            import winloop  # type: ignore[import-not-found,unused-ignore]

            return winloop.new_event_loop  # type: ignore[no-any-return,unused-ignore]
        import uvloop  # type: ignore[import-not-found,unused-ignore]

        return uvloop.new_event_loop  # type: ignore[no-any-return,unused-ignore]
    except ImportError:  # a bare interpreter without the optional loop: asyncio's is correct, only slower
        return None


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A new loop of the fastest kind available."""
    factory = _fast_factory()
    return factory() if factory is not None else asyncio.new_event_loop()


def run(coro: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on the fastest loop available."""
    with asyncio.Runner(loop_factory=new_event_loop) as runner:
        return runner.run(coro)
