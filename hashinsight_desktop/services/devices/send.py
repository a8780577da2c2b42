"""``send_action``: one action to one miner through its firmware family's own protocol.

Refused before anything is sent when the firmware lacks the action or the value is outside what it takes
(:class:`Refused`); every library call runs under the miner's deadline with broad error capture, so a hung
or misbehaving miner gives a :class:`DeviceError` with one line, never a stall or a traceback.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from hashinsight_desktop.services.cgminer import ControlChannel
from hashinsight_desktop.services.devices import antminer, avalon, braiins, generic, luxos, vnish, whatsminer
from hashinsight_desktop.services.devices.action import Action, PoolSetting
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.family import Family
from hashinsight_desktop.services.devices.guard import guarded
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

DEFAULT_DEADLINE_S = 20.0

_DRIVERS: dict[Family, Callable[[DeviceTarget, ActionRequest], Awaitable[str]]] = {
    Family.ANTMINER: antminer.send,
    Family.WHATSMINER: whatsminer.send,
    Family.BRAIINS: braiins.send,
    Family.LUXOS: luxos.send,
    Family.AVALON: avalon.send,
    Family.VNISH: vnish.send,
}


def check_action(target: DeviceTarget, request: ActionRequest) -> None:
    """Raises Refused (nothing is sent) when the target's firmware cannot do ``request``."""
    reason = target.effective_capabilities().refuses(
        request.action, watts=request.watts, percent=request.percent, mode=request.mode, pool=request.pool
    )
    if reason is not None:
        raise Refused(reason)
    if target.needs_credentials() and target.credentials is None:
        no_login = QT_TRANSLATE_NOOP(
            "Devices",
            "no {family} login stored for this miner's site: set one with "
            "`hashinsight-desktop site credentials` (or choose factory defaults there)",
        )
        raise DeviceError(Text(no_login, family=target.family.label))


async def send_action(
    target: DeviceTarget,
    action: Action | str,
    *,
    watts: int | None = None,
    percent: int | None = None,
    mode: str | None = None,
    pool: PoolSetting | None = None,
    light: bool = True,
    deadline_s: float = DEFAULT_DEADLINE_S,
    dialect: str | None = None,
    channel: ControlChannel | None = None,
) -> str:
    """Do ``action`` on ``target``; a one-line detail of what the firmware answered.

    Raises :class:`Refused` (nothing sent), :class:`AuthFailed` (wrong password, nothing changed) or
    :class:`DeviceError` (unreachable, timed out, or an error from the firmware). ``dialect`` and ``channel``
    serve family generic only (the read-API dialect picks its command; the channel sends it).
    """
    request = ActionRequest(Action(action), watts=watts, percent=percent, mode=mode, pool=pool, light=light)
    check_action(target, request)
    what = f"{target.family.value} {target.host}"
    if target.family is Family.GENERIC:
        return await guarded(
            generic.send(target, request, dialect=dialect, channel=channel), deadline_s=deadline_s, what=what
        )
    return await guarded(_DRIVERS[target.family](target, request), deadline_s=deadline_s, what=what)
