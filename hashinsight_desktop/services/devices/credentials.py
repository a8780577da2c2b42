"""Miner web/API logins: per site, with an optional per-model override, in the OS keyring.

Keyring entries (service ``hashinsight-desktop``), each a small JSON object::

    miner-credentials:site:<site id>                   {"username": "root", "password": "…"}
    miner-credentials:site:<site id>:model:<model>     the same, for one model at that site
    … or {"factory_defaults": true}: each firmware family's factory login, chosen explicitly.

Factory passwords are never used unless someone chose them for that site (``factory_defaults=True``).
There is no plaintext fallback. A headless agent with no keyring backend reads a credentials file
instead, in this order after the keyring: the file named in the settings (``extra.devices.credentials_file``)
and ``$CREDENTIALS_DIRECTORY/miner-credentials.json`` (systemd's ``LoadCredential=``). Either file must
belong to the user running the program and be unreadable by anyone else (mode 0600 or 0400), or it is
refused. Its content::

    {"sites": {"Texas North": {"username": "root", "password": "…"},
               "Quebec East": {"factory_defaults": true}},
     "models": {"Texas North": {"Antminer S19j Pro": {"username": "root", "password": "…"}}}}

(a site by its name or its id).
"""

from __future__ import annotations

import json
import logging
import os
import stat
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hashinsight_desktop.services.devices.family import Family
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

KEY_PREFIX = "miner-credentials:site:"
SYSTEMD_CREDENTIAL_NAME = "miner-credentials.json"
CREDENTIALS_DIRECTORY_ENV = "CREDENTIALS_DIRECTORY"
SETTINGS_KEY = "devices"  # Settings.extra["devices"]["credentials_file"]

# Each family's factory login, used only where a site chose factory defaults explicitly.
FACTORY_DEFAULTS: dict[Family, tuple[str, str]] = {
    Family.ANTMINER: ("root", "root"),
    Family.WHATSMINER: ("admin", "admin"),
    Family.BRAIINS: ("root", "root"),
    Family.LUXOS: ("root", ""),
    Family.AVALON: ("root", "root"),
    Family.VNISH: ("admin", "admin"),
    Family.GENERIC: ("", ""),
}


class CredentialsError(ServiceError):
    """Credentials cannot be stored or read (no keyring, a file with the wrong owner or mode…)."""


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str

    def __repr__(self) -> str:  # never the password in a log line or a traceback
        return f"Credentials(username={self.username!r}, password=***)"

    __str__ = __repr__


@dataclass(frozen=True)
class CredentialEntry:
    """What is stored for a site or a model: a login, or the explicit choice of factory defaults."""

    credentials: Credentials | None = None
    factory_defaults: bool = False

    def for_family(self, family: Family) -> Credentials | None:
        if self.factory_defaults:
            return Credentials(*FACTORY_DEFAULTS[family])
        return self.credentials

    def to_secret(self) -> str:
        if self.factory_defaults:
            return json.dumps({"factory_defaults": True})
        assert self.credentials is not None
        return json.dumps({"username": self.credentials.username, "password": self.credentials.password})

    @classmethod
    def parse(cls, raw: Any, where: str) -> CredentialEntry:
        if isinstance(raw, str):
            try:
                raw = json.loads(raw)
            except json.JSONDecodeError:
                raise CredentialsError(
                    Text(QT_TRANSLATE_NOOP("Errors", "{where}: not a JSON object"), where=where)
                ) from None
        if not isinstance(raw, dict):
            raise CredentialsError(Text(QT_TRANSLATE_NOOP("Errors", "{where}: not a JSON object"), where=where))
        if raw.get("factory_defaults") is True:
            return cls(factory_defaults=True)
        username, password = raw.get("username"), raw.get("password")
        if not isinstance(username, str) or not isinstance(password, str):
            raise CredentialsError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors", ("{where}: needs a username and a password (strings), or factory_defaults")
                    ),
                    where=where,
                )
            )
        return cls(Credentials(username, password))


