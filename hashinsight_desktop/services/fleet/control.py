"""Bulk actions on miners (reboot, sleep, wake, power target, mode, pool, fault light): the one way control
commands are sent.

Each miner is told through its firmware family's own protocol (services/devices); a miner nobody
identified is family generic and gets the historical CGMiner commands, as before. An action a miner's
firmware lacks, or a value outside what it takes, is refused for that miner with the reason and nothing
is sent to it. Every command is written to the operation log before it is sent and its outcome right
after, with an audit record, so a crash leaves a "pending" row saying exactly which miner was being told
what; a refusal is one row with outcome "refused".
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel, MinerState, OperationLogEntry, Site
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.cgminer import ControlChannel
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import DEVICE_ACTIONS, in_sentence
from hashinsight_desktop.services.devices import (
    DEFAULT_DEADLINE_S,
    ActionRequest,
    Capabilities,
    Credentials,
    CredentialsError,
    CredentialStore,
    DeviceError,
    DeviceTarget,
    Family,
    PoolSetting,
    Refused,
    check_action,
    parse_family,
    send_action,
)
from hashinsight_desktop.services.devices.action import Action as DeviceAction
from hashinsight_desktop.services.devices.generic import COMMANDS
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permission_actions import MINER_ACTIONS
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, Text
from hashinsight_desktop.services.transaction import unit_of_work

__all__ = [
    "Action",
    "ControlResult",
    "ControlTarget",
    "DeviceAction",
    "PoolSetting",
    "command_for",
    "control_targets",
    "run_action",
]

POWER_PCT_RANGE = (10, 120)
DETAIL_MAX = 300  # the operation log's (and curtailment items') detail column


class Action(StrEnum):
    """The bulk actions of the Fleet tab (its toolbar lists these). ``run_action`` also takes the device
    layer's wider :class:`DeviceAction` (pool, mode, fault light), as the command line does."""

    REBOOT = "reboot"
    SLEEP = "sleep"
    WAKE = "wake"
    POWER_TARGET = "power_target"
    MODE = "mode"  # a firmware power mode (low, normal, high), where the firmware has them
    POOL = "pool"  # the pool (URL, worker, password from the keyring) the miners mine for


@dataclass(frozen=True)
class ControlTarget:
    miner_id: uuid.UUID
    site_id: uuid.UUID
    host: str
    port: int
    dialect: str | None
    family: str | None = None  # None: generic (never identified)
    model: str = ""
    capabilities: Capabilities | None = None
    credentials: Credentials | None = None
    firmware: str | None = None
    name: str = ""
    credentials_error: str | None = None  # why the site's login could not be read (file refused, no keyring…)

    def device(self) -> DeviceTarget:
        family = parse_family(self.family)
        return DeviceTarget(
            self.host, self.port, family, self.model, self.credentials, self.capabilities, firmware=self.firmware
        )


@dataclass(frozen=True)
class ControlResult:
    miner_id: uuid.UUID
    host: str
    ok: bool
    detail: str | Text  # what the miner answered, or why it failed (a failure in the reader's language by render)
    refused: bool = False  # nothing was sent: the firmware lacks the action or the value is out of its range

    @property
    def outcome(self) -> str:
        return "ok" if self.ok else "refused" if self.refused else "failed"


def stored_detail(detail: str | Template | Text | None) -> dict[str, Any]:
    """An operation-log detail's columns: its English (cut to fit) and, beside it, its template and figures (the
    reader's language); what a firmware answered, a plain string, stays as it answered."""
    return {"detail": str(detail or "")[:DETAIL_MAX] or None, "detail_text": to_stored(detail)}


def command_for(action: Action | DeviceAction, dialect: str | None, power_pct: int | None) -> tuple[str, str | None]:
    """The generic (historical) CGMiner command for ``action``: what family generic miners are sent."""
    action = DeviceAction(action.value)
    if action is DeviceAction.POWER_TARGET:
        low, high = POWER_PCT_RANGE
        if power_pct is None or not low <= power_pct <= high:
            raise ValidationError(
                "power_target",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "a percentage of nominal power between {low} and {high}"),
                    low=low,
                    high=high,
                ),
            )
        return "set_power_pct", str(power_pct)
    table = COMMANDS.get(action)
    if table is None:
        raise ValidationError(
            "action", Text(QT_TRANSLATE_NOOP("Errors", "the generic commands have no {value}"), value=action.value)
        )
    return table.get(dialect or "*", table["*"])


