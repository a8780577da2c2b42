"""Gapless number series for invoices and credit notes: ``INV-2026-000123``, ``CN-2026-000004``.

A number is taken inside the transaction that issues the document, from the series' counter row: PostgreSQL
locks the row (``SELECT … FOR UPDATE``) until that transaction ends, so a second issuer waits; SQLite's own
database write lock does the same, taken by the first statement (a write: the counter's insert-or-ignore)
before the counter is read. A rolled-back issue rolls the counter back with it: its number is given to the
next issue, and no number is skipped or given twice (tests/services/billing_db/test_numbering.py: two
processes issuing at once, one rolling back).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import NumberSeries

INVOICE, CREDIT_NOTE = "INV", "CN"
DIGITS = 6


def next_number(session: Session, prefix: str, year: int) -> str:
    """The series' next number, taken in the caller's transaction (held until it commits or rolls back)."""
    series = f"{prefix}-{year:04d}"
    postgres = session.get_bind().dialect.name == "postgresql"
    insert = postgresql.insert if postgres else sqlite.insert
    session.execute(insert(NumberSeries).values(series=series, last_number=0).on_conflict_do_nothing())
    query = select(NumberSeries.last_number).where(NumberSeries.series == series)
    last = session.execute(query.with_for_update() if postgres else query).scalar_one()
    session.execute(update(NumberSeries).where(NumberSeries.series == series).values(last_number=last + 1))
    return f"{series}-{last + 1:0{DIGITS}d}"
