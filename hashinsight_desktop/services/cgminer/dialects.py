"""Readers of the vendor dialects of the CGMiner API, each filling a :class:`MinerSample`.

- cgminer: ``SUMMARY[0]["MHS 5s"]``/``"MHS av"`` (MH/s), boards from ``devs``.
- antminer (bmminer): ``stats`` row with ``GHS 5s`` (GH/s, sometimes a string), ``chain_rateN``,
  ``chain_acnN``, ``temp2_N`` / ``temp_chipN`` (sometimes ``"a-b-c-d"``), ``fanN``; model and
  firmware from the ``Type``/``BMMiner``/``CompileTime`` header row.
- whatsminer (btminer): ``summary`` with ``Power``, ``Power Limit``, ``Fan Speed In/Out``,
  ``Chip Temp Avg/Max``, ``MHS av``; boards from ``edevs``/``devs``.
- avalon: ``estats``/``stats`` rows whose ``MM IDn`` values are ``Key[value]`` token strings; power from
  ``WALLPOWER[..]`` (newer firmware) or the last ``PS[..]`` figure; ``SoftOFF[1]``/``In Idle`` is asleep.
  Hashrate from the measured rates of the summary (``MHS 30s``, then ``MHS 1m``, ``MHS av``), else the modules'
  measured ``GHSspd``; never ``GHSmm``, which cgminer computes from the chips' frequencies (what they
  would do, not what they did: a warming-up Avalon's GHSmm overstated it by 16 %).
- luxos (luxminer): bmminer-shaped ``stats`` whose header names ``LUXminer``; power from its own ``power``
  command (``POWER[0].Watts``), firmware from ``version`` ``Miner``.
- braiins (BOSer/bosminer): ``version`` names ``BOSer``/``BOSminer``; power from ``tunerstatus``
  (``ApproximateMinerPowerConsumption``, 0 while paused); model from ``devdetails`` (``"Bitmain Antminer S19"``).

Stock Bitmain and VNish both speak bmminer: VNish names itself in the model, ``"Antminer S19 Pro (vnish 1.2.6)"``,
and reports power per chain (``chain_consumptionN``); stock firmware reports ``chain_power`` (``"3250 W"``)
on some builds and nothing on others, and says ``miner-mode`` 1 while in sleep mode. Power is ``None`` when
the firmware does not report it: never an estimate.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from hashinsight_desktop.services.cgminer.sample import BoardSample, MinerSample

Replies = Mapping[str, Mapping[str, Any]]

_SECTIONS = {
    "summary": "SUMMARY",
    "stats": "STATS",
    "estats": "STATS",
    "devs": "DEVS",
    "edevs": "DEVS",
    "pools": "POOLS",
    "version": "VERSION",
    "devdetails": "DEVDETAILS",
    "tunerstatus": "TUNERSTATUS",
    "power": "POWER",
}
_SLOTS = range(1, 17)
_RATE = {n: f"chain_rate{n}" for n in _SLOTS}
_ACN = {n: f"chain_acn{n}" for n in _SLOTS}
_BOARD_TEMPS = {n: (f"temp2_{n}", f"temp_chip{n}", f"temp_chip_{n}", f"temp_in_chip_{n}") for n in _SLOTS}
_CONSUMPTION = tuple(f"chain_consumption{n}" for n in _SLOTS)
_FANS = tuple(f"fan{n}" for n in range(1, 9))
_TOKEN = re.compile(r"([A-Za-z_][\w ]*?)\[([^\]]*)\]")
_SLEEP_WORDS = ("sleep", "idle", "curtail", "standby", "power off", "poweroff", "softoff")
_SLEEP_KEYS = ("Power Mode", "state", "State", "miner_state", "Mode", "mode", "SYSTEMSTATU")
_WATTS = re.compile(r"\s*(\d+(?:\.\d+)?)\s*W?\s*", re.IGNORECASE)
_VNISH = re.compile(r"\bvnish\s+([\w.\-]+)", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\(.*\)\s*$")
_WM_REVISION = re.compile(r"V[A-Z]\d+\w*$")  # "M30S++VH40": the hash board revision
# bmminer forks that are not stock firmware (pyasic's factory tells them apart the same way)
_OTHER_BMMINER = ("vnish", "asicseer", "hiveon", "braiins", "bos", "lux", "mara", "msk", "nicehash", "awesome")


def num(value: object) -> float | None:
    """A finite number from an int, float or numeric string; ``None`` otherwise."""
    kind = type(value)
    if kind is float:  # most figures of most replies: checked first, without the general path's calls
        return value if value - value == 0.0 else None  # type: ignore[operator,return-value]  # inf, nan: None
    if kind is int:
        return float(value)  # type: ignore[arg-type]
    if kind is str:  # bmminer's "chain_rate1": "37176.43"; float() strips whitespace as str.strip() does
        try:
            result = float(value)  # type: ignore[arg-type]
        except ValueError:
            return None
        return result if result - result == 0.0 else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return result if math.isfinite(result) else None


def watts(value: object) -> float | None:
    """A power figure: a number, or a string with its unit (stock Antminer ``"chain_power": "3250 W"``)."""
    result = num(value)
    if result is None and isinstance(value, str) and (found := _WATTS.fullmatch(value)):
        result = float(found.group(1))
    return result if result is not None and result >= 0 else None


def _int(value: object) -> int | None:
    result = num(value)
    return None if result is None else round(result)


def temps(value: object) -> list[float]:
    """Temperatures from a number or an ``"a-b-c-d"`` string; zero means "no sensor" and is dropped."""
    if isinstance(value, str) and "-" in value.strip("-"):
        found = [num(part) for part in value.split("-")]
    else:
        found = [num(value)]
    return [t for t in found if t is not None and t > 0]


def rows(replies: Replies, command: str) -> list[dict[str, Any]]:
    reply = replies.get(command)
    if not reply:
        return []
    section = reply.get(_SECTIONS.get(command, command.upper()))
    if isinstance(section, list):
        return [row for row in section if isinstance(row, dict)]
    return [section] if isinstance(section, dict) else []


def first(replies: Replies, command: str) -> dict[str, Any]:
    found = rows(replies, command)
    return found[0] if found else {}


def first_value(row: Mapping[str, Any], *keys: str) -> float | None:
    for key in keys:
        value = num(row.get(key))
        if value is not None:
            return value
    return None


def pool_url(replies: Replies) -> str | None:
    pools = rows(replies, "pools")
    if not pools:
        return None

    def rank(pool: dict[str, Any]) -> tuple[bool, bool, float]:
        alive = str(pool.get("Status", "")).lower() == "alive"
        return (pool.get("Stratum Active") is not True, not alive, num(pool.get("Priority")) or 0.0)

    url = min(pools, key=rank).get("URL")
    return str(url) if url else None


def sleep_marker(values: Iterable[Mapping[str, Any]]) -> bool:
    for row in values:
        if row.get("Sleep") is True or row.get("sleep") is True:
            return True
        for key in _SLEEP_KEYS:
            text = row.get(key)
            if isinstance(text, str) and any(word in text.lower() for word in _SLEEP_WORDS):
                return True
    return False


def _max(values: Iterable[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return max(found) if found else None


def read_cgminer(replies: Replies, sample: MinerSample) -> bool:
    """Plain cgminer: returns the sleep marker."""
    summary = first(replies, "summary")
    mhs = first_value(summary, "MHS 1m", "MHS 5s", "MHS av")
    if mhs is None and (ghs := first_value(summary, "GHS 5s", "GHS av")) is not None:
        mhs = ghs * 1000
    devs = rows(replies, "devs") or rows(replies, "edevs")
    for dev in devs:
        rate = first_value(dev, "MHS 1m", "MHS 5s", "MHS av")
        temp = first_value(dev, "Chip Temp Max", "Temperature")
        sample.boards.append(
            BoardSample(
                hashrate_ths=(rate or 0.0) / 1e6, chip_temp_c=temp if temp else None, chips=_int(dev.get("Chips"))
            )
        )
    sample.hashrate_ths = (mhs / 1e6) if mhs is not None else sum(b.hashrate_ths for b in sample.boards)
    sample.uptime_s = _int(summary.get("Elapsed"))
    sample.max_chip_temp_c = _max(b.chip_temp_c for b in sample.boards)
    version = first(replies, "version")
    sample.model = _text(version.get("Type")) or _text(first(replies, "devdetails").get("Model"))
    if version.get("CGMiner"):
        sample.firmware = f"cgminer {version['CGMiner']}"
    return sleep_marker([summary])


_IDENTITY_KEYS = ("Type", "Miner", "BMMiner", "CGMiner", "CompileTime")
Identity = tuple[str | None, str | None, str | None]  # model, firmware, family


def _bmminer_identity(header: Mapping[str, Any], version: Mapping[str, Any], sample: MinerSample) -> None:
    """Model, firmware and family from the stats header and ``version`` of a bmminer-speaking firmware
    (the same few strings every poll: read once per distinct set, ~10 us a miner)."""
    marks = tuple(header.get(key) for key in _IDENTITY_KEYS) + tuple(version.get(key) for key in _IDENTITY_KEYS)
    if all(type(mark) is str or mark is None for mark in marks):
        model, firmware, family = _identity_of(marks)
    else:  # a number, list or object where firmware writes a string (1 and 1.0 would share a cache entry)
        model, firmware, family = _identity_of.__wrapped__(marks)
    sample.model = model
    if firmware is not None:
        sample.firmware = firmware
    if family is not None:
        sample.family = family


@functools.lru_cache(maxsize=4096)
def _identity_of(marks: tuple[Any, ...]) -> Identity:
    """``marks``: the header's then the version row's values of :data:`_IDENTITY_KEYS`."""
    header = dict(zip(_IDENTITY_KEYS, marks[:5], strict=True))
    version = dict(zip(_IDENTITY_KEYS, marks[5:], strict=True))
    kind = _text(header.get("Type")) or _text(version.get("Type"))
    model = antminer_model(kind)
    names = " ".join(str(v) for v in (kind, version.get("Type"), version.get("Miner"), header.get("Miner")) if v)
    if vnish := _VNISH.search(names):
        return model, f"VNish {vnish.group(1)}", "vnish"
    miner = header.get("BMMiner") or version.get("BMMiner") or header.get("CGMiner") or version.get("CGMiner")
    built = header.get("CompileTime") or version.get("CompileTime")
    firmware = None
    if miner or built:
        firmware = " ".join(p for p in (f"bmminer {miner}" if miner else "", f"({built})" if built else "") if p)
    stock = f"{kind} {miner}".lower()
    bmminer = header.get("BMMiner") or version.get("BMMiner")
    if bmminer and (kind or "").startswith("Antminer") and not any(word in stock for word in _OTHER_BMMINER):
        return model, firmware, "antminer"
    return model, firmware, None


def read_antminer(replies: Replies, sample: MinerSample) -> bool:
    stats = rows(replies, "stats")
    header: Mapping[str, Any] = next((r for r in stats if "Type" in r or "BMMiner" in r), {})
    data: Mapping[str, Any] = next((r for r in stats if "GHS 5s" in r or "chain_acn1" in r or "fan1" in r), {})
    version = first(replies, "version")
    summary = first(replies, "summary")
    _bmminer_identity(header, version, sample)

    for n in _SLOTS:
        if _ACN[n] not in data and _RATE[n] not in data:
            continue
        chips = _int(data.get(_ACN[n]))
        rate = num(data.get(_RATE[n]))
        if rate is None and not chips:
            continue  # an empty slot: "chain_rate4": "" and "chain_acn4": 0, or no such keys
        board_temps: list[float] = []
        for key in _BOARD_TEMPS[n]:
            if key in data:
                board_temps += temps(data[key])
        sample.boards.append(
            BoardSample(hashrate_ths=(rate or 0.0) / 1000, chip_temp_c=_max(board_temps), chips=chips or 0)
        )

    ghs = first_value(data, "GHS 5s", "GHS av")
    if ghs is None:
        ghs = first_value(summary, "GHS 5s", "GHS av")
    sample.hashrate_ths = ghs / 1000 if ghs is not None else sum(b.hashrate_ths for b in sample.boards)

    fans = [v for key in _FANS if key in data and (v := _int(data[key])) is not None]
    expected = _int(data.get("fan_num"))
    if expected is not None and len(fans) > expected:  # S9 lists 8 slots for 2 fans: keep the real ones
        spinning = [f for f in fans if f > 0]
        fans = (spinning + [0] * expected)[:expected]
    sample.fans_rpm = fans

    chains = [w for key in _CONSUMPTION if key in data and (w := num(data[key])) is not None]
    if chains:  # VNish: per chain
        sample.power_w = round(sum(chains), 1)
    else:  # stock: "chain_power": "3250 W" on some builds
        found = (w for key in ("chain_power", "Power", "power") if (w := watts(data.get(key))) is not None)
        sample.power_w = next(found, None)
    sample.uptime_s = _int(data.get("Elapsed")) if "Elapsed" in data else _int(summary.get("Elapsed"))
    sample.max_chip_temp_c = _max([b.chip_temp_c for b in sample.boards] + [num(data.get("temp_max"))])
    return _int(data.get("miner-mode")) == 1 or sleep_marker([data, summary])  # stock sleep mode: miner-mode 1


def _version_of(replies: Replies, *keys: str) -> str | None:
    """The first of ``keys`` in the ``version`` row or a stats header row."""
    for row in [first(replies, "version"), *rows(replies, "stats")[:1]]:
        for key in keys:
            if text := _text(row.get(key)):
                return text
    return None


def _antminer_shaped(replies: Replies) -> bool:
    return any("GHS 5s" in r or "chain_acn1" in r or "chain_rate1" in r for r in rows(replies, "stats"))


def read_luxos(replies: Replies, sample: MinerSample) -> bool:
    """LuxOS: bmminer-shaped stats; its ``power`` command is the miner's draw."""
    marker = read_antminer(replies, sample)
    measured = watts(first(replies, "power").get("Watts"))
    if measured is not None:
        sample.power_w = measured
    version = _version_of(replies, "Miner", "LUXminer")
    sample.firmware, sample.family = (f"LuxOS {version}" if version else "LuxOS"), "luxos"
    return marker


