"""Secrets (database password, API keys, miner logins) in the OS keyring, and nowhere else.

Only a keyring that keeps secrets safely across restarts is used: Secret Service, KWallet, macOS Keychain, Windows
Credential Manager. A plaintext file keyring (keyrings.alt), keyring's "fail" and "null" backends are refused, also
when keyring would chain them behind a real one. Where none is left the store says so (``status()``), every write
fails with that reason, and nothing ever claims a secret was stored. The demo keeps its throwaway secrets for its
session only (``SecretStore.for_this_session``), and says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from hashinsight_desktop import APP_NAME
from hashinsight_desktop.services.errors import TextError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)


class SecretStoreError(TextError):
    pass


class NoSecureKeyring(SecretStoreError):
    """Only refused backends (or none) here; ``found`` names them."""

    def __init__(self, found: str) -> None:
        no_keyring = QT_TRANSLATE_NOOP("Errors", "no secure keyring on this computer (found {found}): {hint}")
        super().__init__(Text(no_keyring, found=found, hint=NO_KEYRING_HINT))
        self.found = found


# Backends that would write secrets to disk in clear (or ask their password on a terminal), or store nothing.
_REFUSED_BACKENDS = ("PlaintextKeyring", "fail.Keyring", "null.Keyring")
_REFUSED_MODULES = ("keyrings.alt.file",)
NO_KEYRING_HINT = QT_TRANSLATE_NOOP(
    "Errors",
    "install or unlock the system keyring (Secret Service: GNOME Keyring or KWallet; macOS Keychain; "
    "Windows Credential Manager)",
)


_FRIENDLY = {
    "keyring.backends.SecretService": "Secret Service",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
}


def _friendly(backend: keyring.backend.KeyringBackend) -> str:
    module = type(backend).__module__
    return _FRIENDLY.get(module, f"{module}.{type(backend).__qualname__}")


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refused(backend: keyring.backend.KeyringBackend) -> bool:
    name = _backend_name(backend)
    return name.endswith(_REFUSED_BACKENDS) or name.startswith(_REFUSED_MODULES)


@dataclass(frozen=True)
class KeyringStatus:
    """Where secrets go, for the places that ask for one."""

    kind: str  # "keyring": kept across restarts; "session": this process only; "none": nowhere
    where: str  # the keyring's name ("Secret Service"); for "none" the refused backends found
    reason: str = ""  # why nothing can be stored ("none"), or why only for this session ("session")

    @property
    def persistent(self) -> bool:
        return self.kind == "keyring"

    @property
    def message(self) -> str:
        if self.kind == "keyring":
            return f"secrets are stored in the OS keyring ({self.where})"
        if self.kind == "session":
            return f"secrets are kept in memory for this session only ({self.reason})"
        return f"secrets cannot be stored: {self.reason}"


class SecretStore:
    """One place for every secret, keyed by a name like ``database:postgresql://u@host:5432/db``."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, service: str = APP_NAME) -> None:
        self._backend = backend
        self._service = service
        self._session: dict[str, str] | None = None  # for_this_session: held in this process only
        self._session_reason = ""

    @classmethod
    def for_this_session(cls, reason: str) -> SecretStore:
        """Secrets held in this process only, lost at exit (the demo's throwaway logins); says so everywhere."""
        store = cls()
        store._session, store._session_reason = {}, reason
        return store

    def _keyring(self) -> keyring.backend.KeyringBackend:
        chosen = self._backend or keyring.get_keyring()
        # keyring chains every viable backend when there are several: keep the first one that is safe.
        candidates = getattr(chosen, "backends", None) if type(chosen).__name__ == "ChainerBackend" else None
        safe = [b for b in (candidates if candidates is not None else [chosen]) if not _refused(b)]
        if not safe:
            found = ", ".join(_backend_name(b) for b in (candidates or [chosen])) or _backend_name(chosen)
            raise NoSecureKeyring(found)
        return safe[0]

    def status(self) -> KeyringStatus:
        if self._session is not None:
            return KeyringStatus("session", "", self._session_reason)
        try:
            return KeyringStatus("keyring", _friendly(self._keyring()))
        except NoSecureKeyring as exc:
            return KeyringStatus("none", exc.found, str(exc))

    def describe_backend(self) -> str:
        return self.status().message

    def stored_where(self) -> str:
        """How to tell the user where a secret just went: never "the keyring" when it is not."""
        if self._session is not None:
            return "kept for this session only (lost when the program exits)"
        return f"stored in the OS keyring ({_friendly(self._keyring())})"

    def session_secrets(self, prefix: str) -> dict[str, str]:
        """The secrets under ``prefix`` this process alone holds (for_this_session), to hand to a child process
        it starts; empty for the OS keyring, which the child reads itself."""
        return {key: value for key, value in (self._session or {}).items() if key.startswith(prefix)}

    def get(self, key: str) -> str | None:
        if self._session is not None:
            return self._session.get(key)
        try:
            return self._keyring().get_password(self._service, key)
        except keyring.errors.KeyringError as exc:
            cannot = QT_TRANSLATE_NOOP("Errors", "cannot read secret {key!r} from the keyring: {error}")
            raise SecretStoreError(Text(cannot, key=key, error=str(exc))) from exc

    def set(self, key: str, secret: str) -> None:
        if self._session is not None:
            self._session[key] = secret
            log.info("secret %r kept for this session only", key)
            return
        try:
            self._keyring().set_password(self._service, key, secret)
        except keyring.errors.KeyringError as exc:
            cannot = QT_TRANSLATE_NOOP("Errors", "cannot store secret {key!r} in the keyring: {error}")
            raise SecretStoreError(Text(cannot, key=key, error=str(exc))) from exc
        log.info("stored secret %r in the keyring", key)  # the key's name only, never the value

    def delete(self, key: str) -> None:
        if self._session is not None:
            self._session.pop(key, None)
            return
        try:
            self._keyring().delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            cannot = QT_TRANSLATE_NOOP("Errors", "cannot delete secret {key!r} from the keyring: {error}")
            raise SecretStoreError(Text(cannot, key=key, error=str(exc))) from exc
