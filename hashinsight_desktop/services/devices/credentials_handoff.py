"""Miner logins held only in this process (a computer without a keyring: the demo keeps them for the
session) handed to the agent process the console starts, through the headless agent's own channel: a
systemd-style credentials directory (``$CREDENTIALS_DIRECTORY/miner-credentials.json``, private to this
user: directory 0700, file 0600). Logins in the OS keyring need no hand-off: the agent reads the keyring."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hashinsight_desktop.services.devices.credentials import KEY_PREFIX, SYSTEMD_CREDENTIAL_NAME
from hashinsight_desktop.services.secret_store import SecretStore


def hand_off(secrets: SecretStore) -> Path | None:
    """A new private directory holding the session's miner logins, or None when there are none to hand off.
    The caller removes it (:func:`withdraw`) when the agent stops."""
    held = secrets.session_secrets(KEY_PREFIX)
    if not held:
        return None
    sites: dict[str, Any] = {}
    models: dict[str, dict[str, Any]] = {}
    for key, secret in held.items():
        site, _, model = key.removeprefix(KEY_PREFIX).partition(":model:")
        entry = json.loads(secret)
        if model:
            models.setdefault(site, {})[model] = entry
        else:
            sites[site] = entry
    directory = Path(tempfile.mkdtemp(prefix="hashinsight-agent-"))  # 0700
    descriptor = os.open(directory / SYSTEMD_CREDENTIAL_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump({"sites": sites, "models": models}, file)
    return directory


def withdraw(directory: Path) -> None:
    shutil.rmtree(directory, ignore_errors=True)
