"""Bulk actions on miners (reboot, sleep, wake, power target): the one way control commands are sent.

Every command is written to the operation log before it is sent and its outcome right after, with an
audit record, so a crash leaves a "pending" row saying exactly which miner was being told what.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import OperationLogEntry
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.cgminer import ControlChannel
from hashinsight_desktop.services.cgminer.errors import MinerError
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.transaction import unit_of_work


class Action(StrEnum):
    REBOOT = "reboot"
    SLEEP = "sleep"
    WAKE = "wake"
    POWER_TARGET = "power_target"


# (command, parameter) per firmware dialect; "*" for every other dialect.
_COMMANDS: dict[Action, dict[str, tuple[str, str | None]]] = {
    Action.REBOOT: {"whatsminer": ("reboot", None), "*": ("restart", None)},
    Action.SLEEP: {"whatsminer": ("power_off", None), "*": ("ascset", "0,softoff")},
    Action.WAKE: {"whatsminer": ("power_on", None), "*": ("ascset", "0,softon")},
}


@dataclass(frozen=True)
class ControlTarget:
    miner_id: uuid.UUID
    site_id: uuid.UUID
    host: str
    port: int
    dialect: str | None


@dataclass(frozen=True)
class ControlResult:
    miner_id: uuid.UUID
    host: str
    ok: bool
    detail: str


def command_for(action: Action, dialect: str | None, power_pct: int | None) -> tuple[str, str | None]:
    if action is Action.POWER_TARGET:
        if power_pct is None or not 10 <= power_pct <= 120:
            raise ValidationError("power_target", "a percentage of nominal power between 10 and 120")
        return "set_power_pct", str(power_pct)
    table = _COMMANDS[action]
    return table.get(dialect or "*", table["*"])


def _log_start(
    session_factory: sessionmaker[Session],
    principal: Principal,
    target: ControlTarget,
    command: str,
    parameter: str | None,
    clock: Clock,
) -> uuid.UUID:
    with unit_of_work(session_factory) as session:
        entry = OperationLogEntry(
            miner_id=target.miner_id,
            host=f"{target.host}:{target.port}",
            actor=principal.username,
            command=command,
            parameter=parameter,
            requested_at=clock(),
            outcome="pending",
        )
        session.add(entry)
        session.flush()
        return entry.id


def _log_finish(
    session_factory: sessionmaker[Session],
    principal: Principal,
    entry_id: uuid.UUID,
    target: ControlTarget,
    action: Action,
    ok: bool,
    detail: str,
    clock: Clock,
) -> None:
    with unit_of_work(session_factory) as session:
        entry = session.get(OperationLogEntry, entry_id)
        if entry is not None:
            entry.outcome, entry.detail, entry.finished_at = ("ok" if ok else "failed"), detail[:300], clock()
        audit.append(
            session,
            principal,
            f"miner.{action.value}",
            "miner",
            target.miner_id,
            after={"outcome": "ok" if ok else "failed", "command": entry.command if entry else None},
            summary=f"{action.value} {target.host}: {'ok' if ok else detail}"[:500],
            clock=clock,
        )


async def run_action(
    session_factory: sessionmaker[Session],
    principal: Principal,
    targets: Sequence[ControlTarget],
    action: Action,
    *,
    power_pct: int | None = None,
    channel: ControlChannel | None = None,
    clock: Clock = system_clock,
    concurrency: int = 50,
    on_result: Callable[[ControlResult], None] | None = None,
) -> list[ControlResult]:
    """Send ``action`` to every target; all are checked for permission before anything is sent."""
    for target in targets:
        require_site(principal, Permission.FLEET_OPERATE, target.site_id, f"{action.value} miners")
    channel = channel or ControlChannel()
    gate = asyncio.Semaphore(concurrency)

    async def one(target: ControlTarget) -> ControlResult:
        command, parameter = command_for(action, target.dialect, power_pct)
        async with gate:
            entry_id = await asyncio.to_thread(
                _log_start, session_factory, principal, target, command, parameter, clock
            )
            try:
                await channel.send(target.host, target.port, command, parameter)
                ok, detail = True, "accepted"
            except MinerError as exc:
                ok, detail = False, str(exc) or type(exc).__name__
            await asyncio.to_thread(
                _log_finish, session_factory, principal, entry_id, target, action, ok, detail, clock
            )
        result = ControlResult(target.miner_id, target.host, ok, detail)
        if on_result is not None:
            on_result(result)
        return result

    return list(await asyncio.gather(*(one(target) for target in targets)))
