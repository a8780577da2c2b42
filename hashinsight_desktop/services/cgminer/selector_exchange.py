"""The fast path of one exchange: a non-blocking socket driven by the loop's fd callbacks.

``loop.create_connection`` builds a transport, a protocol, several futures and a dozen
callbacks per connection; at 20,000 miners a poll that is most of the client's CPU. Here one
object per exchange owns the socket, one timer covers both the connect timeout and the
deadline, and the reply is gathered straight from ``recv``. Used on loops with fd callbacks
(the selector loops of Linux and macOS, qasync's on Linux, uvloop) for numeric IP hosts;
:func:`hashinsight_desktop.services.cgminer.protocol.exchange` falls back to the transport path
elsewhere (Windows' proactor loops, host names).
"""

from __future__ import annotations

import asyncio
import errno
import os
import socket

from hashinsight_desktop.services.cgminer.errors import (
    MinerError,
    MinerOfflineError,
    MinerProtocolError,
    MinerTimeoutError,
)

_IN_PROGRESS = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, errno.EALREADY}
_LOCAL_LIMITS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM, errno.EADDRNOTAVAIL}
_RECV_SIZE = 256 * 1024


def address_family(host: str) -> int | None:
    """AF_INET/AF_INET6 for a numeric address, ``None`` for a name (which needs resolving)."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except (OSError, ValueError):
            continue
        return family
    return None


def _size_text(limit: int) -> str:
    return f"{limit // 1024} KiB" if limit % 1024 == 0 else f"{limit} bytes"


def _local_error(code: int) -> MinerError:
    return MinerError(f"local limit: {os.strerror(code).lower()}")


class _Exchange:
    __slots__ = (
        "_chunks",
        "_connect_timeout",
        "_deadline",
        "_fd",
        "_limit",
        "_loop",
        "_reading",
        "_request",
        "_size",
        "_sock",
        "_started",
        "_timer",
        "_writing",
        "connected",
        "future",
    )

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        request: bytes,
        limit: int,
        connect_timeout: float,
        deadline: float,
    ) -> None:
        self._loop = loop
        self._request = request
        self._limit = limit
        self._connect_timeout = connect_timeout
        self._deadline = deadline
        self._chunks: list[bytes] = []
        self._size = 0
        self._reading = self._writing = False
        self._sock: socket.socket | None = None
        self._fd = -1
        self._timer: asyncio.TimerHandle | None = None
        self._started = loop.time()
        self.connected = False
        self.future: asyncio.Future[bytes] = loop.create_future()

    def start(self, family: int, host: str, port: int) -> None:
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as exc:
            self._fail(_local_error(exc.errno or errno.EMFILE))
            return
        self._sock = sock
        self._fd = sock.fileno()
        sock.setblocking(False)
        first_wait = min(self._connect_timeout, self._deadline)
        self._timer = self._loop.call_at(self._started + first_wait, self._on_timeout)
        code = sock.connect_ex((host, port))
        if code == 0:
            self._on_connected()
        elif code in _IN_PROGRESS:
            self._loop.add_writer(self._fd, self._on_connect)  # NotImplementedError on proactor loops
            self._writing = True
        else:
            self._fail_connect(code)

    def _fail_connect(self, code: int) -> None:
        if code in _LOCAL_LIMITS:
            self._fail(_local_error(code))
        elif code == errno.ECONNREFUSED:
            self._fail(MinerOfflineError("connection refused"))
        else:
            self._fail(MinerOfflineError(os.strerror(code).lower()))

    def _on_connect(self) -> None:
        assert self._sock is not None
        self._loop.remove_writer(self._fd)
        self._writing = False
        code = self._sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            self._fail_connect(code)
        else:
            self._on_connected()

    def _on_connected(self) -> None:
        assert self._sock is not None
        self.connected = True
        if self._connect_timeout < self._deadline and self._timer is not None:
            self._timer.cancel()
            self._timer = self._loop.call_at(self._started + self._deadline, self._on_timeout)
        try:
            sent = self._sock.send(self._request)
        except BlockingIOError:
            sent = 0
        except OSError as exc:
            self._fail(MinerProtocolError(f"connection lost sending the request: {exc.strerror or exc}"))
            return
        self._request = self._request[sent:]
        if self._request:
            self._loop.add_writer(self._fd, self._on_writable)
            self._writing = True
        else:
            self._loop.add_reader(self._fd, self._on_readable)
            self._reading = True

    def _on_writable(self) -> None:
        assert self._sock is not None
        try:
            sent = self._sock.send(self._request)
        except BlockingIOError:
            return
        except OSError as exc:
            self._fail(MinerProtocolError(f"connection lost sending the request: {exc.strerror or exc}"))
            return
        self._request = self._request[sent:]
        if not self._request:
            self._loop.remove_writer(self._fd)
            self._writing = False
            self._loop.add_reader(self._fd, self._on_readable)
            self._reading = True

    def _on_readable(self) -> None:
        assert self._sock is not None
        try:
            data = self._sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fail(MinerProtocolError(f"connection lost mid-reply: {exc.strerror or exc}"))
            return
        if not data:
            self._succeed()
            return
        end = data.find(0)
        if end >= 0:
            data = data[:end]
        self._size += len(data)
        if self._size > self._limit:
            self._fail(MinerProtocolError(f"reply larger than {_size_text(self._limit)}"))
            return
        self._chunks.append(data)
        if end >= 0:
            self._succeed()

    def _on_timeout(self) -> None:
        self._timer = None
        if self.connected:
            self._fail(MinerTimeoutError(f"no complete reply within {self._deadline:g} s"))
        else:
            wait = min(self._connect_timeout, self._deadline)
            self._fail(MinerOfflineError(f"no answer to connect within {wait:g} s"))

    def _succeed(self) -> None:
        self.close()
        if not self.future.done():
            self.future.set_result(b"".join(self._chunks))

    def _fail(self, exc: MinerError) -> None:
        self.close()
        if not self.future.done():
            self.future.set_exception(exc)

    def close(self) -> None:
        """Release everything; idempotent, and safe after the awaiting task was cancelled."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._writing:
            self._loop.remove_writer(self._fd)
            self._writing = False
        if self._reading:
            self._loop.remove_reader(self._fd)
            self._reading = False
        if self._sock is not None:
            self._sock.close()
            self._sock = None


async def selector_exchange(
    family: int,
    host: str,
    port: int,
    request: bytes,
    *,
    connect_timeout: float,
    deadline: float,
    max_reply: int,
) -> bytes:
    """The raw reply; :class:`MinerError` on a miner's fault; NotImplementedError when the loop
    has no fd callbacks (before anything was sent)."""
    loop = asyncio.get_running_loop()
    exchange = _Exchange(loop, request, max_reply, connect_timeout, deadline)
    try:
        exchange.start(family, host, port)
        return await exchange.future
    finally:
        exchange.close()
        if not exchange.future.done():
            exchange.future.cancel()
