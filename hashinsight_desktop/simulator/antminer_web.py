"""A stock Bitmain Antminer's web interface: CGI pages behind HTTP digest auth (realm ``antMiner Configuration``).

- ``GET /cgi-bin/get_system_info.cgi``: model (``minertype``), MAC, serial, firmware.
- ``GET /cgi-bin/get_miner_conf.cgi``: pools and ``bitmain-work-mode`` (0 normal, 1 sleep, 3 low power).
- ``POST /cgi-bin/set_miner_conf.cgi`` (JSON): ``miner-mode`` 0/1/3 and ``pools``; answers ``M000``.
  Low power (3) only on models whose stock firmware has it (``LOW_POWER_MODELS``); other values and
  that mode elsewhere are refused with ``M001`` and change nothing.
- ``POST /cgi-bin/blink.cgi`` ``{"blink": "true"|"false"}`` (``B000``/``B100``), ``GET get_blink_status.cgi``.
- ``GET /cgi-bin/reboot.cgi``.
- ``GET /cgi-bin/summary.cgi`` and ``stats.cgi``: the web copies of the API's status.
There is no power target: a stock Antminer sleeps, runs, or (some models) runs in low-power mode.
"""

from __future__ import annotations

from typing import Any

from hashinsight_desktop.simulator import web
from hashinsight_desktop.simulator.miner import SimulatedMiner

REALM = "antMiner Configuration"
FIRMWARE = "Mon Nov 13 17:41:36 CST 2023"
# Stock firmware offering "low power" (miner-mode 3); the rest have normal and sleep only.
LOW_POWER_MODELS = ("Antminer S19j Pro", "Antminer S19 XP", "Antminer S19k Pro", "Antminer S21", "Antminer T21")
_MODES = {"normal": "0", "sleep": "1", "low": "3"}


def supports_low_power(miner: SimulatedMiner) -> bool:
    return miner.model.startswith(LOW_POWER_MODELS)


def _mac(miner: SimulatedMiner) -> str:
    return f"02:42:{miner.index >> 16 & 255:02x}:{miner.index >> 8 & 255:02x}:{miner.index & 255:02x}:80"


def system_info(miner: SimulatedMiner) -> dict[str, Any]:
    return {
        "minertype": miner.model,
        "nettype": "DHCP",
        "netdevice": "eth0",
        "macaddr": _mac(miner),
        "hostname": "Antminer",
        "ipaddress": miner.host,
        "netmask": "255.255.255.0",
        "gateway": "",
        "dnsservers": "",
        "system_mode": "GNU/Linux",
        "system_kernel_version": "Linux 4.9.113 #1 SMP PREEMPT",
        "system_filesystem_version": FIRMWARE,
        "firmware_type": "Release",
        "serinum": miner.serial,
    }


def miner_conf(miner: SimulatedMiner) -> dict[str, Any]:
    pools = [{"url": url, "user": user, "pass": password} for url, user, password in miner.pools()[:3]]
    pools += [{"url": "", "user": "", "pass": ""}] * (3 - len(pools))
    return {
        "pools": pools,
        "api-listen": True,
        "api-network": True,
        "api-groups": "A:stats:pools:devs:summary:version",
        "api-allow": "A:0/0,W:*",
        "bitmain-fan-ctrl": False,
        "bitmain-fan-pwm": "100",
        "bitmain-use-vil": True,
        "bitmain-freq": "675",
        "bitmain-voltage": "1400",
        "bitmain-ccdelay": "0",
        "bitmain-pwth": "0",
        "bitmain-work-mode": _MODES.get(miner.mode, "0"),
        "bitmain-freq-level": "100",
    }


def _set_conf(miner: SimulatedMiner, conf: Any) -> dict[str, Any]:
    refused = {"stats": "error", "code": "M001", "msg": "Invalid config"}
    if not isinstance(conf, dict):
        return refused
    mode = conf.get("miner-mode")
    if mode is not None and str(mode) not in ("0", "1", "3"):
        return refused | {"msg": f"Unsupported miner-mode {mode}"}
    if str(mode) == "3" and not supports_low_power(miner):
        return refused | {"msg": f"Low power mode is not supported on {miner.model}"}
    pools = conf.get("pools")
    new_pools: list[tuple[str, str, str]] | None = None
    if pools is not None:
        if not isinstance(pools, list) or not all(isinstance(p, dict) for p in pools):
            return refused
        new_pools = [(str(p.get("url") or ""), str(p.get("user") or ""), str(p.get("pass") or "")) for p in pools]
        if not any(url for url, _, _ in new_pools):
            return refused | {"msg": "At least one pool is needed"}
    fault = miner.control_fault("set_miner_conf", None if mode is None else str(mode))
    if fault == "reject":
        return {"stats": "error", "code": "M002", "msg": "Device busy"}
    if fault is None:
        if new_pools is not None and [p for p in new_pools if p[0]] != miner.pools():
            miner.set_pools(new_pools)
            miner.restart()  # the firmware restarts bmminer with the new pools
        if str(mode) == "1":
            miner.sleep()
        elif str(mode) == "3":
            miner.set_low_power()
        elif str(mode) == "0":
            miner.set_normal()
    return {"stats": "success", "code": "M000", "msg": "OK!"}


