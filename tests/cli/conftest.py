"""Command-line tests start where the README's first step leaves a user: `db init` made the default database.
Tests of a missing database use a home of their own (tests/cli/test_start_messages.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hashinsight_desktop.services.database import open_database


@pytest.fixture(scope="session")
def initialised_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied into each test's home (migrating it per test would cost seconds)."""
    path = tmp_path_factory.mktemp("initialised") / "hashinsight.sqlite3"
    open_database(f"sqlite:///{path}", create=True).close()
    return path


@pytest.fixture(autouse=True)
def app_home(app_home: Path, initialised_database: Path) -> Path:
    (app_home / "data").mkdir(parents=True, exist_ok=True)
    shutil.copy(initialised_database, app_home / "data" / "hashinsight.sqlite3")
    return app_home
