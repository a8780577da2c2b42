"""The fast path of one exchange: a non-blocking socket, readiness from one multiplexer per loop.

``loop.create_connection`` builds a transport, a protocol, several futures and a dozen
callbacks per connection; at 20,000 miners a poll that is most of the client's CPU. Here one
object per exchange owns the socket, one timer covers the connect timeout or the deadline,
and the reply is gathered straight from ``recv``. Used on loops with fd callbacks (the
selector loops of Linux and macOS, qasync's on Linux, uvloop) for numeric IP hosts;
:func:`hashinsight_desktop.services.cgminer.protocol.exchange` falls back to the transport path
elsewhere (Windows' proactor loops, host names).

Where the platform has epoll (Linux), the loop watches one epoll set per loop instead of every
socket: uvloop's ``add_reader``/``remove_reader`` cost a poll handle and six ``epoll_ctl`` calls
each, the epoll set one ``epoll_ctl`` per exchange (closing the socket leaves the set by itself).
The request is sent right after ``connect``: on a near network the handshake is done by then, so
the wait for "writable" and its ``getsockopt`` are skipped; otherwise the send says "not yet".
"""

from __future__ import annotations

import asyncio
import errno
import os
import select
import socket

from hashinsight_desktop.services.cgminer.errors import (
    MinerError,
    MinerOfflineError,
    MinerProtocolError,
    MinerTimeoutError,
)
from hashinsight_desktop.services.cgminer.reasons import (
    CONNECTION_REFUSED,
    local_limit,
    lost_mid_reply,
    lost_sending,
    no_connect,
    no_reply,
    too_large,
)

_IN_PROGRESS = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, errno.EALREADY}
_NOT_YET = {errno.EWOULDBLOCK, errno.EAGAIN, errno.ENOTCONN}  # a send while the handshake is on
_LOCAL_LIMITS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM, errno.EADDRNOTAVAIL}
_RECV_SIZE = 64 * 1024  # most replies are 2-4 KiB; below malloc's mmap threshold, unlike 256 KiB
_NONBLOCK = getattr(socket, "SOCK_NONBLOCK", 0)  # Linux: a non-blocking socket without another system call
READ, WRITE = 1, 2


def address_family(host: str) -> int | None:
    """AF_INET/AF_INET6 for a numeric address, ``None`` for a name (which needs resolving)."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except (OSError, ValueError):
            continue
        return family
    return None


def _local_error(code: int) -> MinerError:
    return MinerError(local_limit(os.strerror(code).lower()))


class _EpollMux:
    """One epoll set watched by the loop; lives while exchanges of its loop are in flight."""

    __slots__ = ("_epoll", "_fd", "_loop", "_watchers")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._epoll = select.epoll()
        self._fd = self._epoll.fileno()
        self._watchers: dict[int, _Exchange] = {}
        loop.add_reader(self._fd, self._dispatch)

    def watch(self, fd: int, watcher: _Exchange, what: int) -> None:
        mask = select.EPOLLIN if what == READ else select.EPOLLOUT
        if fd in self._watchers:
            self._epoll.modify(fd, mask)
        else:
            self._epoll.register(fd, mask)
        self._watchers[fd] = watcher

    def forget(self, fd: int) -> None:
        """Before the socket closes (which takes it out of the epoll set)."""
        if self._watchers.pop(fd, None) is not None and not self._watchers:
            _MUXES.pop(self._loop, None)
            self._loop.remove_reader(self._fd)
            self._epoll.close()

    def _dispatch(self) -> None:
        watchers = self._watchers
        for fd, _ in self._epoll.poll(0):
            watcher = watchers.get(fd)
            if watcher is not None:  # forgotten by an earlier event of the same batch
                watcher.on_ready()


class _LoopMux:
    """Without epoll (macOS, BSD): the loop's own fd callbacks, one socket at a time."""

    __slots__ = ("_loop", "_watching")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._watching: dict[int, int] = {}

    def watch(self, fd: int, watcher: _Exchange, what: int) -> None:
        self.forget(fd)
        add = self._loop.add_reader if what == READ else self._loop.add_writer
        add(fd, watcher.on_ready)  # NotImplementedError on proactor loops
        self._watching[fd] = what

    def forget(self, fd: int) -> None:
        what = self._watching.pop(fd, None)
        if what == READ:
            self._loop.remove_reader(fd)
        elif what == WRITE:
            self._loop.remove_writer(fd)


_MUXES: dict[asyncio.AbstractEventLoop, _EpollMux] = {}


