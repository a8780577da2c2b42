"""Schema 0023 puts the leads, deals and activities a database already holds into the word index, so a search
finds rows written before the services indexed them (SQLite: the same statements run on PostgreSQL in
test_migrations' upgrade of an empty database)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import CrmSearchTerm, Lead, User

BEFORE = "0022_ticket_list_indexes"


def test_upgrade_indexes_the_pipeline_rows_already_there(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        migrate.upgrade(engine, BEFORE)
        now, owner, lead = datetime.now(UTC), uuid.uuid4(), uuid.uuid4()
        with engine.begin() as connection:
            stamps = {"created_at": now, "updated_at": now}
            user = {"id": owner, "username": "sam", "display_name": "", "password_hash": "x", "role": "admin"}
            connection.execute(insert(User.__table__).values(**user, **stamps))
            values = {"id": lead, "title": "Hosting for Nordic Hash", "owner_id": owner, "value_estimate": 0}
            connection.execute(insert(Lead.__table__).values(**values, **stamps))
        migrate.upgrade(engine)
        with engine.connect() as connection:
            terms = set(connection.execute(select(CrmSearchTerm.term).where(CrmSearchTerm.entity_id == lead)).scalars())
        assert {"hosting", "for", "nordic", "hash"} <= terms
    finally:
        engine.dispose()
