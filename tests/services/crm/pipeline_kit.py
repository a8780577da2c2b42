"""What the pipeline tests share: people, a fixed clock, and a count of everything a refused action must not
have written (rows of each pipeline table, audit records, outbox events, queued e-mails)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import (
    Activity,
    AuditRecord,
    Commission,
    Customer,
    Deal,
    EmailLog,
    Lead,
    OutboxEvent,
)
from hashinsight_desktop.services.crm import leads
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
COUNTED = (Lead, Deal, Customer, Activity, Commission, AuditRecord, OutboxEvent, EmailLog)


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """make_people hashes five passwords (argon2id, ~0.5 s each): these tests never log in, so a cheap
    argon2id does (the hashing itself is tested in tests/services/test_auth.py)."""
    from hashinsight_desktop.services import passwords

    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def clock() -> datetime:
    return NOW


def counts(session_factory: sessionmaker[Session]) -> dict[str, int]:
    with session_factory() as session:
        return {m.__name__: session.scalar(select(func.count()).select_from(m)) or 0 for m in COUNTED}


def snapshot(session_factory: sessionmaker[Session], model: Any, row_id: Any) -> dict[str, Any]:
    with session_factory() as session:
        row = session.get(model, row_id)
        assert row is not None
        return {c.key: getattr(row, c.key) for c in model.__table__.columns}


def new_lead(session_factory: sessionmaker[Session], principal: Principal, status: str = "new", **fields: Any) -> Any:
    """A lead moved through the legal stages up to ``status`` (contacted, qualified)."""
    values = {"title": "Hosting for 200 S21", "company": "Nordic Hash AB", "value_estimate": "120000.00"} | fields
    with unit_of_work(session_factory) as session:
        lead = leads.add_lead(session, principal, clock=clock, **values)
        for step in ("contacted", "qualified")[: ("new", "contacted", "qualified").index(status)]:
            leads.move_lead(session, principal, lead.id, step, expected_version=lead.version, clock=clock)
        return lead.id
