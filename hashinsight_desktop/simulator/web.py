"""The web port (80) of a simulated miner: a small HTTP/1.1 server, one request per connection.

It is answered through the same listener machinery as the API port (``server.RawListener``: no
task or transport per connection), so 1,500 web ports cost 1,500 listening sockets and nothing more.
HTTP digest authentication (RFC 7616, MD5, ``qop=auth``) checks the miner's own ``username`` and
``password``: a wrong one gets a real ``401``. Each family's pages live in their own module
(``antminer_web.py``, ``vnish_web.py``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Literal

from hashinsight_desktop.simulator.miner import SimulatedMiner

log = logging.getLogger(__name__)
WEB_FAMILIES = frozenset({"antminer", "vnish"})
_MAX_REQUEST = 256 * 1024
_AUTH_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^,\s]+))')


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    uri: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def json(self) -> Any:
        try:
            return json.loads(self.body or b"{}")
        except ValueError:
            return None


def parse(buffer: bytes) -> Request | Literal[False] | None:
    """A complete request, ``False`` when more bytes are needed, ``None`` when it is not HTTP."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return False if len(buffer) < _MAX_REQUEST else None
    head = buffer[:end].decode("latin-1").split("\r\n")
    parts = head[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        return None
    headers = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    try:
        length = int(headers.get("content-length", "0"))
    except ValueError:
        return None
    body = buffer[end + 4 :]
    if len(body) < length:
        return False if end + 4 + length <= _MAX_REQUEST else None
    path, _, query = parts[1].partition("?")
    return Request(parts[0].upper(), path, query, headers, body[:length], uri=parts[1])


def response(
    status: int, body: bytes | str | dict[str, Any] | list[Any], headers: dict[str, str] | None = None
) -> bytes:
    if isinstance(body, dict | list):
        payload, kind = json.dumps(body).encode(), "application/json"
    elif isinstance(body, str):
        payload, kind = body.encode(), "text/html; charset=utf-8"
    else:
        payload, kind = body, "application/octet-stream"
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", f"Content-Type: {kind}"]
    lines += [f"Content-Length: {len(payload)}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def digest_ok(request: Request, realm: str, username: str, password: str) -> bool:
    """Whether the request's ``Authorization: Digest`` answers for ``username``/``password``."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("digest "):
        return False
    params = {
        m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _AUTH_PARAM.finditer(header)
    }
    if params.get("username") != username or params.get("realm") != realm:
        return False
    ha1 = _md5(f"{username}:{realm}:{password}")
    ha2 = _md5(f"{request.method}:{params.get('uri', '')}")
    if params.get("qop"):
        expected = _md5(
            f"{ha1}:{params.get('nonce')}:{params.get('nc')}:{params.get('cnonce')}:{params.get('qop')}:{ha2}"
        )
    else:
        expected = _md5(f"{ha1}:{params.get('nonce')}:{ha2}")
    return secrets.compare_digest(expected, params.get("response", ""))


def challenge(realm: str) -> bytes:
    nonce = secrets.token_hex(16)
    header = f'Digest realm="{realm}", nonce="{nonce}", qop="auth", algorithm=MD5'
    page = "<html><head><title>401 Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>"
    return response(401, page, {"WWW-Authenticate": header})


def answer(miner: SimulatedMiner, buffer: bytes) -> bytes | Literal[False] | None:
    """The listener's hook: the reply to one HTTP request on the web port."""
    if miner.fault == "hang":
        return None
    request = parse(buffer)
    if request is False:
        return False
    if request is None:
        return response(400, "<html><body>400 Bad Request</body></html>")
    try:
        return _handle(miner, request)
    except Exception:  # a simulator bug: say so in the log, answer as a web server does
        log.exception(
            "simulator: %s miner %s failed to answer %s %s", miner.family, miner.host, request.method, request.uri
        )
        return response(500, "<html><body>500 Internal Server Error</body></html>")


def _handle(miner: SimulatedMiner, request: Request) -> bytes:
    if miner.family == "antminer":
        from hashinsight_desktop.simulator import antminer_web

        return antminer_web.handle(miner, request)
    if miner.family == "vnish":
        from hashinsight_desktop.simulator import vnish_web

        return vnish_web.handle(miner, request)
    return response(404, "<html><body>404 Not Found</body></html>")
