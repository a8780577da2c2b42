"""Stock Bitmain Antminer: control through the web CGI (digest auth), via pyasic's web client.

Sleep, normal and (on some models) low-power are the ``miner-mode`` of ``set_miner_conf``; there is no power
target. The login is checked by HTTP status first (see ``web_login``); every reply is checked for Bitmain's
own success code, because pyasic's methods report success whatever the miner answered.
"""

from __future__ import annotations

from typing import Any

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.errors import DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.devices.web_login import antminer_login
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MODES = {"normal": "normal", "sleep": "sleep", "low": "low"}


def _web(target: DeviceTarget) -> Any:
    from pyasic.miners.backends.antminer import AntminerModern

    miner = AntminerModern(target.host)
    assert target.credentials is not None
    miner.web.username, miner.web.pwd = target.credentials.username, target.credentials.password
    miner.web.port = target.web_port
    return miner


NO_VALID_ANSWER = QT_TRANSLATE_NOOP("Devices", "no valid answer")


def _check(reply: Any, success: str, what: str) -> str:
    if isinstance(reply, dict) and reply.get("code") == success:
        return str(reply.get("msg") or reply.get("code"))
    if isinstance(reply, dict) and reply.get("code"):
        why = f"{reply.get('code')} {reply.get('msg') or ''}".strip()
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "{what} refused by the firmware: {why}"), what=what, why=why)
        )
    message = reply.get("message") if isinstance(reply, dict) else None
    raise DeviceError(
        Text(QT_TRANSLATE_NOOP("Devices", "{what} failed: {why}"), what=what, why=message or NO_VALID_ANSWER)
    )


async def _set_conf(miner: Any, what: str, *, mode: str | None = None, pool: Any = None) -> str:
    from pyasic.config import MinerConfig, MiningModeConfig
    from pyasic.config.pools import Pool, PoolConfig

    conf = await miner.web.get_miner_conf()
    if not isinstance(conf, dict) or "pools" not in conf:
        message = conf.get("message") if isinstance(conf, dict) else None
        cannot = QT_TRANSLATE_NOOP("Devices", "cannot read the miner's configuration: {why}")
        raise DeviceError(Text(cannot, why=message or NO_VALID_ANSWER))
    config = MinerConfig.from_am_modern(conf)
    if mode is not None:
        config.mining_mode = getattr(MiningModeConfig, MODES[mode])()
    if pool is not None:
        keep = [p for p in config.pools.groups[0].pools if p.url and p.url != pool.url] if config.pools.groups else []
        new = Pool(url=pool.url, user=pool.worker, password=pool.password)
        config.pools = PoolConfig.simple([new, *keep][:3])
    return _check(await miner.web.set_miner_conf(config.as_am_modern()), "M000", what)


async def send(target: DeviceTarget, request: ActionRequest) -> str:
    assert target.credentials is not None
    await antminer_login(target.host, target.web_port, target.credentials)
    miner = _web(target)
    action = request.action
    if action is Action.SLEEP:
        return "miner-mode sleep: " + await _set_conf(miner, QT_TRANSLATE_NOOP("Devices", "sleep"), mode="sleep")
    if action is Action.WAKE:
        return "miner-mode normal: " + await _set_conf(miner, QT_TRANSLATE_NOOP("Devices", "wake"), mode="normal")
    if action is Action.MODE:
        assert request.mode is not None
        return f"miner-mode {request.mode}: " + await _set_conf(
            miner, QT_TRANSLATE_NOOP("Devices", "mode"), mode=request.mode
        )
    if action is Action.POOL:
        return "pools: " + await _set_conf(miner, QT_TRANSLATE_NOOP("Devices", "pool change"), pool=request.pool)
    if action is Action.FAULT_LIGHT:
        code = "B000" if request.light else "B100"
        return "blink: " + _check(
            await miner.web.blink(blink=request.light), code, QT_TRANSLATE_NOOP("Devices", "fault light")
        )
    if action is Action.REBOOT:
        reply = await miner.web.reboot()
        if isinstance(reply, dict) and reply.get("success") is False:
            raise DeviceError(
                Text(QT_TRANSLATE_NOOP("Devices", "reboot failed: {why}"), why=reply.get("message") or NO_VALID_ANSWER)
            )
        return "reboot: " + str((reply or {}).get("msg") or "accepted")
    raise Refused(Text(QT_TRANSLATE_NOOP("Devices", "stock Antminer firmware has no {action}"), action=action.value))
