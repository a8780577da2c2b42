"""Serving one simulated miner on one listening socket.

On loops with fd callbacks (Linux/macOS selector loops, uvloop) a listener is the bare socket
registered with ``loop.add_reader``: accept, read the request, write the reply, close — no
transport, protocol object or task per connection (asyncio's own server starts a task for every
accepted connection, which is most of the cost at 20,000 miners). Elsewhere (Windows' proactor
loop) it is an ordinary ``loop.create_server`` with a small protocol. Both behave the same:
``hang`` holds the connection open without a word, ``slow`` answers after ``slow_delay_s``.
"""

from __future__ import annotations

import asyncio
import json
import socket
from asyncio.proactor_events import BaseProactorEventLoop
from collections.abc import Callable
from typing import Any, Literal, cast

from hashinsight_desktop.simulator import replies
from hashinsight_desktop.simulator.miner import SimulatedMiner
from hashinsight_desktop.simulator.rpc import answer as answer_family

_MAX_REQUEST = 64 * 1024

Reply = bytes | Literal[False] | None
Answer = Callable[[SimulatedMiner, bytes], Reply]


def answer(miner: SimulatedMiner, request: bytes) -> Reply:
    """The reply to a complete request; ``None`` to hang; ``False`` when the request is incomplete."""
    try:
        body: Any = json.loads(request.rstrip(b"\x00\r\n "))
    except ValueError:
        return False if len(request) <= _MAX_REQUEST else replies.encode(replies.invalid(miner.dialect, 0))
    if isinstance(body, dict) and (miner.family != "generic" or _canaan_control(miner, body)):
        return answer_family(miner, body)
    command = body.get("command", body.get("cmd")) if isinstance(body, dict) else None
    if not isinstance(command, str):
        return replies.encode(replies.invalid(miner.dialect, 0))
    parameter = body.get("parameter")
    if parameter is not None and not isinstance(parameter, str):
        parameter = json.dumps(parameter)
    return miner.handle(command, parameter)


def _canaan_control(miner: SimulatedMiner, body: dict[str, Any]) -> bool:
    """Canaan hardware runs Canaan's cgminer whatever the farm calls its family: a "generic" Avalon that
    says "AvalonMiner" in its version reply takes Avalon's control commands (timestamped softoff, work
    levels) as a real one does, not only the historical "ascset 0,softoff"."""
    return miner.dialect == "avalon" and body.get("command") in ("ascset", "restart")


class Held:
    """Connections kept open (hung or slow ones), closed when the farm stops."""

    def __init__(self) -> None:
        self.sockets: set[socket.socket] = set()
        self.transports: set[asyncio.Transport] = set()
        self.timers: set[asyncio.TimerHandle] = set()

    def close_all(self, loop: asyncio.AbstractEventLoop) -> None:
        for timer in self.timers:
            timer.cancel()
        for sock in self.sockets:
            loop.remove_reader(sock.fileno())
            sock.close()
        for transport in self.transports:
            transport.abort()
        self.timers.clear()
        self.sockets.clear()
        self.transports.clear()