def read_braiins(replies: Replies, sample: MinerSample) -> bool:
    """Braiins OS+: ``tunerstatus`` is the miner's draw (0 while paused); ``devdetails`` names the model."""
    marker = read_antminer(replies, sample) if _antminer_shaped(replies) else read_cgminer(replies, sample)
    tuner = first(replies, "tunerstatus")
    measured = watts(tuner.get("ApproximateMinerPowerConsumption"))
    if measured is not None:
        sample.power_w = measured
    model = _text(first(replies, "devdetails").get("Model"))
    sample.model = antminer_model(model.replace("S19XP", "S19 XP")) if model else sample.model
    version = _version_of(replies, "BOSer", "BOSminer", "BOSminer+")
    sample.firmware, sample.family = (f"Braiins OS+ {version}" if version else "Braiins OS+"), "braiins"
    return marker


def read_whatsminer(replies: Replies, sample: MinerSample) -> bool:
    summary = first(replies, "summary")
    mhs = first_value(summary, "MHS 1m", "MHS 5s", "MHS av")
    for dev in rows(replies, "edevs") or rows(replies, "devs"):
        rate = first_value(dev, "MHS 1m", "MHS 5s", "MHS av")
        temp = first_value(dev, "Chip Temp Max", "Chip Temp Avg", "Temperature")
        sample.boards.append(
            BoardSample(
                hashrate_ths=(rate or 0.0) / 1e6,
                chip_temp_c=temp if temp else None,
                chips=_int(dev.get("Effective Chips")),
            )
        )
    sample.hashrate_ths = mhs / 1e6 if mhs is not None else sum(b.hashrate_ths for b in sample.boards)
    sample.power_w = num(summary.get("Power"))
    sample.fans_rpm = [f for key in ("Fan Speed In", "Fan Speed Out") if (f := _int(summary.get(key))) is not None]
    sample.uptime_s = _int(summary.get("Elapsed"))
    sample.max_chip_temp_c = _max(
        [first_value(summary, "Chip Temp Max", "Chip Temp Avg")] + [b.chip_temp_c for b in sample.boards]
    )
    details = first(replies, "devdetails")
    version = first(replies, "version")
    model = _text(details.get("Model")) or _text(version.get("Type"))
    if model:
        sample.model = whatsminer_model(model)
    msg = (replies.get("get_version") or {}).get("Msg")
    firmware = (msg.get("fw_ver") if isinstance(msg, dict) else None) or summary.get("Firmware Version")
    firmware = firmware or version.get("Firmware")
    if not firmware and version.get("CGMiner"):
        firmware = f"btminer {version['CGMiner']}"
    firmware = str(firmware).strip("'") if firmware else None  # the summary writes "'20230911.12.Rel'"
    sample.firmware = _text(f"btminer {firmware}" if firmware and firmware[0].isdigit() else firmware)
    sample.family = "whatsminer"
    return sleep_marker([summary])


