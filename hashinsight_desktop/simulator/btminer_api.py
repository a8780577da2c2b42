"""Whatsminer's btminer API 2.x on port 4028: plain read commands, the token, encrypted privileged commands.

The handshake as the firmware does it: ``get_token`` answers the salt of the stored password, a fresh
``newsalt`` and a ``time``. The client derives ``md5crypt(password, salt)`` (its hash part is the AES key
material) and signs ``md5crypt(hash + time, newsalt)``; a privileged command is the JSON
``{"cmd": ..., "token": sign, ...}`` AES-256-ECB encrypted (key = SHA-256 of the hash), base64'd in
``{"enc": 1, "data": ...}``. The reply comes back encrypted the same way as ``{"enc": ...}``; errors
about the envelope itself (undecryptable: a wrong password; a stale signature) come back in clear.

Firmware ``20230911.12.Rel`` reports API 2.0.5: pyasic picks its API-v2 client for it (v3, on port 4433,
is for firmware after 2024-11).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import string
import time
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from hashinsight_desktop.simulator import replies
from hashinsight_desktop.simulator.miner import SimulatedMiner

FIRMWARE = "20230911.12.Rel"
API_VERSION = "2.0.5"
TOKEN_LIFETIME_S = 30 * 60
MAX_TOKENS = 32  # signatures remembered per miner (the firmware limits token requests too)
_SALT_CHARS = string.ascii_letters + string.digits

# Read commands anyone may send in clear.
READ = frozenset(
    {"summary", "pools", "devs", "edevs", "devdetails", "version", "get_version", "status", "get_miner_info"}
    | {"get_psu", "get_error_code", "get_token"}
)
# Privileged commands this simulator carries out; other privileged names are accepted and do nothing.
PRIVILEGED = frozenset(
    {"power_off", "power_on", "adjust_power_limit", "set_power_pct", "set_power_pct_v2", "reboot"}
    | {"restart_btminer", "update_pools", "set_led", "set_low_power", "set_normal_power", "set_high_power"}
)
KNOWN_PRIVILEGED = PRIVILEGED | {"set_target_freq", "set_hostname", "set_temp_offset", "factory_reset"}


def _status(wall: int, code: int, message: Any, ok: bool) -> dict[str, Any]:
    return {"STATUS": "S" if ok else "E", "When": wall, "Code": code, "Msg": message, "Description": ""}


def _salt() -> str:
    return "".join(secrets.choice(_SALT_CHARS) for _ in range(8))


def _crypt_hash(word: str, salt: str) -> str:
    """The hash part of ``$1$salt$hash``."""
    from passlib.hash import md5_crypt  # a dependency of pyasic; imported when a Whatsminer is first asked

    return str(md5_crypt.using(salt=salt).hash(word)).split("$")[3]


def _cipher(key_material: str) -> Cipher[modes.ECB]:
    key = binascii.unhexlify(hashlib.sha256(key_material.encode()).hexdigest())
    return Cipher(algorithms.AES(key), modes.ECB())


def _state(miner: SimulatedMiner) -> dict[str, Any]:
    state = miner.state()
    if "wm_salt" not in state:
        state["wm_salt"] = _salt()  # the salt of the password as the firmware stores it
        state["wm_tokens"] = []
    key = (miner.password, state["wm_salt"])
    if state.get("wm_key") != key:  # the password changed: the stored hash changes with it
        state["wm_key"] = key
        state["wm_hash"] = _crypt_hash(miner.password, state["wm_salt"])
    return state


def reply(miner: SimulatedMiner, body: dict[str, Any], wall: int) -> dict[str, Any]:
    if "enc" in body:
        return _privileged(miner, body, wall)
    command = body.get("cmd", body.get("command"))
    if not isinstance(command, str):
        return _status(wall, 14, "invalid cmd", ok=False)
    if command == "get_token":
        state = _state(miner)
        token = {"time": f"{wall % 10000:04d}", "salt": state["wm_salt"], "newsalt": _salt()}
        sign = _crypt_hash(state["wm_hash"] + token["time"], token["newsalt"])
        tokens: list[tuple[str, float]] = state["wm_tokens"]
        tokens.append((sign, time.monotonic()))
        del tokens[:-MAX_TOKENS]
        return _status(wall, 134, token, ok=True)
    if command == "status":
        off = "true" if miner.sleeping else "false"
        msg = {"mineroff": off, "mineroff_reason": "", "mineroff_time": "", "FirmwareVersion": f"'{FIRMWARE}'"}
        msg |= {"power_mode": "", "hash_percent": ""}
        return _status(wall, 131, msg, ok=True)
    if command == "get_miner_info":
        info = {"ip": miner.host, "proto": "dhcp", "netmask": "255.255.255.0", "dns": "", "hostname": "WhatsMiner"}
        info |= {"mac": f"C6:08:{miner.index >> 16 & 255:02X}:{miner.index >> 8 & 255:02X}:{miner.index & 255:02X}:01"}
        info |= {"ledstat": "manual" if miner.light else "auto", "gateway": ""}
        return _status(wall, 131, info, ok=True)
    if command in KNOWN_PRIVILEGED:
        return _status(wall, 45, "Permission denied", ok=False)  # a write command in clear
    body_reply = replies.render(miner, command, miner.snapshot())
    return body_reply


def _privileged(miner: SimulatedMiner, body: dict[str, Any], wall: int) -> dict[str, Any]:
    state = _state(miner)
    cipher = _cipher(state["wm_hash"])
    try:
        raw = base64.b64decode(str(body.get("data", "")), validate=False)
        decryptor = cipher.decryptor()
        plain = (decryptor.update(raw) + decryptor.finalize()).rstrip(b"\0")
        command: Any = json.loads(plain.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, binascii.Error):
        # Decrypted with the key of the real password: a client with a wrong password sends noise.
        return _status(wall, 23, "invalid JSON message", ok=False)
    if not isinstance(command, dict) or not isinstance(command.get("cmd"), str):
        return _status(wall, 23, "invalid JSON message", ok=False)
    now = time.monotonic()
    valid = {sign for sign, issued in state["wm_tokens"] if now - issued < TOKEN_LIFETIME_S}
    if command.get("token") not in valid:
        return _status(wall, 135, "check token err", ok=False)
    result = _execute(miner, command["cmd"], command, wall)
    encryptor = cipher.encryptor()
    text = json.dumps(result).encode()
    text += b"\0" * (-len(text) % 16)
    encrypted = base64.encodebytes(encryptor.update(text) + encryptor.finalize()).decode().replace("\n", "")
    return {"enc": encrypted}


def power_limit_range(miner: SimulatedMiner) -> tuple[int, int]:
    """The watts ``adjust_power_limit`` accepts: down to 40 % of nominal, up to 110 %."""
    return round(miner.nominal_w * 0.4), round(miner.nominal_w * 1.1)


def _number(command: dict[str, Any], key: str) -> int | None:
    value = command.get(key)
    try:
        return int(float(str(value)))
    except ValueError:
        return None


def _execute(miner: SimulatedMiner, name: str, command: dict[str, Any], wall: int) -> dict[str, Any]:
    if name not in KNOWN_PRIVILEGED:
        return _status(wall, 14, "invalid cmd", ok=False)
    error = _check(miner, name, command)
    if error is not None:
        return _status(wall, 132, error, ok=False)
    fault = miner.control_fault(name, json.dumps({k: v for k, v in command.items() if k not in ("cmd", "token")}))
    if fault == "reject":
        return _status(wall, 132, "device busy", ok=False)
    if fault is None:
        _apply(miner, name, command)
    return _status(wall, 131, "API command OK", ok=True)


def _check(miner: SimulatedMiner, name: str, command: dict[str, Any]) -> str | None:
    """The firmware's refusal of a parameter, or None."""
    if name == "adjust_power_limit":
        watts = _number(command, "power_limit")
        low, high = power_limit_range(miner)
        if watts is None or not low <= watts <= high:
            return f"power_limit out of range {low}-{high}"
    elif name in ("set_power_pct", "set_power_pct_v2"):
        percent = _number(command, "percent")
        if percent is None or not 0 < percent <= 100:
            return "percent out of range 1-100"
    elif name == "update_pools" and not str(command.get("pool1") or ""):
        return "pool1 is empty"
    return None


def _apply(miner: SimulatedMiner, name: str, command: dict[str, Any]) -> None:
    if name == "power_off":
        miner.sleep()
    elif name == "power_on":
        miner.wake()
    elif name == "adjust_power_limit":
        miner.set_power_limit(_number(command, "power_limit") or 0)
    elif name in ("set_power_pct", "set_power_pct_v2"):
        miner.set_power_pct(_number(command, "percent") or 100)
        miner.power_limit_w = None
    elif name in ("reboot", "restart_btminer"):
        miner.restart()
    elif name == "update_pools":
        pools = [(str(command.get(f"pool{n}") or ""), str(command.get(f"worker{n}") or ""), "") for n in (1, 2, 3)]
        miner.set_pools(
            [(url, user, str(command.get(f"passwd{n}") or "x")) for n, (url, user, _) in enumerate(pools, 1)]
        )
    elif name == "set_led":
        miner.light = command.get("param") != "auto"
    elif name == "set_low_power":
        miner.set_power_pct(75)
    elif name == "set_normal_power":
        miner.set_power_pct(100)
    elif name == "set_high_power":
        miner.set_power_pct(110)