def control_targets(
    session: Session,
    principal: Principal,
    miner_ids: Sequence[uuid.UUID],
    credentials: CredentialStore | None = None,
) -> list[ControlTarget]:
    """Targets for miners as stored (family, model, capabilities) with their site's login from
    ``credentials``; a credentials problem is left for the send to report per miner."""
    rows = session.execute(
        select(Miner, Site.name, MinerModel, MinerState.dialect)
        .join(Site, Site.id == Miner.site_id)
        .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
        .outerjoin(MinerState, MinerState.miner_id == Miner.id)
        .where(Miner.id.in_(list(miner_ids)))
    ).all()
    by_id = {row[0].id: row for row in rows}
    targets = []
    for miner_id in miner_ids:
        if miner_id not in by_id:
            continue
        miner, site_name, model, dialect = by_id[miner_id]
        require_site(principal, Permission.FLEET_OPERATE, miner.site_id, "control miners of this site")
        family = parse_family(miner.family)
        model_name = miner.model_name or (f"{model.manufacturer} {model.name}" if model else "")
        login, login_error = None, None
        if credentials is not None and family is not Family.GENERIC:
            try:
                login = credentials.for_miner(miner.site_id, family, site_name=site_name, model=model_name or None)
            except CredentialsError as exc:
                login_error = str(exc)
        targets.append(
            ControlTarget(
                miner.id,
                miner.site_id,
                miner.ip_address,
                miner.port,
                dialect,
                family=family.value if miner.family else None,
                model=model_name,
                capabilities=Capabilities.from_json(miner.capabilities, family, model_name) if miner.family else None,
                credentials=login,
                firmware=miner.firmware,
                name=miner.name,
                credentials_error=login_error,
            )
        )
    return targets


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
            command=command[:64],
            parameter=parameter[:255] if parameter else None,
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
    action: DeviceAction,
    ok: bool,
    detail: str | Template | Text,
    clock: Clock,
) -> None:
    with unit_of_work(session_factory) as session:
        entry = session.get(OperationLogEntry, entry_id)
        if entry is not None:
            written = stored_detail(detail)
            entry.outcome, entry.detail, entry.detail_text = (
                ("ok" if ok else "failed"),
                written["detail"],
                written["detail_text"],
            )
            entry.finished_at = clock()
        audit.append(
            session,
            principal,
            f"miner.{action.value}",
            "miner",
            target.miner_id,
            after={"outcome": "ok" if ok else "failed", "command": entry.command if entry else None},
            summary=(
                Text(
                    QT_TRANSLATE_NOOP("Audit", "{command} {host}: ok"),
                    command=in_sentence(DEVICE_ACTIONS, action.value),
                    host=target.host,
                )
                if ok
                else Text(
                    QT_TRANSLATE_NOOP("Audit", "{command} {host}: {detail}"),
                    command=in_sentence(DEVICE_ACTIONS, action.value),
                    host=target.host,
                    detail=detail,
                )
            ),
            clock=clock,
        )


def _log_refused(
    session_factory: sessionmaker[Session],
    principal: Principal,
    target: ControlTarget,
    action: DeviceAction,
    command: str,
    parameter: str | None,
    reason: str | Text,
    clock: Clock,
) -> None:
    """A refusal (nothing sent): its operation-log row and audit record, in one transaction."""
    with unit_of_work(session_factory) as session:
        now = clock()
        session.add(
            OperationLogEntry(
                miner_id=target.miner_id,
                host=f"{target.host}:{target.port}",
                actor=principal.username,
                command=command[:64],
                parameter=parameter[:255] if parameter else None,
                requested_at=now,
                finished_at=now,
                outcome="refused",
                **stored_detail(Text(QT_TRANSLATE_NOOP("Devices", "not sent: {reason}"), reason=reason)),
            )
        )
        audit.append(
            session,
            principal,
            f"miner.{action.value}",
            "miner",
            target.miner_id,
            after={"outcome": "refused", "reason": str(reason)[:200]},
            summary=Text(
                QT_TRANSLATE_NOOP("Audit", "{command} {host}: refused, {reason}"),
                command=in_sentence(DEVICE_ACTIONS, action.value),
                host=target.host,
                reason=reason,
            ),
            clock=clock,
        )


