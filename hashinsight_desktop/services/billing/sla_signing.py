"""The site's Ed25519 key that signs monthly SLA reports, and checking a signed report.

The private key lives in the OS keyring (SecretStore) and nowhere else; it is made on first use. Its public key is
published in the audit log (``sla.signing_key``, hash-chained, so it cannot be swapped unnoticed), which is where
``verify`` looks a report's key up: a report re-signed with some other key is refused, not only a changed byte.
The signed bytes are the report's canonical JSON (sorted keys, no spaces, ASCII): any change to any figure breaks it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.secret_store import SecretStore

ALGORITHM = "Ed25519"
KEY_ACTION = "sla.signing_key"
_KEY_PREFIX = "SLA report signing key "


class ReportNotVerified(Exception):
    """One line saying why the report cannot be trusted."""


def canonical(report: dict[str, Any]) -> bytes:
    return json.dumps(report, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def site_key(
    session: Session, principal: Principal, secrets: SecretStore, site_id: uuid.UUID, *, clock: Clock = system_clock
) -> Ed25519PrivateKey:
    """The site's signing key from the keyring; made, stored and its public half audited on first use."""
    name = f"sla-signing-key:{site_id}"
    stored = secrets.get(name)
    if stored:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    key = Ed25519PrivateKey.generate()
    private_raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    secrets.set(name, base64.b64encode(private_raw).decode())  # raises when no safe keyring: nothing signed then
    public_b64 = base64.b64encode(_raw(key.public_key())).decode()
    audit.append(
        session,
        principal,
        KEY_ACTION,
        "site",
        site_id,
        after={"public_key": public_b64, "algorithm": ALGORITHM},
        summary=f"{_KEY_PREFIX}{public_b64}",
        clock=clock,
    )
    return key


def published_keys(session: Session) -> dict[str, bytes]:
    """key id → raw public key, for every signing key this database's audit log published."""
    found: dict[str, bytes] = {}
    for summary in session.scalars(select(AuditRecord.summary).where(AuditRecord.action == KEY_ACTION)):
        if summary.startswith(_KEY_PREFIX):
            raw = base64.b64decode(summary[len(_KEY_PREFIX) :])
            found[key_id(raw)] = raw
    return found


def sign(report: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    public_raw = _raw(key.public_key())
    return {
        "report": report,
        "signature": {
            "algorithm": ALGORITHM,
            "key_id": key_id(public_raw),
            "public_key": base64.b64encode(public_raw).decode(),
            "value": base64.b64encode(key.sign(canonical(report))).decode(),
        },
    }


def file_bytes(envelope: dict[str, Any]) -> bytes:
    """The one way a signed report is written, so that any changed byte of the file is caught, layout included."""
    return (json.dumps(envelope, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")


@dataclass(frozen=True)
class Verified:
    key_id: str
    report: dict[str, Any]


def verify(data: bytes, trusted: dict[str, bytes]) -> Verified:
    """Check a signed report's bytes against the trusted public keys (key id → raw key); ReportNotVerified says why."""
    try:
        envelope = json.loads(data.decode("utf-8"))
        report, signature = envelope["report"], envelope["signature"]
        kid, value = signature["key_id"], base64.b64decode(signature["value"], validate=True)
        if signature["algorithm"] != ALGORITHM or not isinstance(report, dict):
            raise ValueError(signature["algorithm"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise ReportNotVerified(f"not a signed SLA report (unreadable or missing its signature: {error})") from None
    public_raw = trusted.get(kid)
    if public_raw is None:
        raise ReportNotVerified(f"signed by key {kid}, which this site never published: not one of its reports")
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(value, canonical(report))
    except InvalidSignature:
        raise ReportNotVerified(
            f"ALTERED: the signature of key {kid} does not match the report's content (a figure was changed)"
        ) from None
    if file_bytes(envelope) != data:
        raise ReportNotVerified("ALTERED: the figures are signed, but the file's bytes were changed around them")
    return Verified(kid, report)