def avalon_tokens(text: str) -> dict[str, str]:
    """``"Ver[1246-83] Temp[31] PS[0 1215 2428]"`` → ``{"Ver": "1246-83", "Temp": "31", "PS": "0 1215 2428"}``."""
    return {key.strip(): value for key, value in _TOKEN.findall(text)}


@functools.lru_cache(maxsize=1024)  # the same few names every poll
def avalon_model(name: str) -> str:
    """``"1246-83-2104..."``, ``"AvalonMiner 1246-83"`` → ``"Avalon A1246"`` (the catalogue's naming)."""
    code = name.removeprefix("AvalonMiner").strip().split("-")[0].strip()
    return catalogue_name(f"Avalon A{code}" if code.isdigit() else f"Avalon {code}")


def antminer_model(text: str | None) -> str | None:
    """``"Antminer S19 Pro (vnish 1.2.6)"``, ``"Bitmain Antminer S19 Pro"`` → ``"Antminer S19 Pro"``."""
    if not text:
        return None
    model = _PARENTHESES.sub("", text).strip().removeprefix("Bitmain ").strip()
    if not model or model.lower().startswith("vnish"):
        return None
    return catalogue_name(model)


@functools.lru_cache(maxsize=1024)  # the same few names every poll
def whatsminer_model(code: str) -> str:
    """``"M30S++_VH40"``, ``"M30S++.VH40"``, ``"M30S++VH40"`` → ``"Whatsminer M30S++"`` (the board revision goes)."""
    code = code.strip()
    if code.lower().startswith("whatsminer"):
        code = code[len("whatsminer") :].strip()
    code = re.split(r"[_.\s]", code, maxsplit=1)[0]
    code = _WM_REVISION.sub("", code) or code
    return catalogue_name(f"Whatsminer {code}") if code else "Whatsminer"


