"""What the pipeline's lists share: a page of rows with the total, literal search, sorting by a named column
(done in the database, with the id as tie-break so pages never overlap), and who may see the pipeline.

The pipeline (leads, deals, activities, commissions) is the farm's own sales work: a customer-role user sees
none of it — their lists are empty and a row asked for by id is "not found", exactly as for a missing row —
and staff need CUSTOMERS_MANAGE (``scope.customer_condition`` checks both roles' permission).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, false, func, or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.services.crm import scope
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Principal, Role

T = TypeVar("T")
AnySelect = Select[*tuple[Any, ...]]
Q = TypeVar("Q", bound=AnySelect)
MAX_PAGE = 1000


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


def contains(columns: Sequence[Any], search: str | None) -> ColumnElement[bool] | None:
    """Any of ``columns`` holds ``search`` (case-insensitive; % and _ typed are literal, never wildcards)."""
    text = (search or "").strip().lower()
    if not text:
        return None
    literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(*(func.lower(column).like(f"%{literal}%", escape="\\") for column in columns))


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
    """One page of ``query`` sorted by ``sortable[order_by]``, and the number of rows of every page."""
    if order_by not in sortable:
        raise ValidationError("order_by", f"{order_by!r} is not sortable; one of {', '.join(sortable)}")
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", f"must be between 1 and {MAX_PAGE}")
    if offset < 0:
        raise ValidationError("offset", "must not be negative")
    column = sortable[order_by]
    ordering = (column.desc(), tie_break.desc()) if descending else (column.asc(), tie_break.asc())
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = list(session.execute(query.order_by(*ordering).limit(limit).offset(offset)).all())
    return rows, total
