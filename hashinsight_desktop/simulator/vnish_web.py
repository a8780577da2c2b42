"""VNish (AnthillOS) firmware's web API on port 80: a token from ``/api/v1/unlock``, then its REST calls.

- ``POST /api/v1/unlock`` ``{"pw": PASSWORD}`` → ``{"token": ...}``; a wrong password is a ``401``.
- Write calls need ``Authorization: TOKEN`` (``Bearer TOKEN`` for ``system/*``), ``401`` otherwise:
  ``mining/stop``/``pause`` (sleep), ``mining/start``/``resume`` (wake), ``mining/restart``,
  ``system/reboot``, ``find-miner`` (toggles the locate LED), ``POST settings`` (pools, and the
  overclock ``preset``: the power preset in watts, one of ``autotune/presets``; others are refused with 400).
- Reads: ``info``, ``summary``, ``perf-summary``, ``settings``, ``autotune/presets``, ``status``.
"""

from __future__ import annotations

import secrets
from typing import Any

from hashinsight_desktop.simulator import web
from hashinsight_desktop.simulator.miner import SimulatedMiner

VERSION = "1.2.6"
PRESET_STEPS = (-0.3, -0.2, -0.1, 0.0, 0.05)  # power presets around nominal, as fractions
_WRITES = frozenset(
    {"mining/stop", "mining/pause", "mining/start", "mining/resume", "mining/restart", "system/reboot"} | {"find-miner"}
)


def presets(miner: SimulatedMiner) -> list[dict[str, Any]]:
    rows = []
    for step in PRESET_STEPS:
        watts = round(miner.nominal_w * (1 + step))
        ths = round(miner.nominal_ths * (1 + 0.8 * step))
        rows.append(
            {"name": str(watts), "pretty": f"{watts} watt ~ {ths} TH", "status": "tuned"}
            | {"modded_psu_required": False}
        )
    return rows


def _preset(miner: SimulatedMiner) -> str:
    return str(miner.state().get("vnish_preset", round(miner.nominal_w)))


def settings(miner: SimulatedMiner) -> dict[str, Any]:
    pools = [{"url": url.split("://", 1)[-1], "user": user, "pass": password} for url, user, password in miner.pools()]
    chains = [{"freq": 525, "chips": [], "disabled": False} for _ in range(miner.boards)]
    overclock = {"preset": _preset(miner), "globals": {"volt": 1320, "freq": 525}, "chains": chains}
    cooling = {"mode": {"name": "auto"}, "fan_min_count": 4, "fan_min_duty": 10}
    return {"miner": {"overclock": overclock, "pools": pools, "cooling": cooling}, "network": {"hostname": "vnish"}}


def _info(miner: SimulatedMiner) -> dict[str, Any]:
    mac = f"02:56:4e:{miner.index >> 16 & 255:02x}:{miner.index >> 8 & 255:02x}:{miner.index & 255:02x}"
    network = {"mac": mac, "hostname": "vnish", "ip": miner.host, "dhcp": True}
    return {"miner": miner.model, "model": miner.model.removeprefix("Antminer "), "fw_name": "Vnish"} | {
        "fw_version": VERSION,
        "system": {"network_status": network, "uptime": str(miner.snapshot().uptime_s)},
    }


def _summary(miner: SimulatedMiner) -> dict[str, Any]:
    snap = miner.snapshot()
    state = "stopped" if snap.sleeping else "mining"
    status = {"miner_state": state, "miner_state_time": snap.uptime_s, "find_miner": miner.light}
    body = {
        "miner_status": status,
        "hr_realtime": round(snap.hashrate_ths, 2),
        "power_consumption": round(snap.power_w),
    }
    return {"miner": body, "system": {"network_status": _info(miner)["system"]["network_status"]}}


def _authorized(miner: SimulatedMiner, request: web.Request) -> bool:
    header = request.headers.get("authorization", "")
    return bool(header) and header.removeprefix("Bearer ") in miner.state().get("vnish_tokens", set())


def _apply(miner: SimulatedMiner, name: str) -> None:
    if name in ("mining/stop", "mining/pause"):
        miner.sleep()
    elif name in ("mining/start", "mining/resume"):
        miner.wake()
    elif name in ("mining/restart", "system/reboot"):
        miner.restart()
    elif name == "find-miner":
        miner.light = not miner.light


def _post_settings(miner: SimulatedMiner, body: Any) -> bytes:
    section = body.get("miner") if isinstance(body, dict) else None
    if not isinstance(section, dict):
        return web.response(400, {"err": "miner settings expected"})
    preset = (section.get("overclock") or {}).get("preset") if isinstance(section.get("overclock"), dict) else None
    if preset is not None and str(preset) not in {p["name"] for p in presets(miner)}:
        return web.response(400, {"err": f"unknown preset {preset}"})
    pools = section.get("pools")
    new_pools = None
    if isinstance(pools, list):
        new_pools = [(str(p.get("url") or ""), str(p.get("user") or ""), str(p.get("pass") or "")) for p in pools]
        new_pools = [(u if "://" in u or not u else f"stratum+tcp://{u}", w, pw) for u, w, pw in new_pools]
        if not any(u for u, _, _ in new_pools):
            return web.response(400, {"err": "at least one pool is needed"})
    fault = miner.control_fault("settings", None if preset is None else str(preset))
    if fault == "reject":
        return web.response(503, {"err": "busy"})
    if fault is None:
        if preset is not None:
            miner.state()["vnish_preset"] = str(preset)
            miner.set_power_limit(int(preset))
        if new_pools is not None and [p for p in new_pools if p[0]] != miner.pools():
            miner.set_pools(new_pools)
            miner.restart()
    return web.response(200, {"restart_required": False, "reboot_required": False})


def handle(miner: SimulatedMiner, request: web.Request) -> bytes:
    path = request.path
    if not path.startswith("/api/v1/"):
        page = "<html><head><title>AnthillOS</title></head><body>Vnish AnthillOS</body></html>"
        return web.response(200, page) if path in ("/", "/index.html") else web.response(404, "Not Found")
    name = path.removeprefix("/api/v1/")
    if name == "unlock" and request.method == "POST":
        body = request.json()
        if not isinstance(body, dict) or body.get("pw") != miner.password:
            return web.response(401, {"err": "Invalid password"})
        token = secrets.token_hex(16)
        tokens: set[str] = miner.state().setdefault("vnish_tokens", set())
        tokens.add(token)
        return web.response(200, {"token": token})
    write = name in _WRITES or (name == "settings" and request.method == "POST")
    if write and not _authorized(miner, request):
        return web.response(401, {"err": "Unauthorized"})
    if name == "settings":
        return _post_settings(miner, request.json()) if request.method == "POST" else web.response(200, settings(miner))
    if name in _WRITES:
        fault = miner.control_fault(name, None)
        if fault == "reject":
            return web.response(503, {"err": "busy"})
        if fault is None:
            _apply(miner, name)
        return web.response(200, {"on": miner.light} if name == "find-miner" else {"success": True})
    if name == "info":
        return web.response(200, _info(miner))
    if name == "summary":
        return web.response(200, _summary(miner))
    if name == "autotune/presets":
        return web.response(200, presets(miner))
    if name == "perf-summary":
        current = next((p for p in presets(miner) if p["name"] == _preset(miner)), None)
        return web.response(200, {"current_preset": current} if current else {})
    if name == "status":
        return web.response(200, {"miner_state": "stopped" if miner.sleeping else "mining", "unlocked": True})
    return web.response(404, {"err": "Not Found"})