# services.catalogue.lookup_key's rule (makers, then series brands, then punctuation), kept here so that the
# read path does not import the database layer; a test holds the two equal.
_MAKERS = ("bitmain", "microbt", "canaan", "bitdeer", "auradine", "innosilicon", "ebang")
_MAKER_AND_BRAND_WORDS = (*_MAKERS, "antminer", "whatsminer", "avalon", "sealminer", "teraflux", "ebit")
_NOT_KEY = re.compile(r"[^a-z0-9+]")


def model_key(name: str) -> str:
    """Case, spacing, punctuation, maker and series brand do not matter (as in the catalogue)."""
    key = name.lower()
    for word in _MAKER_AND_BRAND_WORDS:
        key = key.replace(word, "")
    return _NOT_KEY.sub("", key)


@functools.cache
def _catalogue() -> dict[str, str]:
    try:
        text = (resources.files("hashinsight_desktop") / "resources" / "miner_catalogue.json").read_text("utf-8")
        return {model_key(str(m["name"])): str(m["name"]) for m in json.loads(text)["models"]}
    except (OSError, ValueError, KeyError, TypeError):  # a bare client without the resource: names as normalised
        return {}


@functools.lru_cache(maxsize=1024)
def catalogue_name(model: str) -> str:
    """The shipped catalogue's spelling of a model (``"ANTMINER S19 PRO"`` → ``"Antminer S19 Pro"``), or ``model``."""
    return _catalogue().get(model_key(model), model)


