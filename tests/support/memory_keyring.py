"""A keyring backend that keeps secrets in this process: for in-process tests only, passed explicitly
(``SecretStore(MemoryKeyring())``). Its priority is below keyring's "fail" backend, so keyring never picks it by
itself; the console has no such backend (a machine without a keyring is told so, never given this)."""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = -1  # type: ignore[assignment]

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
