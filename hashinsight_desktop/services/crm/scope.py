"""Who sees which customer's records: a customer-role user only their own, staff with CUSTOMERS_MANAGE all.

Every CRM query goes through ``scoped`` and every fetch by id through ``get_scoped``, so a customer
asking for another customer's row by id gets the same "not found" as for a row that does not exist
(the answer must not tell them the id is real).
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, false, select
from sqlalchemy.orm import Session

from hashinsight_desktop.services.entity_names import entity_text
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.permissions import Permission, Principal, Role, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

AnySelect = Select[*tuple[Any, ...]]  # a select of any columns
Q = TypeVar("Q", bound=AnySelect)
M = TypeVar("M")


def customer_condition(principal: Principal, customer_column: Any, action: str = "see customer records") -> Any:
    """The WHERE condition limiting rows to what ``principal`` may see (None: no limit for staff)."""
    if principal.role is Role.CUSTOMER:
        require(principal, Permission.CUSTOMER_PORTAL, action)
        if principal.customer_id is None:  # a customer login not linked to an account sees nothing
            return false()
        column: ColumnElement[Any] = customer_column
        return column == principal.customer_id
    require(principal, Permission.CUSTOMERS_MANAGE, action)
    return None


def scoped(query: Q, principal: Principal, customer_column: Any, action: str = "see customer records") -> Q:
    """``query`` limited to the principal's own customer (customer role); staff need CUSTOMERS_MANAGE."""
    condition = customer_condition(principal, customer_column, action)
    return query if condition is None else query.where(condition)


def not_found_message(entity: str) -> Text:
    """``entity``: a marked word (QT_TRANSLATE_NOOP("Errors", "customer")) is said in the reader's language too."""
    return Text(
        QT_TRANSLATE_NOOP("Errors", "That {entity} does not exist (it may have been deleted)."),
        entity=entity_text(entity),
    )


def get_scoped(
    session: Session,
    principal: Principal,
    model: type[M],
    row_id: uuid.UUID,
    customer_column: Any,
    *,
    entity: str | None = None,
    action: str = "see customer records",
) -> M:
    """The row with ``row_id`` if the principal may see it; NotFound alike for missing and out-of-scope."""
    label = entity or model.__tablename__.rstrip("s").replace("_", " ")  # type: ignore[attr-defined]
    query = scoped(select(model).where(model.id == row_id), principal, customer_column, action)  # type: ignore[attr-defined]
    row = session.scalars(query).first()
    if row is None:
        raise NotFound(not_found_message(label))
    return row
