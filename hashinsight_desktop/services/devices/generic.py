"""Family generic: the project's historical CGMiner control commands, sent through ControlChannel.

Only the project's simulator obeys them (real firmware has its own ways, see the other family modules);
they are kept so that miners nobody has identified behave exactly as before.
"""

from __future__ import annotations

from hashinsight_desktop.services.cgminer import ControlChannel
from hashinsight_desktop.services.cgminer.errors import MinerError
from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# (command, parameter) per read-API dialect; "*" for every other dialect.
COMMANDS: dict[Action, dict[str, tuple[str, str | None]]] = {
    Action.REBOOT: {"whatsminer": ("reboot", None), "*": ("restart", None)},
    Action.SLEEP: {"whatsminer": ("power_off", None), "*": ("ascset", "0,softoff")},
    Action.WAKE: {"whatsminer": ("power_on", None), "*": ("ascset", "0,softon")},
}


def generic_command(action: Action, dialect: str | None, power_pct: int | None) -> tuple[str, str | None]:
    if action is Action.POWER_TARGET:
        if power_pct is None:
            raise Refused(Text(QT_TRANSLATE_NOOP("Devices", "a generic power target is a percentage of nominal power")))
        return "set_power_pct", str(power_pct)
    table = COMMANDS.get(action)
    if table is None:
        no_action = QT_TRANSLATE_NOOP(
            "Devices", "the generic commands have no {action}: identify the miner's firmware first"
        )
        raise Refused(Text(no_action, action=action.value))
    return table.get(dialect or "*", table["*"])


async def send(
    target: DeviceTarget, request: ActionRequest, *, dialect: str | None = None, channel: ControlChannel | None = None
) -> str:
    command, parameter = generic_command(request.action, dialect, request.percent)
    try:
        reply = await (channel or ControlChannel()).send(target.host, target.port, command, parameter)
    except MinerError as exc:
        raise DeviceError(exc.text or type(exc).__name__) from exc  # the console's words marked, the OS's verbatim
    status = reply.get("STATUS")
    message = status[0].get("Msg") if isinstance(status, list) and status and isinstance(status[0], dict) else None
    return f"{command} {parameter or ''}".strip() + f": {message or 'accepted'}"
