"""A console's ear on the outbox: every event other processes (and this one) commit, handed on within a moment.

PostgreSQL: the listener holds its own psycopg connection (LISTEN cannot share a pooled one). It LISTENs first
and only then reads what it missed, so nothing committed in between is lost; after that each NOTIFY wakes it to
read again. A NOTIFY is only a wake-up: what is read is the outbox itself, through an
:class:`~hashinsight_desktop.services.cluster.outbox_tail.OutboxTail` (snapshot xids), and a read every
``poll_s`` (5 s) covers notifications lost with a dropped connection. A connection that fails is opened again by
itself, with back-off; the tail keeps its place, so the first read after a reconnect returns everything that
committed during the outage.

SQLite has no NOTIFY: the listener reads every ``poll_s`` (a quarter of a second by default: one indexed read
of one file on one machine).

``lag_ms``: commit-to-seen of the newest batch, measured on the database's clock (its ``created_at`` is taken
just before the commit). What the node's heartbeat and the Control room page show is :meth:`current_lag_ms`: that,
or — when no read has succeeded for longer than a poll (the listener stuck, or the database gone) — the time since
the last one, so a listener that stopped hearing does not keep showing its last "2 ms".
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from hashinsight_desktop.services.cluster.outbox_tail import PG_READ_SQL, OutboxRow, OutboxTail
from hashinsight_desktop.services.outbox import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

PG_POLL_S = 5.0  # a lost notification is made up for within this
SQLITE_POLL_S = 0.25
RETRY_S = (0.5, 1.0, 2.0, 5.0)  # back-off between attempts to reconnect
READ_GRACE_S = 1.0  # a read may take this long past its poll (a busy machine) before the wait counts as lag
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "hashinsight-outbox-listener"  # how its connection shows in pg_stat_activity


class OutboxListener:
    """``run()`` until cancelled; ``on_events(rows)`` is called on the listener's loop for every batch read
    (in commit order per transaction), ``on_resync()`` once its place in the outbox is set (views loaded
    before then re-read once)."""

    def __init__(
        self,
        engine: Engine,
        on_events: Callable[[list[OutboxRow]], None],
        *,
        on_resync: Callable[[], None] | None = None,
        poll_s: float | None = None,
    ) -> None:
        self.engine = engine
        self.on_events = on_events
        self.on_resync = on_resync
        self.postgresql = engine.dialect.name == "postgresql"
        self.poll_s = poll_s if poll_s is not None else (PG_POLL_S if self.postgresql else SQLITE_POLL_S)
        self.tail: OutboxTail | None = None
        self.lag_ms: float | None = None
        self.read_ok_at: float | None = None  # time.monotonic() of the last read that succeeded (or of the start)
        self.connected = False
        self.reconnects = 0  # connections opened after the first

    async def run(self) -> None:
        self.read_ok_at = self.read_ok_at or time.monotonic()  # never reading at all is lag too
        failures = 0
        while True:
            try:
                if self.postgresql:
                    await self._listen()
                else:
                    await self._poll()
            except asyncio.CancelledError:
                raise
            except (psycopg.Error, DBAPIError, OSError) as exc:
                self.connected = False
                delay = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures = failures + 1 if failures < len(RETRY_S) else failures
                log.info("outbox listener lost the database (%s); again in %.1f s", _one_line(exc), delay)
                await asyncio.sleep(delay)
                continue
            failures = 0

    async def _listen(self) -> None:
        url = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        async with await psycopg.AsyncConnection.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            keepalives=1,
            keepalives_idle=10,
            application_name=APPLICATION_NAME,
        ) as connection:
            await connection.execute(f"LISTEN {NOTIFY_CHANNEL}")  # before reading: nothing falls in between
            if self.connected is False and self.tail is not None:
                self.reconnects += 1
            await self._catch_up(connection)
            self.connected = True
            while True:
                async for _ in connection.notifies(timeout=self.poll_s, stop_after=1):
                    pass
                # Woken, or a quiet poll_s: read either way (the read also proves a silent connection alive).
                await self._catch_up(connection)

    async def _poll(self) -> None:
        while True:
            await self._catch_up()
            self.connected = True
            await asyncio.sleep(self.poll_s)

    async def _catch_up(self, connection: psycopg.AsyncConnection[Any] | None = None) -> None:
        if self.tail is None:
            self.tail = await asyncio.to_thread(self._start)
            if self.on_resync is not None:
                self.on_resync()
        if connection is None:
            rows = await asyncio.to_thread(self._read, self.tail)
        else:  # on the listener's own connection: no thread, no pool (autocommit: each read its own snapshot)
            rows = []
            while True:
                cursor = await connection.execute(PG_READ_SQL, self.tail.pg_params())
                rows += self.tail.take_pg(await cursor.fetchall())
                if not self.tail.more_waiting:
                    break
        self.read_ok_at = time.monotonic()
        if rows:
            self._measure(rows)
            self.on_events(rows)

    def current_lag_ms(self, now: float | None = None) -> float | None:
        """The last event's lag while reads keep succeeding; once none has for longer than a poll, how long
        it has been since the last one (events committed since then are at least that late). None before the
        first read."""
        if self.read_ok_at is None:
            return self.lag_ms
        since_s = (time.monotonic() if now is None else now) - self.read_ok_at
        if since_s <= self.poll_s + READ_GRACE_S:
            return self.lag_ms
        return max(self.lag_ms or 0.0, since_s * 1000)

    def _measure(self, rows: list[OutboxRow]) -> None:
        if self.tail is not None and self.tail.read_at is not None:
            # the batch's oldest event: what it waited, also through an outage
            self.lag_ms = max(0.0, (self.tail.read_at - min(r.created_at for r in rows)).total_seconds() * 1000)

    def _start(self) -> OutboxTail:
        with self.engine.connect() as connection:
            return OutboxTail.from_now(connection)

    def _read(self, tail: OutboxTail) -> list[OutboxRow]:
        rows: list[OutboxRow] = []
        with self.engine.connect() as connection:
            while True:
                rows += tail.read(connection)
                connection.commit()  # each read its own snapshot
                if not tail.more_waiting:
                    break
        return rows


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
