"""A keyring backend for command-line tests only: the CLI runs in a child process, whose keyring must
outlive it. It keeps secrets in the JSON file named by HASHINSIGHT_TEST_KEYRING_FILE. Never used outside tests
(select it with PYTHON_KEYRING_BACKEND=tests.support.file_keyring.TestFileKeyring)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

FILE_ENV = "HASHINSIGHT_TEST_KEYRING_FILE"
BACKEND = "tests.support.file_keyring.TestFileKeyring"


class TestFileKeyring(keyring.backend.KeyringBackend):
    priority = -1  # type: ignore[assignment]  # chosen by name only (PYTHON_KEYRING_BACKEND), never by keyring

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))
