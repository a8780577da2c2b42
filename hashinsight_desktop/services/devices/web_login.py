"""Logins to miners' web interfaces checked by HTTP status, before any library call relies on them.

pyasic's Antminer web client turns an HTTP 401 (wrong password) into ``{"success": False, ...}``, which its
``stop_mining()`` reports as success; its VNish client retries a refused unlock and then says only that it
"could not authenticate". The device layer asks once itself and reads the status code.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import httpx

from hashinsight_desktop.services.devices.credentials import Credentials
from hashinsight_desktop.services.devices.errors import AuthFailed, DeviceError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

LOGIN_TIMEOUT_S = 5.0


def base_url(host: str, port: int) -> str:
    try:
        literal = f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        literal = host
    return f"http://{literal}" if port == 80 else f"http://{literal}:{port}"


def _status_error(reply: httpx.Response, what: str, username: str) -> DeviceError:
    if reply.status_code in (401, 403):
        refused = QT_TRANSLATE_NOOP(
            "Devices", "{what} refused the login of user {user!r} (HTTP {status}): wrong password?"
        )
        return AuthFailed(Text(refused, what=what, user=username, status=reply.status_code))
    return DeviceError(
        Text(QT_TRANSLATE_NOOP("Devices", "{what} answered HTTP {status}"), what=what, status=reply.status_code)
    )


async def antminer_login(host: str, port: int, credentials: Credentials, timeout_s: float = LOGIN_TIMEOUT_S) -> None:
    """Raises AuthFailed when the stock Antminer web interface (digest auth) refuses the credentials."""
    url = f"{base_url(host, port)}/cgi-bin/get_system_info.cgi"
    auth = httpx.DigestAuth(credentials.username, credentials.password)
    try:
        async with httpx.AsyncClient(timeout=timeout_s) as client:
            reply = await client.get(url, auth=auth)
    except httpx.HTTPError as exc:
        unreachable = QT_TRANSLATE_NOOP("Devices", "web interface on port {port} unreachable: {error}")
        raise DeviceError(Text(unreachable, port=port, error=type(exc).__name__)) from None
    if reply.status_code != 200:
        raise _status_error(reply, QT_TRANSLATE_NOOP("Devices", "the Antminer web interface"), credentials.username)


async def vnish_unlock(host: str, port: int, credentials: Credentials, timeout_s: float = LOGIN_TIMEOUT_S) -> str:
    """VNish's unlock token; AuthFailed on a refused password."""
    url = f"{base_url(host, port)}/api/v1/unlock"
    try:
        async with httpx.AsyncClient(timeout=timeout_s) as client:
            reply = await client.post(url, json={"pw": credentials.password})
    except httpx.HTTPError as exc:
        unreachable = QT_TRANSLATE_NOOP("Devices", "web API on port {port} unreachable: {error}")
        raise DeviceError(Text(unreachable, port=port, error=type(exc).__name__)) from None
    if reply.status_code != 200:
        raise _status_error(reply, QT_TRANSLATE_NOOP("Devices", "the VNish web API"), credentials.username)
    try:
        body: Any = reply.json()
        token = body["token"]
    except (ValueError, KeyError, TypeError):
        raise DeviceError(Text(QT_TRANSLATE_NOOP("Devices", "the VNish web API gave no unlock token"))) from None
    return str(token)
