"""The secret store against the real keyrings a Linux machine has: Secret Service (GNOME Keyring in a D-Bus
session started here), none (keyring's fail backend), and a plaintext file keyring (keyrings.alt), which is
refused. Each store and read runs in a process of its own, as the console does across a restart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError

STORE = """
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
store = SecretStore()
print("status", store.status().kind, store.status().where)
try:
    store.set("database:postgresql+psycopg://ops@db:5432/farm", "hunter2-pw")
    print("stored", store.stored_where())
except SecretStoreError as exc:
    print("refused", exc)
"""
READ = """
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
try:
    print("read", SecretStore().get("database:postgresql+psycopg://ops@db:5432/farm"))
except SecretStoreError as exc:
    print("unreadable", exc)
"""


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING", "XDG_"))}
    return {**env, "HOME": str(home), **extra}


def _python(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_no_keyring_stores_nothing_and_says_why(tmp_path: Path) -> None:
    env = _env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = _python(STORE, env)
    assert "status none" in out and "refused" in out and "no secure keyring on this computer" in out
    assert "stored" not in out
    assert "unreadable" in _python(READ, env)


def test_a_plaintext_keyring_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    pytest.importorskip("keyrings.alt", reason="keyrings.alt is not installed (pip install keyrings.alt)")
    for env in (
        _env(tmp_path, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring"),  # chosen in keyringrc
        _env(tmp_path),  # what keyring picks by itself on a machine with keyrings.alt and no Secret Service
    ):
        out = _python(STORE, env)
        assert "status none" in out and "refused" in out and "PlaintextKeyring" in out
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [], written  # no keyring_pass.cfg with the password in clear


def test_the_store_refuses_a_plaintext_keyring_chained_behind_nothing() -> None:
    pytest.importorskip("keyrings.alt", reason="keyrings.alt is not installed (pip install keyrings.alt)")
    from keyrings.alt.file import PlaintextKeyring

    store = SecretStore(PlaintextKeyring())
    assert store.status().kind == "none" and not store.status().persistent
    with pytest.raises(SecretStoreError, match="PlaintextKeyring"):
        store.set("api:coingecko", "k3y")


SECRET_SERVICE = shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")


@pytest.mark.skipif(
    not SECRET_SERVICE, reason="no Secret Service implementation here: apt-get install dbus gnome-keyring"
)
def test_secret_service_keeps_a_secret_across_a_restart(tmp_path: Path) -> None:
    """Stored in one process, read in another after the keyring daemon itself restarted (the secret is on disk,
    encrypted in the login keyring); keyrings.alt's plaintext backend beside it is never used."""
    (tmp_path / "store.py").write_text(STORE)
    (tmp_path / "read.py").write_text(READ)
    script = textwrap.dedent(
        f"""
        set -e
        start() {{ printf 'keyring-pw' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
                   daemon=$!; sleep 0.5; }}
        start
        "{sys.executable}" "{tmp_path}/store.py"
        kill $daemon; wait $daemon || true
        start
        "{sys.executable}" "{tmp_path}/read.py"
        kill $daemon; wait $daemon || true
        """
    )
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "status keyring Secret Service" in done.stdout, done.stdout + done.stderr
    assert "stored stored in the OS keyring (Secret Service)" in done.stdout
    assert "read hunter2-pw" in done.stdout
    assert list((home / ".local" / "share" / "keyrings").glob("*.keyring"))  # GNOME Keyring's own file
    assert not (home / ".local" / "share" / "python_keyring").exists()  # not the plaintext one
    for path in home.rglob("*"):
        if path.is_file():
            assert b"hunter2-pw" not in path.read_bytes(), path  # nowhere in clear
