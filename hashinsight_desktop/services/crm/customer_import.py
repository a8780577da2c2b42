"""Customer accounts from a CSV or XLSX file (name, company, email, phone, tax_id, billing_address, tags,
notes, language — en or zh_CN, of their documents): every row checked first and every bad cell named by row and
column at once; a good file adds every account in the caller's one transaction (each audited as Admin → Customers
does), a bad one adds none."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm.customers import add_customer, customer_fields, parse_tags
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.table_file import BadCells, RowError, read_table
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

COLUMNS = ("name", "company", "email", "phone", "tax_id", "billing_address", "tags", "notes", "language")
MAX_ROWS = 100_000
TAG_SEPARATORS = re.compile(r"[;|,]")  # a tags cell: "vip; colo"
# The file's column for each service field (messages name what the user sees in their file).
FILE_COLUMN = {"contact_email": "email"}


class CustomerImportError(BadCells):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(errors, QT_TRANSLATE_NOOP("Errors", ", nothing imported"))


def import_customers_csv(
    session: Session, principal: Principal, path: str | Path, *, clock: Clock = system_clock
) -> list[uuid.UUID]:
    """Add every customer of the file or none (CustomerImportError lists each bad cell); the new ids."""
    require(principal, Permission.CUSTOMERS_MANAGE, "import customer accounts")
    table = read_table(path, COLUMNS, ("name",), max_rows=MAX_ROWS)
    cells = table.cells
    errors = list(table.problems)
    names = [name.casefold() for name in cells["name"]]
    taken = set(session.scalars(select(func.lower(Customer.name)).where(func.lower(Customer.name).in_(set(names)))))
    seen: dict[str, int] = {}
    rows: list[tuple[dict[str, Any], tuple[str, ...]]] = []
    for i, row in enumerate(table.numbers):
        try:
            fields = customer_fields(
                name=cells["name"][i],
                contact_email=cells["email"][i],
                notes=cells["notes"][i],
                company=cells["company"][i],
                billing_address=cells["billing_address"][i],
                tax_id=cells["tax_id"][i],
                phone=cells["phone"][i],
                language=cells["language"][i] or None,
            )
            tags = parse_tags(TAG_SEPARATORS.split(cells["tags"][i]))
        except ValidationError as exc:
            errors.append(RowError(row, FILE_COLUMN.get(exc.field, exc.field), exc.message_text))
            continue
        key = str(fields["name"]).casefold()
        if key in taken:
            exists = QT_TRANSLATE_NOOP("Errors", "{name} already exists")
            errors.append(RowError(row, "name", Text(exists, name=fields["name"])))
        elif key in seen:
            also = QT_TRANSLATE_NOOP("Errors", "{value} is also on row {row}")
            errors.append(RowError(row, "name", Text(also, value=fields["name"], row=seen[key])))
        seen.setdefault(key, row)
        rows.append((fields, tags))
    if errors:
        raise CustomerImportError(sorted(errors, key=lambda e: e.row))
    return [add_customer(session, principal, **fields, tags=tags, clock=clock).id for fields, tags in rows]
