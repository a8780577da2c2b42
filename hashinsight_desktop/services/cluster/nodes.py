"""The node registry: every running console, agent and command line writes who it is (host, pid, user,
version, the console that started it) into ``cluster_nodes`` and beats every :data:`HEARTBEAT_S` seconds on
the *database's* clock, so the control room can tell online from gone (a crash leaves the heartbeat to age)
from stopped (a clean exit marks it).

One process is one node: :func:`process_node` is the identity a process acts under (the roles it leads name
it as their holder); the console or agent sets its own with :func:`set_process_node` at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Table, insert, update
from sqlalchemy.exc import DBAPIError

from hashinsight_desktop import __version__
from hashinsight_desktop.db.models import ClusterNode
from hashinsight_desktop.services.clock import database_now

log = logging.getLogger(__name__)

HEARTBEAT_S = 5.0
KINDS = ("console", "agent", "cli")
_NODES = cast(Table, ClusterNode.__table__)


@dataclass(frozen=True)
class NodeInfo:
    id: uuid.UUID
    kind: str  # console, agent, cli
    host: str
    pid: int
    username: str  # the OS account, or the logged-in user
    version: str
    parent_id: uuid.UUID | None = None  # the console that started this agent


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container's numeric uid)
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def this_node(kind: str, username: str | None = None, parent_id: uuid.UUID | None = None) -> NodeInfo:
    """A new node for this process: its host, pid and the program's version filled in."""
    if kind not in KINDS:
        raise ValueError(f"node kind {kind!r}: expected one of {', '.join(KINDS)}")
    return NodeInfo(
        id=uuid.uuid4(),
        kind=kind,
        host=socket.gethostname()[:255],
        pid=os.getpid(),
        username=(username or _os_user())[:255],
        version=__version__[:32],
        parent_id=parent_id,
    )


_process_node: NodeInfo | None = None  # this process's identity: one per process, so a justified global


def set_process_node(node: NodeInfo) -> None:
    """Name the node this process acts as (the console or agent calls it once it has registered)."""
    global _process_node
    _process_node = node


def process_node() -> NodeInfo:
    """The node this process acts as: the one set at start, or a command line's own."""
    global _process_node
    if _process_node is None or _process_node.pid != os.getpid():  # a forked child is another node
        _process_node = this_node("cli")
    return _process_node


def register(engine: Engine, node: NodeInfo) -> None:
    """Write the node's row (started and beating now); registering again only beats."""
    with engine.begin() as connection:
        now = database_now(connection)
        updated = cast(
            CursorResult[Any],
            connection.execute(update(_NODES).where(_NODES.c.id == node.id).values(heartbeat_at=now, stopped_at=None)),
        )
        if updated.rowcount:
            return
        connection.execute(
            insert(_NODES).values(
                id=node.id,
                kind=node.kind,
                host=node.host,
                pid=node.pid,
                username=node.username,
                version=node.version,
                parent_id=node.parent_id,
                started_at=now,
                heartbeat_at=now,
            )
        )


def heartbeat(engine: Engine, node_id: uuid.UUID, listener_lag_ms: float | None = None) -> bool:
    """Beat now (with the listener's lag, when this node has one); False when the node has no row."""
    with engine.begin() as connection:
        values: dict[str, Any] = {"heartbeat_at": database_now(connection)}
        if listener_lag_ms is not None:
            values["listener_lag_ms"] = listener_lag_ms
        result = cast(
            CursorResult[Any], connection.execute(update(_NODES).where(_NODES.c.id == node_id).values(values))
        )
        return bool(result.rowcount)


def mark_stopped(engine: Engine, node_id: uuid.UUID) -> None:
    """A clean exit: the node is listed as stopped, not gone."""
    with engine.begin() as connection:
        now = database_now(connection)
        connection.execute(update(_NODES).where(_NODES.c.id == node_id).values(heartbeat_at=now, stopped_at=now))


def mark_child_stopped(engine: Engine, parent_id: uuid.UUID, pid: int) -> int:
    """A child agent that died without a clean exit (killed, crashed): its supervisor, which saw it end, marks
    its row stopped (its heartbeat keeps the last beat it sent), so it is not listed as a silent agent of this
    console. Returns the rows marked."""
    with engine.begin() as connection:
        now = database_now(connection)
        result = cast(
            CursorResult[Any],
            connection.execute(
                update(_NODES)
                .where(_NODES.c.parent_id == parent_id, _NODES.c.pid == pid, _NODES.c.stopped_at.is_(None))
                .values(stopped_at=now)
            ),
        )
        return int(result.rowcount)


class NodeHeartbeat:
    """The worker task every console and agent runs: register, beat every :data:`HEARTBEAT_S` seconds
    (re-registering if the row vanished, e.g. a restored database), and mark the node stopped when cancelled.
    A database outage only skips beats (the node shows as gone meanwhile)."""

    def __init__(
        self,
        engine: Engine,
        node: NodeInfo,
        *,
        interval_s: float = HEARTBEAT_S,
        listener_lag_ms: Callable[[], float | None] | None = None,
    ) -> None:
        self.engine = engine
        self.node = node
        self.interval_s = interval_s
        self.listener_lag_ms = listener_lag_ms
        self.registered = False

    def beat(self) -> None:
        lag = self.listener_lag_ms() if self.listener_lag_ms is not None else None
        if not self.registered or not heartbeat(self.engine, self.node.id, lag):
            register(self.engine, self.node)
            self.registered = True

    async def run(self) -> None:
        try:
            while True:
                try:
                    await asyncio.to_thread(self.beat)
                except DBAPIError as exc:
                    log.warning("node heartbeat failed: %s", type(exc).__name__)
                await asyncio.sleep(self.interval_s)
        finally:
            if self.registered:
                # Not in a thread: a second cancellation must not skip it (one short statement).
                with contextlib.suppress(DBAPIError):
                    mark_stopped(self.engine, self.node.id)
