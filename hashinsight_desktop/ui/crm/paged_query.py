"""What a CRM table asks the database for, and what it gets back: one page of rows, searched, filtered and
sorted by the database (50,000 customers are never loaded to sort them here). Plain Python, no Qt, so the
export and the tests use it too."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from hashinsight_desktop.services.permissions import Principal

T = TypeVar("T")
PAGE_SIZE = 200
UNKNOWN_TOTAL = -1  # a list that does not count its rows: the pager offers Next while pages come full
EXPORT_CHUNK = 1000  # the services' largest page (services.crm.listing.MAX_PAGE)


@dataclass(frozen=True)
class TableQuery:
    search: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)  # filter key -> chosen value ("" or absent: all)
    order_by: str | None = None  # a column's sort key
    descending: bool = False
    limit: int = PAGE_SIZE
    offset: int = 0

    def filter(self, key: str) -> str | None:
        """The chosen value of a filter, None when it is "all"."""
        return self.filters.get(key) or None


@dataclass(frozen=True)
class TablePage(Generic[T]):
    rows: list[T]
    total: int  # rows matching the search and filters, all pages (UNKNOWN_TOTAL: not counted)


Fetch = Callable[[Session, Principal, TableQuery], TablePage[Any]]


@dataclass(frozen=True)
class PagedColumn(Generic[T]):
    title: str  # marked with QT_TRANSLATE_NOOP("Columns", …) where defined
    value: Callable[[T], Any]  # what is shown (and exported)
    sort_key: str | None = None  # the service's order_by name; None: the database does not sort on it
    align_right: bool = False
    tone: Callable[[T], str | None] | None = None  # a status tone of the cell (ui.theme: ok, bad, note)


@dataclass(frozen=True)
class TableFilter:
    key: str
    label: str  # marked with QT_TRANSLATE_NOOP("CrmFilters", …)
    choices: Sequence[tuple[str, str]] = ()  # (value, label marked with QT_TRANSLATE_NOOP("CrmLabels", …))
    # Choices read from the database (the tags in use), as (value, label shown as is), with the first page.
    load: Callable[[Session, Principal], Sequence[tuple[str, str]]] | None = None


@dataclass(frozen=True)
class TableSource(Generic[T]):
    """One CRM table: its columns, filters and how a page is read."""

    name: str  # file names and object names: "customers"
    columns: Sequence[PagedColumn[T]]
    fetch: Fetch
    filters: Sequence[TableFilter] = ()
    default_order: str | None = None
    default_descending: bool = False
    searchable: bool = True  # False: the service has no search, so no search box


def page_bounds(page: TablePage[Any], query: TableQuery) -> tuple[int, int]:
    """The 1-based first and last row numbers a page shows (0, 0 when empty)."""
    if not page.rows:
        return 0, 0
    return query.offset + 1, query.offset + len(page.rows)


def all_rows(fetch: Callable[[TableQuery], TablePage[T]], query: TableQuery) -> Iterator[T]:
    """Every row the query matches, read a chunk at a time (for the export), in the table's order."""
    offset = 0
    while True:
        page = fetch(replace(query, limit=EXPORT_CHUNK, offset=offset))
        yield from page.rows
        if len(page.rows) < EXPORT_CHUNK:
            return
        offset += EXPORT_CHUNK


def export_cell(value: Any) -> Any:
    """A shown value as a spreadsheet cell: numbers stay numbers, moments and text become text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ", timespec="minutes") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def page_fetch(
    list_page: Callable[..., Any],
    default_order: str,
    filters: Callable[[TableQuery, Principal], Mapping[str, Any]] = lambda _query, _principal: {},
    **fixed: Any,
) -> Fetch:
    """A fetch over a service list answering a ``listing.Page`` (``items``, ``total``): the table's search, order
    and page, the filters as ``filters(query, principal)`` turns them into the service's keywords, and ``fixed``
    ones (one customer's)."""

    def fetch(session: Session, principal: Principal, query: TableQuery) -> TablePage[Any]:
        page = list_page(
            session,
            principal,
            search=query.search,
            order_by=query.order_by or default_order,
            descending=query.descending,
            limit=query.limit,
            offset=query.offset,
            **filters(query, principal),
            **fixed,
        )
        return TablePage(page.items, page.total)

    return fetch
