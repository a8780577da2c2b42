"""VNish: the web API with an unlock token (port 80); power as named presets in watts; via pyasic's client.

The unlock is done here first and its HTTP status read (pyasic retries a refused unlock and then says
only that it could not authenticate); pyasic's client then uses that token.
"""

from __future__ import annotations

from typing import Any

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.devices.web_login import vnish_unlock
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


async def _web(target: DeviceTarget) -> Any:
    from pyasic.miners.backends.vnish import VNish

    assert target.credentials is not None
    miner = VNish(target.host)
    miner.web.username, miner.web.pwd = target.credentials.username, target.credentials.password
    miner.web.port = target.web_port
    miner.rpc.port = target.port
    miner.web.token = await vnish_unlock(target.host, target.web_port, target.credentials)
    return miner.web


async def presets(web: Any) -> list[tuple[str, int]]:
    """(name, watts) of the tuned presets, lowest power first (a preset's name is its watts)."""
    rows = await web.autotune_presets()
    found = []
    for row in rows if isinstance(rows, list) else []:
        name = str(row.get("name", ""))
        if name.isdigit() and row.get("status", "tuned") == "tuned":
            found.append((name, int(name)))
    return sorted(found, key=lambda p: p[1])


def _ok(reply: Any, what: str) -> str:
    if isinstance(reply, dict) and reply.get("success") is False:
        raise DeviceError(Text(QT_TRANSLATE_NOOP("Devices", "VNish refused {what}"), what=what))
    return "accepted"


async def send(target: DeviceTarget, request: ActionRequest) -> str:
    from pyasic.errors import APIError

    web = await _web(target)
    action = request.action
    try:
        if action is Action.SLEEP:
            return "mining/stop: " + _ok(await web.stop_mining(), "stop")
        if action is Action.WAKE:
            return "mining/resume: " + _ok(await web.resume_mining(), "resume")
        if action is Action.REBOOT:
            return "system/reboot: " + _ok(await web.reboot(), "reboot")
        if action is Action.POWER_TARGET and request.watts is not None:
            known = await presets(web)
            fitting = [p for p in known if p[1] <= request.watts]
            if not fitting:
                if known:
                    lowest = QT_TRANSLATE_NOOP(
                        "Devices", "no VNish preset at or under {watts} W (the lowest is {lowest} W)"
                    )
                    raise Refused(Text(lowest, watts=request.watts, lowest=known[0][1]))
                none = QT_TRANSLATE_NOOP("Devices", "no VNish preset at or under {watts} W")
                raise Refused(Text(none, watts=request.watts))
            name, watts = fitting[-1]
            # pyasic 0.79.0's VNish.set_power_limit() never sends (its preset parsing falls back to "normal"):
            # its web client's own call, with the preset's name.
            await web.set_power_limit(int(name))
            return f"preset {name} ({watts} W): accepted"
        if action is Action.FAULT_LIGHT:
            reply = await web.find_miner()  # a toggle: press again when it went the wrong way
            if isinstance(reply, dict) and bool(reply.get("on")) != request.light:
                reply = await web.find_miner()
            return f"find-miner: {'on' if isinstance(reply, dict) and reply.get('on') else 'off'}"
        if action is Action.POOL:
            from pyasic.config.pools import Pool, PoolConfig

            assert request.pool is not None
            pool = Pool(url=request.pool.url, user=request.pool.worker, password=request.pool.password)
            pools = PoolConfig.simple([pool]).as_vnish()["pools"]
            await web.send_command("settings", privileged=True, miner={"pools": pools})
            return "settings pools: accepted"
    except APIError as exc:
        why = str(getattr(exc, "message", None) or exc)
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "VNish refused {action}: {why}"), action=action.value, why=why)
        ) from None
    raise Refused(Text(QT_TRANSLATE_NOOP("Devices", "VNish has no {action} here"), action=action.value))
