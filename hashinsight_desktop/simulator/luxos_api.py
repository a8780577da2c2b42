"""LuxOS (luxminer) on port 4028: a cgminer-style API with one session for write commands.

``logon`` opens the session and answers its id (refused while another one is live), ``session``
tells the live id, ``logoff SID`` ends it; a session idle for ``SESSION_IDLE_S`` expires. Write
commands take the session id as their first parameter (``curtail SID,sleep``, ``profileset
SID,415MHz``, ``rebootdevice SID``…) and are refused without a live one. Power is set by choosing a
profile (``profiles`` lists them with their watts); ``curtail`` sleeps and wakes the hash boards.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from hashinsight_desktop.simulator import replies
from hashinsight_desktop.simulator.miner import SimulatedMiner

VERSION = "2024.6.27.214534-4a1d1a3"
DESCRIPTION = f"LUXminer {VERSION}"
SESSION_IDLE_S = 600.0
BASE_FREQ_MHZ = 525
PROFILE_STEPS = range(-6, 3)  # 25 MHz steps around the default profile

# Commands that need a live session id as their first parameter.
SESSION_BOUND = frozenset(
    {"curtail", "profileset", "rebootdevice", "resetminer", "ledset", "atmset", "logoff", "fanset"}
    | {"frequencyset", "frequencystop", "voltageset", "tempctrlset", "healthchipset", "healthctrlset"}
    | {"profilenew", "profilerem", "updaterun", "reboot"}
)


def _status(wall: int, code: int, message: str, ok: bool = True) -> list[dict[str, Any]]:
    return [{"STATUS": "S" if ok else "E", "When": wall, "Code": code, "Msg": message, "Description": DESCRIPTION}]


def _error(wall: int, message: str, code: int = 14) -> dict[str, Any]:
    return {"STATUS": _status(wall, code, message, ok=False), "id": 1}


def profiles(miner: SimulatedMiner) -> list[dict[str, Any]]:
    """The profiles of this model, lowest power first; ``default`` is the nominal one."""
    rows = []
    for step in PROFILE_STEPS:
        freq = BASE_FREQ_MHZ + 25 * step
        rows.append(
            {
                "Profile Name": "default" if step == 0 else f"{freq}MHz",
                "Frequency": freq,
                "Voltage": round(13.2 + 0.2 * step, 2),
                "Watts": round(miner.nominal_w * (1 + 0.07 * step)),
                "Hashrate": round(miner.nominal_ths * (1 + 0.05 * step), 2),
                "Step": str(step),
                "IsDynamic": False,
                "IsTuned": False,
            }
        )
    return rows


def _session(miner: SimulatedMiner) -> str:
    """The live session id, or "" (an idle one expires)."""
    state = miner.state()
    sid = state.get("lux_session", "")
    if sid and time.monotonic() - state.get("lux_used", 0.0) > SESSION_IDLE_S:
        state["lux_session"] = sid = ""
    return str(sid)


def _pools_reply(miner: SimulatedMiner, wall: int) -> dict[str, Any]:
    body = replies.render(miner, "pools", miner.snapshot())
    for pool in body.get("POOLS", []):
        pool["GROUP"] = 0
    body["STATUS"] = _status(wall, 7, f"{len(body.get('POOLS', []))} Pool(s)")
    return body


def _read(miner: SimulatedMiner, command: str, wall: int) -> dict[str, Any] | None:
    if command == "version":
        version = {"API": "3.7", "LUXminer": VERSION, "Miner": VERSION, "Type": miner.model}
        return {"STATUS": _status(wall, 22, "LUXminer versions"), "VERSION": [version], "id": 1}
    if command == "session":
        return {"STATUS": _status(wall, 0, "Session"), "SESSION": [{"SessionID": _session(miner)}], "id": 1}
    if command == "profiles":
        return {"STATUS": _status(wall, 0, "Profiles"), "PROFILES": profiles(miner), "id": 1}
    if command == "config":
        row: dict[str, Any] = {"Profile": miner.state().get("lux_profile", "default")}
        row["Hostname"] = f"luxos-{miner.index}"
        row |= {
            "MACAddr": f"02:4c:58:{miner.index >> 16 & 255:02x}:{miner.index >> 8 & 255:02x}:{miner.index & 255:02x}"
        }
        row |= {"IsTuning": False, "CurtailMode": "Sleep" if miner.sleeping else "None", "NumBoards": miner.boards}
        return {"STATUS": _status(wall, 0, "Config"), "CONFIG": [row], "id": 1}
    if command == "atm":
        return {"STATUS": _status(wall, 0, "ATM"), "ATM": [{"Enabled": False, "StartupMinutes": 15}], "id": 1}
    if command == "tempctrl":
        control = {"Mode": "Auto", "Target": 75, "Hot": 85, "Dangerous": 95}
        return {"STATUS": _status(wall, 0, "Temp control"), "TEMPCTRL": [control], "id": 1}
    if command == "fans":
        snap = miner.snapshot()
        fans = [{"ID": n, "RPM": rpm, "Speed": min(100, rpm // 66)} for n, rpm in enumerate(snap.fans_rpm)]
        return {"STATUS": _status(wall, 0, "Fans"), "FANS": fans, "FANCTRL": [{"MinFans": 4}], "id": 1}
    if command == "groups":
        group = {"GROUP": 0, "Name": "Default", "Quota": 1, "Strategy": "Failover"}
        return {"STATUS": _status(wall, 0, "Groups"), "GROUPS": [group], "id": 1}
    if command == "power":
        watts = round(miner.snapshot().power_w)
        return {"STATUS": _status(wall, 0, "Power"), "POWER": [{"Watts": watts, "PSU": True}], "id": 1}
    if command == "pools":
        return _pools_reply(miner, wall)
    return None


def reply(miner: SimulatedMiner, command: str, parameter: str | None, wall: int) -> dict[str, Any]:
    if "+" in command:  # joined reads, as cgminer joins them
        parts = command.split("+")
        if miner.refuses_joins or any(part in SESSION_BOUND or part == "logon" for part in parts):
            return _error(wall, "Invalid command")
        joined: dict[str, Any] = {part: [reply(miner, part, None, wall)] for part in parts}
        joined["id"] = 1
        return joined
    args = [a.strip() for a in (parameter or "").split(",")] if parameter else []
    if command == "logon":
        if _session(miner):
            return _error(wall, "Another session is active", code=1)
        state = miner.state()
        state["lux_session"], state["lux_used"] = secrets.token_hex(4), time.monotonic()
        session = {"SessionID": state["lux_session"]}
        return {"STATUS": _status(wall, 0, "Session created"), "SESSION": [session], "id": 1}
    if command in SESSION_BOUND:
        live = _session(miner)
        if not live or not args or args[0] != live:
            return _error(wall, "Invalid session id", code=2)
        miner.state()["lux_used"] = time.monotonic()
        return _write(miner, command, args[1:], wall)
    if command in ("addpool", "removepool", "switchpool", "enablepool", "disablepool"):
        return _pool_command(miner, command, args, wall)
    body = _read(miner, command, wall)
    if body is not None:
        return body
    if command in replies.CONTROL:
        return _error(wall, "Invalid command")
    body = replies.render(miner, command, miner.snapshot())
    for row in body.get("STATUS", []) if isinstance(body.get("STATUS"), list) else []:
        row["Description"] = DESCRIPTION
    return body


def _write(miner: SimulatedMiner, command: str, args: list[str], wall: int) -> dict[str, Any]:
    if command == "logoff":
        miner.state()["lux_session"] = ""
        return {"STATUS": _status(wall, 0, "Session closed"), "id": 1}
    if command == "curtail" and (not args or args[0] not in ("sleep", "wakeup")):
        return _error(wall, "curtail: want sleep or wakeup", code=3)
    names = {p["Profile Name"]: p for p in profiles(miner)}
    if command == "profileset" and (not args or args[0] not in names):
        return _error(wall, f"Profile {args[0] if args else ''!r} not found", code=3)
    if command not in ("curtail", "profileset", "rebootdevice", "resetminer", "ledset"):
        return {"STATUS": _status(wall, 0, f"{command} OK"), "id": 1}  # accepted, no modelled effect
    fault = miner.control_fault(command, ",".join(args))
    if fault == "reject":
        return _error(wall, "Device busy", code=4)
    applied = fault is None
    if command == "curtail":
        if applied:
            miner.sleep() if args[0] == "sleep" else miner.wake()
        return {"STATUS": _status(wall, 0, f"Curtail {args[0]}"), "id": 1}
    if command == "profileset":
        profile = names[args[0]]
        if applied:
            miner.state()["lux_profile"] = args[0]
            miner.set_power_pct(round(100 * profile["Watts"] / miner.nominal_w))
            miner.power_limit_w = int(profile["Watts"])
        row = {"Profile": args[0], "Result": "success"}
        return {"STATUS": _status(wall, 0, "Profile set"), "PROFILE": [row], "id": 1}
    if command == "ledset":
        if applied and args:
            miner.light = len(args) > 1 and args[1] != "off"
        return {"STATUS": _status(wall, 0, "LED set"), "id": 1}
    if applied:
        miner.restart()
    return {"STATUS": _status(wall, 0, f"{command} OK"), "id": 1}


def _pool_command(miner: SimulatedMiner, command: str, args: list[str], wall: int) -> dict[str, Any]:
    pools = miner.pools()
    if command == "addpool":
        if len(args) < 2 or not args[0]:
            return _error(wall, "Missing addpool details", code=25)
        if miner.control_fault(command, ",".join(args)) is None:
            miner.set_pools([*pools, (args[0], args[1], args[2] if len(args) > 2 else "x")])
        return {"STATUS": _status(wall, 55, f"Added pool {len(pools)}: '{args[0]}'"), "id": 1}
    index = int(args[0]) if args and args[0].isdigit() else -1
    if not 0 <= index < len(pools):
        return _error(wall, f"Invalid pool id {args[0] if args else ''}", code=26)
    if command == "removepool":
        if index == 0:
            return _error(wall, "Cannot remove the active pool", code=27)
        if miner.control_fault(command, args[0]) is None:
            miner.set_pools([p for n, p in enumerate(pools) if n != index])
        return {"STATUS": _status(wall, 68, f"Removed pool {index}"), "id": 1}
    if command == "switchpool" and miner.control_fault(command, args[0]) is None:
        miner.set_pools([pools[index], *(p for n, p in enumerate(pools) if n != index)])
    return {"STATUS": _status(wall, 27, f"Pool {index} {command} OK"), "id": 1}
