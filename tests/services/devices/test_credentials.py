"""Miner logins per site (and per model) in the keyring; factory defaults only when chosen; the headless file."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from hashinsight_desktop.services.devices import Credentials, CredentialsError, CredentialStore, Family
from hashinsight_desktop.services.secret_store import SecretStore


def _no_keyring_store() -> SecretStore:
    import keyring.backends.fail

    return SecretStore(keyring.backends.fail.Keyring())


def test_site_and_model_logins_in_the_keyring(secrets: SecretStore) -> None:
    store = CredentialStore(secrets)
    site = uuid.uuid4()
    assert store.for_miner(site, Family.ANTMINER, model="Antminer S19 Pro") is None  # never a silent default
    store.store(site, Credentials("root", "s3cret"))
    store.store(site, Credentials("root", "other"), model="Antminer S19j Pro")
    assert store.for_miner(site, Family.ANTMINER, model="Antminer S19 Pro") == Credentials("root", "s3cret")
    assert store.for_miner(site, Family.ANTMINER, model="antminer  s19j pro") == Credentials("root", "other")
    assert "s3cret" not in repr(store.for_miner(site, Family.ANTMINER))
    assert store.describe(site) == "user root"

    other = uuid.uuid4()
    store.store(other, None, factory_defaults=True)
    assert store.for_miner(other, Family.WHATSMINER) == Credentials("admin", "admin")
    assert store.for_miner(other, Family.ANTMINER) == Credentials("root", "root")
    assert store.describe(other) == "factory defaults"
    with pytest.raises(ValueError):
        store.store(other, Credentials("a", "b"), factory_defaults=True)


def test_no_keyring_means_no_storing_and_no_plaintext(tmp_path: Path) -> None:
    store = CredentialStore(_no_keyring_store())
    with pytest.raises(CredentialsError, match="headless agent"):
        store.store(uuid.uuid4(), Credentials("root", "x"))
    with pytest.raises(CredentialsError, match="no credentials file"):
        store.for_miner(uuid.uuid4(), Family.ANTMINER)
    assert list(tmp_path.iterdir()) == []


def test_headless_file_must_be_private(tmp_path: Path) -> None:
    site = uuid.uuid4()
    path = tmp_path / "miners.json"
    path.write_text(
        json.dumps(
            {
                "sites": {"Texas North": {"username": "root", "password": "from-file"}},
                "models": {"Texas North": {"Antminer S21": {"factory_defaults": True}}},
            }
        )
    )
    path.chmod(0o644)
    store = CredentialStore.from_settings(_no_keyring_store(), {"devices": {"credentials_file": str(path)}}, environ={})
    with pytest.raises(CredentialsError, match="readable by others"):
        store.for_miner(site, Family.ANTMINER, site_name="Texas North")
    path.chmod(0o600)
    assert store.for_miner(site, Family.ANTMINER, site_name="Texas North") == Credentials("root", "from-file")
    assert store.for_miner(site, Family.ANTMINER, site_name="Texas North", model="Antminer S21") == Credentials(
        "root", "root"
    )
    assert store.for_miner(site, Family.ANTMINER, site_name="Quebec East") is None


def test_systemd_credentials_directory(tmp_path: Path, secrets: SecretStore) -> None:
    site = uuid.uuid4()
    (tmp_path / "miner-credentials.json").write_text(json.dumps({"sites": {str(site): {"factory_defaults": True}}}))
    os.chmod(tmp_path / "miner-credentials.json", 0o400)
    store = CredentialStore.from_settings(secrets, {}, environ={"CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert store.for_miner(site, Family.VNISH) == Credentials("admin", "admin")  # keyring empty: the file answers
    store.store(site, Credentials("admin", "kept"))
    assert store.for_miner(site, Family.VNISH) == Credentials("admin", "kept")  # the keyring comes first
