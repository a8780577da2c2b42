"""Braiins OS+ (BOSer): gRPC on port 50051 with a login token, via pyasic's BOSer client.

pyasic logs in outside its own error handling: a refused login escapes ``stop_mining()`` as a raw
``GRPCError``. The device layer logs in first and turns a refusal into :class:`AuthFailed`.
"""

from __future__ import annotations

from typing import Any

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.errors import AuthFailed, DeviceError, Refused
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def grpc_client(target: DeviceTarget) -> Any:
    from pyasic.miners.backends.braiins_os import BOSer

    miner = BOSer(target.host)
    assert target.credentials is not None
    miner.web.username, miner.web.pwd = target.credentials.username, target.credentials.password
    miner.web.port = target.grpc_port
    miner.rpc.port = target.port
    return miner


def _grpc_status(exc: BaseException) -> str:
    for error in (exc, exc.__cause__):
        if error is not None and type(error).__name__ == "GRPCError":
            status = getattr(error, "status", None)
            return str(getattr(status, "name", status))
    return ""


def _grpc_text(exc: BaseException) -> str:
    for error in (exc.__cause__, exc):
        if error is not None and type(error).__name__ == "GRPCError":
            return str(getattr(error, "message", None) or error)
    return str(getattr(exc, "message", None) or exc)


async def login(miner: Any) -> None:
    try:
        token = await miner.web.auth()
    except Exception as exc:
        if _grpc_status(exc) == "UNAUTHENTICATED":
            refused = QT_TRANSLATE_NOOP(
                "Devices", "Braiins OS refused the login of user {user!r} ({why}): wrong password?"
            )
            raise AuthFailed(Text(refused, user=miner.web.username, why=_grpc_text(exc))) from None
        raise
    if not token:
        raise AuthFailed(Text(QT_TRANSLATE_NOOP("Devices", "Braiins OS gave no login token: wrong user or password?")))


async def send(target: DeviceTarget, request: ActionRequest) -> str:
    from pyasic.errors import APIError

    miner = grpc_client(target)
    await login(miner)
    web = miner.web
    action = request.action
    try:
        if action is Action.SLEEP:
            reply = await web.pause_mining()
            return "pause mining" + (": already paused" if reply.get("alreadyPaused") else ": accepted")
        if action is Action.WAKE:
            reply = await web.resume_mining()
            return "resume mining" + (": already mining" if reply.get("alreadyMining") else ": accepted")
        if action is Action.REBOOT:
            await web.reboot()
            return "reboot: accepted"
        if action is Action.POWER_TARGET and request.watts is not None:
            from pyasic.web.braiins_os.proto.braiins.bos.v1 import SaveAction

            reply = await web.set_power_target(request.watts, save_action=SaveAction(SaveAction.SAVE_AND_APPLY))
            watts = (reply.get("powerTarget") or {}).get("watt")
            if watts is not None and int(watts) != request.watts:
                raise DeviceError(
                    Text(
                        QT_TRANSLATE_NOOP("Devices", "Braiins OS set the power target to {watts} W, not {wanted} W"),
                        watts=watts,
                        wanted=request.watts,
                    )
                )
            return f"power target {request.watts} W: accepted"
        if action is Action.FAULT_LIGHT:
            reply = await web.set_locate_device_status(request.light)
            return f"locate {'on' if reply.get('enabled') else 'off'}"
        if action is Action.POOL:
            from pyasic.config import MinerConfig
            from pyasic.config.pools import Pool, PoolConfig

            assert request.pool is not None
            pool = Pool(url=request.pool.url, user=request.pool.worker, password=request.pool.password)
            await miner.send_config(MinerConfig(pools=PoolConfig.simple([pool])))
            return "pool groups: accepted"
    except APIError as exc:
        status = _grpc_status(exc)
        if status == "UNAUTHENTICATED":
            raise AuthFailed(
                Text(QT_TRANSLATE_NOOP("Devices", "Braiins OS refused the token ({why})"), why=_grpc_text(exc))
            ) from None
        why = _grpc_text(exc) + (f" [{status}]" if status else "")
        raise DeviceError(
            Text(QT_TRANSLATE_NOOP("Devices", "Braiins OS refused {action}: {why}"), action=action.value, why=why)
        ) from None
    raise Refused(Text(QT_TRANSLATE_NOOP("Devices", "Braiins OS+ has no {action} here"), action=action.value))


async def power_range(target: DeviceTarget) -> tuple[int, int] | None:
    """The power-target range the firmware reports (its tuner constraints), or None."""
    miner = grpc_client(target)
    await login(miner)
    constraints = await miner.web.get_constraints()
    power = (constraints.get("tunerConstraints") or {}).get("powerTarget") or {}
    low, high = (power.get("min") or {}).get("watt"), (power.get("max") or {}).get("watt")
    return (int(low), int(high)) if low is not None and high is not None else None
