"""Whatsminer (btminer API): privileged commands with a token and AES encryption, via pyasic's client."""

from __future__ import annotations

from typing import Any

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.errors import AuthFailed, DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# What btminer answers when the command was encrypted with the key of another password.
_AUTH_ERRORS = ("invalid json message", "check token err", "token", "password")


def _miner(target: DeviceTarget) -> Any:
    from pyasic.miners.backends.btminer import BTMiner

    version = target.firmware if target.firmware and target.firmware[:8].isdigit() else None
    miner = BTMiner(target.host, version)
    assert target.credentials is not None
    miner.rpc.port = target.port if type(miner.rpc).__name__ == "BTMinerRPCAPI" else miner.rpc.port
    miner.rpc.pwd = target.credentials.password
    return miner


def _message(reply: Any) -> str:
    if isinstance(reply, dict):
        return str(reply.get("Msg") or reply.get("msg") or "accepted")
    return "accepted"


async def send(target: DeviceTarget, request: ActionRequest) -> str:
    from pyasic.errors import APIError

    miner = _miner(target)
    if type(miner.rpc).__name__ != "BTMinerRPCAPI":
        return await _send_v3(miner, request)
    rpc = miner.rpc
    action = request.action
    try:
        if action is Action.SLEEP:
            return "power_off: " + _message(await rpc.power_off(respbefore=True))
        if action is Action.WAKE:
            return "power_on: " + _message(await rpc.power_on())
        if action is Action.REBOOT:
            reply = await rpc.send_privileged_command("reboot")
            return "reboot: " + _message(reply)
        if action is Action.POWER_TARGET and request.watts is not None:
            return f"adjust_power_limit {request.watts}: " + _message(await rpc.adjust_power_limit(request.watts))
        if action is Action.POWER_TARGET and request.percent is not None:
            # pyasic refuses 100 (its check is 0 < p < 100, its own message says "between 0 and 100"), yet
            # 100 % is how a curtailed miner is given its full power back: sent as the firmware takes it.
            reply = await rpc.send_privileged_command("set_power_pct", percent=str(request.percent))
            return f"set_power_pct {request.percent}: " + _message(reply)
        if action is Action.MODE:
            call = {"low": rpc.set_low_power, "normal": rpc.set_normal_power, "high": rpc.set_high_power}[
                str(request.mode)
            ]
            return f"set_{request.mode}_power: " + _message(await call())
        if action is Action.POOL:
            assert request.pool is not None
            pool = request.pool
            return "update_pools: " + _message(await rpc.update_pools(pool.url, pool.worker, pool.password))
        if action is Action.FAULT_LIGHT:
            reply = await (rpc.set_led(auto=False, color="red") if request.light else rpc.set_led(auto=True))
            return "set_led: " + _message(reply)
    except APIError as exc:
        text = str(getattr(exc, "message", None) or exc)
        if any(marker in text.lower() for marker in _AUTH_ERRORS):
            wrong = QT_TRANSLATE_NOOP("Devices", "the Whatsminer refused the command ({why}): wrong admin password?")
            raise AuthFailed(Text(wrong, why=text)) from None
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "the Whatsminer refused {action}: {why}"), action=action.value, why=text)
        ) from None
    raise Refused(Text(QT_TRANSLATE_NOOP("Devices", "Whatsminer firmware has no {action} here"), action=action.value))


async def _send_v3(miner: Any, request: ActionRequest) -> str:
    """API v3 (firmware after 2024-11): pyasic's miner-level calls, which answer only True/False."""
    action = request.action
    calls = {
        Action.SLEEP: miner.stop_mining,
        Action.WAKE: miner.resume_mining,
        Action.REBOOT: miner.reboot,
    }
    if action is Action.POWER_TARGET and request.watts is not None:
        ok = await miner.set_power_limit(request.watts)
    elif action in calls:
        ok = await calls[action]()
    else:
        raise Refused(
            Text(
                QT_TRANSLATE_NOOP("Devices", "Whatsminer API v3: {action} is not supported by the device layer yet"),
                action=action.value,
            )
        )
    if not ok:
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "the Whatsminer (API v3) did not accept {action}"), action=action.value)
        )
    return f"{action.value}: accepted (API v3)"
