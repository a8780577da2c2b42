"""Word-prefix search for CRM tables that must answer in milliseconds at 50,000+ rows on both engines.

Each record's searchable text is split into lower-case words kept in ``crm_search_terms``; a search matches
records where every word typed is the start of one of their words ("acme" finds "Northwind ACME Ltd" and
ops@acme.example, "0471" finds "Customer 04711", "555 01" finds +1 555 0100). A word is an index range
(term >= 'acm' AND term < 'acn'), never a scan: a LIKE '%acme%' over five columns of 50,000 customers took
~300 ms on SQLite (benchmarks/bench_crm.py). Services call ``index`` in the transaction of every change.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CrmSearchTerm

TERM_MAX = 64
_TOKENS = re.compile(r"\w+")
_DIGITS = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[\d\s+().-]+$")


def terms_of(*texts: str | None) -> set[str]:
    """The words a search may start: each space-separated word as typed (ops@acme.example, +1, 100%), each
    run of letters and digits in it (ops, acme, example), and a phone-like word's digits run together."""
    terms: set[str] = set()
    for text in texts:
        for word in (text or "").lower().split():
            terms.add(word[:TERM_MAX])
            terms.update(token[:TERM_MAX] for token in _TOKENS.findall(word))
        digits = _DIGITS.sub("", text or "")
        if len(digits) >= 6 and _PHONE_LIKE.match(text or ""):
            terms.add(digits[:TERM_MAX])  # "+1 (555) 010-0100" -> 15550100100
    return terms


def customer_texts(
    name: str | None, company: str | None, email: str | None, phone: str | None, tax_id: str | None
) -> tuple[str | None, ...]:
    return name, company, email, phone, tax_id


def term_rows(kind: str, entity_id: uuid.UUID, *texts: str | None) -> list[dict[str, Any]]:
    """Rows for a bulk insert (an import, a benchmark's seed)."""
    return [{"kind": kind, "term": term, "entity_id": entity_id} for term in sorted(terms_of(*texts))]


def index(session: Session, kind: str, entity_id: uuid.UUID, *texts: str | None) -> None:
    """(Re)write a record's words in the caller's transaction."""
    forget(session, kind, [entity_id])
    rows = term_rows(kind, entity_id, *texts)
    if rows:
        session.execute(insert(CrmSearchTerm), rows)


def forget(session: Session, kind: str, entity_ids: Iterable[uuid.UUID]) -> None:
    ids = list(entity_ids)
    if ids:
        session.execute(delete(CrmSearchTerm).where(CrmSearchTerm.kind == kind, CrmSearchTerm.entity_id.in_(ids)))


def _upper_bound(prefix: str) -> str:
    """The smallest string after every string starting with ``prefix`` (code point order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def matching(kind: str, search: str | None, id_column: Any) -> Any:
    """A WHERE condition: every word of ``search`` starts one of the record's words; None for no search."""
    words = [word[:TERM_MAX] for word in (search or "").lower().split()]
    if not words:
        return None
    conditions = []
    for word in dict.fromkeys(words):
        ids = select(CrmSearchTerm.entity_id).where(
            CrmSearchTerm.kind == kind, CrmSearchTerm.term >= word, CrmSearchTerm.term < _upper_bound(word)
        )
        conditions.append(id_column.in_(ids))
    return and_(*conditions)
