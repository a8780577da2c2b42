"""The processes of the fenced-role tests (started with multiprocessing 'spawn'): each is a node that
campaigns for one role and, while it acts, writes a fenced command row and only then sends a real TCP
command to its own simulated miner, the way the curtailment executor does."""

from __future__ import annotations

import asyncio
import os
import time
from multiprocessing.synchronize import Barrier, Event
from typing import Any

from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, insert, literal, select, text, update

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import RoleLease
from hashinsight_desktop.services.cgminer import ControlChannel
from hashinsight_desktop.services.cluster.nodes import this_node
from hashinsight_desktop.services.cluster.roles import FencedRole, fenced

_metadata = MetaData()
COMMANDS = Table(
    "role_commands", _metadata, Column("node", String(32)), Column("epoch", Integer), Column("round", Integer)
)
WAKE = ("ascset", "0,softon")  # a control command the simulated Avalon counts (and that changes nothing)


def create_commands_table(engine: Engine) -> None:
    COMMANDS.create(engine)


def write_command(engine: Engine, role: str, node: str, epoch: int, round_: int = 0) -> int:
    """The command row, written only while ``epoch`` still holds ``role`` (in the same statement)."""
    chosen = select(literal(node, String(32)), literal(epoch, Integer), literal(round_, Integer)).where(
        fenced(role, epoch)
    )
    with engine.begin() as connection:
        statement = insert(COMMANDS).from_select(["node", "epoch", "round"], chosen)
        return int(connection.execute(statement.execution_options(preserve_rowcount=True)).rowcount)


def send_command(miner: tuple[str, int]) -> None:
    asyncio.run(ControlChannel().send(miner[0], miner[1], *WAKE))


def race(url: str, role: str, name: str, rounds: int, barrier: Barrier, miner: tuple[str, int], out: Any) -> None:
    """Each round: everyone tries at once for the expired role; the winner writes and sends one command,
    everyone writes with every epoch it held before (stale: refused, nothing sent); the winner then dies
    as a crashed process does (its session gone, its lease left to expire; here expired at once)."""
    engine = make_engine(url)
    held: list[int] = []
    stale_written = 0
    contender = FencedRole(engine, role, this_node("agent"), lease_s=2.0)
    for round_ in range(rounds):
        barrier.wait(30)
        won = contender.try_acquire()
        barrier.wait(30)  # every try of this round is over
        for epoch in held:
            if write_command(engine, role, name, epoch, round_):
                stale_written += 1
                send_command(miner)  # never happens: the test counts the simulator's commands
        if won:
            assert contender.epoch is not None
            out.put(("won", round_, name, contender.epoch))
            if write_command(engine, role, name, contender.epoch, round_):
                send_command(miner)
            held.append(contender.epoch)
            with engine.begin() as connection:  # the lease runs out (a crashed holder's would, in 2 s)
                connection.execute(
                    update(RoleLease)
                    .where(RoleLease.role == role)
                    .values(expires_at=text("clock_timestamp() - interval '1 millisecond'"))
                )
            contender._unlock()  # the lock is free and the node forgets it led, as a restarted process would
            contender.epoch = None
        barrier.wait(30)
    contender.release()
    out.put(("done", name, stale_written, len(held)))
    engine.dispose()


def lead_and_act(url: str, role: str, name: str, lease_s: float, miner: tuple[str, int], out: Any, stop: Event) -> None:
    """Campaign with ``keep()``; while acting, every 0.1 s write a fenced command row and, if it was written
    and the node still acts, send the command. Reports leading, stepping down and every command sent."""
    engine = make_engine(url)
    node = this_node("agent")
    out.put(("pid", name, os.getpid()))

    def changed(role_: FencedRole) -> None:
        out.put(("lead" if role_.epoch is not None else "down", name, role_.epoch, time.time()))

    role_ = FencedRole(engine, role, node, lease_s, on_change=changed)

    async def act() -> None:
        while not stop.is_set():
            await asyncio.sleep(0.1)
            epoch = role_.epoch
            if epoch is None or not role_.acting:
                continue
            if await asyncio.to_thread(write_command, engine, role, name, epoch) and role_.acting:
                await ControlChannel().send(miner[0], miner[1], *WAKE)
                out.put(("sent", name, epoch, time.time()))

    async def main() -> None:
        keeping = asyncio.create_task(role_.keep())
        try:
            await act()
        finally:
            keeping.cancel()
            await asyncio.gather(keeping, return_exceptions=True)

    asyncio.run(main())
    engine.dispose()