class RawListener:
    """A listening socket served through ``loop.add_reader``."""

    __slots__ = ("_answer", "_held", "_loop", "_miner", "_sock")

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        sock: socket.socket,
        miner: SimulatedMiner,
        held: Held,
        answer_with: Answer = answer,
    ) -> None:
        self._loop, self._sock, self._miner, self._held = loop, sock, miner, held
        self._answer = answer_with
        loop.add_reader(sock.fileno(), self._accept)

    def _accept(self) -> None:
        for _ in range(16):  # several clients may be waiting in the backlog
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # out of file descriptors or the like: leave it in the backlog
                return
            conn.setblocking(False)
            self._read(conn, b"", registered=False)

    def _read(self, conn: socket.socket, buffer: bytes, registered: bool) -> None:
        try:
            data = conn.recv(65536)
        except (BlockingIOError, InterruptedError):
            if not registered:
                self._loop.add_reader(conn.fileno(), self._read, conn, buffer, True)
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self._drop(conn, registered)
            return
        buffer += data
        reply = self._answer(self._miner, buffer)
        if reply is False:  # not all of the request yet
            if registered:
                self._loop.remove_reader(conn.fileno())
            self._loop.add_reader(conn.fileno(), self._read, conn, buffer, True)
            return
        if registered:
            self._loop.remove_reader(conn.fileno())
        if reply is None:  # hang: say nothing; notice when the client gives up
            self._held.sockets.add(conn)
            self._loop.add_reader(conn.fileno(), self._watch_hung, conn)
        elif self._miner.fault == "slow":
            self._held.sockets.add(conn)
            self._loop.add_reader(conn.fileno(), self._watch_hung, conn)
            timer = self._loop.call_later(self._miner.slow_delay_s, self._send_later, conn, reply)
            self._held.timers.add(timer)
        else:
            self._send(conn, reply)

    def _watch_hung(self, conn: socket.socket) -> None:
        try:
            data = conn.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._drop(conn, registered=True)

    def _send_later(self, conn: socket.socket, reply: bytes) -> None:
        if conn in self._held.sockets:
            self._loop.remove_reader(conn.fileno())
            self._held.sockets.discard(conn)
            self._send(conn, reply)

    def _send(self, conn: socket.socket, reply: bytes) -> None:
        try:
            sent = conn.send(reply)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            conn.close()
            return
        if sent < len(reply):  # a large reply to a slow reader: finish it when writable
            self._loop.add_writer(conn.fileno(), self._write_rest, conn, reply[sent:])
        else:
            conn.close()

    def _write_rest(self, conn: socket.socket, rest: bytes) -> None:
        try:
            sent = conn.send(rest)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            sent = len(rest)
        self._loop.remove_writer(conn.fileno())
        if sent < len(rest):
            self._loop.add_writer(conn.fileno(), self._write_rest, conn, rest[sent:])
        else:
            conn.close()

    def _drop(self, conn: socket.socket, registered: bool) -> None:
        if registered:
            self._loop.remove_reader(conn.fileno())
        self._held.sockets.discard(conn)
        conn.close()

    def close(self) -> None:
        self._loop.remove_reader(self._sock.fileno())
        self._sock.close()


class _Connection(asyncio.Protocol):
    """The portable path: one protocol per connection on an asyncio server."""

    def __init__(self, miner: SimulatedMiner, held: Held, answer_with: Answer = answer) -> None:
        self._miner, self._held = miner, held
        self._answer = answer_with
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # a stream transport; uvloop's and winloop's do not subclass asyncio.Transport
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        self._buffer += data
        reply = self._answer(self._miner, self._buffer)
        if reply is False:
            return
        self._buffer = b""
        if reply is None:
            self._held.transports.add(transport)
        elif self._miner.fault == "slow":
            self._held.transports.add(transport)
            timer = asyncio.get_running_loop().call_later(self._miner.slow_delay_s, self._deliver, reply)
            self._held.timers.add(timer)
        else:
            transport.write(reply)
            transport.close()

    def _deliver(self, reply: bytes) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.write(reply)
            self._transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._transport is not None:
            self._held.transports.discard(self._transport)


class ServerListener:
    __slots__ = ("_server",)

    def __init__(self, server: asyncio.AbstractServer) -> None:
        self._server = server

    def close(self) -> None:
        self._server.close()


Listener = RawListener | ServerListener


def bound_socket(host: str, port: int, backlog: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(backlog)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        raise OSError(exc.errno, f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return sock


async def listen(
    miner: SimulatedMiner, held: Held, backlog: int, *, port: int | None = None, answer_with: Answer = answer
) -> Listener:
    """Serve ``miner`` on its host: its API port by default, or ``port`` answered by ``answer_with``."""
    loop = asyncio.get_running_loop()
    sock = bound_socket(miner.host, miner.port if port is None else port, backlog)
    if isinstance(loop, asyncio.BaseEventLoop) and not isinstance(loop, BaseProactorEventLoop):
        return RawListener(loop, sock, miner, held, answer_with)
    server = await loop.create_server(lambda: _Connection(miner, held, answer_with), sock=sock)
    return ServerListener(server)
