"""Secrets (database password, API keys) in the OS keyring, and nowhere else."""

from __future__ import annotations

import logging

import keyring
import keyring.backend
import keyring.errors

from hashinsight_desktop import APP_NAME

log = logging.getLogger(__name__)


class SecretStoreError(Exception):
    pass


# Backends that would write secrets to disk in clear, or that cannot store anything at all.
_REFUSED_BACKENDS = ("PlaintextKeyring", "fail.Keyring", "null.Keyring")


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class SecretStore:
    """One place for every secret, keyed by a name like ``database:postgresql://u@host:5432/db``."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, service: str = APP_NAME) -> None:
        self._backend = backend
        self._service = service

    def _keyring(self) -> keyring.backend.KeyringBackend:
        backend = self._backend or keyring.get_keyring()
        name = _backend_name(backend)
        if any(name.endswith(refused) for refused in _REFUSED_BACKENDS):
            raise SecretStoreError(
                f"no secure keyring is available (found {name}); install or unlock the system keyring "
                "(Secret Service, KWallet, macOS Keychain or Windows Credential Manager) to store secrets"
            )
        return backend

    def describe_backend(self) -> str:
        try:
            return _backend_name(self._keyring())
        except SecretStoreError as exc:
            return str(exc)

    def get(self, key: str) -> str | None:
        try:
            return self._keyring().get_password(self._service, key)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"cannot read secret {key!r} from the keyring: {exc}") from exc

    def set(self, key: str, secret: str) -> None:
        try:
            self._keyring().set_password(self._service, key, secret)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"cannot store secret {key!r} in the keyring: {exc}") from exc
        log.info("stored secret %r in the keyring", key)  # the key's name only, never the value

    def delete(self, key: str) -> None:
        try:
            self._keyring().delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"cannot delete secret {key!r} from the keyring: {exc}") from exc


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in this process only: for tests and throwaway demo sessions."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
