"""Writes tests/data/schema_versions/<revision>.sqlite3: a small database at the current head, with
people, sites and audit records in it. Run once per released schema version and commit the file:

    .venv/bin/python -m tests.support.make_schema_golden
"""

from __future__ import annotations

from pathlib import Path

from hashinsight_desktop.db import migrate
from hashinsight_desktop.services.database import open_database
from tests.support.factories import make_people

GOLDEN_DIR = Path(__file__).resolve().parent.parent / "data" / "schema_versions"


def main() -> None:
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    staging = GOLDEN_DIR / "staging.sqlite3"
    staging.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{staging}")
    make_people(db.session_factory)
    revision = migrate.current_revision(db.engine)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")  # one self-contained file
    db.close()
    target = GOLDEN_DIR / f"{revision}.sqlite3"
    staging.replace(target)
    for leftover in GOLDEN_DIR.glob("staging.sqlite3*"):
        leftover.unlink()
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