def _mux(loop: asyncio.AbstractEventLoop) -> _EpollMux | _LoopMux:
    if not hasattr(select, "epoll"):
        return _LoopMux(loop)
    mux = _MUXES.get(loop)
    if mux is None:
        mux = _MUXES[loop] = _EpollMux(loop)
    return mux


class _Exchange:
    __slots__ = (
        "_chunks",
        "_connect_timeout",
        "_deadline",
        "_fd",
        "_limit",
        "_loop",
        "_mux",
        "_request",
        "_size",
        "_sock",
        "_started",
        "_timer",
        "_watched",
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
        self._sock: socket.socket | None = None
        self._fd = -1
        self._mux: _EpollMux | _LoopMux | None = None
        self._watched = False
        self._timer: asyncio.TimerHandle | None = None
        self._started = loop.time()
        self.connected = False
        self.future: asyncio.Future[bytes] = loop.create_future()

    def start(self, family: int, host: str, port: int) -> None:
        try:
            sock = socket.socket(family, socket.SOCK_STREAM | _NONBLOCK)
        except OSError as exc:
            self._fail(_local_error(exc.errno or errno.EMFILE))
            return
        self._sock = sock
        self._fd = sock.fileno()
        if not _NONBLOCK:
            sock.setblocking(False)
        code = sock.connect_ex((host, port))
        if code != 0 and code not in _IN_PROGRESS:
            self._fail_connect(code)
            return
        self._send()  # on loopback or a near network the handshake is already done
        if self.future.done():
            return
        self._arm(self._deadline if self.connected else min(self._connect_timeout, self._deadline))
        if self._request:
            self._watch(WRITE)

    def _arm(self, wait: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self._loop.call_at(self._started + wait, self._on_timeout)

    def _watch(self, what: int) -> None:
        if self._mux is None:
            self._mux = _mux(self._loop)
        self._mux.watch(self._fd, self, what)
        self._watched = True

    def _send(self) -> None:
        """Send what is left of the request, then watch for the reply; nothing when the socket cannot
        take it yet (the handshake is still on, or the buffer is full)."""
        assert self._sock is not None
        try:
            sent = self._sock.send(self._request)
        except OSError as exc:
            code = exc.errno or 0
            if code in _NOT_YET:
                return
            if self.connected:
                self._fail(MinerProtocolError(lost_sending(exc.strerror or str(exc))))
            else:
                self._fail_connect(code)  # refused or reset before the handshake was seen to finish
            return
        self.connected = True
        self._request = self._request[sent:]
        if not self._request:
            self._watch(READ)

    def _fail_connect(self, code: int) -> None:
        if code in _LOCAL_LIMITS:
            self._fail(_local_error(code))
        elif code == errno.ECONNREFUSED:
            self._fail(MinerOfflineError(CONNECTION_REFUSED))
        else:
            self._fail(MinerOfflineError(os.strerror(code).lower()))

    def on_ready(self) -> None:
        if self._request:
            self._on_writable()
        else:
            self._on_readable()

    def _on_writable(self) -> None:
        assert self._sock is not None
        if not self.connected:
            code = self._sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if code:
                self._fail_connect(code)
                return
            self.connected = True
            if self._connect_timeout < self._deadline:
                self._arm(self._deadline)
        self._send()

    def _on_readable(self) -> None:
        assert self._sock is not None
        try:
            data = self._sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fail(MinerProtocolError(lost_mid_reply(exc.strerror or str(exc))))
            return
        if not data:
            self._succeed()
            return
        end = data.find(0)
        if end >= 0:
            data = data[:end]
        self._size += len(data)
        if self._size > self._limit:
            self._fail(MinerProtocolError(too_large(self._limit)))
            return
        self._chunks.append(data)
        if end >= 0:
            self._succeed()

    def _on_timeout(self) -> None:
        self._timer = None
        if self.connected:
            self._fail(MinerTimeoutError(no_reply(self._deadline)))
        else:
            wait = min(self._connect_timeout, self._deadline)
            self._fail(MinerOfflineError(no_connect(wait)))

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
        if self._watched and self._mux is not None:
            self._mux.forget(self._fd)
            self._watched = False
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
    """The raw reply; :class:`MinerError` on a miner's fault."""
    loop = asyncio.get_running_loop()
    exchange = _Exchange(loop, request, max_reply, connect_timeout, deadline)
    try:
        exchange.start(family, host, port)
        return await exchange.future
    finally:
        exchange.close()
        if not exchange.future.done():
            exchange.future.cancel()
