"""The API port (4028) of a miner whose firmware family is not "generic": each family's own commands.

- antminer (stock Bitmain bmminer): the read commands only; every control command is ``Invalid command``
  (a stock Antminer is controlled through its web interface, ``web.py``).
- whatsminer (btminer API 2.x): plain read commands, ``get_token``, and privileged commands in the
  AES envelope (``btminer_api.py``).
- luxos (luxminer): ``logon``/``session``/``logoff`` and session-bound commands (``luxos_api.py``).
- avalon (Canaan cgminer): ``ascset|0,softoff``/``softon``/``worklevel,set,N``/``led``, ``restart``.
- braiins / vnish: the read commands here; control goes through their own APIs.

Control faults (``reject_control``/``ignore_control``) apply to each family's control commands as to
the generic ones: counted, then refused with the firmware's error, or answered OK and not applied.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from hashinsight_desktop.simulator import btminer_api, luxos_api, replies
from hashinsight_desktop.simulator.miner import SimulatedMiner

log = logging.getLogger(__name__)

# cgminer's ascset reply codes: set OK, set info (the driver said something), set failed.
_ASC_SET_OK, _ASC_SET_INFO, _ASC_SET_ERR = 120, 121, 122
AVALON_LEVELS = {0: 80, 1: 100, 2: 110}  # work level -> percent of nominal power


def answer(miner: SimulatedMiner, body: dict[str, Any]) -> bytes | None:
    """The reply bytes to one JSON request on the API port; ``None`` to hang."""
    if miner.fault == "hang":
        return None
    if miner.fault == "garbage":
        return replies.garbage(miner.malformation)
    try:
        reply = _reply(miner, body)
    except Exception:  # a simulator bug: say so in the log, answer as firmware does to nonsense
        log.exception("simulator: %s miner %s failed to answer %r", miner.family, miner.host, body)
        reply = replies.invalid(miner.dialect, int(time.time()))
    return replies.encode(reply, miner.malformation if miner.fault == "malformed" else None)


def _reply(miner: SimulatedMiner, body: dict[str, Any]) -> dict[str, Any]:
    wall = int(time.time())
    if miner.family == "whatsminer":
        return btminer_api.reply(miner, body, wall)
    command = body.get("command")
    if not isinstance(command, str):
        return replies.invalid(miner.dialect, wall)
    parameter = body.get("parameter")
    if parameter is not None and not isinstance(parameter, str):
        parameter = json.dumps(parameter) if not isinstance(parameter, int | float) else str(parameter)
    if miner.family == "luxos":
        return luxos_api.reply(miner, command, parameter, wall)
    if miner.dialect == "avalon" and command in ("ascset", "restart"):  # a "generic" Avalon too (server.py)
        return _avalon_control(miner, command, parameter or "", wall)
    if command in replies.CONTROL:  # bmminer, bosminer, vnish's cgminer: no power control on this port
        return replies.invalid(miner.dialect, wall)
    if miner.family == "braiins":
        return _braiins_read(miner, command, wall)
    if miner.family == "vnish":
        return _vnish_read(miner, command, wall)
    return replies.render(miner, command, miner.snapshot())


def _vnish_read(miner: SimulatedMiner, command: str, wall: int) -> dict[str, Any]:
    """VNish's bmminer: ``stats`` names the model with the firmware, "Antminer S19 Pro (vnish 1.2.6)".

    ``version`` names only the firmware here: pyasic's factory probes the API and the web page at
    once and takes the first answer, and an "Antminer" in ``version`` would make that a race between
    its stock-Antminer and VNish classes."""
    from hashinsight_desktop.simulator.vnish_web import VERSION

    if command == "version":
        row = {"BMMiner": "1.0.0", "API": "3.1", "Miner": f"vnish {VERSION}", "Type": f"vnish {VERSION}"}
        return {"STATUS": replies.status_only("antminer", True, "BMMiner versions", wall)["STATUS"], "VERSION": [row]}
    body = replies.render(miner, command, miner.snapshot())
    parts = [part[0] for key, part in body.items() if key != "id" and isinstance(part, list) and part]
    for joined in [body, *parts]:
        stats = joined.get("STATS") if isinstance(joined, dict) else None
        if isinstance(stats, list) and stats and "Type" in stats[0]:
            stats[0]["Type"] = f"{miner.model} (vnish {VERSION})"
    return body


BOSER_VERSION = "boser-buildroot 0.1.0-3b4f6d7a"


def _braiins_read(miner: SimulatedMiner, command: str, wall: int) -> dict[str, Any]:
    """BOSer's cgminer-compatible API: its version and device details name the firmware and model;
    ``tunerstatus`` gives the miner's draw (``ApproximateMinerPowerConsumption``, 0 while paused) and
    its power target (``PowerLimit``), as Braiins documents them and pyasic reads them."""

    def status(code: int, message: str) -> list[dict[str, Any]]:
        return [{"STATUS": "S", "When": wall, "Code": code, "Msg": message, "Description": f"BOSer {BOSER_VERSION}"}]

    if "+" in command:  # joined reads, as cgminer joins them
        if miner.refuses_joins:
            return replies.invalid(miner.dialect, wall)
        joined: dict[str, Any] = {part: [_braiins_read(miner, part, wall)] for part in command.split("+")}
        joined["id"] = 1
        return joined
    if command == "tunerstatus":
        snap = miner.snapshot()
        draw = 0 if snap.sleeping else round(snap.power_w)
        limit = miner.power_limit_w or round(miner.nominal_w)
        chains: list[dict[str, Any]] = [
            {"HashchainIndex": n + 1, "PowerLimitWatt": limit // miner.boards, "Status": "Stable"}
            | {"ApproximatePowerConsumptionWatt": round(draw * 0.93 / miner.boards), "Iteration": 0}
            for n in range(miner.boards)
        ]
        tuner: dict[str, Any] = {"ApproximateChainPowerConsumption": round(draw * 0.93)}
        tuner |= {"ApproximateMinerPowerConsumption": draw, "DynamicPowerScaling": "Disabled", "PowerLimit": limit}
        tuner["TunerChainStatus"] = chains
        return {"STATUS": status(0, "Tuner Status"), "TUNERSTATUS": [tuner], "id": 1}
    if command == "version":
        row = {"BOSer": BOSER_VERSION, "API": "3.7", "Type": miner.model}
        return {"STATUS": status(22, "BOSer versions"), "VERSION": [row], "id": 1}
    if command == "devdetails":
        rows = [
            {"DEVDETAILS": n, "Name": "", "ID": n, "Driver": "", "Kernel": "", "Model": f"Bitmain {miner.model}"}
            for n in range(miner.boards)
        ]
        return {"STATUS": status(69, "Device Details"), "DEVDETAILS": rows, "id": 1}
    body = replies.render(miner, command, miner.snapshot())
    if isinstance(body.get("STATUS"), list):
        for row in body["STATUS"]:
            row["Description"] = f"BOSer {BOSER_VERSION}"
    return body


def _asc(wall: int, code: int, message: str, ok: bool = True) -> dict[str, Any]:
    status = "S" if code == _ASC_SET_OK else ("I" if ok else "E")
    row = {"STATUS": status, "When": wall, "Code": code, "Msg": message, "Description": "cgminer 4.11.1"}
    return {"STATUS": [row], "id": 1}


def _avalon_control(miner: SimulatedMiner, command: str, parameter: str, wall: int) -> dict[str, Any]:
    """Canaan's cgminer: ``restart``, and ``ascset`` with ``0,softoff,1:TS``, ``0,softon,1:TS``,
    ``0,worklevel,set,N`` (or ``workmode,set,N``), ``0,led,1-1``/``1-0``."""
    parts = [p.strip() for p in parameter.split(",")]
    if command == "ascset" and (len(parts) < 2 or parts[0] != "0"):
        return _asc(wall, _ASC_SET_ERR, f"Invalid ASC id {parts[0] if parts else ''}", ok=False)
    option = parts[1].lower() if command == "ascset" else "restart"
    if option not in ("softoff", "softon", "worklevel", "workmode", "led", "restart"):
        return _asc(wall, _ASC_SET_ERR, f"ASC 0 set failed: unknown option {option}", ok=False)
    level: int | None = None
    if option in ("worklevel", "workmode"):
        value = parts[3] if len(parts) > 3 and parts[2] == "set" else (parts[2] if len(parts) > 2 else "")
        level = int(value) if value.isdigit() else -1
        if level not in AVALON_LEVELS:
            return _asc(wall, _ASC_SET_ERR, f"ASC 0 set failed: invalid {option} {value or '(none)'}", ok=False)
    fault = miner.control_fault(command, parameter)
    if fault == "reject":
        return _asc(wall, _ASC_SET_ERR, "ASC 0 set failed: device busy", ok=False)
    applied = fault is None
    if option == "restart":
        if applied:
            miner.restart()
        return {"STATUS": "RESTART"}
    if option == "softoff":
        if applied:
            miner.sleep()
        return _asc(wall, _ASC_SET_INFO, "ASC 0 set info: success softoff:1")
    if option == "softon":
        if applied:
            miner.wake()
        return _asc(wall, _ASC_SET_INFO, "ASC 0 set info: success softon:1")
    if option == "led":
        if applied:
            miner.light = parameter.endswith("1-1")
        return _asc(wall, _ASC_SET_OK, "ASC 0 set OK")
    assert level is not None
    if applied:
        miner.work_level = level
        miner.set_power_pct(AVALON_LEVELS[level])
    return _asc(wall, _ASC_SET_OK, "ASC 0 set OK")
