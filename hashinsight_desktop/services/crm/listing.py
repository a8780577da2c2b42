"""What the pipeline's lists share: a page of rows with the total, sorting by a named column (done in the
database, with the id as tie-break so pages never overlap), and who may see the pipeline. Searches are word
prefixes from ``search_terms`` (kinds "lead", "deal", "activity").

The pipeline (leads, deals, activities, commissions) is the farm's own sales work: a customer-role user sees
none of it — their lists are empty and a row asked for by id is "not found", exactly as for a missing row —
and staff need CUSTOMERS_MANAGE (``scope.customer_condition`` checks both roles' permission).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, union
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CrmSearchTerm
from hashinsight_desktop.services.crm import scope, search_terms
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

T = TypeVar("T")
AnySelect = Select[*tuple[Any, ...]]
Q = TypeVar("Q", bound=AnySelect)
MAX_PAGE = 1000
# A search word with at most this many times the rarest word's terms is matched by its id list; a commoner one
# record by record ("cobalt deal" over 20,000 deals: ~135 -> ~40 ms of SQL; "cobalt 4711" keeps its probes).
LIST_WITHIN = 8


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int  # rows matching the filters, all pages together


def pipeline_condition(principal: Principal, customer_column: Any, action: str) -> ColumnElement[bool] | None:
    """The WHERE limit of a pipeline query: nothing for a customer, no limit for staff who manage customers."""
    scope.customer_condition(principal, customer_column, action)  # raises PermissionDenied for other staff
    return false() if principal.role is Role.CUSTOMER else None


def visible(query: Q, principal: Principal, customer_column: Any, action: str) -> Q:
    condition = pipeline_condition(principal, customer_column, action)
    return query if condition is None else query.where(condition)


def get_visible(session: Session, principal: Principal, model: type[T], row_id: Any, entity: str, action: str) -> T:
    """The row, or NotFound alike for a missing one and one the principal may not see."""
    customer_column = model.customer_id  # type: ignore[attr-defined]
    by_id = select(model).where(model.id == row_id)  # type: ignore[attr-defined]
    query = visible(by_id, principal, customer_column, action)
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(scope.not_found_message(entity))
    return row


def _ordering(
    sortable: Mapping[str, Any], order_by: str, descending: bool, tie_break: Any, limit: int, offset: int
) -> Any:
    if order_by not in sortable:
        raise ValidationError(
            "order_by",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{order_by!r} is not sortable; one of {value}"),
                order_by=order_by,
                value=", ".join(sortable),
            ),
        )
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError(
            "limit", Text(QT_TRANSLATE_NOOP("Errors", "must be between 1 and {MAX_PAGE}"), MAX_PAGE=MAX_PAGE)
        )
    if offset < 0:
        raise ValidationError("offset", QT_TRANSLATE_NOOP("Errors", "must not be negative"))
    column = sortable[order_by]
    return (column.desc(), tie_break.desc()) if descending else (column.asc(), tie_break.asc())


def _total(session: Session, query: AnySelect) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def word_ids(kind: str, word: str) -> Select[Any]:
    """The ids of the records of ``kind`` with a word starting ``word``: one index range of ``search_terms``'
    table (its key is kind, term, entity id)."""
    prefix = word.lower()[: search_terms.TERM_MAX]
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return select(CrmSearchTerm.entity_id).where(
        CrmSearchTerm.kind == kind, CrmSearchTerm.term >= prefix, CrmSearchTerm.term < after
    )


def search_condition(
    session: Session, search: str | None, record_id: Any, sources: Sequence[tuple[str, Any]]
) -> ColumnElement[bool] | None:
    """Every word of ``search`` starts a word of one of the record's ``sources`` — (kind, the column holding that
    kind's id: the record's own, or its customer's). None: no search.

    The word matching the fewest terms drives (its ids, then each record looked up by key); the other words are
    checked per record through the terms' entity index. Intersecting every word's ids instead took ~110 ms for
    "cobalt 4711" over 200,000 activities, "cobalt" alone matching 16,000 (bench_pipeline)."""
    words = list(dict.fromkeys((search or "").lower().split()))
    if not words:
        return None
    if len(words) == 1:  # each source's ids probed per record: a common word (7,000 of 20,000 deals) ~30 ms, not ~55
        return or_(*(column.in_(word_ids(kind, words[0])) for kind, column in sources))

    def count(word: str) -> int:
        return sum(
            session.scalar(select(func.count()).select_from(word_ids(k, word).subquery())) or 0 for k, _ in sources
        )

    counts = {word: count(word) for word in words}
    driver = min(words, key=counts.__getitem__)
    driving = [select(record_id).where(column.in_(word_ids(kind, driver))) for kind, column in sources]
    conditions = [record_id.in_(union(*driving) if len(driving) > 1 else driving[0])]
    for word in words:
        if word == driver:
            continue
        if counts[word] <= LIST_WITHIN * counts[driver]:  # about as common: its id list beats a probe per record
            conditions.append(or_(*(column.in_(word_ids(kind, word)) for kind, column in sources)))
        else:
            conditions.append(
                or_(
                    *(exists(word_ids(kind, word).where(CrmSearchTerm.entity_id == column)) for kind, column in sources)
                )
            )
    return and_(*conditions)


def page(
    session: Session,
    query: AnySelect,
    *,
    sortable: Mapping[str, Any],
    order_by: str,
    descending: bool,
    tie_break: Any,
    limit: int,
    offset: int,
) -> tuple[list[Any], int]:
    """One page of ``query``'s rows sorted by ``sortable[order_by]``, and how many rows every page holds."""
    ordering = _ordering(sortable, order_by, descending, tie_break, limit, offset)
    rows = list(session.execute(query.order_by(*ordering).limit(limit).offset(offset)).all())
    return rows, _total(session, query)


def page_ids(
    session: Session,
    ids: AnySelect,
    *,
    sortable: Mapping[str, Any],
    order_by: str,
    descending: bool,
    tie_break: Any,
    limit: int,
    offset: int,
) -> tuple[list[Any], int]:
    """``page`` of a query selecting only ids: a list reads its page in two steps, the ids (a narrow query:
    its filters and the one join its sort needs), then the rows of those ids with their joins. Joining first
    made SQLite join all 20,000 deals to their customers and owners before sorting them (bench_pipeline:
    ~250 ms a page; ~35 ms in two steps)."""
    ordering = _ordering(sortable, order_by, descending, tie_break, limit, offset)
    found = list(session.scalars(ids.order_by(*ordering).limit(limit).offset(offset)))
    return found, _total(session, ids)


def in_order(rows: Sequence[Any], ids: Sequence[Any], id_of: Any) -> list[Any]:
    """``rows`` (read by id) in the order of ``ids``."""
    by_id = {id_of(row): row for row in rows}
    return [by_id[i] for i in ids if i in by_id]
