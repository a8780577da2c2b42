"""What the UI tests share: an app context over the test database (each engine), its first owner,
and the shipped miner catalogue."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services import auth, catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import SYSTEM, Principal
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import Settings, SettingsStore
from hashinsight_desktop.services.transaction import unit_of_work

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