def _numbers(text: str | None) -> list[float]:
    return [v for part in (text or "").split() if (v := num(part.rstrip("%"))) is not None]


_AVALON_MEASURED = ("MHS 30s", "MHS 1m", "MHS 5s", "MHS av")  # the summary's measured rates, shortest window first


def read_avalon(replies: Replies, sample: MinerSample) -> bool:
    modules = [
        avalon_tokens(value)
        for row in rows(replies, "estats") or rows(replies, "stats")  # the same MM rows: read one
        for key, value in row.items()
        if key.startswith("MM ID") and isinstance(value, str)
    ]
    summary = first(replies, "summary")
    version = first(replies, "version")
    total_ghs = 0.0
    marker = False
    watts: list[float] = []
    for tokens in modules:
        ghs = first_value(tokens, "GHSspd") or 0.0  # measured now (GHSavg lingers after a stop; GHSmm: nominal)
        total_ghs += ghs
        per_board = _numbers(tokens.get("MGHS"))
        board_tmax = _numbers(tokens.get("MTmax"))
        chips_total = _int(tokens.get("TA"))  # the chips the controller found, on all its boards
        rates = per_board or [ghs]
        board_temps = [board_tmax[i] if i < len(board_tmax) else num(tokens.get("TMax")) for i in range(len(rates))]
        # A board with no hashrate and no temperature is dead: its chips are not in TA.
        alive = [bool(rate or temp) for rate, temp in zip(rates, board_temps, strict=True)]
        share = chips_total // max(1, sum(alive)) if chips_total is not None else None
        for rate, temp, live in zip(rates, board_temps, alive, strict=True):
            chips = (share if live else 0) if share is not None else None
            sample.boards.append(BoardSample(hashrate_ths=rate / 1000, chip_temp_c=temp if temp else None, chips=chips))
        sample.fans_rpm += [f for n in range(1, 5) if (f := _int(tokens.get(f"Fan{n}"))) is not None]
        supply = _numbers(tokens.get("PS"))
        wall = num(tokens.get("WALLPOWER"))  # newer firmware (A13xx and later) says it outright
        if wall is not None:
            watts.append(wall)
        elif len(supply) >= 2:
            watts.append(supply[-1])
        state = tokens.get("SYSTEMSTATU", "") + " " + tokens.get("WORKMODE", "")
        marker = marker or "idle" in state.lower() or tokens.get("SoftOFF", "0").strip() == "1"
        if sample.uptime_s is None:
            sample.uptime_s = _int(tokens.get("Elapsed"))
        if sample.firmware is None and tokens.get("Ver"):
            sample.firmware = tokens["Ver"]
            sample.model = avalon_model(tokens["Ver"])
    mhs = first_value(summary, *_AVALON_MEASURED)
    sample.hashrate_ths = mhs / 1e6 if mhs is not None else total_ghs / 1000
    sample.power_w = sum(watts) if watts else None
    sample.max_chip_temp_c = _max([b.chip_temp_c for b in sample.boards] + [num(t.get("TMax")) for t in modules])
    if sample.uptime_s is None:
        sample.uptime_s = _int(summary.get("Elapsed"))
    product = _text(version.get("MODEL")) or _text(version.get("PROD"))
    if product:
        sample.model = avalon_model(product)
    sample.family = "avalon"
    return marker or sleep_marker([summary])


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


