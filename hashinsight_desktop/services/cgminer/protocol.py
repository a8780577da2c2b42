"""The CGMiner API transport: one JSON command per TCP connection, reply read to EOF or NUL.

Real firmware hangs after accepting, answers slowly, sends megabytes or cuts the reply short;
this module bounds every one of those (connect timeout, whole-exchange deadline, size cap)
and turns each into a :class:`MinerError` subclass. Nothing else escapes, and the socket is
always closed. Built on a bare :class:`asyncio.Protocol` rather than streams: at 20,000 miners
a poll the per-connection overhead matters.
"""

from __future__ import annotations

import asyncio
import json
import socket
from asyncio.proactor_events import BaseProactorEventLoop
from dataclasses import dataclass
from typing import Any, cast

from hashinsight_desktop.services.cgminer.errors import (
    MinerError,
    MinerOfflineError,
    MinerProtocolError,
    MinerTimeoutError,
)
from hashinsight_desktop.services.cgminer.reasons import (
    CONNECTION_REFUSED,
    UNKNOWN_HOST,
    connection_error,
    lost_mid_reply,
    no_connect,
    no_reply,
    too_large,
)
from hashinsight_desktop.services.cgminer.repair import parse_reply
from hashinsight_desktop.services.cgminer.selector_exchange import address_family, selector_exchange
from hashinsight_desktop.services.texts import Text

DEFAULT_PORT = 4028
MAX_REPLY = 512 * 1024


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Deadlines of one miner's poll. ``per_miner`` bounds all the commands of one poll together."""

    connect: float = 2.0
    deadline: float = 5.0
    max_reply: int = MAX_REPLY
    per_miner: float | None = None

    @property
    def miner_budget(self) -> float:
        return self.per_miner if self.per_miner is not None else 2 * self.deadline


DEFAULT_TIMEOUTS = Timeouts()


def encode_request(command: str, parameter: str | None = None) -> bytes:
    request: dict[str, str] = {"command": command}
    if parameter is not None:
        request["parameter"] = parameter
    return json.dumps(request, separators=(",", ":")).encode()


class _ReplyReader(asyncio.Protocol):
    """Writes the request on connect, collects the reply until EOF or the NUL terminator."""

    __slots__ = ("_chunks", "_limit", "_request", "_size", "done", "transport")

    def __init__(self, request: bytes, limit: int, done: asyncio.Future[bytes]) -> None:
        self._request = request
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        self.done = done
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # a stream transport; uvloop's and winloop's do not subclass asyncio.Transport
        self.transport = cast(asyncio.Transport, transport)
        self.transport.write(self._request)

    def data_received(self, data: bytes) -> None:
        if self.done.done():
            return
        end = data.find(0)
        if end >= 0:
            data = data[:end]
        self._size += len(data)
        if self._size > self._limit:
            self.done.set_exception(MinerProtocolError(too_large(self._limit)))
            return
        self._chunks.append(data)
        if end >= 0:
            self._finish()

    def eof_received(self) -> bool:
        self._finish()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        if self.done.done():
            return
        if exc is None:
            self._finish()
        else:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            self.done.set_exception(MinerProtocolError(lost_mid_reply(reason)))

    def _finish(self) -> None:
        if not self.done.done():
            self.done.set_result(b"".join(self._chunks))


def _offline_reason(exc: OSError) -> str | Text:
    if isinstance(exc, ConnectionRefusedError):
        return CONNECTION_REFUSED
    if isinstance(exc, socket.gaierror):
        return UNKNOWN_HOST
    return (exc.strerror or type(exc).__name__).lower()


async def exchange(
    host: str,
    port: int,
    request: bytes,
    *,
    connect_timeout: float = DEFAULT_TIMEOUTS.connect,
    deadline: float = DEFAULT_TIMEOUTS.deadline,
    max_reply: int = MAX_REPLY,
) -> bytes:
    """Send ``request`` and return the raw reply (NUL stripped). Raises only :class:`MinerError`."""
    loop = asyncio.get_running_loop()
    family = address_family(host)
    if family is not None and _has_fd_callbacks(loop):
        return await selector_exchange(
            family, host, port, request, connect_timeout=connect_timeout, deadline=deadline, max_reply=max_reply
        )
    return await _transport_exchange(
        loop, host, port, request, connect_timeout=connect_timeout, deadline=deadline, max_reply=max_reply
    )


_FD_CALLBACKS: dict[type, bool] = {}  # per loop class: asked once, not per exchange


def _has_fd_callbacks(loop: asyncio.AbstractEventLoop) -> bool:
    """Selector loops (and uvloop) watch sockets; Windows' proactor loops cannot."""
    kind = type(loop)
    known = _FD_CALLBACKS.get(kind)
    if known is None:
        if issubclass(kind, asyncio.BaseEventLoop):
            known = not issubclass(kind, BaseProactorEventLoop)
        else:
            known = kind.__module__.startswith("uvloop")
        _FD_CALLBACKS[kind] = known
    return known


async def _transport_exchange(
    loop: asyncio.AbstractEventLoop,
    host: str,
    port: int,
    request: bytes,
    *,
    connect_timeout: float,
    deadline: float,
    max_reply: int,
) -> bytes:
    """The portable path: ``create_connection`` and a protocol (any loop, host names too)."""
    done: asyncio.Future[bytes] = loop.create_future()
    transport: asyncio.BaseTransport | None = None
    connected = False
    try:
        async with asyncio.timeout(deadline):
            try:
                async with asyncio.timeout(connect_timeout):
                    transport, _ = await loop.create_connection(
                        lambda: _ReplyReader(request, max_reply, done), host, port
                    )
            except TimeoutError:
                raise MinerOfflineError(no_connect(min(connect_timeout, deadline))) from None
            except OSError as exc:
                raise MinerOfflineError(_offline_reason(exc)) from None
            connected = True
            return await done
    except TimeoutError:
        if not connected:
            raise MinerOfflineError(no_connect(min(connect_timeout, deadline))) from None
        raise MinerTimeoutError(no_reply(deadline)) from None
    except MinerError:
        raise
    except OSError as exc:  # pragma: no cover - defensive: the transport reports errors via the future
        if connected:
            raise MinerProtocolError(connection_error(exc.strerror or type(exc).__name__)) from None
        raise MinerOfflineError(_offline_reason(exc)) from None
    finally:
        if transport is not None:
            if done.done() and not done.cancelled() and done.exception() is None:
                transport.close()
            else:
                cast(asyncio.Transport, transport).abort()  # no lingering on a hung or oversized reply
        if not done.done():
            done.cancel()


async def send_command(
    host: str,
    port: int,
    command: str,
    parameter: str | None = None,
    *,
    connect_timeout: float = DEFAULT_TIMEOUTS.connect,
    deadline: float = DEFAULT_TIMEOUTS.deadline,
    max_reply: int = MAX_REPLY,
) -> dict[str, Any]:
    """One command, one connection: the parsed (and if need be repaired) JSON reply.

    Raises :class:`MinerOfflineError`, :class:`MinerTimeoutError` or :class:`MinerProtocolError`
    (all :class:`MinerError`); no other exception escapes for a miner's fault.
    """
    raw = await exchange(
        host,
        port,
        encode_request(command, parameter),
        connect_timeout=connect_timeout,
        deadline=deadline,
        max_reply=max_reply,
    )
    return parse_reply(raw)
