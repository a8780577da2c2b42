"""Every released schema version upgrades to the newest one with its data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hashinsight_desktop.db import migrate
from hashinsight_desktop.services import audit, auth
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.permissions import SYSTEM
from tests.support.factories import PASSWORD
from tests.support.make_schema_golden import GOLDEN_DIR

GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*.sqlite3"))


def test_there_is_a_golden_file_for_the_newest_schema() -> None:
    from hashinsight_desktop.db.engine import make_engine

    engine = make_engine("sqlite://")
    assert (GOLDEN_DIR / f"{migrate.head_revision(engine)}.sqlite3").exists(), (
        "new schema version: run `python -m tests.support.make_schema_golden` and commit the file"
    )


@pytest.mark.parametrize("golden", GOLDEN_FILES, ids=lambda p: p.stem)
def test_upgrade_from_released_version(golden: Path, tmp_path: Path) -> None:
    copy = tmp_path / golden.name
    shutil.copyfile(golden, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
        migrate.check_no_drift(db.engine)
        with db.session_factory() as session:
            assert audit.verify(session, SYSTEM).ok
        assert auth.login(db.session_factory, "owner", PASSWORD).role.value == "owner"
    finally:
        db.close()
