"""Identification at discovery: make, model, firmware and family through pyasic's factory, with a deadline.

pyasic's factory raises TypeError on some old Whatsminers, and a hung miner can hold a call for minutes:
every step runs under the miner's deadline with broad error capture, and when pyasic cannot tell (or the
family's control interface does not answer) the miner is family generic, with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx

from hashinsight_desktop.services.devices import braiins, luxos, vnish
from hashinsight_desktop.services.devices.capabilities import Capabilities, capabilities_for
from hashinsight_desktop.services.devices.credentials import Credentials
from hashinsight_desktop.services.devices.errors import DeviceError
from hashinsight_desktop.services.devices.family import Family
from hashinsight_desktop.services.devices.guard import describe_exception, guarded
from hashinsight_desktop.services.devices.target import WEB_PORT, DeviceTarget
from hashinsight_desktop.services.devices.web_login import base_url

log = logging.getLogger(__name__)
PYASIC_PORT = 4028  # pyasic's factory looks on this port only
DEFAULT_DEADLINE_S = 10.0
IDENTIFY_ATTEMPTS = 3  # pyasic's factory says None (not "timed out") when a reply comes late: ask again
# A generic miner's reason starts with this when identification could not tell *yet* (no answer in time, or
# none pyasic knew): asked again later, and curtailment plans nothing for it until then.
NOT_YET = "not identified yet"
NOT_RECOGNISED = f"{NOT_YET}: pyasic did not recognise the miner"
_MAKERS = {"AntMiner": ("Bitmain", "Antminer"), "WhatsMiner": ("MicroBT", "Whatsminer"), "AvalonMiner": ("Canaan", "")}


@dataclass(frozen=True)
class Identity:
    make: str | None
    model: str | None
    firmware: str | None
    family: Family
    capabilities: Capabilities
    reason: str | None = None  # why the miner is family generic (pyasic could not tell, no control interface…)


def _generic(reason: str, make: str | None = None, model: str | None = None, firmware: str | None = None) -> Identity:
    return Identity(make, model, firmware, Family.GENERIC, capabilities_for(Family.GENERIC, model), reason)


def _family(found: Any) -> tuple[Family | None, str]:
    firmware = str(getattr(getattr(found, "firmware", None), "value", "") or "")
    make = str(getattr(getattr(found, "make", None), "value", "") or "")
    classes = {cls.__name__ for cls in type(found).__mro__}
    if firmware == "BOS+":
        return (Family.BRAIINS, "") if "BOSer" in classes else (None, "old Braiins OS (bosminer) is not supported")
    if firmware == "LuxOS":
        return Family.LUXOS, ""
    if firmware == "VNish":
        return Family.VNISH, ""
    if firmware == "Stock" and make == "AntMiner":
        if "AntminerModern" in classes:
            return Family.ANTMINER, ""
        return None, "an Antminer without the modern web interface"
    if make == "WhatsMiner":
        return Family.WHATSMINER, ""
    if make == "AvalonMiner":
        return Family.AVALON, ""
    return None, f"{make or 'unknown make'} with {firmware or 'unknown'} firmware is not a supported family"


def _names(found: Any) -> tuple[str | None, str | None]:
    make = str(getattr(getattr(found, "make", None), "value", "") or "") or None
    raw = getattr(found, "raw_model", None)
    model = str(getattr(raw, "value", raw) or "") or None
    maker, line = _MAKERS.get(make or "", (make, ""))
    if model and line and not model.lower().startswith(line.lower()):
        model = f"{line} {model}"
    if model and make == "AvalonMiner":  # "Avalon 1246" as pyasic says, "Avalon A1246" as Canaan sells it
        model = re.sub(r"^(?:Avalon(?:Miner)?\s*)?A?(\d{3,4})", r"Avalon A\1", model)
    return maker, model


async def _has_antminer_web(host: str, web_port: int, timeout_s: float) -> str | None:
    """None when Bitmain's web interface answers on ``web_port``; else why not."""
    try:
        async with httpx.AsyncClient(timeout=timeout_s) as client:
            reply = await client.get(f"{base_url(host, web_port)}/")
    except httpx.TimeoutException as exc:  # there, but late (a loaded machine, a slow miner)
        return f"{NOT_YET}: the Antminer web interface on port {web_port} did not answer in time ({type(exc).__name__})"
    except httpx.HTTPError as exc:
        return f"no Antminer web interface on port {web_port} ({type(exc).__name__})"
    if reply.status_code == 200 or "antminer" in reply.headers.get("www-authenticate", "").lower():
        return None
    return f"port {web_port} does not answer as an Antminer web interface (HTTP {reply.status_code})"


