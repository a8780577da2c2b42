"""What the UI tests share: an app context over the test database (each engine), its first owner,
and the shipped miner catalogue."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from hashinsight_desktop.services import auth, catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import SYSTEM, Principal
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.small_qm import console_in_chinese
from tools import translations

OWNER_PASSWORD = "correct horse battery staple"


@pytest.fixture
def context(database: Database, secrets: SecretStore) -> AppContext:
    """The context a tab gets, in the test's own app home (default settings, an in-memory keyring)."""
    paths = AppPaths.default().ensure()
    return AppContext(
        paths=paths,
        settings_store=SettingsStore(paths.settings_file),
        settings=Settings(),
        database=database,
        secrets=secrets,
    )


@pytest.fixture
def owner(context: AppContext) -> Principal:
    """The first owner account (audit record 1)."""
    with unit_of_work(context.database.session_factory, "user") as session:
        return auth.create_first_owner(session, "owner", OWNER_PASSWORD, "Olivia Owner")


@pytest.fixture
def shipped_catalogue(context: AppContext) -> int:
    """The miner catalogue as the first start loads it (one audit record, by the system); its size."""
    with unit_of_work(context.database.session_factory) as session:
        return catalogue.load_shipped_catalogue(session, SYSTEM)


@pytest.fixture(scope="session")
def pseudo_translations_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A translations folder whose zh_CN reads every extracted string ⟪like this⟫ (built once: ~5 s), for the tests
    reading the whole window back (test_translations_shown, test_codes_shown)."""
    folder = tmp_path_factory.mktemp("pseudo_i18n")
    ts, qm = folder / "hashinsight_zh_CN.ts", folder / "hashinsight_zh_CN.qm"
    translations.extract(ts)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form in translation.findall("numerusform") or [translation]:
            form.text = f"⟪{message.findtext('source')}⟫"
    tree.write(ts, encoding="utf-8")
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture
def pseudo_translation(pseudo_translations_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The console in that pseudo-Chinese for one test."""
    with console_in_chinese(pseudo_translations_dir, monkeypatch):
        yield
