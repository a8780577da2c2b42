"""Canaan Avalon (cgminer): ``ascset`` softoff/softon, work levels and the LED, ``restart``; via pyasic's RPC."""

from __future__ import annotations

import time
from typing import Any

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.capabilities import AVALON_MODES
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def _rpc(target: DeviceTarget) -> Any:
    from pyasic.miners.backends.avalonminer import AvalonMiner

    miner = AvalonMiner(target.host)
    miner.rpc.port = target.port
    return miner.rpc


def _message(reply: Any) -> str:
    status = reply.get("STATUS") if isinstance(reply, dict) else None
    if isinstance(status, list) and status and isinstance(status[0], dict):
        return str(status[0].get("Msg") or "")
    return str(status or "")


async def send(target: DeviceTarget, request: ActionRequest) -> str:
    from pyasic.errors import APIError

    rpc = _rpc(target)
    action = request.action
    try:
        if action in (Action.SLEEP, Action.WAKE):
            option = "softoff" if action is Action.SLEEP else "softon"
            message = _message(await rpc.ascset(0, option, f"1:{int(time.time())}"))
            if "success" not in message:
                raise DeviceError(
                    Text(
                        QT_TRANSLATE_NOOP("Devices", "the Avalon did not confirm {option}: {why}"),
                        option=option,
                        why=message,
                    )
                )
            return f"ascset {option}: {message}"
        if action is Action.MODE:
            level = AVALON_MODES[str(request.mode)]
            # As a string: pyasic's ascset drops a falsy value, so level 0 as an int would never leave it.
            message = _message(await rpc.ascset(0, "worklevel,set", str(level)))
            return f"worklevel {level}: {message}"
        if action is Action.FAULT_LIGHT:
            return "led: " + _message(await rpc.ascset(0, "led", "1-1" if request.light else "1-0"))
        if action is Action.REBOOT:
            reply = await rpc.restart()
            if not (isinstance(reply, dict) and reply.get("STATUS") == "RESTART"):
                why = _message(reply) or str(reply)
                raise DeviceError(
                    Text(QT_TRANSLATE_NOOP("Devices", "the Avalon did not confirm the restart: {why}"), why=why)
                )
            return "restart: accepted"
    except APIError as exc:
        why = str(getattr(exc, "message", None) or exc)
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "the Avalon refused {action}: {why}"), action=action.value, why=why)
        ) from None
    raise Refused(
        Text(QT_TRANSLATE_NOOP("Devices", "Avalon firmware has no {action} through its API"), action=action.value)
    )
