"""What a simulated miner says, in its firmware's dialect, and the ways real firmware garbles it.

Shapes follow real replies: bmminer ``stats`` (a header row then the data row with ``GHS 5s`` as a
string, ``chain_rateN``/``chain_acnN``, ``temp_chipN`` as ``"a-b-c-d"``), btminer ``summary`` and
``edevs``, Avalon ``estats`` with its ``MM ID0`` token string. Power in the Antminer dialect: per chain
(``chain_consumptionN``) for VNish and the generic family, ``"chain_power": "3250 W"`` and ``miner-mode``
for stock Bitmain, none in ``stats`` for LuxOS and Braiins OS+ (their ``power``/``tunerstatus`` commands).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hashinsight_desktop.simulator.miner import SimulatedMiner, Snapshot

CONTROL = frozenset(
    {
        "power_off",
        "power_on",
        "curtail",
        "ascset",
        "set_power_pct",
        "adjust_power_limit",
        "restart",
        "reboot",
        "restart_btminer",
    }
)
REPAIRABLE = ("missing_comma", "trailing_comma", "nonfinite", "bad_escape", "double_percent", "non_utf8")
GARBAGE = ("truncated", "binary", "html", "plain_text")

_DESCRIPTION = {"antminer": "bmminer 1.0.0", "whatsminer": "btminer", "avalon": "cgminer 4.11.1"}
_FIRST_ZERO = re.compile(r":0\.0(?=[,}])")
_MINER_MODES = {"normal": 0, "sleep": 1, "low": 3}  # stock Antminer miner-mode values


def parse_number(text: str | None) -> float | None:
    """The first number in a control parameter: ``"70"``, ``"0,power_pct,70"``, ``{"percent": "70"}``."""
    found = re.findall(r"-?\d+(?:\.\d+)?", text or "")
    return float(found[-1]) if found else None


def _status(dialect: str, wall: int, code: int, message: str, ok: bool = True) -> list[dict[str, Any]]:
    return [
        {
            "STATUS": "S" if ok else "E",
            "When": wall,
            "Code": code,
            "Msg": message,
            "Description": _DESCRIPTION.get(dialect, "cgminer"),
        }
    ]


def invalid(dialect: str, wall: int) -> dict[str, Any]:
    if dialect == "whatsminer":  # btminer: STATUS is a bare string
        return {"STATUS": "E", "When": wall, "Code": 14, "Msg": "invalid cmd", "Description": ""}
    return {"STATUS": _status(dialect, wall, 14, "Invalid command", ok=False), "id": 1}


def status_only(dialect: str, accepted: bool, message: str, wall: int) -> dict[str, Any]:
    if dialect == "whatsminer":
        return {"STATUS": "S" if accepted else "E", "When": wall, "Code": 131 if accepted else 14, "Msg": message}
    return {"STATUS": _status(dialect, wall, 131 if accepted else 14, message, ok=accepted), "id": 1}


def _pools(miner: SimulatedMiner, snap: Snapshot) -> dict[str, Any]:
    shares = int(snap.uptime_s * snap.hashrate_ths / 400)
    pools = []
    for n, (url, user, _password) in enumerate(miner.pools()):
        pools.append(
            {
                "POOL": n,
                "URL": url,
                "Status": "Alive",
                "Priority": n,
                "Quota": 1,
                "Long Poll": "N",
                "Getworks": snap.uptime_s // 30 if n == 0 else 0,
                "Accepted": shares if n == 0 else 0,
                "Rejected": shares // 500 if n == 0 else 0,
                "Discarded": 0,
                "Stale": 0,
                "Get Failures": 0,
                "Remote Failures": 0,
                "User": user,
                "Last Share Time": snap.wall - 3 if n == 0 else 0,
                "Diff": "65.5K",
                "Stratum Active": n == 0,
                "Stratum URL": url.split("//")[-1].split(":")[0],
                "Pool Rejected%": 0.2 if n == 0 else 0.0,
                "Pool Stale%": 0.0,
            }
        )
    return {"STATUS": _status(miner.dialect, snap.wall, 7, f"{len(pools)} Pool(s)"), "POOLS": pools, "id": 1}


def _antminer(miner: SimulatedMiner, command: str, snap: Snapshot) -> dict[str, Any] | None:
    ghs = snap.hashrate_ths * 1000
    header: dict[str, Any] = {
        "BMMiner": "1.0.0",
        "Miner": "uart_trans.1.3",
        "CompileTime": "Mon Nov 13 17:41:36 CST 2023",
        "Type": miner.model,
    }
    if miner.family == "luxos":  # LuxOS and BOSer name themselves, not bmminer, in the stats header
        from hashinsight_desktop.simulator.luxos_api import VERSION

        header = {"LUXminer": VERSION, "Miner": VERSION, "Type": miner.model}
    elif miner.family == "braiins":
        from hashinsight_desktop.simulator.rpc import BOSER_VERSION

        header = {"BOSer": BOSER_VERSION, "Type": miner.model}
    if command == "version":
        return {
            "STATUS": _status("antminer", snap.wall, 22, "BMMiner versions"),
            "VERSION": [{**header, "API": "3.1"}],
            "id": 1,
        }
    if command == "summary":
        row = {"Elapsed": snap.uptime_s, "GHS 5s": f"{ghs:.2f}", "GHS av": round(ghs, 2), "GHS 30m": round(ghs, 2)}
        row.update({"Found Blocks": 0, "Accepted": snap.uptime_s // 8, "Rejected": snap.uptime_s // 4000})
        row.update({"Hardware Errors": snap.uptime_s // 900, "Pool Rejected%": 0.2, "Pool Stale%": 0.0})
        return {"STATUS": _status("antminer", snap.wall, 11, "Summary"), "SUMMARY": [row], "id": 1}
    if command in ("devs", "edevs", "devdetails"):
        key = "DEVDETAILS" if command == "devdetails" else "DEVS"
        return {"STATUS": _status("antminer", snap.wall, 9, "0 ASC(s)"), key: [], "id": 1}
    if command != "stats":
        return None
    data: dict[str, Any] = {
        "STATS": 0,
        "ID": "BC50",
        "Elapsed": snap.uptime_s,
        "Calls": 0,
        "Wait": 0.0,
        "Max": 0.0,
        "Min": 99999999.0,
        "GHS 5s": f"{ghs:.2f}",
        "GHS av": round(ghs * 0.998, 2),
        "rate_30m": round(ghs, 2),
        "Mode": 2,
        "miner_count": miner.boards,
        "frequency": int(525 * snap.power_pct / 100),
        "fan_num": len(snap.fans_rpm),
    }
    for n, rpm in enumerate(snap.fans_rpm, start=1):
        data[f"fan{n}"] = rpm
    data["temp_num"] = miner.boards
    for n in range(1, miner.boards + 1):
        chip, pcb = snap.board_temp_c[n - 1], snap.board_pcb_c[n - 1]
        data[f"temp{n}"] = int(pcb)
        data[f"temp2_{n}"] = int(chip)
        low_pcb, low_chip = (int(pcb), int(chip - 3)) if chip else (0, 0)  # a dead board reads 0
        data[f"temp_pcb{n}"] = f"{low_pcb}-{low_pcb}-{int(pcb)}-{int(pcb)}"
        data[f"temp_chip{n}"] = f"{low_chip}-{low_chip}-{int(chip)}-{int(chip)}"
    data.update({"total_rateideal": round(miner.nominal_ths * 1000, 2), "rate_unit": "GH"})
    data["temp_max"] = int(max(snap.board_temp_c))
    for n in range(1, miner.boards + 1):
        chips = snap.board_chips[n - 1]
        data[f"chain_acn{n}"] = chips
        data[f"chain_acs{n}"] = " ".join("oooooooo" for _ in range(chips // 8)) if chips else ""
        data[f"chain_hw{n}"] = snap.uptime_s // 2700 if chips else 0
        data[f"chain_rate{n}"] = f"{snap.board_ths[n - 1] * 1000:.2f}"
        if miner.family in ("generic", "vnish"):  # VNish reports power per chain
            data[f"chain_consumption{n}"] = round(snap.power_w / miner.boards, 1)
    if miner.family == "antminer":  # stock bmminer: the whole draw as text, and its work mode (1: sleep)
        data["chain_power"] = f"{snap.power_w:.0f} W"
        data["miner-mode"] = _MINER_MODES.get(snap.mode, 0)
    # LuxOS and Braiins OS+ report power through their own commands (``power``, ``tunerstatus``).
    return {"STATUS": _status("antminer", snap.wall, 70, "CGMiner stats"), "STATS": [header, data], "id": 1}


def _whatsminer(miner: SimulatedMiner, command: str, snap: Snapshot) -> dict[str, Any] | None:
    mhs = snap.hashrate_ths * 1e6
    live = [t for t in snap.board_temp_c if t]
    # Real btminer writes "M30S++_VH40"; the generic family keeps the simulator's historical "M30S++.VH40".
    code = miner.model.removeprefix("Whatsminer ") + ("_VH40" if miner.family == "whatsminer" else ".VH40")
    if command == "summary":
        row: dict[str, Any] = {"Elapsed": snap.uptime_s, "MHS av": round(mhs * 0.998, 2), "MHS 5s": round(mhs, 2)}
        row.update({"MHS 1m": round(mhs, 2), "MHS 5m": round(mhs, 2), "MHS 15m": round(mhs, 2), "HS RT": round(mhs)})
        row.update({"Accepted": snap.uptime_s // 8, "Rejected": snap.uptime_s // 4000, "Total MH": 0.0})
        row.update({"Temperature": max(snap.board_pcb_c), "freq_avg": int(600 * snap.power_pct / 100)})
        row.update({"Fan Speed In": snap.fans_rpm[0], "Fan Speed Out": snap.fans_rpm[1], "Power": int(snap.power_w)})
        rate = round(snap.power_w / snap.hashrate_ths, 2) if snap.hashrate_ths else 0.0
        row.update({"Power Rate": rate, "Pool Rejected%": 0.2, "Pool Stale%": 0.0, "Uptime": snap.uptime_s + 40})
        row.update({"Hash Stable": True, "Target Freq": 574, "Target MHS": round(miner.nominal_ths * 1e6 * 0.9)})
        row.update({"Env Temp": snap.ambient_c, "Power Mode": "Normal", "Factory GHS": round(miner.nominal_ths * 1e3)})
        limit = (
            miner.power_limit_w
            if miner.power_limit_w is not None
            else int(miner.nominal_w * snap.power_pct / 100 + 100)
        )
        row.update({"Power Limit": limit})
        if miner.family == "whatsminer":  # btminer 2.x names its firmware in the summary (as pyasic reads it)
            from hashinsight_desktop.simulator.btminer_api import FIRMWARE

            row["Firmware Version"] = f"'{FIRMWARE}'"
        row.update({"Chip Temp Min": min(live) - 9 if live else 0.0, "Chip Temp Max": max(live) if live else 0.0})
        row["Chip Temp Avg"] = round(sum(live) / len(live) - 5, 2) if live else 0.0
        return {"STATUS": _status("whatsminer", snap.wall, 11, "Summary"), "SUMMARY": [row], "id": 1}
    if command in ("edevs", "devs"):
        devs = []
        for n in range(miner.boards):
            chip = snap.board_temp_c[n]
            rate = round(snap.board_ths[n] * 1e6, 2)
            devs.append(
                {"ASC": n, "Slot": n, "Enabled": "Y", "Status": "Alive", "Temperature": snap.board_pcb_c[n]}
                | {"Chip Frequency": 587, "MHS av": rate, "MHS 5s": rate, "MHS 1m": rate, "MHS 5m": rate}
                | {"Accepted": snap.uptime_s // 24, "Rejected": 0, "Effective Chips": snap.board_chips[n]}
                | {"PCB SN": f"HEM1EP{miner.index:08d}{n}", "Chip Temp Min": chip - 9 if chip else 0.0}
                | {"Chip Temp Max": chip, "Chip Temp Avg": chip - 5 if chip else 0.0}
            )
        return {"STATUS": _status("whatsminer", snap.wall, 9, f"{miner.boards} ASC(s)"), "DEVS": devs, "id": 1}
    if command == "devdetails":
        details = [
            {"DEVDETAILS": n, "Name": "SM", "ID": n, "Driver": "bitmicro", "Kernel": "", "Model": code}
            for n in range(miner.boards)
        ]
        return {"STATUS": _status("whatsminer", snap.wall, 69, "Device Details"), "DEVDETAILS": details, "id": 1}
    if command == "version":
        version = [{"CGMiner": "4.9.2", "API": "3.7", "Type": miner.model}]
        return {"STATUS": _status("whatsminer", snap.wall, 22, "CGMiner versions"), "VERSION": version, "id": 1}
    if command == "get_version":
        msg = {"api_ver": "2.0.5", "fw_ver": "20230911.12.Rel", "platform": "H6OS", "chip": "K88Z347"}  # API v2
        return {"STATUS": "S", "When": snap.wall, "Code": 131, "Msg": msg, "Description": ""}
    return None


def _average_share(warmup_s: float, uptime_s: float) -> float:
    """The average since start over the rate now, for a hashrate that ramped 5 % → 100 % over the warm-up."""
    if warmup_s <= 0 or uptime_s <= 0:
        return 1.0
    ramp = min(1.0, max(0.05, uptime_s / warmup_s))
    ramped = min(uptime_s, warmup_s)
    return ((0.05 + ramp) / 2 * ramped + (uptime_s - ramped)) / uptime_s / ramp


def _avalon(miner: SimulatedMiner, command: str, snap: Snapshot) -> dict[str, Any] | None:
    number = miner.model.split()[-1].lstrip("A")
    ver = f"{number}-83-21042601_4ec6bb0_61407fa"
    ghs = snap.hashrate_ths * 1000  # measured: what the boards hashed lately
    # cgminer's GHSmm is computed from the chips' frequencies, set at once: it is what the chips would do,
    # so while the boards warm up (the measured rate ramps) it stays at the level's full figure, a little above.
    pct = snap.power_pct / 100
    live = sum(1 for chips in snap.board_chips if chips) / max(1, len(snap.board_chips))
    chips_ghs = 0.0 if snap.sleeping else miner.nominal_ths * 1000 * (pct**0.85 if pct < 1 else pct) * live * 1.015
    if command == "version":
        row = {"CGMiner": "4.11.1", "API": "3.7", "PROD": f"AvalonMiner {number}-83", "MODEL": f"{number}-83"}
        return {"STATUS": _status("avalon", snap.wall, 22, "CGMiner versions"), "VERSION": [row], "id": 1}
    if command == "summary":  # Avalon's cgminer 4.11: 30 s, 1 m, 5 m, 15 m windows and the average since start
        mhs = round(ghs * 1000, 2)
        average = round(ghs * 1000 * _average_share(miner.warmup_s, snap.uptime_s), 2)
        summary = {"Elapsed": snap.uptime_s, "MHS av": average, "MHS 30s": mhs, "MHS 1m": mhs, "MHS 5m": mhs}
        summary |= {"MHS 15m": mhs, "Found Blocks": 0, "Getworks": snap.uptime_s // 30, "Accepted": snap.uptime_s // 8}
        summary |= {"Rejected": snap.uptime_s // 20_000, "Hardware Errors": snap.uptime_s // 100, "Stale": 0}
        return {"STATUS": _status("avalon", snap.wall, 11, "Summary"), "SUMMARY": [summary], "id": 1}
    if command not in ("estats", "stats"):
        return None
    tmax = max(snap.board_temp_c)
    average_ghs = ghs * _average_share(miner.warmup_s, snap.uptime_s)
    fans = " ".join(f"Fan{n}[{rpm}]" for n, rpm in enumerate(snap.fans_rpm, start=1))
    state = "In Idle" if snap.sleeping else "In Work"
    mm = (
        f"Ver[{ver}] DNA[020100008c{miner.index:06x}] Elapsed[{snap.uptime_s}] BOOTBY[0x04.00000000] "
        f"LW[{snap.uptime_s * 1000}] MH[0 0 0] HW[{snap.uptime_s // 100}] DH[1.342%] Temp[{int(snap.ambient_c)}] "
        f"TMax[{int(tmax)}] TAvg[{int(tmax) - 6}] {fans} FanR[{min(100, snap.fans_rpm[0] // 66)}%] "
        f"Vo[296] PS[0 1208 2237 {int(snap.power_w / 12.2)} {int(snap.power_w)} 2238 {int(snap.power_w)}] "
        f"GHSspd[{ghs:.2f}] DHspd[1.342%] GHSmm[{chips_ghs:.2f}] GHSavg[{average_ghs:.2f}] WU[{ghs * 14:.2f}] "
        f"Freq[{int(500 * snap.power_pct / 100)}] MGHS[{' '.join(f'{b * 1000:.2f}' for b in snap.board_ths)}] "
        f"MTmax[{' '.join(str(int(t)) for t in snap.board_temp_c)}] "
        f"MTavg[{' '.join(str(max(0, int(t) - 6)) for t in snap.board_temp_c)}] "
        f"TA[{sum(snap.board_chips)}] Core[A3201] PING[14] POWS[0] HASHS[0 0 0] POOLS[0] "
        f"SoftOFF[{1 if snap.sleeping else 0}] ECHU[0 0 0] ECMM[0] FM[1] CRC[0 0 0] "
        f"WORKMODE[{miner.work_level}] SYSTEMSTATU[Work: {state}, Hash Board: {miner.boards}]"
    )
    stats = {"STATS": 0, "ID": "AVA100", "Elapsed": snap.uptime_s, "Calls": 0, "Wait": 0.0, "Max": 0.0}
    stats.update({"Min": 99999999.0, "MM ID0": mm, "MM Count": 1, "Smart Speed": 1, "Connecter": "AUC"})
    return {"STATUS": _status("avalon", snap.wall, 70, "CGMiner stats"), "STATS": [stats], "id": 1}


_RENDERERS = {"antminer": _antminer, "whatsminer": _whatsminer, "avalon": _avalon}


def _one(miner: SimulatedMiner, command: str, snap: Snapshot) -> dict[str, Any]:
    if command == "pools":
        return _pools(miner, snap)
    body = _RENDERERS[miner.dialect](miner, command, snap)
    return body if body is not None else invalid(miner.dialect, snap.wall)


def render(miner: SimulatedMiner, command: str, snap: Snapshot) -> dict[str, Any]:
    """The reply to a read command; ``a+b`` joined as cgminer does (each part in a one-item list)."""
    if "+" not in command:
        return _one(miner, command, snap)
    if miner.refuses_joins:
        return invalid(miner.dialect, snap.wall)
    joined: dict[str, Any] = {part: [_one(miner, part, snap)] for part in command.split("+")}
    joined["id"] = 1
    return joined


def encode(body: dict[str, Any], malformation: str | None = None) -> bytes:
    """Compact JSON and the NUL terminator, garbled in one of the field-seen ways if asked."""
    text = json.dumps(body, separators=(",", ":"))
    if malformation is None:
        return text.encode() + b"\x00"
    if malformation == "missing_comma" and "},{" in text:
        text = text.replace("},{", "}{", 1)
    elif malformation in ("missing_comma", "trailing_comma"):
        cut = text.index("}")
        text = text[:cut] + "," + text[cut:]
    elif malformation == "nonfinite":
        text, count = _FIRST_ZERO.subn(":nan", text, count=1)
        if not count:
            text = '{"Wait":-nan,' + text[1:]
    elif malformation == "bad_escape":
        text = text.replace('"Msg":"', '"Msg":"\\\'', 1)
    elif malformation == "double_percent":
        text = text.replace('%":', '%%":')
    elif malformation == "non_utf8":
        return text.replace('"Msg":"', '"Msg":"\x00', 1).encode().replace(b"\x00", b"\xb0C ", 1) + b"\x00"
    return text.encode() + b"\x00"


def garbage(variant: str | None) -> bytes:
    """A reply no repair can save."""
    if variant == "binary":
        return bytes((i * 37 + 11) % 256 or 1 for i in range(600))
    if variant == "html":
        return b"<html><head><title>500 Internal Server Error</title></head><body>cgi error</body></html>"
    if variant == "plain_text":  # the old text API answering a JSON request
        return b"STATUS=S,When=1700000000,Code=11,Msg=Summary,Description=cgminer 4.9.2|SUMMARY,Elapsed=1|\x00"
    return b'{"STATUS":[{"STATUS":"S","When":1700000000,"Code":70,"Msg":"CGMiner stats"}],"STATS":[{"BMMiner":"1.0.'