READERS = {
    "cgminer": read_cgminer,
    "antminer": read_antminer,
    "luxos": read_luxos,
    "braiins": read_braiins,
    "whatsminer": read_whatsminer,
    "avalon": read_avalon,
}


def _names_firmware(replies: Replies) -> str | None:
    """``"luxos"``/``"braiins"`` when a version row, a stats header or a STATUS description names it."""
    for row in rows(replies, "version") + rows(replies, "stats")[:1]:
        if "LUXminer" in row:
            return "luxos"
        if "BOSer" in row or "BOSminer" in row or "BOSminer+" in row:
            return "braiins"
    if "tunerstatus" in replies:
        return "braiins"
    for reply in replies.values():
        status = reply.get("STATUS")
        if isinstance(status, list) and status and isinstance(status[0], dict):
            text = str(status[0].get("Description", ""))
            if text.startswith("LUXminer"):
                return "luxos"
            if text.startswith(("BOSer", "BOSminer", "bosminer")):
                return "braiins"
            break  # one description is enough: a firmware writes the same in all
    return None


def detect(replies: Replies) -> str:
    """Which dialect the replies speak: from the shape of what came back, not from a name."""
    stats = rows(replies, "estats") + rows(replies, "stats")
    for row in stats:
        if "MM Count" in row or "MM ID0" in row or "MM ID1" in row:
            return "avalon"
    named = _names_firmware(replies)
    if named is not None:
        return named
    for row in stats:
        kind = str(row.get("Type", ""))
        if "chain_acn1" in row or "GHS 5s" in row or "BMMiner" in row or kind.startswith("Antminer"):
            return "antminer"
    summary = first(replies, "summary")
    devs = rows(replies, "edevs") or rows(replies, "devs")
    if "Power Limit" in summary or "Fan Speed In" in summary or any("Effective Chips" in d for d in devs):
        return "whatsminer"
    return "cgminer"
