from __future__ import annotations

import sqlite3
from pathlib import Path

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine


def test_backup_copies_the_file_at_its_revision(tmp_path: Path) -> None:
    path = tmp_path / "farm.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO roles (name, description) VALUES ('auditor', 'kept in backup')")
    backup = migrate.backup_sqlite_file(engine, "0001_core")
    engine.dispose()
    assert backup is not None and backup.exists()
    assert "0001_core" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT description FROM roles WHERE name='auditor'").fetchone() == ("kept in backup",)
