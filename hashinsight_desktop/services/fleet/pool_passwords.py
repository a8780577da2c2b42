"""Pool passwords for the bulk pool change: kept in the keyring per pool URL and worker, never in the
database or the operation log. Most pools ignore the password ("x"); some read options or a secret from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy.orm import Session

from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.devices import PoolSetting
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.secret_store import NoSecureKeyring, SecretStore
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

DEFAULT_PASSWORD: Final = "x"  # what miners are configured with when the pool asks for nothing


def password_key(url: str, worker: str) -> str:
    return f"pool:{url.strip()}|{worker.strip()}"


@dataclass(frozen=True)
class ResolvedPool:
    pool: PoolSetting
    source: str  # "given" (typed now), "keyring" (stored earlier) or "default" (x)


def resolve(secrets: SecretStore, url: str, worker: str, typed: str | None) -> ResolvedPool:
    """The pool setting to send: the password typed now, else the one stored for this pool and worker,
    else the default. Reads the keyring (may block: call off the GUI thread)."""
    url, worker = url.strip(), worker.strip()
    if not url or not worker:
        raise ValidationError("pool", QT_TRANSLATE_NOOP("Errors", "give the pool URL and the worker name"))
    if typed:
        return ResolvedPool(PoolSetting(url, worker, typed), "given")
    try:
        stored = secrets.get(password_key(url, worker))
    except NoSecureKeyring:  # no keyring here: nothing can have been stored either
        stored = None
    if stored:
        return ResolvedPool(PoolSetting(url, worker, stored), "keyring")
    return ResolvedPool(PoolSetting(url, worker, DEFAULT_PASSWORD), "default")


def remember(
    session: Session,
    principal: Principal,
    secrets: SecretStore,
    pool: PoolSetting,
    *,
    clock: Clock = system_clock,
) -> None:
    """Store the pool's password in the keyring (audited, without the password)."""
    require(principal, Permission.FLEET_OPERATE, "store pool passwords")
    secrets.set(password_key(pool.url, pool.worker), pool.password)
    audit.append(
        session,
        principal,
        "pool.password",
        "pool",
        pool.url[:64],
        after={"url": pool.url, "worker": pool.worker},
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "stored the password of pool {pool} in the keyring"), pool=pool.describe()
        ),
        clock=clock,
    )
