"""What a solver writes to the process's standard output goes to the log, never to the user's stdout.

HiGHS prints its banner from C++ when a ``Highs`` object is built, before any option can silence it; a
``print`` guard in Python does not see it. So the file descriptor 1 itself is pointed at a temporary file
while the solver runs, and what it caught is logged afterwards. A command like
``curtail solve --json`` then prints exactly one JSON document, whatever the solver did.

The redirection is process-wide for its few milliseconds: another thread's print in that window lands in
the log too, which is where a GUI's stray output belongs anyway.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from typing import BinaryIO

log = logging.getLogger(__name__)
_REDIRECTING = threading.Lock()  # one redirection at a time: two interleaved would leave fd 1 on a closed file


def _flush_c_stdio() -> None:
    """Flush the C library's buffered stdout, so nothing a solver buffered reaches the real stdout later."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None) if os.name == "posix" else ctypes.cdll.msvcrt
        libc.fflush(None)


def log_solver_text(what: str, text: str) -> None:
    text = text.strip()
    if text:
        log.info("%s wrote:\n%s", what, text)


@contextlib.contextmanager
def stdout_to_log(what: str) -> Iterator[None]:
    """Run the body with file descriptor 1 caught; log what was written to it as ``what``'s output.
    Threads take turns (a lock): the solves it wraps take milliseconds."""
    with _REDIRECTING, _caught(what):
        yield


@contextlib.contextmanager
def _caught(what: str) -> Iterator[None]:
    with contextlib.suppress(AttributeError, ValueError, OSError):
        sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no stdout at all (a windowed app): nothing to protect
        yield
        return
    sink: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 - closed below, after fd 1 is restored
    try:
        os.dup2(sink.fileno(), 1)
        try:
            yield
        finally:
            _flush_c_stdio()
            os.dup2(saved, 1)
        sink.seek(0)
        log_solver_text(what, sink.read().decode("utf-8", errors="replace"))
    finally:
        os.close(saved)
        sink.close()


def stdout_to_file(path: str) -> None:
    """For a child process that never writes to stdout: point file descriptor 1 at ``path`` for good."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        os.close(fd)