def logged_command(target: ControlTarget, request: ActionRequest, power_pct: int | None) -> tuple[str, str | None]:
    """What the operation log says was sent: the generic command, or family.action and its value."""
    family = parse_family(target.family)
    generic_actions = (*COMMANDS, DeviceAction.POWER_TARGET)
    if family is Family.GENERIC and request.action in generic_actions and request.watts is None:
        try:
            return command_for(request.action, target.dialect, power_pct)
        except ValidationError:
            pass
    return f"{family.value}.{request.action.value}", request.describe() or None


async def run_action(
    session_factory: sessionmaker[Session],
    principal: Principal,
    targets: Sequence[ControlTarget],
    action: Action | DeviceAction,
    *,
    power_pct: int | None = None,
    watts: int | None = None,
    mode: str | None = None,
    pool: PoolSetting | None = None,
    light: bool = True,
    channel: ControlChannel | None = None,
    clock: Clock = system_clock,
    concurrency: int = 50,
    deadline_s: float = DEFAULT_DEADLINE_S,
    on_result: Callable[[ControlResult], None] | None = None,
) -> list[ControlResult]:
    """Send ``action`` to every target; all are checked for permission before anything is sent."""
    action = DeviceAction(action.value)
    for target in targets:
        require_site(principal, Permission.FLEET_OPERATE, target.site_id, MINER_ACTIONS[action.value])
    if action is DeviceAction.POWER_TARGET and watts is None:
        command_for(action, None, power_pct)  # a percentage out of any range: refused before anything is sent
    if action is DeviceAction.POOL and (pool is None or not pool.url.strip() or not pool.worker.strip()):
        raise ValidationError("pool", QT_TRANSLATE_NOOP("Errors", "give the pool URL and the worker name"))
    channel = channel or ControlChannel()
    gate = asyncio.Semaphore(concurrency)
    request = ActionRequest(action, watts=watts, percent=power_pct, mode=mode, pool=pool, light=light)

    async def one(target: ControlTarget) -> ControlResult:
        device = target.device()
        command, parameter = logged_command(target, request, power_pct)
        async with gate:
            try:
                try:
                    check_action(device, request)
                except DeviceError as exc:
                    if isinstance(exc, Refused) or not target.credentials_error:
                        raise
                    no_login = QT_TRANSLATE_NOOP("Devices", "no login: {why}")
                    raise DeviceError(Text(no_login, why=target.credentials_error)) from None
            except DeviceError as exc:  # Refused, or no login stored: nothing is sent
                await asyncio.to_thread(
                    _log_refused, session_factory, principal, target, action, command, parameter, exc.text, clock
                )
                result = ControlResult(target.miner_id, target.host, False, exc.text, refused=isinstance(exc, Refused))
            else:
                entry_id = await asyncio.to_thread(
                    _log_start, session_factory, principal, target, command, parameter, clock
                )
                try:
                    detail = await send_action(
                        device,
                        action,
                        watts=watts,
                        percent=power_pct,
                        mode=mode,
                        pool=pool,
                        light=light,
                        deadline_s=deadline_s,
                        dialect=target.dialect,
                        channel=channel,
                    )
                    ok = True
                    said: str | Text = detail  # what the firmware answered, as it answered
                    if device.family is Family.GENERIC:
                        said = QT_TRANSLATE_NOOP("Devices", "accepted")
                except DeviceError as exc:
                    ok, said = False, exc.text
                await asyncio.to_thread(
                    _log_finish, session_factory, principal, entry_id, target, action, ok, said, clock
                )
                result = ControlResult(target.miner_id, target.host, ok, said)
        if on_result is not None:
            on_result(result)
        return result

    return list(await asyncio.gather(*(one(target) for target in targets)))