async def _has_btminer_token(found: Any, timeout_s: float) -> str | None:
    rpc = getattr(found, "rpc", None)
    if rpc is None or type(rpc).__name__ != "BTMinerRPCAPI":
        return None  # API v3 has no get_token; pyasic's class choice stands
    try:
        await asyncio.wait_for(rpc.send_command("get_token"), timeout=timeout_s)
    except TimeoutError:
        return f"{NOT_YET}: the Whatsminer API gave no token within {timeout_s:.1f} s"
    except Exception as exc:
        return f"the Whatsminer API does not give a token ({describe_exception(exc)})"
    return None


async def _refine(target: DeviceTarget, capabilities: Capabilities, deadline_s: float) -> Capabilities:
    """What the miner itself reports about its power levels (best effort: the static set stands otherwise)."""
    try:
        if target.family is Family.LUXOS:
            found = await guarded(luxos.profiles(target), deadline_s=deadline_s, what="LuxOS profiles")
            return replace(capabilities, profiles=tuple(found)) if found else capabilities
        if target.family is Family.VNISH and target.credentials is not None:
            web = await guarded(vnish._web(target), deadline_s=deadline_s, what="VNish unlock")
            found = await guarded(vnish.presets(web), deadline_s=deadline_s, what="VNish presets")
            return replace(capabilities, profiles=tuple(found)) if found else capabilities
        if target.family is Family.BRAIINS and target.credentials is not None:
            span = await guarded(braiins.power_range(target), deadline_s=deadline_s, what="Braiins constraints")
            return replace(capabilities, power_watts=span) if span else capabilities
    except DeviceError as exc:
        log.info("identify %s: %s (keeping the family's usual capabilities)", target.host, exc)
    return capabilities


def may_identify_later(reason: str | None) -> bool:
    """A generic miner's ``reason`` says identification could not tell yet (no answer in time): worth asking again."""
    return bool(reason) and str(reason).startswith(NOT_YET)


async def _pyasic_miner(host: str, deadline_s: float, left: Callable[[], float]) -> tuple[Any, str]:
    """pyasic's miner object for ``host`` (None, with why, when it cannot tell).

    pyasic's factory gives up after its own timeout (3 s by default) and then says nothing (None): a miner
    that is merely slow, or a machine under load (hundreds identified at once, the farm on the same cores),
    then looked like a miner nobody knows. Its timeout follows our deadline, and a miner it did not
    recognise is asked again while the deadline allows (a refused connection fails fast, so this is cheap)."""
    import pyasic
    from pyasic import settings

    settings.update("factory_get_timeout", max(int(settings.get("factory_get_timeout", 3)), math.ceil(deadline_s)))
    problem = NOT_RECOGNISED
    for attempt in range(IDENTIFY_ATTEMPTS):
        if attempt and left() < 1.0:
            break
        try:
            found = await guarded(pyasic.get_miner(host), deadline_s=left(), what="pyasic identification")
        except DeviceError as exc:
            return None, f"{NOT_RECOGNISED} ({exc})"
        if found is not None:
            return found, ""
        problem = f"{NOT_RECOGNISED} (asked {attempt + 1} times)"
        await asyncio.sleep(min(0.5, left() / 4))
    return None, problem


async def identify(
    host: str,
    port: int = PYASIC_PORT,
    *,
    deadline_s: float = DEFAULT_DEADLINE_S,
    credentials: Credentials | None = None,
    web_port: int = WEB_PORT,
) -> Identity:
    """Who the miner at ``host`` is. Never raises for a miner's sake: an unknown miner is family generic
    with the reason. ``credentials`` (optional) let it read power ranges that need a login (Braiins, VNish)."""
    if port != PYASIC_PORT:
        return _generic(f"pyasic identifies miners on port {PYASIC_PORT} only (this one is on {port})")
    started = time.monotonic()

    def left() -> float:
        return max(0.1, deadline_s - (time.monotonic() - started))

    found, problem = await _pyasic_miner(host, deadline_s, left)
    if found is None:
        return _generic(problem)
    make, model = _names(found)
    family, why = _family(found)
    firmware_kind = str(getattr(getattr(found, "firmware", None), "value", "") or "") or None
    if family is None:
        return _generic(why, make, model, firmware_kind)
    probe = None
    if family is Family.ANTMINER:
        probe = await _has_antminer_web(host, web_port, min(5.0, left()))
    elif family is Family.WHATSMINER:
        probe = await _has_btminer_token(found, min(5.0, left()))
    if probe is not None:
        return _generic(probe, make, model, firmware_kind)
    version = None
    with contextlib.suppress(DeviceError):
        version = await guarded(found.get_fw_ver(), deadline_s=min(5.0, left()), what="firmware version")
    firmware = " ".join(str(part) for part in (firmware_kind, version) if part) or None
    target = DeviceTarget(host, port, family, model or "", credentials, firmware=str(version) if version else None)
    capabilities = await _refine(target, capabilities_for(family, model), left())
    return Identity(make, model, firmware, family, capabilities)