def model_key(model: str) -> str:
    return " ".join(model.lower().split())


def keyring_key(site_id: uuid.UUID, model: str | None = None) -> str:
    key = f"{KEY_PREFIX}{site_id}"
    return f"{key}:model:{model_key(model)}" if model else key


def check_private_file(path: Path) -> None:
    """Refuse a credentials file another user could read or that another user owns."""
    try:
        info = path.stat()
    except OSError as exc:
        raise CredentialsError(
            Text(QT_TRANSLATE_NOOP("Errors", "credentials file {path}: {strerror}"), path=path, strerror=exc.strerror)
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise CredentialsError(
            Text(QT_TRANSLATE_NOOP("Errors", "credentials file {path} is not a regular file"), path=path)
        )
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise CredentialsError(
            Text(QT_TRANSLATE_NOOP("Errors", "credentials file {path} belongs to another user: refused"), path=path)
        )
    if info.st_mode & 0o077:
        raise CredentialsError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors", ("credentials file {path} is readable by others (mode {value:o}): refused; make it 0600")
                ),
                path=path,
                value=stat.S_IMODE(info.st_mode),
            )
        )


class CredentialStore:
    """Reads and writes miner logins; ``file`` and ``credentials_dir`` are the headless alternatives."""

    def __init__(
        self,
        secrets: SecretStore,
        *,
        file: Path | None = None,
        credentials_dir: Path | None = None,
    ) -> None:
        self._secrets = secrets
        self._file = file
        self._dir = credentials_dir

    @classmethod
    def from_settings(
        cls, secrets: SecretStore, extra: Mapping[str, Any], environ: Mapping[str, str] | None = None
    ) -> CredentialStore:
        environ = os.environ if environ is None else environ
        section = extra.get(SETTINGS_KEY) if isinstance(extra, Mapping) else None
        named = section.get("credentials_file") if isinstance(section, Mapping) else None
        directory = environ.get(CREDENTIALS_DIRECTORY_ENV)
        return cls(
            secrets,
            file=Path(named).expanduser() if isinstance(named, str) and named else None,
            credentials_dir=Path(directory) if directory else None,
        )

    # -- writing (keyring only) ------------------------------------------------------------------------------
    def store(
        self,
        site_id: uuid.UUID,
        credentials: Credentials | None,
        *,
        model: str | None = None,
        factory_defaults: bool = False,
    ) -> None:
        """Store a site's (or one model's) login, or the explicit choice of factory defaults."""
        if factory_defaults == (credentials is not None):
            raise ValueError("give credentials or factory_defaults=True, not both and not neither")
        entry = CredentialEntry(credentials, factory_defaults)
        try:
            self._secrets.set(keyring_key(site_id, model), entry.to_secret())
        except SecretStoreError as exc:
            raise CredentialsError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        (
                            "{exc}. A headless agent can read miner credentials from a "
                            "0600 file named in its settings or from systemd credentials "
                            "(${CREDENTIALS_DIRECTORY_ENV}/{SYSTEMD_CREDENTIAL_NAME}): "
                            "see the README"
                        ),
                    ),
                    exc=exc,
                    CREDENTIALS_DIRECTORY_ENV=CREDENTIALS_DIRECTORY_ENV,
                    SYSTEMD_CREDENTIAL_NAME=SYSTEMD_CREDENTIAL_NAME,
                )
            ) from None

    def forget(self, site_id: uuid.UUID, *, model: str | None = None) -> None:
        try:
            self._secrets.delete(keyring_key(site_id, model))
        except SecretStoreError as exc:
            raise CredentialsError(exc.text) from None

    # -- reading -----------------------------------------------------------------------------------------------
    def entry(self, site_id: uuid.UUID, site_name: str = "", model: str | None = None) -> CredentialEntry | None:
        """The model's override at the site, else the site's entry; ``None`` when nothing is stored anywhere."""
        keyring_error: str | None = None
        for key in ([keyring_key(site_id, model)] if model else []) + [keyring_key(site_id)]:
            try:
                raw = self._secrets.get(key)
            except SecretStoreError as exc:
                keyring_error = str(exc)
                break
            if raw is not None:
                return CredentialEntry.parse(raw, f"keyring entry {key}")
        found = self._from_files(site_id, site_name, model)
        if found is None and keyring_error is not None and not self._sources():
            raise CredentialsError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        (
                            "{keyring_error}; no credentials file is configured either "
                            "(settings extra.{SETTINGS_KEY}.credentials_file, or systemd "
                            "${CREDENTIALS_DIRECTORY_ENV})"
                        ),
                    ),
                    keyring_error=keyring_error,
                    SETTINGS_KEY=SETTINGS_KEY,
                    CREDENTIALS_DIRECTORY_ENV=CREDENTIALS_DIRECTORY_ENV,
                )
            )
        return found

    def for_miner(
        self, site_id: uuid.UUID, family: Family, *, site_name: str = "", model: str | None = None
    ) -> Credentials | None:
        entry = self.entry(site_id, site_name, model)
        return entry.for_family(family) if entry is not None else None

    def describe(self, site_id: uuid.UUID, site_name: str = "", model: str | None = None) -> str:
        """What is stored, without the password: for a settings page or a command's answer."""
        entry = self.entry(site_id, site_name, model)
        if entry is None:
            return "not set"
        if entry.factory_defaults:
            return "factory defaults"
        assert entry.credentials is not None
        return f"user {entry.credentials.username}"

    def stored(self, site_id: uuid.UUID, model: str | None = None) -> CredentialEntry | None:
        """Exactly what the keyring holds for the site (or for one model there), no fallback; for a settings page."""
        key = keyring_key(site_id, model)
        try:
            raw = self._secrets.get(key)
        except SecretStoreError as exc:
            raise CredentialsError(exc.text) from None
        return None if raw is None else CredentialEntry.parse(raw, f"keyring entry {key}")

    def keyring_problem(self) -> str | None:
        """Why nothing can be stored in the keyring here (no backend, a plaintext one…); ``None`` when it can."""
        try:
            self._secrets.get(KEY_PREFIX + "probe")
        except SecretStoreError as exc:
            return str(exc)
        return None

    @property
    def headless_sources(self) -> list[Path]:
        """The credentials files this store reads after the keyring (settings' file, systemd credentials)."""
        return self._sources()

    def _sources(self) -> list[Path]:
        paths = [self._file] if self._file is not None else []
        if self._dir is not None:
            paths.append(self._dir / SYSTEMD_CREDENTIAL_NAME)
        return paths

    def _from_files(self, site_id: uuid.UUID, site_name: str, model: str | None) -> CredentialEntry | None:
        for path in self._sources():
            if path.parent == self._dir and not path.exists():
                continue
            data = self._load(path)
            names = [str(site_id), site_name] if site_name else [str(site_id)]
            if model:
                models = data.get("models") or {}
                for name in names:
                    per_site = models.get(name) if isinstance(models, dict) else None
                    if isinstance(per_site, dict):
                        for key, raw in per_site.items():
                            if model_key(str(key)) == model_key(model):
                                return CredentialEntry.parse(raw, f"{path}: models.{name}.{key}")
            sites = data.get("sites") or {}
            for name in names:
                if isinstance(sites, dict) and name in sites:
                    return CredentialEntry.parse(sites[name], f"{path}: sites.{name}")
        return None

    def _load(self, path: Path) -> dict[str, Any]:
        check_private_file(path)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise CredentialsError(
                Text(QT_TRANSLATE_NOOP("Errors", "credentials file {path} cannot be read: {exc}"), path=path, exc=exc)
            ) from None
        if not isinstance(data, dict):
            raise CredentialsError(
                Text(QT_TRANSLATE_NOOP("Errors", "credentials file {path} is not a JSON object"), path=path)
            )
        return data
