"""LuxOS: the cgminer-style API on 4028 with a session from ``logon``; curtail sleep/wakeup and profiles."""

from __future__ import annotations

from typing import Any

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def _miner(target: DeviceTarget) -> Any:
    from pyasic.miners.backends.luxminer import LUXMiner

    miner = LUXMiner(target.host)
    miner.rpc.port = target.port
    return miner


def _message(reply: Any) -> str:
    status = reply.get("STATUS") if isinstance(reply, dict) else None
    if isinstance(status, list) and status and isinstance(status[0], dict):
        return str(status[0].get("Msg") or "accepted")
    return "accepted"


async def profiles(target: DeviceTarget) -> list[tuple[str, int]]:
    """(name, watts) of the miner's profiles, lowest power first."""
    reply = await _miner(target).rpc.profiles()
    rows = reply.get("PROFILES") if isinstance(reply, dict) else None
    found = [(str(r["Profile Name"]), int(r["Watts"])) for r in rows or [] if "Profile Name" in r and "Watts" in r]
    return sorted(found, key=lambda p: p[1])


async def send(target: DeviceTarget, request: ActionRequest) -> str:
    from pyasic.errors import APIError

    miner = _miner(target)
    rpc = miner.rpc
    action = request.action
    try:
        if await rpc.auth() is None:
            raise DeviceError(
                Text(QT_TRANSLATE_NOOP("Devices", "LuxOS gave no session (another session may be active)"))
            )
        if action is Action.SLEEP:
            return "curtail sleep: " + _message(await rpc.sleep())
        if action is Action.WAKE:
            return "curtail wakeup: " + _message(await rpc.wakeup())
        if action is Action.REBOOT:
            return "rebootdevice: " + _message(await rpc.rebootdevice())
        if action is Action.POWER_TARGET and request.watts is not None:
            known = await profiles(target)
            fitting = [p for p in known if p[1] <= request.watts]
            if not fitting:
                if known:
                    lowest = QT_TRANSLATE_NOOP(
                        "Devices", "no LuxOS profile at or under {watts} W (the lowest is {lowest} W)"
                    )
                    raise Refused(Text(lowest, watts=request.watts, lowest=known[0][1]))
                none = QT_TRANSLATE_NOOP("Devices", "no LuxOS profile at or under {watts} W")
                raise Refused(Text(none, watts=request.watts))
            name, watts = fitting[-1]
            # As pyasic does: the auto-tuner (ATM) would move the miner off the profile, so it is paused
            # around the change and put back as it was.
            atm = await miner.atm_enabled()
            if atm:
                await rpc.atmset(enabled=False)
            reply = await rpc.send_privileged_command("profileset", name)
            if atm:
                await rpc.atmset(enabled=True)
            return f"profileset {name} ({watts} W): " + _message(reply)
        if action is Action.FAULT_LIGHT:
            return "ledset: " + _message(await rpc.ledset("red", "blink" if request.light else "off"))
        if action is Action.POOL:
            assert request.pool is not None
            pool = request.pool
            await rpc.addpool(pool.url, pool.worker, pool.password)
            listed = (await rpc.pools()).get("POOLS") or []
            index = max((int(p.get("POOL", i)) for i, p in enumerate(listed) if p.get("URL") == pool.url), default=None)
            if index is None:
                raise DeviceError(Text(QT_TRANSLATE_NOOP("Devices", "LuxOS added the pool but does not list it")))
            # pyasic joins parameters with ",".join: the pool id must be a string.
            return "addpool + switchpool: " + _message(await rpc.switchpool(str(index)))
    except APIError as exc:
        why = str(getattr(exc, "message", None) or exc)
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "LuxOS refused {action}: {why}"), action=action.value, why=why)
        ) from None
    raise Refused(Text(QT_TRANSLATE_NOOP("Devices", "LuxOS has no {action} here"), action=action.value))