def _summary(miner: SimulatedMiner) -> dict[str, Any]:
    snap = miner.snapshot()
    ghs = round(snap.hashrate_ths * 1000, 2)
    status = [{"type": kind, "status": "s", "code": 0, "msg": ""} for kind in ("rate", "network", "fans", "temp")]
    row: dict[str, Any] = {
        "elapsed": snap.uptime_s,
        "rate_5s": ghs,
        "rate_30m": ghs,
        "rate_avg": ghs,
        "rate_ideal": miner.nominal_ths * 1000,
    }
    row |= {"rate_unit": "GH/s", "hw_all": 0, "bestshare": 0, "status": status}
    return {
        "STATUS": {"STATUS": "S", "when": snap.wall, "Msg": "summary", "api_version": "1.0.0"},
        "INFO": {},
        "SUMMARY": [row],
    }


def _stats(miner: SimulatedMiner) -> dict[str, Any]:
    snap = miner.snapshot()
    chains = []
    for n in range(miner.boards):
        chip, pcb = int(snap.board_temp_c[n]), int(snap.board_pcb_c[n])
        chains.append(
            {"index": n, "freq_avg": 525, "rate_ideal": miner.nominal_ths * 1000 / miner.boards}
            | {"rate_real": round(snap.board_ths[n] * 1000, 2), "asic_num": snap.board_chips[n]}
            | {"temp_pic": [chip - 8, chip - 8, chip, chip], "temp_pcb": [pcb - 5, pcb - 5, pcb, pcb]}
            | {"temp_chip": [chip - 3, chip - 3, chip, chip], "hw": 0, "sn": f"{miner.serial}B{n}"}
        )
    row = {"elapsed": snap.uptime_s, "rate_5s": round(snap.hashrate_ths * 1000, 2), "rate_unit": "GH/s"}
    row |= {"chain_num": miner.boards, "fan_num": len(snap.fans_rpm), "fan": snap.fans_rpm, "chain": chains}
    return {
        "STATUS": {"STATUS": "S", "when": snap.wall, "Msg": "stats", "api_version": "1.0.0"},
        "INFO": {},
        "STATS": [row],
    }


def handle(miner: SimulatedMiner, request: web.Request) -> bytes:
    if not web.digest_ok(request, REALM, miner.username, miner.password):
        return web.challenge(REALM)
    path = request.path
    if not path.startswith("/cgi-bin/"):
        if path in ("/", "/index.html"):
            return web.response(200, "<html><head><title>Antminer</title></head><body>antMiner</body></html>")
        return web.response(404, "<html><body>404 Not Found</body></html>")
    name = path.removeprefix("/cgi-bin/").removesuffix(".cgi")
    if name == "get_system_info":
        return web.response(200, system_info(miner))
    if name == "get_miner_conf":
        return web.response(200, miner_conf(miner))
    if name == "set_miner_conf" and request.method == "POST":
        return web.response(200, _set_conf(miner, request.json()))
    if name == "get_blink_status":
        return web.response(200, {"blink": miner.light})
    if name == "blink" and request.method == "POST":
        body = request.json()
        on = isinstance(body, dict) and str(body.get("blink")).lower() == "true"
        if miner.control_fault("blink", str(on).lower()) is None:
            miner.light = on
        return web.response(200, {"code": "B000" if on else "B100", "msg": "OK!"})
    if name == "reboot":
        if miner.control_fault("reboot", None) is None:
            miner.restart()
        return web.response(200, {"stats": "success", "code": "R000", "msg": "OK!"})
    if name == "summary":
        return web.response(200, _summary(miner))
    if name == "stats":
        return web.response(200, _stats(miner))
    return web.response(404, "<html><body>404 Not Found</body></html>")
