"""The transport: deadlines, size cap, NUL/EOF framing, error classes; on both exchange paths."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from hashinsight_desktop.services import event_loop
from hashinsight_desktop.services.cgminer import protocol, selector_exchange
from hashinsight_desktop.services.cgminer.errors import (
    MinerError,
    MinerOfflineError,
    MinerProtocolError,
    MinerTimeoutError,
)
from hashinsight_desktop.services.cgminer.protocol import encode_request, exchange, send_command
from tests.simulator.loopback import free_port

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
CONNECT, DEADLINE = 0.5, 1.0


@pytest.fixture(params=["selector", "selector-uvloop", "transport"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each test on the fast fd-callback path (on asyncio's loop and on uvloop, which the
    command line and the agent run) and on the portable transport path."""
    if request.param == "transport":
        monkeypatch.setattr(protocol, "_has_fd_callbacks", lambda loop: False)
    elif request.param == "selector-uvloop":
        pytest.importorskip("uvloop")
        monkeypatch.setattr(asyncio, "run", event_loop.run)
    return str(request.param)


@asynccontextmanager
async def server(handler: Handler) -> AsyncIterator[int]:
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    try:
        yield srv.sockets[0].getsockname()[1]
    finally:
        srv.close()


async def reply_with(data: bytes, *, delay: float = 0.0, close: bool = True) -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(4096)
        if delay:
            await asyncio.sleep(delay)
        writer.write(data)
        await writer.drain()
        if close:
            writer.close()
        else:
            await asyncio.sleep(30)

    return handler


async def call(port: int, **kwargs: float) -> dict[str, object]:
    return await send_command("127.0.0.1", port, "summary", connect_timeout=CONNECT, deadline=DEADLINE, **kwargs)


def test_request_encoding() -> None:
    assert json.loads(encode_request("summary")) == {"command": "summary"}
    assert json.loads(encode_request("ascset", "0,softoff")) == {"command": "ascset", "parameter": "0,softoff"}


def test_reply_read_to_nul_and_request_seen(path: str) -> None:
    seen: list[bytes] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.read(4096))
        writer.write(b'{"STATUS":[{"STATUS":"S"}],"SUMMARY":[{"Elapsed":5}]}\x00')
        await writer.drain()
        await asyncio.sleep(5)  # keeps the connection open: the client must stop at the NUL

    async def main() -> None:
        async with server(handler) as port:
            started = time.monotonic()
            reply = await call(port)
            assert time.monotonic() - started < 0.5
        assert reply["SUMMARY"] == [{"Elapsed": 5}]
        assert json.loads(seen[0]) == {"command": "summary"}

    asyncio.run(main())


def test_reply_read_to_eof_without_nul(path: str) -> None:
    async def main() -> None:
        async with server(await reply_with(b'{"a":1}')) as port:
            assert await call(port) == {"a": 1}

    asyncio.run(main())


def test_refused_is_offline(path: str) -> None:
    async def main() -> None:
        with pytest.raises(MinerOfflineError, match="refused"):
            await call(free_port())

    asyncio.run(main())


def test_connect_that_never_completes_is_offline_within_connect_timeout(path: str) -> None:
    """A listener whose accept queue is full drops new SYNs: the connect hangs."""

    async def main() -> None:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        try:
            for _ in range(4):  # fill the accept queue (never accepted)
                filler = socket.socket()
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.1", port))
                fillers.append(filler)
            await asyncio.sleep(0.05)
            started = time.monotonic()
            with pytest.raises(MinerOfflineError, match=r"no answer to connect within 0\.3 s"):
                await send_command("127.0.0.1", port, "summary", connect_timeout=0.3, deadline=DEADLINE)
            assert time.monotonic() - started < 0.3 + 0.5
        finally:
            for filler in fillers:
                filler.close()
            listener.close()

    asyncio.run(main())


def test_hang_after_accept_is_a_timeout_at_the_deadline(path: str) -> None:
    async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)

    async def main() -> None:
        async with server(hang) as port:
            started = time.monotonic()
            with pytest.raises(MinerTimeoutError, match="no complete reply within 1 s"):
                await call(port)
            assert DEADLINE <= time.monotonic() - started < DEADLINE + 0.5

    asyncio.run(main())


def test_reply_that_starts_but_never_ends_is_a_timeout(path: str) -> None:
    async def main() -> None:
        async with server(await reply_with(b'{"STATUS":[{"STAT', close=False)) as port:
            with pytest.raises(MinerTimeoutError):
                await call(port)

    asyncio.run(main())


def test_slow_reply_within_deadline_is_fine(path: str) -> None:
    async def main() -> None:
        async with server(await reply_with(b'{"ok":true}\x00', delay=0.5)) as port:
            assert await call(port) == {"ok": True}

    asyncio.run(main())


def test_reply_over_the_size_cap_is_a_protocol_error(path: str) -> None:
    huge = b'{"x":"' + b"a" * (600 * 1024) + b'"}\x00'

    async def main() -> None:
        async with server(await reply_with(huge)) as port:
            with pytest.raises(MinerProtocolError, match="reply larger than 512 KiB"):
                await call(port)
            with pytest.raises(MinerProtocolError, match="larger than 1 KiB"):
                await send_command("127.0.0.1", port, "summary", max_reply=1024)

    asyncio.run(main())


def test_truncated_reply_then_close_is_a_protocol_error(path: str) -> None:
    async def main() -> None:
        async with server(await reply_with(b'{"STATUS":[{"STATUS":"S","Msg":"Summ')) as port:
            with pytest.raises(MinerProtocolError, match="cut short"):
                await call(port)

    asyncio.run(main())


def test_close_without_reply_is_a_protocol_error(path: str) -> None:
    async def main() -> None:
        async with server(await reply_with(b"")) as port:
            with pytest.raises(MinerProtocolError, match="empty reply"):
                await call(port)

    asyncio.run(main())


def test_reset_mid_reply_is_a_protocol_error(path: str) -> None:
    async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(4096)
        writer.write(b'{"STATUS":[')
        await writer.drain()
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        writer.transport.abort()

    async def main() -> None:
        async with server(reset) as port:
            with pytest.raises(MinerError) as caught:
                await call(port)
            assert type(caught.value) in (MinerProtocolError, MinerTimeoutError)

    asyncio.run(main())


def test_unknown_host_name_is_offline() -> None:
    async def main() -> None:
        with pytest.raises(MinerOfflineError):
            await exchange("no-such-miner.invalid", 4028, b"{}", connect_timeout=0.5, deadline=1.0)

    asyncio.run(main())


def test_cancellation_propagates_and_releases_the_socket(path: str) -> None:
    async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)

    async def main() -> None:
        async with server(hang) as port:
            task = asyncio.create_task(call(port))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())


def test_the_epoll_set_goes_when_no_exchange_is_in_flight(path: str) -> None:
    """One epoll set per loop while exchanges run (Linux); none left behind: no open file leaks."""

    async def main() -> None:
        async with server(await reply_with(b'{"ok":true}\x00')) as port:
            replies = await asyncio.gather(*(call(port) for _ in range(20)), call(free_port()), return_exceptions=True)
        assert replies[:20] == [{"ok": True}] * 20
        assert isinstance(replies[20], MinerOfflineError)
        assert selector_exchange._MUXES == {}

    asyncio.run(main())
